// entities, equipment, licences: reading the register (lists, one entity,
// what falls due) and the writes a script needs (add, remove, a licence's
// status). Files in and out are registerfilecommands.cpp's part.
#include "auth/permissions.h"
#include "clisession.h"
#include "commands.h"
#include "register/duequeries.h"
#include "register/entityqueries.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// The common start: the words counted, the database open, --user signed in
// and allowed `action`.
struct RegisterCommand {
    std::unique_ptr<Database> db;
    std::optional<Session> session;
};

Result<RegisterCommand> start(const CommandLine &cl, const QString &command, int words, Action action)
{
    if (cl.words.size() != words)
        return refusal(words == 3 ? Text::tr("%1: give exactly one ID or code").arg(command)
                                  : Text::tr("%1: unexpected argument \"%2\"").arg(command, cl.words.value(words)));
    auto db = openDatabase(cl);
    if (!db)
        return db.error();
    auto session = signIn(cl, **db, command);
    if (!session)
        return session.error();
    if (auto s = Permissions::require(*session, action); !s)
        return s.error();
    return RegisterCommand{std::move(db).value(), std::move(session).value()};
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject entityJson(const Entity &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("uuid"), e.uuid},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("code"), e.code},
            {QStringLiteral("codeKind"),
             e.codeKind == CodeKind::CreditCode ? QStringLiteral("credit-code") : QStringLiteral("organisation-code")},
            {QStringLiteral("address"), e.address},
            {QStringLiteral("township"), e.township},
            {QStringLiteral("legalRepresentative"), e.legalRepresentative},
            {QStringLiteral("contactPerson"), e.contactPerson},
            {QStringLiteral("phone"), e.phone},
            {QStringLiteral("kinds"), QJsonArray::fromStringList(e.kinds.codes())},
            {QStringLiteral("lastIncidentOn"), date(e.lastIncidentOn)},
            {QStringLiteral("complaintsConfirmed"), e.complaintsConfirmed},
            {QStringLiteral("crowdedPlace"), e.crowdedPlace},
            {QStringLiteral("notes"), e.notes},
            {QStringLiteral("modifiedAt"), e.modifiedAt},
            {QStringLiteral("modifiedBy"), e.modifiedBy}};
}

QJsonObject licenceJson(const Licence &l, const QDate &today)
{
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("uuid"), l.uuid},
            {QStringLiteral("entityId"), l.entityId},
            {QStringLiteral("kind"), licenceKindCode(l.kind)},
            {QStringLiteral("number"), l.number},
            {QStringLiteral("scope"), l.scope},
            {QStringLiteral("issuedOn"), date(l.issuedOn)},
            {QStringLiteral("expiresOn"), date(l.expiresOn)},
            {QStringLiteral("status"), licenceStatusCode(l.status)},
            {QStringLiteral("statusOn"), date(l.statusOn)},
            {QStringLiteral("statusReason"), l.statusReason},
            {QStringLiteral("expired"), l.expired(today)}};
}

QJsonObject equipmentJson(const Equipment &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("uuid"), e.uuid},
            {QStringLiteral("entityId"), e.entityId},
            {QStringLiteral("category"), equipmentCategoryCode(e.category)},
            {QStringLiteral("registrationNumber"), e.registrationNumber},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("location"), e.location},
            {QStringLiteral("nextInspectionOn"), date(e.nextInspectionOn)},
            {QStringLiteral("status"), equipmentStatusCode(e.status)}};
}

QString licenceLine(const Licence &l, const QDate &today)
{
    QString line =
        QStringLiteral("%1\t%2\t%3\t%4 – %5\t%6")
            .arg(l.id)
            .arg(licenceKindName(l.kind), l.number, date(l.issuedOn), date(l.expiresOn), licenceStatusName(l.status));
    if (l.expired(today))
        line += QLatin1Char('\t') + Text::tr("(expired)");
    return line;
}

