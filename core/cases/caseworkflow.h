#pragma once
// CaseWorkflow: the state machine of an enforcement case, in one table.
// Each transition names the permission it needs (the bureau head files,
// decides, extends, closes, withdraws and transfers; section chiefs review;
// staff handling the case record investigation, service, execution and
// archiving) and the fields it requires. Every caller (GUI, CLI, tests)
// asks check() before CaseRepository::advance() writes anything, and the
// GUI offers only offered().
//
//   lead → filed → investigating → under-review → notified → decided →
//   served → executed → closed → archived
//   lead → not-filed | transferred
//   filed | investigating | under-review → transferred
//   filed | investigating | under-review | notified → withdrawn
//   under-review → investigating (sent back); notified → under-review
//   not-filed | transferred | withdrawn → archived

#include "auth/permissions.h"
#include "cases/enforcementcase.h"
#include "register/fieldproblem.h"

#include <QDate>
#include <QList>
#include <vector>

namespace casedesk {

class Session;

// What a transition records beyond the stage.
struct TransitionInput {
    CaseStage to = CaseStage::Filed;
    QDate on;                 // the day the step took effect; not before the last step, not after today
    QString opinion;          // approval/review opinion or reason; required by every approval and ending
    QString transferredTo;    // → transferred
    bool partyWaived = false; // → decided before the statement/hearing period ended
    QString serviceMethod;    // → served
    Money paid;               // → executed: fines and income paid
    QString receiptNumber;    // → executed, when something was paid
    QString archiveNumber;    // → archived
};

struct Transition {
    CaseStage from;
    CaseStage to;
    Action action;
};

namespace CaseWorkflow {

inline constexpr int kStatementDays = 3;      // 陈述、申辩
inline constexpr int kHearingRequestDays = 5; // 要求听证

const std::vector<Transition> &table();
// The legal next stages, whoever asks.
QList<CaseStage> next(CaseStage from);
// Legal and permitted for this session.
QList<CaseStage> offered(const EnforcementCase &c, const Session &session);

// Whether the penalties are large enough that the party must be told of the
// right to a hearing (行政处罚法 第六十三条): a fine or confiscation of at
// least kHearingPersonYuan for a person or kHearingOrganisationYuan for an
// entity, a suspension, or a licence revocation.
inline constexpr qint64 kHearingPersonYuan = 10000;
inline constexpr qint64 kHearingOrganisationYuan = 100000;
bool hearingRequired(const EnforcementCase &c);

// The case's own fields: party (an ID number with its check digit for a
// person), title, facts, at least two distinct handlers holding enforcement
// certificates valid on `day`, and each penalty (fines via FineAssessment,
// a licence for revocation, a deadline to correct…). Problems name the field.
FieldProblems problems(const EnforcementCase &c, const QDate &day);

// Everything a transition needs: legal from the current stage, permitted,
// the date, the fields of that stage (filing: a valid case with at least one
// responsibility item and one violated provision; review: findings and at
// least one penalty with its applied provision; decision: the statement or
// hearing period over unless waived, no hearing still open; …). The refusal
// says which transition and why.
Status check(const EnforcementCase &c, const TransitionInput &input, const Session &session, const QDate &today);

} // namespace CaseWorkflow

namespace IdentityNumbers {
// An 18-character resident ID number (GB 11643-1999): digits, a valid birth
// date, and the check character (0–9 or X, lower-case x accepted). Returns
// the normalised number or a refusal naming the problem.
Result<QString> check(const QString &text);
} // namespace IdentityNumbers

} // namespace casedesk
