// users: the staff accounts: list, add, edit, deactivate, reactivate, and
// passwords (one's own, or an administrator's reset).
#include "auth/staffdirectory.h"
#include "clisession.h"
#include "commands.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// Applies the options given on the command line to a staff record; options
// left out keep the record's values.
Status applyOptions(const CommandLine &cl, StaffMember &m)
{
    if (cl.has("--name"))
        m.name = cl.option("--name");
    if (cl.has("--section"))
        m.section = cl.option("--section");
    if (cl.has("--phone"))
        m.phone = cl.option("--phone");
    if (cl.has("--roles")) {
        auto roles = RoleSet::parse(cl.option("--roles"));
        if (!roles)
            return roles.error();
        m.roles = *roles;
    }
    const struct {
        Certificate &certificate;
        const char *number, *from, *until;
    } certificates[] = {{m.enforcement, "--cert", "--cert-from", "--cert-until"},
                        {m.specialEquipment, "--se-cert", "--se-cert-from", "--se-cert-until"}};
    for (const auto &c : certificates) {
        if (cl.has(c.number))
            c.certificate.number = cl.option(c.number);
        for (const auto &[option, date] :
             {std::pair{c.from, &c.certificate.validFrom}, {c.until, &c.certificate.validUntil}}) {
            if (!cl.has(option))
                continue;
            auto parsed = dateOption(cl, option);
            if (!parsed)
                return parsed.error();
            *date = *parsed;
        }
    }
    return success();
}

QJsonObject memberJson(const StaffMember &m)
{
    auto certificate = [](const Certificate &c) {
        return QJsonObject{{QStringLiteral("number"), c.number},
                           {QStringLiteral("validFrom"), c.validFrom.toString(Qt::ISODate)},
                           {QStringLiteral("validUntil"), c.validUntil.toString(Qt::ISODate)},
                           {QStringLiteral("validToday"), c.validOn(QDate::currentDate())}};
    };
    return {{QStringLiteral("id"), m.uuid},
            {QStringLiteral("login"), m.login},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("section"), m.section},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("roles"),
             QJsonArray::fromStringList(m.roles.codes().split(QLatin1Char(','), Qt::SkipEmptyParts))},
            {QStringLiteral("enforcementCertificate"), certificate(m.enforcement)},
            {QStringLiteral("specialEquipmentCertificate"), certificate(m.specialEquipment)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("mustChangePassword"), m.mustChangePassword}};
}

QString memberLine(const StaffMember &m)
{
    QString line = QStringLiteral("%1\t%2\t%3\t%4").arg(m.login, m.name, m.section, m.roles.names());
    if (m.enforcement.present())
        line += QLatin1Char('\t') + Text::tr("certificate %1 until %2")
                                        .arg(m.enforcement.number, m.enforcement.validUntil.toString(Qt::ISODate));
    if (m.specialEquipment.present())
        line += QLatin1Char('\t') +
                Text::tr("special equipment %1 until %2")
                    .arg(m.specialEquipment.number, m.specialEquipment.validUntil.toString(Qt::ISODate));
    if (!m.active)
        line += QLatin1Char('\t') + Text::tr("(deactivated)");
    return line;
}

// The common start of the commands that name one account: LOGIN given,
// database open, --user signed in.
struct AccountCommand {
    std::unique_ptr<Database> db;
    std::optional<Session> session;
    QString login;
};

Result<AccountCommand> startAccountCommand(const CommandLine &cl, const QString &command, bool loginOptional = false)
{
    if (cl.words.size() > 3 || (cl.words.size() < 3 && !loginOptional))
        return refusal(Text::tr("%1: give exactly one LOGIN").arg(command));
    auto db = openDatabase(cl);
    if (!db)
        return db.error();
    auto session = signIn(cl, **db, command);
    if (!session)
        return session.error();
    return AccountCommand{std::move(db).value(), std::move(session).value(),
                          cl.words.size() == 3 ? cl.words[2] : QString()};
}

int reportMember(const CommandLine &cl, Printer &out, const StaffMember &m, const QString &done)
{
    if (cl.json)
        out.json(memberJson(m));
    else
        out.line(done);
    return Done;
}
} // namespace

