#pragma once
// CaseWrites: how every write of a case ends, written once for the
// repository's lead, edit, stage and clock writes: the case row rewritten
// with the due date StatutoryClock computes, the step on the timeline and
// the audit entry with the case before and after, all in the caller's
// transaction.

#include "cases/casesteps.h"
#include "cases/enforcementcase.h"
#include "database.h"
#include "recordwriter.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace casedesk {

class AuditedTransaction;

namespace CaseWrites {

// A new case: inserts the row and its details, gives `c` its id and
// identity, appends the step and records `action`.
Status insert(AuditedTransaction &tx, EnforcementCase &c, const QString &action, const StepRecord &step,
              const QDate &today);
// A new lead inside the caller's transaction (CaseRepository::registerLead
// and a finished inspection that opens a case): only the lead's details are
// taken, completed and checked (CaseDetails), a lead number of this site
// and the year received is given, and the lead is stored with its step and
// "case.lead" entry. Returns the lead as stored (id and number set).
Result<EnforcementCase> registerLead(Database &db, AuditedTransaction &tx, const EnforcementCase &lead,
                                     const QDate &today);
// An existing case: rewrites the row (and `extra` columns), appends the
// step and records `action` with both versions. The details (handlers,
// items, provisions, penalties) are rewritten when `details` is set.
Status store(AuditedTransaction &tx, const EnforcementCase &before, const EnforcementCase &after, const QString &action,
             const StepRecord &step, const QDate &today, bool details = false, const RecordWriter::Fields &extra = {});

} // namespace CaseWrites

} // namespace casedesk
