#include "cases/caseworkflow.h"

#include "auth/session.h"
#include "cases/caseproblems.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>

namespace casedesk::CaseWorkflow {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseWorkflow)
};

using S = CaseStage;
using A = Action;

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString stageName(CaseStage s)
{
    return caseStages().name(s);
}

// A sentence as a clause of the refusal: without its full stop.
QString clause(QString sentence)
{
    sentence = sentence.trimmed();
    while (sentence.endsWith(QLatin1Char('.')) || sentence.endsWith(QStringLiteral("。")))
        sentence.chop(1);
    return sentence;
}

const Transition *find(CaseStage from, CaseStage to)
{
    for (const Transition &t : table())
        if (t.from == from && t.to == to)
            return &t;
    return nullptr;
}

QString notLegal(CaseStage from, CaseStage to)
{
    const QList<CaseStage> legal = next(from);
    if (legal.isEmpty())
        return Text::tr("%1 is not a legal next stage: nothing follows %2").arg(stageName(to), stageName(from));
    QStringList names;
    for (CaseStage s : legal)
        names << stageName(s);
    return Text::tr("%1 is not a legal next stage; from %2 the case may go to %3")
        .arg(stageName(to), stageName(from), names.join(QStringLiteral(", ")));
}

// The latest day the case's file already records; a new step cannot come
// before it.
struct Milestone {
    QDate on;
    QString what;
};

Milestone lastMilestone(const EnforcementCase &c)
{
    const Milestone all[] = {
        {c.receivedOn, Text::tr("was received")},
        {c.filedOn, Text::tr("was filed")},
        {c.notifiedOn, Text::tr("was notified to the party")},
        {c.decidedOn, Text::tr("was decided")},
        {c.servedOn, Text::tr("was served")},
        {c.executedOn, Text::tr("was executed")},
        {c.closedOn, Text::tr("was closed")},
        {c.endedOn, Text::tr("ended")},
        {c.archivedOn, Text::tr("was archived")},
    };
    Milestone last;
    for (const Milestone &m : all)
        if (m.on.isValid() && (!last.on.isValid() || m.on > last.on))
            last = m;
    return last;
}

QString dateProblem(const EnforcementCase &c, const QDate &on, const QDate &today)
{
    if (!on.isValid())
        return Text::tr("the date of the step is missing");
    if (on > today)
        return Text::tr("the date %1 is in the future").arg(iso(on));
    const Milestone last = lastMilestone(c);
    if (last.on.isValid() && on < last.on)
        return Text::tr("the date %1 is before the day the case %2 (%3)").arg(iso(on), last.what, iso(last.on));
    return {};
}

void addProblems(QStringList &reasons, const FieldProblems &problems)
{
    for (const FieldProblem &p : problems)
        reasons << clause(p.message);
}

void requireOpinion(QStringList &reasons, const TransitionInput &input, const QString &what)
{
    if (input.opinion.trimmed().isEmpty())
        reasons << what;
}

// The period the party has to state their case (or ask for a hearing)
// after the notice; the decision may follow on its last day.
void decisionRules(QStringList &reasons, const EnforcementCase &c, const TransitionInput &input)
{
    if (!c.notifiedOn.isValid()) {
        reasons << Text::tr("the party has not been notified of the intended penalty");
    } else if (!input.partyWaived) {
        const bool hearing = hearingRequired(c) || c.hearingNoticeGiven;
        const int days = hearing ? kHearingRequestDays : kStatementDays;
        const QDate earliest = c.notifiedOn.addDays(days);
        if (input.on.isValid() && input.on < earliest)
            reasons << (hearing ? Text::tr("the party has %n day(s) from the notice of %1 to state their case or ask "
                                           "for a hearing: decide on %2 or later, unless the party waives it",
                                           nullptr, days)
                                : Text::tr("the party has %n day(s) from the notice of %1 to state their case: decide "
                                           "on %2 or later, unless the party waives it",
                                           nullptr, days))
                           .arg(iso(c.notifiedOn), iso(earliest));
    }
    for (const ClockStop &s : c.stops)
        if (s.kind == ClockStopKind::Hearing && !s.to.isValid())
            reasons << Text::tr("the hearing that began on %1 is still open; end it first").arg(iso(s.from));
    requireOpinion(reasons, input, Text::tr("give the decision opinion"));
}

void executionRules(QStringList &reasons, const EnforcementCase &c, const TransitionInput &input)
{
    const Money due = c.totalFines();
    if (due.isZero()) {
        if (!input.paid.isZero())
            reasons << Text::tr("%1 yuan paid, but nothing was fined or confiscated").arg(input.paid.toString());
        return;
    }
    if (input.paid < due)
        reasons << Text::tr("only %1 of the %2 yuan fined and confiscated has been paid; a case is executed when all "
                            "is paid")
                       .arg(input.paid.toString(), due.toString());
    else if (input.paid > due)
        reasons << Text::tr("%1 yuan paid is more than the %2 yuan fined and confiscated")
                       .arg(input.paid.toString(), due.toString());
    if (input.receiptNumber.trimmed().isEmpty())
        reasons << Text::tr("give the number of the payment receipt");
}

