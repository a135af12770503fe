// inspections add, edit, finish, correct, discard, show and checklist:
// recording an inspection with its checklist, locking it, correcting a
// finished record as a new version, and reading one. The lists are
// inspectionlistcommands.cpp's part, printing inspectionprintcommands.cpp's.
#include "auth/staffdirectory.h"
#include "caseoptions.h"
#include "commands.h"
#include "dutylist/supervisiondomain.h"
#include "inspectionjson.h"
#include "inspectionoptions.h"
#include "inspections/checklist.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionrules.h"

#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

int printWritten(const CommandLine &cl, Printer &out, const Inspection &record, const QString &sentence)
{
    if (cl.json) {
        out.json(inspectionJson(record));
        return Done;
    }
    // %1 the record number, %2 (when the sentence has it) the version.
    out.line(sentence.contains(QLatin1String("%2")) ? sentence.arg(record.recordNumber).arg(record.version)
                                                    : sentence.arg(record.recordNumber));
    const QDate due = InspectionRules::followUpDue(record);
    if (due.isValid())
        out.line(Text::tr("Follow-up check due: %1").arg(isoDate(due)));
    if (!record.directiveNumber.isEmpty())
        out.line(Text::tr("Directive: %1").arg(record.directiveNumber));
    if (!record.caseNumber.isEmpty())
        out.line(Text::tr("Lead opened: %1").arg(record.caseNumber));
    return Done;
}

QString inspectorText(const InspectionInspector &p)
{
    return p.certificateNumber.isEmpty()
               ? QStringLiteral("%1 (%2)").arg(p.name, p.login)
               : Text::tr("%1 (%2, certificate %3)").arg(p.name, p.login, p.certificateNumber);
}

void printChecklist(Printer &out, const QList<CheckPoint> &points, bool withResults)
{
    QString group;
    for (const CheckPoint &p : points) {
        if (!p.group.isEmpty() && p.group != group)
            out.line(p.group);
        group = p.group;
        QString line = withResults
                           ? QStringLiteral("  %1\t[%2]\t%3").arg(p.label, checkResults().name(p.result), p.text)
                           : QStringLiteral("  %1\t%2").arg(p.label, p.text);
        if (withResults && !p.note.isEmpty())
            line += QStringLiteral(" — ") + p.note;
        out.line(line);
    }
}

void printInspectionText(Printer &out, const Inspection &r)
{
    out.line(Text::tr("%1, version %2 (%3; id %4)")
                 .arg(r.recordNumber)
                 .arg(r.version)
                 .arg(r.current ? inspectionStatuses().name(r.status) : Text::tr("replaced by a later version"))
                 .arg(r.id));
    QStringList inspectors, outcomes;
    for (const InspectionInspector &p : r.inspectors)
        inspectors << inspectorText(p);
    for (InspectionOutcome o : r.outcomes)
        outcomes << inspectionOutcomes().name(o);
    const QString unit = QStringList{r.unit.name, r.unit.code, r.unit.address}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QStringLiteral(", "));
    const QString signature =
        r.unitRefusedToSign ? Text::tr("refused to sign: %1").arg(r.refusalNote) : r.unitSignatory;
    const std::pair<QString, QString> fields[] = {
        {Text::tr("Unit"), unit},
        {Text::tr("Equipment"), r.equipmentLabel},
        {Text::tr("Inspected on"), isoDate(r.inspectedOn)},
        {Text::tr("Place"), r.place},
        {Text::tr("Kind"), r.campaign.isEmpty()
                               ? inspectionKinds().name(r.kind)
                               : QStringLiteral("%1 — %2").arg(inspectionKinds().name(r.kind), r.campaign)},
        {Text::tr("Domain"), r.domain.isEmpty() ? QString() : SupervisionDomain::displayName(r.domain)},
        {Text::tr("Section"), r.section},
        {Text::tr("Inspectors"), inspectors.join(QStringLiteral("; "))},
        {Text::tr("Findings"), r.findings},
        {Text::tr("Outcomes"), outcomes.join(QStringLiteral("; "))},
        {Text::tr("Correct by"), isoDate(r.correctBy)},
        {Text::tr("Follow-up check due"), isoDate(InspectionRules::followUpDue(r))},
        {Text::tr("Directive"), r.directiveNumber},
        {Text::tr("Directive demands"), r.directiveDemands},
        {Text::tr("Given orally on"), r.directiveOralFirst ? isoDate(r.directiveOralOn) : QString()},
        {Text::tr("Sealed or seized"), r.sealSeizeNote},
        {Text::tr("Reported to"), r.reportedTo},
        {Text::tr("Lead opened"), r.caseNumber},
        {Text::tr("Unit's signature"), signature},
        {Text::tr("Correction"), r.correctionReason},
        {Text::tr("Finished"),
         r.finishedAt.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(r.finishedAt, r.finishedBy)},
    };
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            out.line(label + QStringLiteral(": ") + value);
    if (!r.checklist.isEmpty()) {
        out.line(r.systemTitle.isEmpty() ? Text::tr("Checklist:") : Text::tr("Checklist (%1):").arg(r.systemTitle));
        printChecklist(out, r.checklist, true);
    }
}

