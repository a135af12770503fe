#include "inspectionoptions.h"

#include "auth/staffdirectory.h"
#include "caseoptions.h"
#include "clisession.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/checklist.h"
#include "inspections/drawrepository.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionrules.h"
#include "register/entityregister.h"

#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// A result as the code, its name, or as the printed record words it
// (符合 / 不符合 / 不适用), whatever language the terminal speaks.
Result<CheckResult> checkResultValue(const QString &text, const QString &label)
{
    static const std::pair<const char *, CheckResult> printed[] = {{"符合", CheckResult::Conforms},
                                                                   {"不符合", CheckResult::DoesNotConform},
                                                                   {"不适用", CheckResult::NotApplicable}};
    for (const auto &[word, result] : printed)
        if (text == QString::fromUtf8(word))
            return result;
    return enumValue(text, QStringLiteral("--check %1").arg(label), checkResults());
}

// "2.1=does-not-conform:灭火器过期" → label, result, note.
Status applyCheck(const QString &value, Inspection &record)
{
    const qsizetype equals = value.indexOf(QLatin1Char('='));
    if (equals < 1)
        return refusal(Text::tr("--check: \"%1\" is not LABEL=RESULT[:NOTE]").arg(value));
    const QString label = value.left(equals).trimmed();
    const QString rest = value.mid(equals + 1);
    static const QRegularExpression colon(QStringLiteral("[:：]"));
    const qsizetype split = rest.indexOf(colon);
    const QString resultText = split < 0 ? rest : rest.left(split);
    const QString note = split < 0 ? QString() : rest.mid(split + 1).trimmed();
    auto result = checkResultValue(resultText.trimmed(), label);
    if (!result)
        return result.error();
    for (CheckPoint &p : record.checklist)
        if (p.label == label) {
            p.result = *result;
            if (split >= 0 || *result != CheckResult::DoesNotConform)
                p.note = note;
            return success();
        }
    QStringList labels;
    for (const CheckPoint &p : record.checklist)
        labels << p.label;
    return refusal(labels.isEmpty()
                       ? Text::tr("--check: the record has no checklist, so there is no point %1").arg(label)
                       : Text::tr("--check: the checklist has no point %1 (its points: %2)")
                             .arg(label, labels.join(QStringLiteral(", "))));
}

// The system, the checklist taken from it, and the check results.
Status applyChecklistOptions(const CommandLine &cl, const InspectionCommand &c, Inspection &record,
                             const QString &previousDomain)
{
    const qint64 previousSystem = record.systemId;
    if (cl.has("--system")) {
        auto id = idValue(cl.option("--system"), QStringLiteral("--system"));
        if (!id)
            return id.error();
        record.systemId = *id;
        if (!cl.has("--domain"))
            for (const SystemChoice &s : Checklist::systems(*c.db))
                if (s.systemId == *id)
                    record.domain = s.domain;
    } else if (record.domain != previousDomain || (record.id == 0 && record.systemId == 0)) {
        record.systemId = Checklist::defaultSystem(*c.db, record.domain);
    }
    if (record.systemId != previousSystem || (record.id == 0 && record.checklist.isEmpty())) {
        record.checklist.clear();
        if (record.systemId) {
            auto points = Checklist::forSystem(*c.db, record.systemId);
            if (!points)
                return optionError("--system", points.error());
            record.checklist = *points;
        }
    }
    if (cl.flag("--all-conform"))
        for (CheckPoint &p : record.checklist)
            if (p.result == CheckResult::Unchecked)
                p.result = CheckResult::Conforms;
    for (const QString &check : cl.values("--check"))
        if (auto s = applyCheck(check, record); !s)
            return s;
    return success();
}

Status applyOutcomeOptions(const CommandLine &cl, Inspection &record)
{
    if (cl.has("--outcome")) {
        record.outcomes.clear();
        for (const QString &value : cl.values("--outcome"))
            for (const QString &word : listValue(value)) {
                auto outcome = enumValue(word, QStringLiteral("--outcome"), inspectionOutcomes());
                if (!outcome)
                    return outcome.error();
                if (!record.outcomes.contains(*outcome))
                    record.outcomes << *outcome;
            }
    }
    if (cl.has("--correct-by")) {
        auto day = dateOption(cl, "--correct-by");
        if (!day)
            return day.error();
        record.correctBy = *day;
    }
    if (cl.has("--oral-on")) {
        auto day = dateOption(cl, "--oral-on");
        if (!day)
            return day.error();
        record.directiveOralFirst = day->isValid();
        record.directiveOralOn = *day;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"--findings", &record.findings},
        {"--directive-demands", &record.directiveDemands},
        {"--seal-note", &record.sealSeizeNote},
        {"--reported-to", &record.reportedTo},
    };
    for (const auto &[option, field] : texts)
        if (cl.has(option))
            *field = cl.option(option).trimmed();
    if (cl.has("--signatory") && cl.has("--refused"))
        return refusal(Text::tr("--signatory, --refused: the unit either signed or refused to sign; give one"));
    if (cl.has("--signatory")) {
        record.unitSignatory = cl.option("--signatory").trimmed();
        record.unitRefusedToSign = false;
        record.refusalNote.clear();
    }
    if (cl.has("--refused")) {
        record.unitSignatory.clear();
        record.unitRefusedToSign = true;
        record.refusalNote = cl.option("--refused").trimmed();
    }
    return success();
}