// What the stage `input.to` needs beyond a legal, permitted, dated step.
QStringList stageRules(const EnforcementCase &c, const TransitionInput &input)
{
    QStringList reasons;
    switch (input.to) {
    case S::Filed:
        addProblems(reasons, problems(c, input.on));
        if (c.items.isEmpty())
            reasons << Text::tr("link at least one responsibility item the case carries out");
        if (std::none_of(c.provisions.cbegin(), c.provisions.cend(),
                         [](const CaseProvision &p) { return p.role == ProvisionRole::Violated; }))
            reasons << Text::tr("name at least one provision violated");
        requireOpinion(reasons, input, Text::tr("give the approval opinion"));
        break;
    case S::NotFiled:
        requireOpinion(reasons, input, Text::tr("give the reason for not filing the case"));
        break;
    case S::Transferred:
        requireOpinion(reasons, input, Text::tr("give the reason for the transfer"));
        if (input.transferredTo.trimmed().isEmpty())
            reasons << Text::tr("name the department or authority the case is transferred to");
        break;
    case S::Withdrawn:
        requireOpinion(reasons, input, Text::tr("give the reason for withdrawing the case"));
        break;
    case S::Investigating:
        if (c.stage == S::UnderReview)
            requireOpinion(reasons, input, Text::tr("give the reason for sending the case back"));
        break;
    case S::UnderReview:
        if (c.findings.trimmed().isEmpty())
            reasons << Text::tr("write the findings of the investigation");
        if (c.penalties.isEmpty())
            reasons << Text::tr("propose at least one penalty");
        addProblems(reasons, problems(c, input.on));
        if (c.stage == S::PartyNotified)
            requireOpinion(reasons, input, Text::tr("give the reason for reviewing the case again"));
        break;
    case S::PartyNotified:
        if (c.penalties.isEmpty())
            reasons << Text::tr("propose at least one penalty");
        addProblems(reasons, CaseProblems::penalties(c));
        requireOpinion(reasons, input, Text::tr("give the review opinion"));
        break;
    case S::Decided:
        decisionRules(reasons, c, input);
        break;
    case S::Served:
        if (input.serviceMethod.trimmed().isEmpty())
            reasons << Text::tr("give the method of service");
        break;
    case S::Executed:
        executionRules(reasons, c, input);
        break;
    case S::Closed:
        requireOpinion(reasons, input, Text::tr("give the closing opinion"));
        break;
    case S::Archived:
        if (input.archiveNumber.trimmed().isEmpty())
            reasons << Text::tr("give the archive number");
        break;
    case S::Lead:
        break;
    }
    return reasons;
}
} // namespace

const std::vector<Transition> &table()
{
    // The bureau head approves what has legal effect (filing, not filing,
    // transfer, withdrawal, decision, closing); section chiefs review and
    // send back; the staff handling the case record the rest.
    static const std::vector<Transition> transitions = {
        {S::Lead, S::Filed, A::ApproveCase},
        {S::Lead, S::NotFiled, A::ApproveCase},
        {S::Lead, S::Transferred, A::ApproveCase},
        {S::Filed, S::Investigating, A::EditCase},
        {S::Filed, S::Transferred, A::ApproveCase},
        {S::Filed, S::Withdrawn, A::ApproveCase},
        {S::Investigating, S::UnderReview, A::EditCase},
        {S::Investigating, S::Transferred, A::ApproveCase},
        {S::Investigating, S::Withdrawn, A::ApproveCase},
        {S::UnderReview, S::PartyNotified, A::ReviewCase},
        {S::UnderReview, S::Investigating, A::ReviewCase},
        {S::UnderReview, S::Transferred, A::ApproveCase},
        {S::UnderReview, S::Withdrawn, A::ApproveCase},
        {S::PartyNotified, S::Decided, A::ApproveCase},
        {S::PartyNotified, S::UnderReview, A::ReviewCase},
        {S::PartyNotified, S::Withdrawn, A::ApproveCase},
        {S::Decided, S::Served, A::EditCase},
        {S::Served, S::Executed, A::EditCase},
        {S::Executed, S::Closed, A::ApproveCase},
        {S::Closed, S::Archived, A::EditCase},
        {S::NotFiled, S::Archived, A::EditCase},
        {S::Transferred, S::Archived, A::EditCase},
        {S::Withdrawn, S::Archived, A::EditCase},
    };
    return transitions;
}

QList<CaseStage> next(CaseStage from)
{
    QList<CaseStage> out;
    for (const Transition &t : table())
        if (t.from == from)
            out << t.to;
    return out;
}

QList<CaseStage> offered(const EnforcementCase &c, const Session &session)
{
    QList<CaseStage> out;
    for (const Transition &t : table())
        if (t.from == c.stage && Permissions::allowed(session, t.action))
            out << t.to;
    return out;
}

Status check(const EnforcementCase &c, const TransitionInput &input, const Session &session, const QDate &today)
{
    const auto refuse = [&](const QStringList &reasons) -> Status {
        return refusal(
            Text::tr("Cannot move case %1 from %2 to %3: %4.")
                .arg(c.displayNumber(), stageName(c.stage), stageName(input.to), reasons.join(QStringLiteral("; "))));
    };
    const Transition *t = find(c.stage, input.to);
    if (!t)
        return refuse({notLegal(c.stage, input.to)});
    if (const Status allowed = Permissions::require(session, t->action); !allowed)
        return refuse({clause(allowed.error().message)});
    if (const QString problem = dateProblem(c, input.on, today); !problem.isEmpty())
        return refuse({problem});
    if (const QStringList reasons = stageRules(c, input); !reasons.isEmpty())
        return refuse(reasons);
    return success();
}

} // namespace casedesk::CaseWorkflow