// The section a new record belongs to when --section is not given: the
// signed-in person's, else the first inspector's.
QString defaultSection(const InspectionCommand &c, const Inspection &record)
{
    QStringList logins{c.session->login()};
    for (const InspectionInspector &p : record.inspectors)
        logins << p.login;
    for (const QString &login : logins)
        if (auto member = StaffDirectory(*c.db).find(*c.session, login); member && !member->section.isEmpty())
            return member->section;
    return {};
}

// Stores the draft and, with --finish, locks it.
Result<Inspection> finishIfAsked(const CommandLine &cl, const InspectionCommand &c, const Inspection &stored)
{
    if (!cl.flag("--finish"))
        return stored;
    return InspectionRepository(*c.db).finish(*c.session, stored.id, c.today);
}
// Checks the record, stores it (`store`: create or update), finishes it
// when --finish asks and says what was done (`finishedText` or `draftText`).
template <class Store>
int writeInspection(const CommandLine &cl, Printer &out, const InspectionCommand &c, const Inspection &record,
                    Store store, const QString &finishedText, const QString &draftText)
{
    if (auto s = checkInspection(c, record, cl.flag("--finish")); !s)
        return fail(s.error());
    InspectionRepository repository(*c.db);
    auto stored = (repository.*store)(*c.session, record, c.today);
    if (!stored)
        return fail(stored.error());
    auto finished = finishIfAsked(cl, c, *stored);
    if (!finished)
        return fail(finished.error());
    return printWritten(cl, out, *finished, finished->status == InspectionStatus::Finished ? finishedText : draftText);
}

} // namespace

int commandInspectionsAdd(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections add"), 2, Action::EditInspection);
    if (!c)
        return fail(c.error());
    for (const char *name : {"--entity", "--on", "--kind", "--inspectors"})
        if (auto s = requireOption(cl, name); !s)
            return fail(s.error());
    if (!cl.has("--domain") && !cl.has("--system"))
        return refuse(Text::tr("--domain: required (the supervision domain: %1)")
                          .arg(SupervisionDomain::codes().join(QStringLiteral(", "))));
    Inspection record;
    if (auto s = applyInspectionOptions(cl, *c, record); !s)
        return fail(s.error());
    if (record.section.isEmpty())
        record.section = defaultSection(*c, record);
    return writeInspection(cl, out, *c, record, &InspectionRepository::create, Text::tr("Recorded and finished %1."),
                           Text::tr("Recorded %1 as a draft."));
}

int commandInspectionsEdit(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections edit"), 3, Action::EditInspection,
                                    QStringLiteral("record NUMBER"));
    if (!c)
        return fail(c.error());
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    if (found->locked())
        return refuse(Text::tr("inspections edit: %1 is finished and locked; use inspections correct NUMBER "
                               "--reason R to make a new version")
                          .arg(found->recordNumber));
    Inspection record = *found;
    if (auto s = applyInspectionOptions(cl, *c, record); !s)
        return fail(s.error());
    return writeInspection(cl, out, *c, record, &InspectionRepository::update, Text::tr("Updated and finished %1."),
                           Text::tr("Updated the draft %1."));
}

int commandInspectionsFinish(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections finish"), 3, Action::EditInspection,
                                    QStringLiteral("record NUMBER"));
    if (!c)
        return fail(c.error());
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    if (found->locked())
        return refuse(Text::tr("inspections finish: %1 is already finished").arg(found->recordNumber));
    if (auto s = checkInspection(*c, *found, true); !s)
        return fail(s.error());
    auto finished = InspectionRepository(*c->db).finish(*c->session, found->id, c->today);
    if (!finished)
        return fail(finished.error());
    return printWritten(cl, out, *finished, Text::tr("Finished %1."));
}

