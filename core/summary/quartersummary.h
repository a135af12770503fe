#pragma once
// QuarterSummary: the bureau's statistics for a period (季度统计) as plain
// data: named tables of cells, each figure with the trace of the records it
// counted, and the charts of the main figures. SummaryCalculator computes
// it; the GUI shows it and SummaryExport writes it as XLSX, CSV, PDF or
// JSON, so every format carries the very numbers the page shows.
//
// Cell values: QString for labels, qint64 for counts, double for amounts in
// yuan and for percentages (already ×100, rounded to one decimal), an
// invalid QVariant for "not applicable" (a rate over nothing).

#include "summary/reportperiod.h"
#include "summary/summarytrace.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casedesk {

struct SummaryCell {
    QVariant value;
    SummaryTrace trace; // empty for labels, ratios and computed totals

    bool operator==(const SummaryCell &) const = default;
};

// How a column's numbers are written (XLSX number format, CSV/PDF text).
enum class SummaryColumn {
    Label,   // text
    Count,   // whole number
    Yuan,    // amount in yuan, two decimals
    Percent, // one decimal, the header says (%)
    Change,  // signed whole number or amount (+3, -2)
};

struct SummaryTable {
    QString key;   // stable: "overview", "inspections_by_domain"… (JSON, tests)
    QString title; // translated
    QStringList headers;
    QList<SummaryColumn> columns; // one per header
    // The overview only: each row's own format (a row is one figure, a count,
    // an amount or a rate); its Change columns show that format signed.
    QList<SummaryColumn> rowColumns;
    QList<QList<SummaryCell>> rows;
    bool totalRow = false; // the last row is the 合计 row (bold in XLSX/PDF)
    QString note;          // one line under the table: how the figures are counted (translated)

    // The format of one cell: the column's, or for the overview the row's.
    SummaryColumn formatOf(int row, int column) const;
    // Whether the cell shows a signed change.
    bool isChange(int column) const { return columns.value(column) == SummaryColumn::Change; }

    bool operator==(const SummaryTable &) const = default;
};

// A bar chart: one bar per category and series (grouped when several).
struct SummaryChart {
    QString key;
    QString title;
    QStringList categories;
    QStringList seriesNames;     // one name per series
    QList<QList<double>> series; // series[s][category]
    QString unit;                // 次, 件, 元…

    bool operator==(const SummaryChart &) const = default;
};

struct QuarterSummary {
    ReportPeriod period;
    ReportPeriod previous;   // compared with
    ReportPeriod yearBefore; // compared with
    QString section;         // "" = the whole bureau
    QString bureau;          // the bureau's name (settings)
    QDate asOf;              // states (overdue, equipment) are counted as of this day
    QString edition;         // the responsibility list edition the duties table follows
    QList<SummaryTable> tables;
    QList<SummaryChart> charts;

    // nullptr when there is no table with that key.
    const SummaryTable *table(const QString &key) const;
    // The title of the whole summary: 某局2026年第三季度工作统计 (translated).
    QString title() const;
};

} // namespace casedesk
