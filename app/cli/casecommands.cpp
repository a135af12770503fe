// cases add, edit, penalty, list, show and items: registering a lead, its
// details, the penalties proposed, and reading cases. The stage changes and
// the clock are caseflowcommands.cpp's part, documents, attachments and
// numbering caseprintcommands.cpp's.
#include "auth/staffdirectory.h"
#include "bureausettings.h"
#include "casejson.h"
#include "caseoptions.h"
#include "cases/casedocuments.h"
#include "cases/casequeries.h"
#include "cases/caserepository.h"
#include "cases/caseworkflow.h"
#include "cases/statutoryclock.h"
#include "commands.h"
#include "dutylist/dutylistqueries.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// "30,000.00–100,000.00" or "1–3 × illegal income".
QString rangeText(const FineRange &r)
{
    auto times = [](int percent) {
        return percent % 100 == 0 ? QString::number(percent / 100) : QString::number(percent / 100.0, 'f', 2);
    };
    switch (r.kind) {
    case FineRange::Kind::None:
        return {};
    case FineRange::Kind::Fixed:
        return QStringLiteral("%1–%2").arg(r.min.toString(), r.max.toString());
    case FineRange::Kind::Multiple:
        return Text::tr("%1–%2 × %3")
            .arg(times(r.minPercent), times(r.maxPercent),
                 r.basis == FineRange::Basis::IllegalIncome ? Text::tr("illegal income") : Text::tr("goods value"));
    }
    return {};
}

QString penaltyText(const Penalty &p)
{
    QString text = penaltyKinds().name(p.kind);
    if (!p.amount.isZero())
        text += QLatin1Char(' ') + p.amount.yuanText();
    if (p.kind == PenaltyKind::Fine)
        text += Text::tr(" (provision %1, %2: %3)")
                    .arg(p.provisionIndex + 1)
                    .arg(discretionTiers().name(p.tier), p.tierReasons);
    if (!p.basisAmount.isZero())
        text += Text::tr(", basis %1").arg(p.basisAmount.yuanText());
    if (!p.details.isEmpty())
        text += QStringLiteral(", ") + p.details;
    if (p.deadline.isValid())
        text += Text::tr(", by %1").arg(date(p.deadline));
    if (p.licenceId)
        text += Text::tr(", licence %1").arg(p.licenceId);
    return text;
}

Result<CaseFilter> filterOf(const CommandLine &cl, const CaseCommand &command)
{
    static const QRegularExpression separators(QStringLiteral("[,、，]"));
    CaseFilter f;
    f.today = command.today;
    f.search = cl.option("--search").trimmed();
    f.section = cl.option("--section").trimmed();
    f.overdueOnly = cl.flag("--overdue");
    for (const QString &word : cl.option("--stage").split(separators, Qt::SkipEmptyParts)) {
        auto stage = enumValue(word, QStringLiteral("--stage"), caseStages());
        if (!stage)
            return stage.error();
        f.stages << *stage;
    }
    for (const QString &word : cl.option("--source").split(separators, Qt::SkipEmptyParts)) {
        auto source = enumValue(word, QStringLiteral("--source"), caseSources());
        if (!source)
            return source.error();
        f.sources << *source;
    }
    if (cl.has("--handler")) {
        auto member = StaffDirectory(*command.db).find(*command.session, cl.option("--handler").trimmed());
        if (!member)
            return optionError("--handler", member.error());
        f.handlerId = member->id;
    }
    auto year = wholeNumberOption(cl, "--year", 0, 1900);
    if (!year)
        return year.error();
    f.year = *year;
    if (cl.has("--due-within")) {
        auto days = wholeNumberOption(cl, "--due-within", 0, 0);
        if (!days)
            return days.error();
        f.dueWithinDays = *days;
    }
    return f;
}