int commandInspectionsCorrect(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections correct"), 3, Action::EditInspection,
                                    QStringLiteral("record NUMBER"));
    if (!c)
        return fail(c.error());
    if (auto s = requireOption(cl, "--reason", Text::tr("why the finished record is corrected")); !s)
        return fail(s.error());
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    if (found->status != InspectionStatus::Finished)
        return refuse(Text::tr("inspections correct: %1 is still a draft; change it with inspections edit")
                          .arg(found->recordNumber));
    if (cl.has("--entity"))
        return refuse(Text::tr("--entity: a correction keeps the unit inspected"));
    Inspection record = *found;
    if (auto s = applyInspectionOptions(cl, *c, record); !s)
        return fail(s.error());
    record.correctionReason = cl.option("--reason").trimmed();
    if (auto s = checkInspection(*c, record, true); !s)
        return fail(s.error());
    auto stored = InspectionRepository(*c->db).correct(*c->session, record, record.correctionReason, c->today);
    if (!stored)
        return fail(stored.error());
    return printWritten(cl, out, *stored, Text::tr("Corrected %1: version %2."));
}

int commandInspectionsDiscard(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections discard"), 3, Action::EditInspection,
                                    QStringLiteral("record NUMBER"));
    if (!c)
        return fail(c.error());
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    if (auto s = InspectionRepository(*c->db).discard(*c->session, found->id); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("discarded"), found->recordNumber}, {QStringLiteral("id"), found->id}});
    else
        out.line(Text::tr("Discarded the draft %1.").arg(found->recordNumber));
    return Done;
}

int commandInspectionsShow(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections show"), 3, Action::ViewInspections,
                                    QStringLiteral("record NUMBER"));
    if (!c)
        return fail(c.error());
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    const QList<InspectionVersion> versions = InspectionRepository(*c->db).versions(found->recordNumber);
    if (cl.json) {
        QJsonObject o = inspectionJson(*found);
        QJsonArray list;
        for (const InspectionVersion &v : versions)
            list.append(inspectionVersionJson(v));
        o.insert(QStringLiteral("versions"), list);
        out.json(o);
        return Done;
    }
    printInspectionText(out, *found);
    out.line(Text::tr("Versions:"));
    for (const InspectionVersion &v : versions)
        out.line(QStringLiteral("  %1\t%2\t%3\t%4\t%5")
                     .arg(v.version)
                     .arg(inspectionStatuses().name(v.status), v.modifiedAt, v.modifiedBy, v.correctionReason));
    return Done;
}

int commandInspectionsChecklist(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections checklist"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    if (!cl.has("--domain") && !cl.has("--system"))
        return refuse(Text::tr("--domain, --system: name the domain (its default system) or the system"));
    qint64 systemId = 0;
    if (cl.has("--system")) {
        auto id = idValue(cl.option("--system"), QStringLiteral("--system"));
        if (!id)
            return fail(id.error());
        systemId = *id;
    } else {
        auto domain = domainValue(cl.option("--domain"), "--domain");
        if (!domain)
            return fail(domain.error());
        systemId = Checklist::defaultSystem(*c->db, *domain);
        if (systemId == 0)
            return refuse(Text::tr("--domain: the responsibility list in force has no supervision system for %1")
                              .arg(SupervisionDomain::displayName(*domain)));
    }
    auto points = Checklist::forSystem(*c->db, systemId);
    if (!points)
        return fail(optionError("--system", points.error()));
    SystemChoice system;
    for (const SystemChoice &s : Checklist::systems(*c->db))
        if (s.systemId == systemId)
            system = s;
    if (cl.json) {
        QJsonArray list;
        for (const CheckPoint &p : *points)
            list.append(checkPointJson(p));
        out.json({{QStringLiteral("systemId"), systemId},
                  {QStringLiteral("title"), system.title},
                  {QStringLiteral("domain"), system.domain},
                  {QStringLiteral("edition"), system.editionLabel},
                  {QStringLiteral("points"), list}});
        return Done;
    }
    if (!system.title.isEmpty())
        out.line(QStringLiteral("%1 (%2)").arg(system.title, system.editionLabel));
    printChecklist(out, *points, false);
    out.line(Text::tr("%n point(s)", nullptr, int(points->size())));
    return Done;
}

} // namespace casedesk::cli
