#pragma once
// CaseDetails: the fields a person edits on a case (party, source, title,
// facts, section, handlers, items, provisions, penalties, findings), which
// stage freezes which of them, and how they are tidied and completed before
// they are stored: an entity party copied from the register, handlers and
// items filled from the staff table and the responsibility list. Stage
// fields (dates, number, clock) never change here: only advance() and the
// clock's writes move them.

#include "cases/enforcementcase.h"
#include "database.h"
#include "register/fieldproblem.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk::CaseDetails {

// One editable field as people name it; `key` is the field key of
// CaseWorkflow::problems().
struct Field {
    const char *key;
    const char *label; // QT_TRANSLATE_NOOP("Cases", …)
    bool outcome;      // penalties and findings: the investigation's result
};

const QList<Field> &fields();
QString label(const Field &field);
// Details are edited in the lead, filed and investigating stages; the
// outcome (penalties, findings) while investigating and under review.
bool editable(const Field &field, CaseStage stage);

// The fields whose values differ (handlers and items by who and which,
// not by the names filled on load).
QList<Field> changed(const EnforcementCase &before, const EnforcementCase &after);
// Copies one field's value.
void copy(const Field &field, const EnforcementCase &from, EnforcementCase &to);

// Tidies and completes the given fields of `c`: trims text; for an entity
// party copies name, code, address, legal representative and phone from the
// register (refusing an unknown or removed entity), for a person normalises
// the ID number; fills handlers and items; checks provision references.
Status complete(Database &db, EnforcementCase &c, const QList<Field> &which);

// What is wrong with the fields the case's stage lets people edit (a lead:
// party, title, source and date received; handlers, when given, must be
// distinct colleagues holding a valid enforcement certificate on `today`).
FieldProblems problems(const EnforcementCase &c, const QDate &today);

} // namespace casedesk::CaseDetails
