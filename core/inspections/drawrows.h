#pragma once
// DrawRows: how a random draw is stored (inspection_draw, draw_pick) and
// read back, with the picks' inspectors and the inspections that carried
// them out (DrawRepository's storage side).

#include "audit/auditedtransaction.h"
#include "database.h"
#include "inspections/drawrepository.h"
#include "result.h"

#include <QJsonObject>

namespace casedesk::DrawRows {

// "<site>-<year>-D<NNN>": the workstation's own sequence per year.
Result<QString> nextNumber(const Database &db, const QString &site, int year);
// Stores the draw and its picks inside the transaction; fills id and uuid.
Status insert(AuditedTransaction &tx, InspectionDraw &draw);
// withPools false leaves the pools and recusals empty (lists).
Result<InspectionDraw> load(const Database &db, qint64 id, bool withPools = true);
qint64 idOfNumber(const Database &db, const QString &number);
QList<qint64> idsOfYear(const Database &db, int year); // newest first
// The draw as the audit trail keeps it.
QJsonObject auditJson(const InspectionDraw &draw);

} // namespace casedesk::DrawRows
