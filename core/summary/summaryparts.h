#pragma once
// SummaryParts: the pieces SummaryCalculator puts together, one function per
// table, and what they share: the scope of a summary (period, section, the
// day states are counted on), the conditions that say which records count
// (each written once, here, and kept as the figures' traces), cells, and a
// grouped aggregate that yields a row of traced cells per group.

#include "database.h"
#include "result.h"
#include "summary/quartersummary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>

namespace casedesk::SummaryParts {

struct Scope {
    ReportPeriod period;
    QString section; // "" = the whole bureau
    QDate asOf;      // min(today, period end): overdue cases and equipment are counted on it
};

Scope scopeOf(const ReportPeriod &period, const QString &section, const QDate &today);

// --- which records count -------------------------------------------------
// Finished current versions of inspections held in the period.
SummaryTrace inspections(const Scope &scope);
// Sampling batches taken in the period.
SummaryTrace samplingBatches(const Scope &scope);
// Cases whose `dateColumn` (received_on, filed_on, decided_on, closed_on,
// executed_on) falls in the period.
SummaryTrace casesOn(const Scope &scope, const QString &dateColumn);
// Cases with any step in the period: received, filed, decided or closed.
SummaryTrace casesActive(const Scope &scope);
// These cases (the overdue ones the clock found).
SummaryTrace casesWithIds(const QList<qint64> &ids);
// Special equipment in use; and of those, past the inspection date on asOf.
SummaryTrace equipmentInUse();
SummaryTrace equipmentOverdue(const Scope &scope);
// The trace narrowed by one more condition (AND), values appended.
SummaryTrace narrowed(const SummaryTrace &trace, const QString &condition, const QVariantList &values = {});
// The units behind a trace of inspections or batches: `entity e` whose id
// is among their entity_id.
SummaryTrace unitsOf(const SummaryTrace &trace);

// Cases whose decision was overdue on scope.asOf (StatutoryClock::overdueOn).
Result<QList<qint64>> overdueCases(const Database &db, const Scope &scope);

// --- cells -----------------------------------------------------------------
SummaryCell label(const QString &text);
SummaryCell number(qint64 value, const SummaryTrace &trace = {});
SummaryCell yuan(qint64 fen, const SummaryTrace &trace = {});
// part / whole × 100, one decimal; not applicable (invalid) when whole is 0.
SummaryCell percent(qint64 part, qint64 whole);
// a − b for numbers, yuan and percentages; not applicable when either is.
SummaryCell change(const SummaryCell &a, const SummaryCell &b);

// --- grouped aggregates ----------------------------------------------------
// One figure of a grouped table: an aggregate over the trace's records and
// the condition (ANDed to the group's) that selects the records it counts.
struct Measure {
    enum class Kind { Count, DistinctUnits, SumFen };
    Kind kind = Kind::Count;
    QString condition; // "" = all the group's records
    QString fen;       // SumFen: the amount in fen (an expression over the trace's alias)
};

struct GroupRow {
    QString key; // the group's value (a code)
    QList<SummaryCell> cells;
};

// SELECT group, measures… FROM trace WHERE trace GROUP BY group, ordered by
// the group; the cells carry the narrowed traces. With an empty `group`,
// one row over all the records (key ""): a table's exact 合计 row.
Result<QList<GroupRow>> grouped(const Database &db, const SummaryTrace &base, const QString &group,
                                const QList<Measure> &measures);

// A table's body from one grouped aggregate: the groups whose key is in
// `order` first, in that order, then any others by key (nothing is left
// out), each under labelOf(key), with extend(cells) appended when given and
// kept when keep(cells) says so; then the exact 合计 (extended too).
using CellsFunction = std::function<QList<SummaryCell>(const QList<SummaryCell> &)>;
Status fillGrouped(const Database &db, SummaryTable &table, const SummaryTrace &base, const QString &group,
                   const QList<Measure> &measures, const QStringList &order,
                   const std::function<QString(const QString &)> &labelOf, const CellsFunction &extend = {},
                   const std::function<bool(const QList<SummaryCell> &)> &keep = {});

// A 合计 row summing the numbers and amounts of `rows` column by column
// (for tables whose rows are not one grouped aggregate); untraced.
// `columns` gives each column's format: counts and amounts over no rows are 0.
QList<SummaryCell> totalRow(const QList<QList<SummaryCell>> &rows, const QList<SummaryColumn> &columns);

// --- the tables ------------------------------------------------------------
Result<SummaryTable> inspectionsByDomain(const Database &db, const Scope &scope);
Result<SummaryTable> inspectionsBySection(const Database &db, const Scope &scope);
Result<SummaryTable> coverage(const Database &db, const Scope &scope);
Result<SummaryTable> sampling(const Database &db, const Scope &scope);
Result<SummaryTable> samplingFailures(const Database &db, const Scope &scope);
Result<SummaryTable> casesBySource(const Database &db, const Scope &scope, const QList<qint64> &overdue);
Result<SummaryTable> penalties(const Database &db, const Scope &scope);
Result<SummaryTable> equipmentOverdueTable(const Database &db, const Scope &scope);
// duties and duties_idle; `edition` receives the edition's label.
Result<QList<SummaryTable>> duties(const Database &db, const Scope &scope, QString &edition);

// The overview's figures of one period, in the overview's row order.
struct Figure {
    QString key;
    QString name; // translated
    SummaryColumn column = SummaryColumn::Count;
    SummaryCell cell;
};
// `coverageTable` and `dutiesTable` are the period's coverage and duties
// tables (their totals are figures too).
Result<QList<Figure>> figures(const Database &db, const Scope &scope, const SummaryTable &coverageTable,
                              const SummaryTable &dutiesTable);
SummaryTable overview(const QList<Figure> &now, const QList<Figure> &previous, const QList<Figure> &yearBefore,
                      const ReportPeriod &period, const ReportPeriod &previousPeriod, const ReportPeriod &before);
QList<SummaryChart> charts(const QuarterSummary &summary, const QList<Figure> &now, const QList<Figure> &previous,
                           const QList<Figure> &yearBefore);

} // namespace casedesk::SummaryParts