QString equipmentLine(const Equipment &e)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(e.id)
        .arg(equipmentCategoryName(e.category), e.registrationNumber, e.location, date(e.nextInspectionOn),
             equipmentStatusName(e.status));
}

// "还有 12 天" / "逾期 5 天"
QString daysText(int daysLeft)
{
    return daysLeft < 0 ? Text::tr("%n day(s) overdue", nullptr, -daysLeft)
                        : Text::tr("%n day(s) left", nullptr, daysLeft);
}

Result<int> numberOption(const CommandLine &cl, const char *name, int fallback, int minimum)
{
    if (!cl.has(name))
        return fallback;
    bool ok = false;
    const int n = cl.option(name).toInt(&ok);
    if (!ok || n < minimum)
        return refusal(Text::tr("%1: \"%2\" is not a whole number of at least %3")
                           .arg(QString::fromLatin1(name), cl.option(name))
                           .arg(minimum));
    return n;
}

Result<EntityFilter> filterOf(const CommandLine &cl)
{
    EntityFilter f;
    f.search = cl.option("--search");
    f.township = cl.option("--township").trimmed();
    if (cl.has("--kind")) {
        auto kinds = EntityKinds::parse(cl.option("--kind"));
        if (!kinds)
            return Error{QStringLiteral("--kind: ") + kinds.error().message, true};
        f.kinds = kinds->bits();
    }
    if (cl.has("--risk")) {
        for (const QString &word : cl.option("--risk").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto flag = EntityRisk::parse(word);
            if (!flag)
                return Error{QStringLiteral("--risk: ") + flag.error().message, true};
            f.risks |= int(*flag);
        }
    }
    return f;
}
} // namespace

int commandEntitiesList(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("entities list"), 2, Action::ViewRegister);
    if (!c)
        return fail(c.error());
    auto filter = filterOf(cl);
    if (!filter)
        return fail(filter.error());
    auto limit = numberOption(cl, "--limit", -1, 1);
    if (!limit)
        return fail(limit.error());
    auto total = EntityQueries::count(*c->db, *filter);
    if (!total)
        return fail(total.error());
    auto rows = EntityQueries::page(*c->db, *filter, {}, 0, *limit < 0 ? *total : *limit);
    if (!rows)
        return fail(rows.error());
    if (cl.json) {
        QJsonArray list;
        for (const EntityRow &r : *rows)
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("uuid"), r.uuid},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("code"), r.code},
                                    {QStringLiteral("township"), r.township},
                                    {QStringLiteral("address"), r.address},
                                    {QStringLiteral("legalRepresentative"), r.legalRepresentative},
                                    {QStringLiteral("phone"), r.phone},
                                    {QStringLiteral("kinds"), QJsonArray::fromStringList(r.kinds.codes())},
                                    {QStringLiteral("risks"), QJsonArray::fromStringList(r.risks.codes())},
                                    {QStringLiteral("validLicences"), r.licences},
                                    {QStringLiteral("equipment"), r.equipment}});
        out.json({{QStringLiteral("total"), *total}, {QStringLiteral("entities"), list}});
        return Done;
    }
    for (const EntityRow &r : *rows)
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(r.id)
                     .arg(r.code, r.name, r.township, r.legalRepresentative, r.risks.names()));
    out.line(Text::tr("%n entity(ies)", nullptr, *total));
    return Done;
}

