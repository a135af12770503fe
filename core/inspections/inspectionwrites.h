#pragma once
// InspectionWrites: how every write of an inspection record ends, written
// once for create, edit, finish, correct and discard: the row and its
// children stored with the derived columns kept true (follow_up_due of the
// record and of the record a follow-up checks), the lead an OpenCase
// outcome registers, and the audit entry, all in the caller's transaction.

#include "database.h"
#include "inspections/inspection.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace casedesk {

class AuditedTransaction;

namespace InspectionWrites {

// A new version row: inserts it with its children, gives `r` its id and
// identity, and records `action` (with `before`, the version it replaces,
// when there is one).
Status insert(AuditedTransaction &tx, Inspection &r, const QString &action, const QJsonObject &before = {});
// Rewrites version `after.id` and its children and records `action`.
Status store(AuditedTransaction &tx, const Inspection &before, const Inspection &after, const QString &action);
// Marks version `oldId` replaced by `newId` (superseded_by; its open
// follow-up, if any, moves to the new version).
Status supersede(AuditedTransaction &tx, qint64 oldId, qint64 newId);

// When the follow-up check of `r` is due: InspectionRules::followUpDue of a
// finished, current record, unless a finished follow-up inspection of any
// of its versions exists; invalid otherwise.
QDate openFollowUpDue(const Database &db, const Inspection &r);
// Recomputes follow_up_due of the current version of the record whose
// version `inspectionId` is (after a follow-up of it was finished or
// corrected). A derived column: the record's modification stamp stays.
Status refreshFollowUp(const Database &db, qint64 inspectionId);

// Registers the lead an OpenCase outcome asks for (source inspection, the
// record number as source detail, the unit as party, the findings as facts,
// the record's items, the inspectors as handlers, its section) and returns
// its id.
Result<qint64> openCase(Database &db, AuditedTransaction &tx, const Inspection &r, const QDate &today);

} // namespace InspectionWrites

} // namespace casedesk