void printCaseText(Printer &out, const EnforcementCase &c, const QString &abbreviation, const QDate &today)
{
    out.line(c.number.isNull()
                 ? Text::tr("Lead %1 (id %2)").arg(c.leadNumber).arg(c.id)
                 : Text::tr("%1 (lead %2, id %3)").arg(caseNumberText(c, abbreviation), c.leadNumber).arg(c.id));
    const QString party =
        QStringList{c.party.name, c.party.code, c.party.address, c.party.representative, c.party.phone}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QStringLiteral(", "));
    QStringList handlers;
    for (const CaseHandler &h : c.handlers)
        handlers << (h.certificateNumber.isEmpty()
                         ? QStringLiteral("%1 (%2)").arg(h.name, h.login)
                         : Text::tr("%1 (%2, certificate %3)").arg(h.name, h.login, h.certificateNumber));
    const std::pair<QString, QString> fields[] = {
        {Text::tr("Stage"), caseStages().name(c.stage)},
        {Text::tr("Title"), c.title},
        {Text::tr("Source"), c.sourceDetail.isEmpty()
                                 ? caseSources().name(c.source)
                                 : QStringLiteral("%1 — %2").arg(caseSources().name(c.source), c.sourceDetail)},
        {Text::tr("Received"), date(c.receivedOn)},
        {Text::tr("Party"), party},
        {Text::tr("Section"), c.section},
        {Text::tr("Handlers"), handlers.join(QStringLiteral("; "))},
        {Text::tr("Facts"), c.facts},
        {Text::tr("Findings"), c.findings},
        {Text::tr("Fines in total"), c.totalFines().isZero() ? QString() : c.totalFines().yuanText()},
        {Text::tr("Paid"), c.paid.isZero() ? QString() : c.paid.yuanText()},
        {Text::tr("Transferred to"), c.transferredTo},
        {Text::tr("Archive number"), c.archiveNumber},
    };
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            out.line(label + QStringLiteral(": ") + value);
    for (const CaseItem &item : c.items)
        out.line(Text::tr("Responsibility item %1: %2").arg(item.itemId).arg(item.text));
    for (int i = 0; i < c.provisions.size(); ++i) {
        const CaseProvision &p = c.provisions[i];
        QString line =
            QStringLiteral("  %1. %2: %3 %4").arg(i + 1).arg(provisionRoles().name(p.role), p.law, p.article);
        if (p.fineRange.kind != FineRange::Kind::None)
            line += Text::tr(" (fine %1)").arg(rangeText(p.fineRange));
        out.line(i == 0 ? Text::tr("Provisions:") + QLatin1Char('\n') + line : line);
    }
    for (int i = 0; i < c.penalties.size(); ++i)
        out.line((i == 0 ? Text::tr("Penalties:") + QLatin1Char('\n') : QString()) + QStringLiteral("  - ") +
                 penaltyText(c.penalties[i]));
    const ClockState clock = StatutoryClock::evaluate(c, today);
    if (clock.phase != ClockState::Phase::NotStarted) {
        out.line(Text::tr("Decision due: %1 (%2)").arg(date(clock.due), clock.summary));
        out.line(Text::tr("Basis: %1").arg(clock.basis));
    }
    if (c.extension)
        out.line(Text::tr("Extended by %1 days on %2 by %3: %4")
                     .arg(c.extension->days)
                     .arg(date(c.extension->approvedOn), c.extension->approvedBy, c.extension->reason));
    for (const ClockStop &s : c.stops)
        out.line(Text::tr("Clock stopped (%1) %2 – %3: %4")
                     .arg(clockStopKinds().name(s.kind), date(s.from), s.to.isValid() ? date(s.to) : Text::tr("open"),
                          s.reason));
    for (const Seizure &s : c.seizures) {
        const SeizureState state = StatutoryClock::seizure(s, today);
        out.line(Text::tr("Seizure %1 from %2: %3 at %4; %5")
                     .arg(s.id)
                     .arg(date(s.from), s.items, s.place,
                          state.released ? Text::tr("released %1").arg(date(s.releasedOn))
                                         : Text::tr("due %1 (%2 days left)").arg(date(state.due)).arg(state.daysLeft)));
    }
}
} // namespace