int commandEntitiesShow(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("entities show"), 3, Action::ViewRegister);
    if (!c)
        return fail(c.error());
    auto entity = EntityRegister(*c->db).findByIdOrCode(cl.words[2]);
    if (!entity)
        return fail(entity.error());
    const QDate today = QDate::currentDate();
    auto risks = EntityRisk::assess(*c->db, entity->id, today);
    auto licences = LicenceRegister(*c->db).ofEntity(entity->id);
    auto equipment = EquipmentRegister(*c->db).ofEntity(entity->id);
    if (!risks || !licences || !equipment)
        return fail(!risks ? risks.error() : !licences ? licences.error() : equipment.error());
    const auto similar = EntityRegister(*c->db).similarNames(entity->name, entity->id);
    if (cl.json) {
        QJsonObject o = entityJson(*entity);
        o.insert(QStringLiteral("risks"), QJsonArray::fromStringList(risks->codes()));
        QJsonArray ls, es, sn;
        for (const Licence &l : *licences)
            ls.append(licenceJson(l, today));
        for (const Equipment &e : *equipment)
            es.append(equipmentJson(e));
        for (const SimilarName &s : similar)
            sn.append(QJsonObject{
                {QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}, {QStringLiteral("code"), s.code}});
        o.insert(QStringLiteral("licences"), ls);
        o.insert(QStringLiteral("equipment"), es);
        o.insert(QStringLiteral("similarNames"), sn);
        out.json(o);
        return Done;
    }
    const Entity &e = *entity;
    const std::pair<QString, QString> fields[] = {
        {Text::tr("Name"), e.name},
        {RegistrationCodes::kindName(e.codeKind), e.code},
        {Text::tr("Address"), e.address},
        {Text::tr("Township"), e.township},
        {Text::tr("Legal representative"), e.legalRepresentative},
        {Text::tr("Contact"), e.contactPerson},
        {Text::tr("Phone"), e.phone},
        {Text::tr("Kinds"), e.kinds.names()},
        {Text::tr("Risk"), risks->names()},
        {Text::tr("Notes"), e.notes},
    };
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            out.line(label + QStringLiteral(": ") + value);
    out.line(Text::tr("Licences: %1").arg(licences->size()));
    for (const Licence &l : *licences)
        out.line(QStringLiteral("  ") + licenceLine(l, today));
    out.line(Text::tr("Special equipment: %1").arg(equipment->size()));
    for (const Equipment &q : *equipment)
        out.line(QStringLiteral("  ") + equipmentLine(q));
    for (const SimilarName &s : similar)
        out.line(Text::tr("Similar name: %1 (%2)").arg(s.name, s.code));
    return Done;
}

int commandEntitiesAdd(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("entities add"), 2, Action::EditRegister);
    if (!c)
        return fail(c.error());
    Entity e;
    e.name = cl.option("--name");
    e.code = cl.option("--code");
    e.address = cl.option("--address");
    e.township = cl.option("--township");
    e.legalRepresentative = cl.option("--legal-rep");
    e.contactPerson = cl.option("--contact");
    e.phone = cl.option("--phone");
    e.notes = cl.option("--notes");
    auto kinds = EntityKinds::parse(cl.option("--kinds"));
    if (!kinds)
        return refuse(QStringLiteral("--kinds: ") + kinds.error().message);
    e.kinds = *kinds;
    const auto similar = EntityRegister(*c->db).similarNames(e.name);
    auto stored = EntityRegister(*c->db).add(*c->session, e);
    if (!stored)
        return fail(stored.error());
    if (cl.json) {
        out.json(entityJson(*stored));
        return Done;
    }
    out.line(Text::tr("Added %1 (%2) as entity %3.").arg(stored->name, stored->code).arg(stored->id));
    for (const SimilarName &s : similar)
        out.line(Text::tr("Note: the name is close to %1 (%2).").arg(s.name, s.code));
    return Done;
}

int commandEntitiesRemove(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("entities remove"), 3, Action::RemoveRegisterRecord);
    if (!c)
        return fail(c.error());
    auto entity = EntityRegister(*c->db).findByIdOrCode(cl.words[2]);
    if (!entity)
        return fail(entity.error());
    if (auto s = EntityRegister(*c->db).remove(*c->session, entity->id); !s)
        return fail(s.error());
    out.line(Text::tr("Removed %1 with its licences and equipment.").arg(entity->name));
    return Done;
}

