#pragma once
// CaseRows: the stored form of an enforcement case: the enforcement_case row
// and its child tables (handlers with the staff's name and certificate,
// responsibility items with their text, provisions, penalties, clock stops,
// seizures). CaseRepository's reads and writes go through here, so each
// column is named once; the rules stay in CaseWorkflow and the repository.

#include "cases/enforcementcase.h"
#include "database.h"
#include "recordwriter.h"
#include "register/enumtable.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace casedesk::CaseRows {

// The value stored under `code` (rows hold codes only), else `fallback`.
template <class E, std::size_t N> E fromCode(const EnumTable<E, N> &table, const QString &code, E fallback)
{
    for (E value : table.values())
        if (table.code(value) == code)
            return value;
    return fallback;
}

// The live case with every child; a refusal naming the id when there is none.
Result<EnforcementCase> load(const Database &db, qint64 id);
// The id of the live case with this lead number or case number; 0 when none.
qint64 idOfLead(const Database &db, const QString &leadNumber);
qint64 idOfNumber(const Database &db, const CaseNumber &number);

// The columns of the case row (not the record columns): everything the
// value holds, the search text and the clock's stored due date as
// StatutoryClock computes it on `today`.
RecordWriter::Fields rowFields(const EnforcementCase &c, const QString &abbreviation, const QDate &today);
// Replaces the handlers, items, provisions and penalties of case `c.id`.
Status writeDetails(const Database &db, const EnforcementCase &c);

// Fills each handler's login, name and certificate from the staff table
// (by id, or by login when the id is 0); refuses an unknown person.
Status fillHandlers(const Database &db, QList<CaseHandler> &handlers);
// Fills each item's text; refuses an item the responsibility list lacks.
Status fillItems(const Database &db, QList<CaseItem> &items);
// Refuses a provision pointing at a legal reference that does not exist.
Status checkReferences(const Database &db, const QList<CaseProvision> &provisions);

// Recomputes the row's search text from the stored case (after an
// exchange merged fields of two versions).
Status refreshDerived(const Database &db, qint64 id, const QString &abbreviation);

} // namespace casedesk::CaseRows