int commandCasesAdd(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases add"), 2, Action::EditCase);
    if (!c)
        return fail(c.error());
    for (const char *name : {"--source", "--title", "--facts"})
        if (auto s = requireOption(cl, name); !s)
            return fail(s.error());
    if (!cl.has("--entity") && !cl.has("--person"))
        return refuse(Text::tr("--entity, --person: name the party, a registered entity or a person"));
    EnforcementCase lead;
    lead.receivedOn = c->today;
    if (auto s = applyCaseDetails(cl, *c, lead); !s)
        return fail(s.error());
    auto stored = CaseRepository(*c->db).registerLead(*c->session, lead, c->today);
    if (!stored)
        return fail(stored.error());
    return printWrittenCase(cl, out, *c, *stored, Text::tr("Registered lead %1."));
}

int commandCasesEdit(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases edit"), 3, Action::EditCase);
    if (!c)
        return fail(c.error());
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    EnforcementCase edited = *found;
    if (auto s = applyCaseDetails(cl, *c, edited); !s)
        return fail(s.error());
    auto stored = CaseRepository(*c->db).update(*c->session, edited, c->today);
    if (!stored)
        return fail(stored.error());
    return printWrittenCase(cl, out, *c, *stored, Text::tr("Updated %1."));
}

int commandCasesPenalty(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases penalty"), 3, Action::EditCase);
    if (!c)
        return fail(c.error());
    if (!cl.has("--add") && !cl.flag("--clear"))
        return refuse(Text::tr("cases penalty: give --add KIND (with its options) or --clear"));
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    EnforcementCase edited = *found;
    if (cl.flag("--clear"))
        edited.penalties.clear();
    if (cl.has("--add")) {
        auto penalty = penaltyFromOptions(cl, edited);
        if (!penalty)
            return fail(penalty.error());
        edited.penalties << *penalty;
    }
    auto stored = CaseRepository(*c->db).update(*c->session, edited, c->today);
    if (!stored)
        return fail(stored.error());
    return printWrittenCase(cl, out, *c, *stored, Text::tr("Penalties of %1 saved."));
}

int commandCasesList(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases list"), 2, Action::ViewCases);
    if (!c)
        return fail(c.error());
    auto filter = filterOf(cl, *c);
    if (!filter)
        return fail(filter.error());
    auto limit = wholeNumberOption(cl, "--limit", -1, 1);
    if (!limit)
        return fail(limit.error());
    const CaseQueries queries(*c->db);
    const int total = queries.count(*filter);
    const bool byDue = filter->overdueOnly || filter->dueWithinDays.has_value();
    const QList<CaseRow> rows =
        queries.page(*filter, byDue ? CaseSort::Due : CaseSort::Received, byDue, 0, *limit < 0 ? total : *limit);
    if (cl.json) {
        QJsonArray list;
        for (const CaseRow &r : rows)
            list.append(caseRowJson(r, c->today));
        out.json({{QStringLiteral("total"), total}, {QStringLiteral("cases"), list}});
        return Done;
    }
    for (const CaseRow &r : rows) {
        QString due;
        if (r.dueOn.isValid()) {
            const qint64 left = c->today.daysTo(r.dueOn);
            due = left < 0 ? Text::tr("due %1, %n day(s) overdue", nullptr, int(-left)).arg(date(r.dueOn))
                           : Text::tr("due %1, %n day(s) left", nullptr, int(left)).arg(date(r.dueOn));
        }
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(r.id)
                     .arg(r.displayNumber, caseStages().name(r.stage), r.partyName, r.title, due));
    }
    out.line(Text::tr("%n case(s)", nullptr, total));
    return Done;
}

