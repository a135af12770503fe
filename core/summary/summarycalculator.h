#pragma once
// SummaryCalculator: computes a QuarterSummary from the records, every
// figure by one SQL aggregate (no record is loaded to be counted), except
// the overdue cases, which the statutory clock decides (StatutoryClock::
// overdueOn, the one place for deadlines). The tables, by key:
//
//   overview              the main figures of the period, the previous
//                         period and the same period a year before, with
//                         the changes
//   inspections_by_domain finished inspections by domain and kind
//   inspections_by_section  by section: inspections, units, problems found,
//                         orders to correct, cases opened
//   coverage              units the year's plan makes due per domain, those
//                         inspected in the period and in the year so far
//   sampling              sampling batches by kind: passed, failed, pending,
//                         pass rate
//   sampling_failures     each failed batch with its enterprise and the
//                         state of its rectification
//   cases_by_source       leads received, cases filed, decided, closed in
//                         the period and overdue at its end, by source
//   penalties             penalties decided in the period by kind, with the
//                         amounts; fines collected
//   equipment_overdue     special equipment in use past its periodic
//                         inspection date, by category
//   duties                履职情况: every item of the edition in force with
//                         the inspections, batches and cases that carried
//                         it out
//   duties_idle           the items with no activity at all
//
// Which records count (finished current inspection versions, batches by
// their sampling day, cases by the day of each step) is written in each
// table's note and in the functions that build the conditions.

#include "auth/session.h"
#include "database.h"
#include "result.h"
#include "summary/quartersummary.h"

#include <QDate>
#include <QString>
#include <functional>

namespace casedesk {

struct SummaryRequest {
    ReportPeriod period;
    QString section; // "" = the whole bureau
    QDate today;     // invalid = QDate::currentDate(); states are counted as of min(today, period end)
    // Called after each step with (done, total); returning false cancels
    // (the result is then a refusal saying so).
    std::function<bool(int, int)> progress;
};

namespace SummaryCalculator {

// Needs ViewSummary. Refused for an invalid period.
Result<QuarterSummary> compute(const Database &db, const Session &session, const SummaryRequest &request);
// The sections a summary can be restricted to: those of the records and of
// the responsibility list, sorted.
QStringList sections(const Database &db);

} // namespace SummaryCalculator

} // namespace casedesk
