#pragma once
// CaseProblems: the checks of a case's own fields, one part at a time, so
// CaseWorkflow::check can ask for the parts a transition needs (filing and
// review check everything; notifying the party checks the penalties only,
// because handlers and party are frozen by then). CaseWorkflow::problems is
// all of them together.

#include "cases/enforcementcase.h"
#include "register/fieldproblem.h"

#include <QDate>

namespace casedesk::CaseProblems {

// Field keys: "partyEntity", "partyName", "partyCode".
FieldProblems party(const CaseParty &party);
// Field key "handlers": at least two distinct people, each holding an
// enforcement certificate valid on `day`.
FieldProblems handlers(const QList<CaseHandler> &handlers, const QDate &day);
// Field key "penalties": each penalty complete (fines via FineAssessment).
FieldProblems penalties(const EnforcementCase &c);

} // namespace casedesk::CaseProblems
