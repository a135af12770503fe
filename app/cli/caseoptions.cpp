#include "caseoptions.h"

#include "auth/staffdirectory.h"
#include "bureausettings.h"
#include "casejson.h"
#include "cases/caserepository.h"
#include "cases/caseworkflow.h"
#include "cases/fineassessment.h"
#include "cases/statutoryclock.h"
#include "clisession.h"
#include "dutylist/dutylistqueries.h"
#include "register/entityregister.h"

#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// "a,b、c，d" → {a, b, c, d}
QStringList listValue(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Result<QList<CaseHandler>> handlersOption(const CommandLine &cl, const CaseCommand &command)
{
    QList<CaseHandler> handlers;
    for (const QString &login : listValue(cl.option("--handlers"))) {
        auto member = StaffDirectory(*command.db).find(*command.session, login);
        if (!member)
            return optionError("--handlers", member.error());
        CaseHandler h;
        h.staffId = member->id;
        h.login = member->login;
        h.name = member->name;
        handlers << h;
    }
    return handlers;
}

Result<QList<CaseItem>> itemsOption(const CommandLine &cl, const CaseCommand &command)
{
    QList<CaseItem> items;
    const ResponsibilityListQueries queries(*command.db);
    for (const QString &word : listValue(cl.option("--items"))) {
        auto id = idValue(word, QStringLiteral("--items"));
        if (!id)
            return id.error();
        const ItemDetail detail = queries.itemDetail(*id);
        if (detail.item.id == 0)
            return refusal(Text::tr("--items: there is no responsibility item %1 (cases items lists them)").arg(*id));
        CaseItem item;
        item.itemId = *id;
        item.text = detail.item.text;
        items << item;
    }
    return items;
}

Result<CaseParty> partyOptions(const CommandLine &cl, const CaseCommand &command, CaseParty party)
{
    if (cl.has("--entity") && cl.has("--person"))
        return refusal(Text::tr("--entity, --person: give one party, a registered entity or a person"));
    if (cl.has("--entity")) {
        auto entity = EntityRegister(*command.db).findByIdOrCode(cl.option("--entity").trimmed());
        if (!entity)
            return optionError("--entity", entity.error());
        party = CaseParty{};
        party.kind = PartyKind::Entity;
        party.entityId = entity->id;
        party.name = entity->name;
        party.code = entity->code;
        party.address = entity->address;
        party.representative = entity->legalRepresentative;
        party.phone = entity->phone;
    }
    if (cl.has("--person")) {
        if (!cl.has("--id-number"))
            return refusal(Text::tr("--id-number: a person is identified by their resident ID number"));
        party = CaseParty{};
        party.kind = PartyKind::Person;
        party.name = cl.option("--person").trimmed();
    }
    if (cl.has("--id-number")) {
        if (party.kind != PartyKind::Person)
            return refusal(Text::tr("--id-number: the party is a registered entity; give --person NAME too"));
        auto number = IdentityNumbers::check(cl.option("--id-number"));
        if (!number)
            return optionError("--id-number", number.error());
        party.code = *number;
    }
    if (cl.has("--address"))
        party.address = cl.option("--address").trimmed();
    if (cl.has("--phone"))
        party.phone = cl.option("--phone").trimmed();
    return party;
}

} // namespace

Result<CaseCommand> startCaseCommand(const CommandLine &cl, const QString &command, int words, Action action)
{
    if (cl.words.size() > words)
        return refusal(Text::tr("%1: unexpected argument \"%2\"").arg(command, cl.words.value(words)));
    if (cl.words.size() < words)
        return refusal(words == 3   ? Text::tr("%1: give the case's NUMBER").arg(command)
                       : words == 4 ? Text::tr("%1: give the case's NUMBER and a FILE").arg(command)
                                    : Text::tr("%1: missing argument").arg(command));
    auto db = openDatabase(cl);
    if (!db)
        return db.error();
    auto session = signIn(cl, **db, command);
    if (!session)
        return session.error();
    if (auto s = Permissions::require(*session, action); !s)
        return s.error();
    return CaseCommand{std::move(db).value(), std::move(session).value(), QDate::currentDate()};
}

Result<EnforcementCase> findCase(const CaseCommand &c, const QString &number)
{
    return CaseRepository(*c.db).findByNumber(number.trimmed());
}

QString caseNumberText(const EnforcementCase &c, const QString &abbreviation)
{
    return c.number.isNull() ? c.leadNumber : c.number.format(abbreviation);
}

int printWrittenCase(const CommandLine &cl, Printer &out, const CaseCommand &command, const EnforcementCase &c,
                     const QString &sentence)
{
    const QString abbreviation = BureauSettings::load(*command.db).abbreviation;
    if (cl.json) {
        out.json(caseJson(c, abbreviation, command.today));
        return Done;
    }
    out.line(sentence.arg(caseNumberText(c, abbreviation)));
    const ClockState clock = StatutoryClock::evaluate(c, command.today);
    if (clock.phase == ClockState::Phase::Running || clock.phase == ClockState::Phase::Stopped)
        out.line(Text::tr("Decision due: %1 (%2)").arg(clock.due.toString(Qt::ISODate), clock.summary));
    return Done;
}