// --plan-entry, --draw and --follow-up-of: the records the inspection carries out or checks.
Status applyLinkOptions(const CommandLine &cl, const InspectionCommand &c, Inspection &record)
{
    if (cl.has("--plan-entry")) {
        auto id = idValue(cl.option("--plan-entry"), QStringLiteral("--plan-entry"));
        if (!id)
            return id.error();
        auto entry = PlanRepository(*c.db).find(*id);
        if (!entry)
            return optionError("--plan-entry", entry.error());
        record.planEntryId = entry->id;
        if (!cl.has("--campaign"))
            record.campaign = entry->title;
    }
    if (cl.has("--draw")) {
        auto draw = DrawRepository(*c.db).findByNumber(cl.option("--draw").trimmed());
        if (!draw)
            return optionError("--draw", draw.error());
        record.drawId = draw->id;
    }
    if (cl.has("--follow-up-of")) {
        auto followed = findInspection(c, cl.option("--follow-up-of"));
        if (!followed)
            return optionError("--follow-up-of", followed.error());
        record.followUpOf = followed->id;
    }
    return success();
}
} // namespace

Result<InspectionCommand> startInspectionCommand(const CommandLine &cl, const QString &command, int words,
                                                 Action action, const QString &argument)
{
    if (cl.words.size() > words)
        return refusal(Text::tr("%1: unexpected argument \"%2\"").arg(command, cl.words.value(words)));
    if (cl.words.size() < words)
        return refusal(Text::tr("%1: give the %2").arg(command, argument));
    auto db = openDatabase(cl);
    if (!db)
        return db.error();
    auto session = signIn(cl, **db, command);
    if (!session)
        return session.error();
    if (auto s = Permissions::require(*session, action); !s)
        return s.error();
    return InspectionCommand{std::move(db).value(), std::move(session).value(), QDate::currentDate()};
}

