#pragma once
// The baseline of the summary benchmark: what a clerk who knows SQL would
// type into the sqlite3 shell to get the summary's figures. The same
// aggregates as the counting rules (tr/summary-rules.md), one plain
// statement per table with the dates written in, without traces, labels or
// the statutory clock (the overdue cases and the plan's due units are
// approximated by a date condition and a count of live entities). Also the
// drill-down's listing with a trace's values written in. Runs the text
// through the real shell (/usr/bin/sqlite3) and times it.

#include "benchsupport.h"
#include "summary/reportperiod.h"
#include "summary/summarytrace.h"

#include <QDate>
#include <QString>

namespace casedesk::bench::SummaryBaseline {

// The statements of a summary of `period` (with the overview's previous
// period and the year before), states counted on `asOf`, restricted to
// `section` unless it is empty.
QString sql(const ReportPeriod &period, const QDate &asOf, const QString &section);
// The drill-down of an inspection trace: how many records it holds and the
// first `limit`, newest first, with the trace's values written into its
// condition.
QString traceSql(const SummaryTrace &trace, int limit);

// Writes `statements` to `sqlFile` and runs `sqlite3 -readonly database <
// sqlFile` `runs` times: the fastest run's wall-clock time and the shell's
// CPU time. Dies when the shell is missing or reports an error.
Timing runShell(const QString &database, const QString &sqlFile, const QString &statements, int runs);
// Where the shell is.
QString shellPath();

} // namespace casedesk::bench::SummaryBaseline
