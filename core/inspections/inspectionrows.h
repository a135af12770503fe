#pragma once
// InspectionRows: the stored form of an inspection record: the inspection
// row (one per version) and its child tables (inspectors, responsibility
// items, check points). InspectionRepository's reads and writes go through
// here, so each column is named once; the rules stay in InspectionRules and
// the repository.

#include "auth/staffmember.h"
#include "database.h"
#include "inspections/inspection.h"
#include "recordwriter.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk::InspectionRows {

// One version (current or superseded, not discarded) with every child; a
// refusal naming the id when there is none.
Result<Inspection> load(const Database &db, qint64 id);
// The id of the current version of a record number; 0 when none.
qint64 currentIdOf(const Database &db, const QString &recordNumber);

// The columns of the row (not the record columns): everything the value
// holds and the derived columns (outcome codes, failed points, search text,
// follow_up_due as `followUpDue`).
RecordWriter::Fields rowFields(const Inspection &r, const QDate &followUpDue);
// Replaces the inspectors, items and check points of version `r.id`.
Status writeDetails(const Database &db, const Inspection &r);

// The outcome codes joined with ',' as stored, and back.
QString outcomeCodes(const QList<InspectionOutcome> &outcomes);
QList<InspectionOutcome> outcomesFromCodes(const QString &codes);

// Fills each inspector's id, login, name and the certificate the domain
// needs from the staff table (by id, or by login when the id is 0);
// refuses an unknown person.
Status fillInspectors(const Database &db, QList<InspectionInspector> &inspectors, const QString &domain);
// The staff records of the inspectors (those that exist), for InspectionRules.
QList<StaffMember> staffOf(const Database &db, const QList<InspectionInspector> &inspectors);
// Active staff; the certificate columns filled.
QList<StaffMember> activeStaff(const Database &db);

// The record as the audit trail keeps it.
QJsonObject auditJson(const Inspection &r);

// Recomputes the row's search text from the stored record (after an
// exchange merged fields of two versions).
Status refreshDerived(const Database &db, qint64 id);

} // namespace casedesk::InspectionRows