int commandUsersList(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 2)
        return refuse(Text::tr("users list: unexpected argument \"%1\"").arg(cl.words.value(2)));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("users list"));
    if (!session)
        return fail(session.error());
    auto members = StaffDirectory(**db).list(*session, true);
    if (!members)
        return fail(members.error());
    if (cl.json) {
        QJsonArray array;
        for (const StaffMember &m : *members)
            array.append(memberJson(m));
        out.json({{QStringLiteral("users"), array}});
    } else {
        for (const StaffMember &m : *members)
            out.line(memberLine(m));
    }
    return Done;
}

int commandUsersAdd(const CommandLine &cl, Printer &out)
{
    auto start = startAccountCommand(cl, QStringLiteral("users add"));
    if (!start)
        return fail(start.error());
    StaffMember member;
    member.login = start->login;
    if (auto applied = applyOptions(cl, member); !applied)
        return fail(applied.error());
    auto password = newPassword(cl);
    if (!password)
        return refuse(QStringLiteral("users add: %1").arg(password.error().message));
    auto added = StaffDirectory(*start->db).add(*start->session, member, *password);
    if (!added)
        return fail(added.error());
    return reportMember(cl, out, *added,
                        Text::tr("Added %1 (%2) as %3; the first password must be changed at the first sign-in.")
                            .arg(added->name, added->login, added->roles.names()));
}

int commandUsersEdit(const CommandLine &cl, Printer &out)
{
    auto start = startAccountCommand(cl, QStringLiteral("users edit"));
    if (!start)
        return fail(start.error());
    StaffDirectory directory(*start->db);
    auto member = directory.find(*start->session, start->login);
    if (!member)
        return fail(member.error());
    if (auto applied = applyOptions(cl, *member); !applied)
        return fail(applied.error());
    auto saved = directory.update(*start->session, *member);
    if (!saved)
        return fail(saved.error());
    return reportMember(cl, out, *saved, Text::tr("Saved %1 (%2).").arg(saved->name, saved->login));
}

namespace {
int setActive(const CommandLine &cl, Printer &out, bool active)
{
    const QString command = active ? QStringLiteral("users activate") : QStringLiteral("users deactivate");
    auto start = startAccountCommand(cl, command);
    if (!start)
        return fail(start.error());
    StaffDirectory directory(*start->db);
    if (auto s = directory.setActive(*start->session, start->login, active); !s)
        return fail(s.error());
    auto member = directory.find(*start->session, start->login);
    if (!member)
        return fail(member.error());
    return reportMember(cl, out, *member,
                        active ? Text::tr("%1 (%2) may sign in again.").arg(member->name, member->login)
                               : Text::tr("%1 (%2) can no longer sign in; their name stays on their records.")
                                     .arg(member->name, member->login));
}
} // namespace

int commandUsersDeactivate(const CommandLine &cl, Printer &out)
{
    return setActive(cl, out, false);
}

int commandUsersActivate(const CommandLine &cl, Printer &out)
{
    return setActive(cl, out, true);
}

int commandUsersPasswd(const CommandLine &cl, Printer &out)
{
    auto start = startAccountCommand(cl, QStringLiteral("users passwd"), true);
    if (!start)
        return fail(start.error());
    auto password = newPassword(cl);
    if (!password)
        return refuse(QStringLiteral("users passwd: %1").arg(password.error().message));
    StaffDirectory directory(*start->db);
    const bool own = start->login.isEmpty() || start->login.compare(start->session->login(), Qt::CaseInsensitive) == 0;
    if (own) {
        // The sign-in password is the current one.
        auto current = signInPassword(cl);
        if (!current)
            return fail(current.error());
        if (auto s = directory.changeOwnPassword(*start->session, *current, *password); !s)
            return fail(s.error());
        if (cl.json)
            out.json({{QStringLiteral("login"), start->session->login()}, {QStringLiteral("changed"), true}});
        else
            out.line(Text::tr("Your password has been changed."));
        return Done;
    }
    if (auto s = directory.resetPassword(*start->session, start->login, *password); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("login"), start->login}, {QStringLiteral("reset"), true}});
    else
        out.line(Text::tr("The password of %1 has been reset; they must choose a new one at their next sign-in.")
                     .arg(start->login));
    return Done;
}

} // namespace casedesk::cli