int commandEquipmentList(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("equipment list"), 2, Action::ViewRegister);
    if (!c)
        return fail(c.error());
    auto dueBefore = dateOption(cl, "--due-before");
    if (!dueBefore)
        return fail(dueBefore.error());
    const QDate today = QDate::currentDate();
    // Without --due-before every unit in use is listed, soonest due first.
    const QDate until = dueBefore->isValid() ? dueBefore->addDays(-1) : QDate(9999, 12, 31);
    auto due = DueQueries::equipmentDue(*c->db, today, until);
    if (!due)
        return fail(due.error());
    if (cl.json) {
        QJsonArray list;
        for (const EquipmentDue &d : *due) {
            QJsonObject o = equipmentJson(d.equipment);
            o.insert(QStringLiteral("entityName"), d.entityName);
            o.insert(QStringLiteral("entityCode"), d.entityCode);
            o.insert(QStringLiteral("daysLeft"), d.daysLeft);
            o.insert(QStringLiteral("overdue"), d.daysLeft < 0);
            list.append(o);
        }
        out.json({{QStringLiteral("equipment"), list}});
        return Done;
    }
    for (const EquipmentDue &d : *due)
        out.line(equipmentLine(d.equipment) + QLatin1Char('\t') + d.entityName + QLatin1Char('\t') +
                 daysText(d.daysLeft));
    out.line(Text::tr("%n unit(s)", nullptr, int(due->size())));
    return Done;
}

int commandLicencesList(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("licences list"), 2, Action::ViewRegister);
    if (!c)
        return fail(c.error());
    auto within = numberOption(cl, "--expiring-within", -1, 0);
    if (!within)
        return fail(within.error());
    const QDate today = QDate::currentDate();
    // Without --expiring-within every valid licence with an expiry date is listed.
    auto due = DueQueries::licencesExpiring(*c->db, today, *within < 0 ? today.daysTo(QDate(9999, 12, 31)) : *within);
    if (!due)
        return fail(due.error());
    if (cl.json) {
        QJsonArray list;
        for (const LicenceDue &d : *due) {
            QJsonObject o = licenceJson(d.licence, today);
            o.insert(QStringLiteral("entityName"), d.entityName);
            o.insert(QStringLiteral("entityCode"), d.entityCode);
            o.insert(QStringLiteral("daysLeft"), d.daysLeft);
            list.append(o);
        }
        out.json({{QStringLiteral("licences"), list}});
        return Done;
    }
    for (const LicenceDue &d : *due)
        out.line(licenceLine(d.licence, today) + QLatin1Char('\t') + d.entityName + QLatin1Char('\t') +
                 daysText(d.daysLeft));
    out.line(Text::tr("%n licence(s)", nullptr, int(due->size())));
    return Done;
}

int commandLicencesStatus(const CommandLine &cl, Printer &out)
{
    auto c = start(cl, QStringLiteral("licences status"), 3, Action::ChangeLicenceStatus);
    if (!c)
        return fail(c.error());
    bool isNumber = false;
    const qint64 id = cl.words[2].toLongLong(&isNumber);
    if (!isNumber)
        return refuse(Text::tr("licences status: \"%1\" is not a licence ID").arg(cl.words[2]));
    auto to = parseLicenceStatus(cl.option("--to"));
    if (!to)
        return refuse(QStringLiteral("--to: ") + to.error().message);
    auto on = dateOption(cl, "--on");
    if (!on)
        return fail(on.error());
    auto changed = LicenceRegister(*c->db).changeStatus(
        *c->session, id, *to, on->isValid() ? *on : QDate::currentDate(), cl.option("--reason"));
    if (!changed)
        return fail(changed.error());
    if (cl.json)
        out.json(licenceJson(*changed, QDate::currentDate()));
    else
        out.line(Text::tr("%1 is now %2.").arg(changed->label(), licenceStatusName(changed->status)));
    return Done;
}

} // namespace casedesk::cli