int commandCasesShow(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases show"), 3, Action::ViewCases);
    if (!c)
        return fail(c.error());
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    const CaseRepository repository(*c->db);
    const QList<CaseStep> steps = repository.steps(found->id);
    const QList<CaseAttachment> attachments = repository.attachments(found->id);
    const QList<CaseStage> offered = CaseWorkflow::offered(*found, *c->session);
    const QList<CaseDocumentKind> documents = CaseDocuments::availableKinds(*found);
    const QString abbreviation = BureauSettings::load(*c->db).abbreviation;
    if (cl.json) {
        QJsonObject o = caseJson(*found, abbreviation, c->today);
        QJsonArray stepList, attachmentList, offeredList, documentList;
        for (const CaseStep &s : steps)
            stepList.append(caseStepJson(s));
        for (const CaseAttachment &a : attachments)
            attachmentList.append(caseAttachmentJson(a));
        for (CaseStage s : offered)
            offeredList.append(caseStages().code(s));
        for (CaseDocumentKind k : documents)
            documentList.append(caseDocumentKinds().code(k));
        o.insert(QStringLiteral("steps"), stepList);
        o.insert(QStringLiteral("attachments"), attachmentList);
        o.insert(QStringLiteral("offered"), offeredList);
        o.insert(QStringLiteral("documents"), documentList);
        out.json(o);
        return Done;
    }
    printCaseText(out, *found, abbreviation, c->today);
    out.line(Text::tr("Timeline:"));
    for (const CaseStep &s : steps) {
        const QString what =
            s.kind == QLatin1String("stage")
                ? QStringLiteral("%1 → %2").arg(caseStages().name(s.fromStage), caseStages().name(s.toStage))
                : s.kind;
        out.line(QStringLiteral("  %1\t%2\t%3\t%4").arg(date(s.on), what, s.name, s.text));
    }
    for (const CaseAttachment &a : attachments)
        out.line(
            Text::tr("Attachment %1: %2, %3 bytes, SHA-256 %4").arg(a.id).arg(a.fileName).arg(a.size).arg(a.sha256));
    QStringList next, printable;
    for (CaseStage s : offered)
        next << caseStages().code(s);
    for (CaseDocumentKind k : documents)
        printable << caseDocumentKinds().code(k);
    if (!next.isEmpty())
        out.line(Text::tr("You may advance it to: %1").arg(next.join(QStringLiteral(", "))));
    if (!printable.isEmpty())
        out.line(Text::tr("Documents: %1").arg(printable.join(QStringLiteral(", "))));
    return Done;
}

int commandCasesItems(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases items"), 2, Action::ViewCases);
    if (!c)
        return fail(c.error());
    const ResponsibilityListQueries list(*c->db);
    QList<qint64> itemIds;
    if (cl.has("--search")) {
        for (const SearchHit &hit : list.search(cl.option("--search")))
            if (hit.itemId)
                itemIds << hit.itemId;
    } else {
        auto edition = list.findEdition({});
        if (!edition)
            return fail(edition.error());
        for (const DutyRow &duty : list.duties(*edition))
            for (const ItemRow &item : list.items(duty.id))
                itemIds << item.id;
    }
    const CaseQueries queries(*c->db);
    QJsonArray json;
    for (qint64 id : itemIds) {
        const ItemDetail detail = list.itemDetail(id);
        const QList<CaseProvision> references = queries.provisionChoices({id});
        QJsonArray refs;
        if (!cl.json)
            out.line(QStringLiteral("%1\t%2\t%3")
                         .arg(id)
                         .arg(detail.item.text, detail.item.sections.join(QStringLiteral("、"))));
        for (const CaseProvision &p : references) {
            refs.append(QJsonObject{{QStringLiteral("ref"), QStringLiteral("ref:%1").arg(p.legalReferenceId)},
                                    {QStringLiteral("law"), p.law},
                                    {QStringLiteral("article"), p.article}});
            if (!cl.json)
                out.line(QStringLiteral("\tref:%1\t%2 %3").arg(p.legalReferenceId).arg(p.law, p.article));
        }
        json.append(QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("text"), detail.item.text},
                                {QStringLiteral("sections"), QJsonArray::fromStringList(detail.item.sections)},
                                {QStringLiteral("duty"), detail.duty.text},
                                {QStringLiteral("references"), refs}});
    }
    if (cl.json)
        out.json({{QStringLiteral("items"), json}});
    else
        out.line(Text::tr("%n item(s)", nullptr, int(itemIds.size())));
    return Done;
}

} // namespace casedesk::cli