QStringList listValue(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

Result<Entity> entityValue(const InspectionCommand &c, const QString &text, const char *option)
{
    auto entity = EntityRegister(*c.db).findByIdOrCode(text.trimmed());
    if (!entity)
        return optionError(option, entity.error());
    return entity;
}

Result<QList<InspectionInspector>> staffValue(const InspectionCommand &c, const QString &text, const char *option)
{
    QList<InspectionInspector> people;
    for (const QString &login : listValue(text)) {
        auto member = StaffDirectory(*c.db).find(*c.session, login);
        if (!member)
            return optionError(option, member.error());
        if (!member->active)
            return refusal(Text::tr("%1: %2 (%3) is no longer active")
                               .arg(QString::fromLatin1(option), member->name, member->login));
        InspectionInspector person;
        person.staffId = member->id;
        person.login = member->login;
        person.name = member->name;
        people << person;
    }
    return people;
}

Result<QList<StaffMember>> staffRecords(const InspectionCommand &c, const QList<InspectionInspector> &people)
{
    QList<StaffMember> records;
    for (const InspectionInspector &person : people) {
        auto member = StaffDirectory(*c.db).find(*c.session, person.login);
        if (!member)
            return member.error();
        records << *member;
    }
    return records;
}

Result<QList<qint64>> itemsValue(const InspectionCommand &c, const QString &text, const char *option)
{
    QList<qint64> ids;
    const ResponsibilityListQueries queries(*c.db);
    for (const QString &word : listValue(text)) {
        auto id = idValue(word, QString::fromLatin1(option));
        if (!id)
            return id.error();
        if (queries.itemDetail(*id).item.id == 0)
            return refusal(Text::tr("%1: there is no responsibility item %2 (cases items lists them)")
                               .arg(QString::fromLatin1(option))
                               .arg(*id));
        ids << *id;
    }
    return ids;
}

Result<QString> domainValue(const QString &text, const char *option)
{
    const QString t = text.trimmed();
    for (const QString &code : SupervisionDomain::codes())
        if (t.compare(code, Qt::CaseInsensitive) == 0 || t == SupervisionDomain::displayName(code) ||
            t.compare(QString(code).replace(QLatin1Char('_'), QLatin1Char('-')), Qt::CaseInsensitive) == 0)
            return code;
    return refusal(Text::tr("%1: \"%2\" is not one of %3")
                       .arg(QString::fromLatin1(option), t, SupervisionDomain::codes().join(QStringLiteral(", "))));
}

QString optionForField(const QString &field)
{
    static const std::map<QString, QString> options = {
        {QStringLiteral("unit"), QStringLiteral("--entity")},
        {QStringLiteral("inspectedOn"), QStringLiteral("--on")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
        {QStringLiteral("domain"), QStringLiteral("--domain")},
        {QStringLiteral("section"), QStringLiteral("--section")},
        {QStringLiteral("campaign"), QStringLiteral("--campaign")},
        {QStringLiteral("followUpOf"), QStringLiteral("--follow-up-of")},
        {QStringLiteral("inspectors"), QStringLiteral("--inspectors")},
        {QStringLiteral("checklist"), QStringLiteral("--check")},
        {QStringLiteral("findings"), QStringLiteral("--findings")},
        {QStringLiteral("outcomes"), QStringLiteral("--outcome")},
        {QStringLiteral("correctBy"), QStringLiteral("--correct-by")},
        {QStringLiteral("directiveDemands"), QStringLiteral("--directive-demands")},
        {QStringLiteral("directiveOralOn"), QStringLiteral("--oral-on")},
        {QStringLiteral("sealSeizeNote"), QStringLiteral("--seal-note")},
        {QStringLiteral("reportedTo"), QStringLiteral("--reported-to")},
        {QStringLiteral("unitSignatory"), QStringLiteral("--signatory")},
        {QStringLiteral("refusalNote"), QStringLiteral("--refused")},
        {QStringLiteral("correctionReason"), QStringLiteral("--reason")},
        // SamplingRules
        {QStringLiteral("product"), QStringLiteral("--product")},
        {QStringLiteral("sampledOn"), QStringLiteral("--on")},
        {QStringLiteral("sampledFrom"), QStringLiteral("--from-stock")},
        {QStringLiteral("samplers"), QStringLiteral("--samplers")},
        {QStringLiteral("lab"), QStringLiteral("--lab")},
        {QStringLiteral("planName"), QStringLiteral("--plan")},
        {QStringLiteral("parentId"), QStringLiteral("--parent")},
        {QStringLiteral("reportNumber"), QStringLiteral("--report")},
        {QStringLiteral("reportOn"), QStringLiteral("--report-on")},
        {QStringLiteral("deliveredOn"), QStringLiteral("--on")},
        {QStringLiteral("failedItems"), QStringLiteral("--failed-items")},
        {QStringLiteral("objectionOn"), QStringLiteral("--on")},
        {QStringLiteral("rectifiedOn"), QStringLiteral("--on")},
        {QStringLiteral("recheckRequestedOn"), QStringLiteral("--on")},
        {QStringLiteral("notes"), QStringLiteral("--notes")},
    };
    auto it = options.find(field);
    return it == options.end() ? field : it->second;
}

Status firstFieldProblem(const QList<FieldProblem> &problems)
{
    if (problems.isEmpty())
        return success();
    return refusal(optionForField(problems.first().field) + QStringLiteral(": ") + problems.first().message);
}

Result<Inspection> findInspection(const InspectionCommand &c, const QString &number)
{
    return InspectionRepository(*c.db).findByNumber(number.trimmed());
}

Status applyInspectionOptions(const CommandLine &cl, const InspectionCommand &c, Inspection &record)
{
    const QString previousDomain = record.domain;
    if (cl.has("--entity")) {
        auto entity = entityValue(c, cl.option("--entity"), "--entity");
        if (!entity)
            return entity.error();
        record.unit = InspectedUnit{entity->id,
                                    entity->name,
                                    entity->code,
                                    entity->address,
                                    entity->legalRepresentative,
                                    entity->contactPerson,
                                    entity->phone};
    }
    if (cl.has("--on")) {
        auto day = dateOption(cl, "--on");
        if (!day)
            return day.error();
        record.inspectedOn = *day;
    }
    if (const Status read = readEnumOption(cl, "--kind", inspectionKinds(), record.kind); !read)
        return read.error();
    if (cl.has("--domain")) {
        auto domain = domainValue(cl.option("--domain"), "--domain");
        if (!domain)
            return domain.error();
        record.domain = *domain;
    }
    const std::pair<const char *, QString *> texts[] = {
        {"--place", &record.place}, {"--campaign", &record.campaign}, {"--section", &record.section}};
    for (const auto &[option, field] : texts)
        if (cl.has(option))
            *field = cl.option(option).trimmed();
    if (auto s = applyLinkOptions(cl, c, record); !s)
        return s;
    if (cl.has("--inspectors")) {
        auto people = staffValue(c, cl.option("--inspectors"), "--inspectors");
        if (!people)
            return people.error();
        record.inspectors = *people;
    }
    if (cl.has("--items")) {
        auto items = itemsValue(c, cl.option("--items"), "--items");
        if (!items)
            return items.error();
        record.itemIds = *items;
    }
    if (auto s = applyChecklistOptions(cl, c, record, previousDomain); !s)
        return s;
    return applyOutcomeOptions(cl, record);
}

Status checkInspection(const InspectionCommand &c, const Inspection &record, bool finishing)
{
    if (auto s = firstFieldProblem(InspectionRules::draftProblems(record, c.today)); !s || !finishing)
        return s;
    auto staff = staffRecords(c, record.inspectors);
    if (!staff)
        return optionError("--inspectors", staff.error());
    return firstFieldProblem(InspectionRules::finishProblems(record, *staff, c.today));
}

} // namespace casedesk::cli