Error optionError(const char *option, const Error &e)
{
    return Error{QString::fromLatin1(option) + QStringLiteral(": ") + e.message, e.refusal};
}

Status requireOption(const CommandLine &cl, const char *name, const QString &what)
{
    if (!cl.option(name).trimmed().isEmpty())
        return success();
    return refusal(what.isEmpty() ? Text::tr("%1: required").arg(QString::fromLatin1(name))
                                  : Text::tr("%1: required (%2)").arg(QString::fromLatin1(name), what));
}

Result<QDate> dayOption(const CommandLine &cl, const char *name, const QDate &today)
{
    auto day = dateOption(cl, name);
    if (!day)
        return day.error();
    return day->isValid() ? *day : today;
}

Result<Money> moneyOption(const CommandLine &cl, const char *name)
{
    if (!cl.has(name))
        return Money();
    auto amount = Money::parse(cl.option(name));
    if (!amount)
        return optionError(name, amount.error());
    return *amount;
}

Result<int> wholeNumberOption(const CommandLine &cl, const char *name, int fallback, int minimum)
{
    if (!cl.has(name))
        return fallback;
    bool ok = false;
    const int n = cl.option(name).trimmed().toInt(&ok);
    if (!ok || n < minimum)
        return refusal(Text::tr("%1: \"%2\" is not a whole number of at least %3")
                           .arg(QString::fromLatin1(name), cl.option(name))
                           .arg(minimum));
    return n;
}

Result<qint64> idValue(const QString &text, const QString &what)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    if (!ok || id < 1)
        return refusal(Text::tr("%1: \"%2\" is not an ID").arg(what, text));
    return id;
}

Status applyCaseDetails(const CommandLine &cl, const CaseCommand &command, EnforcementCase &c)
{
    if (const Status read = readEnumOption(cl, "--source", caseSources(), c.source); !read)
        return read.error();
    if (cl.has("--received")) {
        auto received = dateOption(cl, "--received");
        if (!received)
            return received.error();
        c.receivedOn = *received;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"--source-detail", &c.sourceDetail}, {"--title", &c.title}, {"--facts", &c.facts}, {"--section", &c.section},
        {"--findings", &c.findings},
    };
    for (const auto &[option, field] : texts)
        if (cl.has(option))
            *field = cl.option(option).trimmed();
    auto party = partyOptions(cl, command, c.party);
    if (!party)
        return party.error();
    c.party = *party;
    if (cl.has("--handlers")) {
        auto handlers = handlersOption(cl, command);
        if (!handlers)
            return handlers.error();
        c.handlers = *handlers;
    }
    if (cl.has("--items")) {
        auto items = itemsOption(cl, command);
        if (!items)
            return items.error();
        c.items = *items;
    }
    return applyProvisionOptions(cl, command, c);
}

Result<Penalty> penaltyFromOptions(const CommandLine &cl, const EnforcementCase &c)
{
    auto kind = enumValue(cl.option("--add"), QStringLiteral("--add"), penaltyKinds());
    if (!kind)
        return kind.error();
    Penalty p;
    p.kind = *kind;
    auto amount = moneyOption(cl, "--amount");
    auto basis = moneyOption(cl, "--basis");
    auto deadline = dateOption(cl, "--deadline");
    if (!amount || !basis || !deadline)
        return !amount ? amount.error() : !basis ? basis.error() : deadline.error();
    p.amount = *amount;
    p.basisAmount = *basis;
    p.deadline = *deadline;
    p.tierReasons = cl.option("--reasons").trimmed();
    p.details = cl.option("--details").trimmed();
    QList<int> applied;
    for (int i = 0; i < c.provisions.size(); ++i)
        if (c.provisions[i].role == ProvisionRole::Applied)
            applied << i;
    if (cl.has("--provision")) {
        auto n = wholeNumberOption(cl, "--provision", 0, 1);
        if (!n)
            return n.error();
        if (!applied.contains(*n - 1))
            return refusal(Text::tr("--provision: %1 is not an applied provision of %2 (cases show numbers them)")
                               .arg(*n)
                               .arg(c.displayNumber()));
        p.provisionIndex = *n - 1;
    } else if (p.kind == PenaltyKind::Fine && applied.size() == 1) {
        p.provisionIndex = applied.first();
    }
    if (cl.has("--tier")) {
        auto tier = enumValue(cl.option("--tier"), QStringLiteral("--tier"), discretionTiers());
        if (!tier)
            return tier.error();
        p.tier = *tier;
    } else if (p.kind == PenaltyKind::Fine && p.provisionIndex >= 0) {
        if (auto bounds = FineAssessment::bounds(c.provisions[p.provisionIndex].fineRange, p.basisAmount))
            p.tier = FineAssessment::tierOf(p.amount, *bounds);
    }
    if (cl.has("--licence")) {
        auto licence = idValue(cl.option("--licence"), QStringLiteral("--licence"));
        if (!licence)
            return licence.error();
        p.licenceId = *licence;
    }
    return p;
}

} // namespace casedesk::cli
