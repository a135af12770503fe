#pragma once
// The JSON forms of inspections, the plan and random draws for
// casedesk-cli's --json output: one function per record, with stable keys
// (codes, not translated names, for enumerations; dates as YYYY-MM-DD or "").

#include "inspections/drawrepository.h"
#include "inspections/inspection.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionqueries.h"

#include <QJsonArray>
#include <QJsonObject>

namespace casedesk::cli {

// "" for an invalid date.
QString isoDate(const QDate &d);

QJsonObject unitJson(const InspectedUnit &unit);
QJsonArray inspectorsJson(const QList<InspectionInspector> &people);
// The record with its unit, inspectors, checklist, outcomes and signatures,
// the points failed and unchecked, and the follow-up due (InspectionRules).
QJsonObject inspectionJson(const Inspection &record);
QJsonObject inspectionVersionJson(const InspectionVersion &v);
QJsonObject inspectionRowJson(const InspectionRow &row);
QJsonObject followUpJson(const FollowUpDue &due);
QJsonObject checkPointJson(const CheckPoint &point);

QJsonObject planRowJson(const PlanRow &row);
QJsonObject planProgressJson(const PlanProgress &progress);
QJsonObject planEntryJson(const PlanEntry &entry);

QJsonObject drawPickJson(const DrawPick &pick);
// The draw's request, picks and hashes; `withPools` adds both pools and the recusals.
QJsonObject drawJson(const InspectionDraw &draw, bool withPools);
QJsonObject recusalJson(const Recusal &r);

} // namespace casedesk::cli
