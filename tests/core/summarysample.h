#pragma once
// What the summary suites share: a bureau whose records around 2026Q3 are
// built through the real services (a few states reached by direct SQL on
// rows the services made), with every record the tests name kept, and
// small readers of a QuarterSummary's tables. The figures each test expects
// are worked out by hand from this data in the tests themselves (see the
// table in summarysample.cpp).

#include "cases/enforcementcase.h"
#include "inspectionsupport.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "sampling/samplingbatch.h"
#include "summary/quartersummary.h"
#include "summary/summarycalculator.h"
#include "testsupport.h"

#include <QDate>
#include <QSet>
#include <catch2/catch.hpp>
#include <map>

namespace casedesk::test {

inline const QString kQualitySection = QStringLiteral("质量监督股");
inline const QString kEquipmentSection = QStringLiteral("特种设备安全监察股");
inline const QString kEnforcementSection = QStringLiteral("稽查股");

// The day the summaries are computed: after 2026Q3, so its states are
// counted as of 2026-09-30.
inline const QDate kSummaryToday = QDate(2026, 10, 15);

struct SummaryBureau {
    TempDatabase temp;
    InspectionStaff staff;
    std::map<int, Entity> e;          // E1..E6
    std::map<int, Inspection> i;      // I1..I11 (I7: the current, corrected version)
    qint64 i7FirstVersion = 0;        // I7's superseded version
    std::map<int, SamplingBatch> b;   // B1..B10
    std::map<int, EnforcementCase> c; // C1..C8, and 9: the lead I9 opened
    std::map<int, Equipment> q;       // Q1..Q6

    SummaryBureau();
    Database &db() { return temp.db(); }
    void exec(const QString &sql, std::initializer_list<QVariant> values);

    QuarterSummary compute(const ReportPeriod &period, const QString &section = {},
                           const QDate &today = kSummaryToday);
};

// --- reading a summary --------------------------------------------------

const SummaryTable &tableOf(const QuarterSummary &s, const QString &key);
// The row whose first cell is `label` (REQUIREs one).
const QList<SummaryCell> &rowLabelled(const SummaryTable &t, const QString &label);
bool hasRow(const SummaryTable &t, const QString &label);
// The total row (REQUIREs totalRow).
const QList<SummaryCell> &totalRow(const SummaryTable &t);
// The data rows (without the total row).
QList<QList<SummaryCell>> dataRows(const SummaryTable &t);
QStringList labels(const SummaryTable &t); // first cells of the data rows

// A count cell's value (REQUIREs a whole number).
qint64 countOf(const SummaryCell &cell);
// An amount or percentage.
double numberOf(const SummaryCell &cell);
bool notApplicable(const SummaryCell &cell);

// The overview row of one figure: found by the figure's row order in the
// rules (overviewKeys()), columns 本期 | 上期 | 增减 | 上年同期 | 增减.
QStringList overviewKeys();
const QList<SummaryCell> &overviewRow(const QuarterSummary &s, const QString &key);

// The ids of the records a cell's trace lists, and its count.
QSet<qint64> tracedIds(Database &db, const SummaryCell &cell);
int tracedCount(Database &db, const SummaryCell &cell);
// Every cell of every table that holds a whole number and a trace: the
// trace counts exactly the figure.
void checkTracesMatchFigures(Database &db, const QuarterSummary &s);

} // namespace casedesk::test
