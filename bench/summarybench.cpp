// Benchmark of the quarterly summary (issue 7). A county's ten years
// (2017 to today) are written straight into the schema in one transaction
// by the benchmarks' shared writers: the register with its special
// equipment, the inspections, the sampling batches and the cases, plus
// what only the summary reads: the penalties of the decided cases and the
// fines paid, the responsibility items the records name (a published list
// imported first), the inspections that opened a case. Then, for the
// quarter 2026Q3 and for the whole year 2026, it times the summary page
// (SummaryCalculator::compute for the bureau and for one section), each
// export (XLSX, CSV, PDF, JSON) and the drill-down of the largest figure,
// against the same aggregates typed into the sqlite3 shell
// (summarybaseline.h), and prints the ratios. Not a test.
//
//   casedesk-bench-summary [SCALE] [FILE] [SEED]
//
// SCALE 1.0 (the default) is 50,000 entities, 30,000 units of special
// equipment, 200,000 inspections, 20,000 sampling batches and 20,000 cases.
// FILE keeps the database; a file made before at the same SCALE is reused.
// SEED is the responsibility list imported (the shared seed 000 by default).

#include "auth/signin.h"
#include "benchrecords.h"
#include "benchsupport.h"
#include "cases/casestage.h"
#include "casewriter.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/supervisiondomain.h"
#include "inspectionwriter.h"
#include "samplingwriter.h"
#include "summary/summarycalculator.h"
#include "summary/summaryexport.h"
#include "summarybaseline.h"
#include "translations.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace casedesk;

namespace {
using bench::Colleague;
using bench::die;
using bench::measure;
using bench::mix;
using bench::orDie;
using bench::RowInserter;
using bench::Span;
using bench::Timing;
QTextStream &out = bench::out();

constexpr int kRuns = 3;          // each figure is the fastest of these
constexpr int kTraceLimit = 5000; // what the drill-down lists at most
const QString kSection = QStringLiteral("特种设备安全监察股");

struct Sizes {
    int entities = 0;
    int equipment = 0;
    int inspections = 0;
    int batches = 0;
    int cases = 0;

    bool operator==(const Sizes &) const = default;
    QString text() const
    {
        return QStringLiteral("%1 entities, %2 units of special equipment, %3 inspections, %4 sampling batches, "
                              "%5 cases")
            .arg(entities)
            .arg(equipment)
            .arg(inspections)
            .arg(batches)
            .arg(cases);
    }
};

Sizes sizesAt(double scale)
{
    const auto n = [scale](int full) { return std::max(10, int(std::lround(full * scale))); };
    return {n(50000), n(30000), n(200000), n(20000), n(20000)};
}

qint64 countOf(const Database &db, const QString &statement)
{
    QSqlQuery q = orDie(db.exec(statement));
    return q.next() ? q.value(0).toLongLong() : 0;
}

// What a database made before holds, counted as sizesAt() counts.
Sizes storedSizes(const Database &db)
{
    const auto n = [&db](const char *statement) { return int(countOf(db, QString::fromLatin1(statement))); };
    return {n("SELECT count(*) FROM entity"), n("SELECT count(*) FROM equipment"),
            n("SELECT count(*) FROM inspection WHERE superseded_by IS NULL"), n("SELECT count(*) FROM sampling_batch"),
            n("SELECT count(*) FROM enforcement_case")};
}

// --- What the shared writers leave out ---------------------------------------

// The items of the list in force by domain: what a record's item picker
// offers first.
struct ItemPool {
    QHash<QString, QList<qint64>> byDomain;
    QList<qint64> all;

    // The items of `domain`, or every item when the list has none for it.
    const QList<qint64> &of(const QString &domain) const
    {
        const auto it = byDomain.constFind(domain);
        return it != byDomain.cend() ? *it : all;
    }
};

ItemPool itemPool(const Database &db)
{
    ItemPool pool;
    QSqlQuery q = orDie(db.exec(QStringLiteral("SELECT id, domain FROM item WHERE deleted_at IS NULL ORDER BY id")));
    while (q.next()) {
        pool.all << q.value(0).toLongLong();
        pool.byDomain[q.value(1).toString()] << q.value(0).toLongLong();
    }
    if (pool.all.isEmpty())
        die(failure(QStringLiteral("The responsibility list has no items to link records to.")));
    return pool;
}

// Links each record `recordsSql` yields (id, domain) to one item of its
// domain, every third to two, as the record forms store them; one in five
// names none.
void linkItems(const Database &db, const ItemPool &items, const char *linkTable, const char *recordColumn,
               const QString &recordsSql)
{
    RowInserter insert(db, linkTable);
    QSqlQuery q = orDie(db.exec(recordsSql));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QList<qint64> &pool = items.of(q.value(1).toString());
        const quint32 h = mix(int(id), bench::Pick);
        if (h % 5 == 0)
            continue;
        const int links = h % 3 == 0 && pool.size() > 1 ? 2 : 1;
        for (int k = 0; k < links; ++k)
            insert.insert({{recordColumn, id}, {"item_id", pool.at((h / 5 + k) % pool.size())}, {"position", k}});
    }
}

void linkAllItems(const Database &db)
{
    const ItemPool items = itemPool(db);
    linkItems(db, items, "inspection_item", "inspection_id", QStringLiteral("SELECT id, domain FROM inspection"));
    const QString products = QLatin1String(SupervisionDomain::ProductQuality);
    linkItems(db, items, "sampling_item", "batch_id",
              QStringLiteral("SELECT id, '%1' FROM sampling_batch").arg(products));
    linkItems(db, items, "case_item", "case_id", QStringLiteral("SELECT id, '%1' FROM enforcement_case").arg(products));
}

// A decided case's penalties: mostly a fine (500 to 100,000 yuan), with the
// illegal income or the goods confiscated now and then, a warning alone for
// the smallest, a licence revoked rarely.
QList<std::pair<PenaltyKind, qint64>> penaltiesOf(quint32 h)
{
    const int roll = int(h % 100);
    if (roll < 8)
        return {{PenaltyKind::Warning, 0}};
    QList<std::pair<PenaltyKind, qint64>> penalties{{PenaltyKind::Fine, qint64(1 + h / 100 % 200) * 50000}};
    if (roll < 30)
        penalties.append({PenaltyKind::ConfiscateIncome, qint64(1 + h / 20000 % 50) * 100000});
    else if (roll < 45)
        penalties.append({PenaltyKind::ConfiscateGoods, 0});
    if (roll == 99)
        penalties.append({PenaltyKind::RevokeLicence, 0});
    return penalties;
}

// The penalties of the decided cases, the money paid for those executed
// (20 days after the decision), and the day the cases that ended without a
// decision ended, as the workflow stores them.
void addPenalties(const Database &db, const QDate &today)
{
    RowInserter insert(db, "case_penalty");
    QSqlQuery decided = orDie(db.exec(QStringLiteral("SELECT id FROM enforcement_case WHERE decided_on <> ''")));
    while (decided.next()) {
        const qint64 id = decided.value(0).toLongLong();
        const auto penalties = penaltiesOf(mix(int(id), bench::Outcome));
        for (int k = 0; k < penalties.size(); ++k)
            insert.insert({{"case_id", id},
                           {"position", k},
                           {"kind", penaltyKinds().code(penalties.at(k).first)},
                           {"amount_fen", penalties.at(k).second}});
    }
    const auto stages = [](std::initializer_list<CaseStage> list) {
        QStringList codes;
        for (CaseStage s : list)
            codes << QLatin1Char('\'') + caseStages().code(s) + QLatin1Char('\'');
        return codes.join(QLatin1Char(','));
    };
    (void)orDie(db.exec(QStringLiteral("UPDATE enforcement_case SET executed_on = date(decided_on, '+20 days'), "
                                       "paid_fen = (SELECT coalesce(sum(p.amount_fen), 0) FROM case_penalty p WHERE "
                                       "p.case_id = enforcement_case.id AND p.kind IN ('fine', 'confiscate-income')) "
                                       "WHERE decided_on <> '' AND stage IN (%1)")
                            .arg(stages({CaseStage::Executed, CaseStage::Closed, CaseStage::Archived}))));
    (void)orDie(db.exec(QStringLiteral("UPDATE enforcement_case SET ended_on = min(?, CASE WHEN filed_on = '' THEN "
                                       "date(received_on, '+7 days') ELSE date(filed_on, '+30 days') END) "
                                       "WHERE stage IN (%1)")
                            .arg(stages({CaseStage::NotFiled, CaseStage::Transferred, CaseStage::Withdrawn})),
                        {today.toString(Qt::ISODate)}));
}

// A case that came from an inspection is opened from the last finished
// inspection before it was received (移送立案).
void linkInspectionsToCases(const Database &db)
{
    (void)orDie(db.exec(
        QStringLiteral(
            "UPDATE inspection SET case_id = link.case_id FROM (SELECT c.id AS case_id, (SELECT i.id FROM inspection i "
            "WHERE i.deleted_at IS NULL AND i.superseded_by IS NULL AND i.status = 'finished' AND i.inspected_on <= "
            "c.received_on ORDER BY i.inspected_on DESC LIMIT 1) AS inspection_id FROM enforcement_case c "
            "WHERE c.source = ?) AS link WHERE inspection.id = link.inspection_id"),
        {caseSources().code(CaseSource::Inspection)}));
}

// --- The county's ten years ----------------------------------------------------

void importList(Database &db, const Session &admin, const QString &seed)
{
    ResponsibilityListImporter importer(db);
    const ListImportReport report = orDie(importer.importFile(admin, {seed, {}}));
    out << QStringLiteral("responsibility list %1: %2 duties, %3 items")
               .arg(report.label)
               .arg(report.duties)
               .arg(report.items)
        << Qt::endl;
}

void writeDecade(Database &db, const Session &admin, const Sizes &sizes, const QString &seed, const QDate &today)
{
    importList(db, admin, seed);
    QSqlDatabase sql = db.sql();
    if (!sql.transaction())
        die(failure(QStringLiteral("cannot begin")));
    const Span decade{today, int(QDate(2017, 1, 1).daysTo(today))};
    const QList<Colleague> staff = bench::addStaff(db);
    const QList<InspectedUnit> units = bench::addEntities(db, sizes.entities);
    bench::addLicences(db, sizes.entities, today);
    bench::addEquipment(db, sizes.equipment, sizes.entities, today);
    (void)bench::writeInspections(db, sizes.inspections, decade, staff, units);
    (void)bench::writeSampling(db, sizes.batches, decade, staff, units);
    (void)bench::writeCases(db, sizes.cases, decade, staff, bench::kAbbreviation);
    addPenalties(db, today);
    linkInspectionsToCases(db);
    linkAllItems(db);
    if (!sql.commit())
        die(failure(sql.lastError().text()));
    // No ANALYZE: the application never runs it, so the planner sees what
    // it sees on a bureau's own database.
}

// The database at `path`, made now or reused, and the administrator's session.
bench::NewBureau openDecade(const QString &path, const Sizes &sizes, const QString &seed, const QDate &today)
{
    if (QFileInfo::exists(path)) {
        std::unique_ptr<Database> db = orDie(Database::open(path));
        const Sizes stored = storedSizes(*db);
        if (stored != sizes)
            die(failure(
                QStringLiteral("%1 holds %2, not %3: give another file.").arg(path, stored.text(), sizes.text())));
        Session admin = orDie(SignIn(*db).attempt(bench::kAdminLogin, bench::kAdminPassword));
        out << QStringLiteral("reusing %1").arg(path) << Qt::endl;
        return {std::move(db), std::move(admin)};
    }
    bench::NewBureau bureau = bench::newBureau(path);
    const Timing written = measure([&] { writeDecade(*bureau.db, bureau.admin, sizes, seed, today); });
    out << QStringLiteral("written in %1 (prepared INSERTs, one transaction)").arg(written.text()) << Qt::endl;
    return bureau;
}

void printRowCounts(const Database &db)
{
    QStringList parts;
    for (const char *table :
         {"entity", "licence", "equipment", "inspection", "inspection_check", "inspection_item", "sampling_batch",
          "sampling_item", "enforcement_case", "case_penalty", "case_item", "item"})
        parts << QStringLiteral("%1 %2")
                     .arg(QLatin1String(table))
                     .arg(countOf(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    out << QStringLiteral("rows: %1").arg(parts.join(QStringLiteral(", "))) << Qt::endl;
}

// --- Figures -----------------------------------------------------------------

struct Figure {
    QString what;
    Timing caseDesk;
    Timing baseline; // wallMs 0: none
    QString detail;
};

void printTable(const QList<Figure> &figures)
{
    out << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("figure (fastest of %1 runs)").arg(kRuns), -46)
               .arg(QStringLiteral("CaseDesk ms"), 12)
               .arg(QStringLiteral("CPU ms"), 10)
               .arg(QStringLiteral("sqlite3 ms"), 11)
               .arg(QStringLiteral("CPU ms"), 10)
               .arg(QStringLiteral("ratio"), 7)
        << Qt::endl;
    for (const Figure &f : figures) {
        const bool baseline = f.baseline.wallMs > 0;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6  %7")
                   .arg(f.what, -46)
                   .arg(f.caseDesk.wallMs, 12, 'f', 1)
                   .arg(f.caseDesk.cpuMs, 10, 'f', 1)
                   .arg(baseline ? QString::number(f.baseline.wallMs, 'f', 1) : QStringLiteral("-"), 11)
                   .arg(baseline ? QString::number(f.baseline.cpuMs, 'f', 1) : QStringLiteral("-"), 10)
                   .arg(baseline ? QString::number(f.caseDesk.wallMs / f.baseline.wallMs, 'f', 1) : QStringLiteral("-"),
                        7)
                   .arg(f.detail)
            << Qt::endl;
    }
}

QuarterSummary computeOnce(const Database &db, const Session &admin, const ReportPeriod &period, const QString &section,
                           const QDate &today)
{
    return orDie(SummaryCalculator::compute(db, admin, SummaryRequest{period, section, today, {}}));
}

// Where the page's time goes: the milliseconds of each of the calculator's
// steps, as its progress reports them (one step per table, then the
// period's figures with the duties, the previous period's, the year
// before's with the overview and the charts).
QString stepTimes(const Database &db, const Session &admin, const ReportPeriod &period, const QString &section,
                  const QDate &today)
{
    QStringList steps;
    QElapsedTimer clock;
    clock.start();
    SummaryRequest request{period, section, today, [&](int, int) {
                               steps << QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 1);
                               clock.restart();
                               return true;
                           }};
    (void)orDie(SummaryCalculator::compute(db, admin, request));
    return steps.join(QStringLiteral(", "));
}

// The figure of the summary with the most inspections behind it: what a
// clerk drills into to see the longest list.
SummaryTrace largestInspectionTrace(const QuarterSummary &summary)
{
    SummaryTrace largest;
    qint64 most = -1;
    for (const SummaryTable &table : summary.tables)
        for (const auto &row : table.rows)
            for (const SummaryCell &cell : row)
                if (cell.trace.kind == TraceKind::Inspections && cell.value.toLongLong() > most) {
                    most = cell.value.toLongLong();
                    largest = cell.trace;
                }
    return largest;
}

// The baseline: `statements` saved beside the database as NAME.sql (kept
// with a kept database, to be run again by hand) and run by the shell.
Timing inShell(const Database &db, const QString &name, const QString &statements)
{
    const QString file = QStringLiteral("%1.%2.sql").arg(db.path(), name);
    return bench::SummaryBaseline::runShell(db.path(), file, statements, kRuns);
}

using Writer = Status (*)(const QuarterSummary &, const QString &);

// Each export is the page's computation and the writer: what the command
// line's export does.
QList<Figure> exportFigures(const Database &db, const QuarterSummary &summary, const Figure &page)
{
    const std::pair<const char *, Writer> writers[] = {{"XLSX", SummaryExport::writeXlsx},
                                                       {"CSV", SummaryExport::writeCsv},
                                                       {"PDF", SummaryExport::writePdf},
                                                       {"JSON", SummaryExport::writeJson}};
    QList<Figure> figures;
    for (const auto &[format, write] : writers) {
        // Beside the database, like the baseline's statements.
        const QString path =
            QStringLiteral("%1.%2.%3").arg(db.path(), summary.period.code(), QString::fromLatin1(format).toLower());
        const Timing written = bench::bestOf(kRuns, [&] {
            if (const Status s = write(summary, path); !s)
                die(s.error());
        });
        figures << Figure{QStringLiteral("  export %1 (page + write)").arg(QLatin1String(format)),
                          {page.caseDesk.wallMs + written.wallMs, page.caseDesk.cpuMs + written.cpuMs},
                          page.baseline,
                          QStringLiteral("write %1 ms, %2 KiB")
                              .arg(written.wallMs, 0, 'f', 1)
                              .arg(double(QFileInfo(path).size()) / 1024.0, 0, 'f', 0)};
    }
    return figures;
}

Figure drillDownFigure(const Database &db, const QuarterSummary &summary)
{
    const SummaryTrace trace = largestInspectionTrace(summary);
    int total = 0;
    qsizetype listed = 0;
    const Timing listing = bench::bestOf(kRuns, [&] {
        total = orDie(SummaryTraces::count(db, trace));
        listed = orDie(SummaryTraces::records(db, trace, kTraceLimit)).size();
    });
    return Figure{QStringLiteral("  drill-down, largest figure (count + list)"), listing,
                  inShell(db, summary.period.code() + QStringLiteral("-trace"),
                          bench::SummaryBaseline::traceSql(trace, kTraceLimit)),
                  QStringLiteral("%1 of %2 inspections listed").arg(listed).arg(total)};
}

// The page for the bureau and for one section, the exports and the
// drill-down, each against its statements in the shell.
QList<Figure> periodFigures(const Database &db, const Session &admin, const ReportPeriod &period, const QDate &today)
{
    const QDate asOf = std::min(today, period.to);
    const QString code = period.code();
    QList<Figure> figures;
    QuarterSummary bureau;
    const Figure page{code + QStringLiteral(" summary page, bureau"),
                      bench::bestOf(kRuns, [&] { bureau = computeOnce(db, admin, period, {}, today); }),
                      inShell(db, code, bench::SummaryBaseline::sql(period, asOf, {})),
                      QStringLiteral("%1 tables").arg(bureau.tables.size())};
    figures << page;
    figures << Figure{
        code + QStringLiteral(" summary page, one section"),
        bench::bestOf(kRuns, [&] { (void)computeOnce(db, admin, period, kSection, today); }),
        inShell(db, code + QStringLiteral("-section"), bench::SummaryBaseline::sql(period, asOf, kSection)), kSection};
    for (const QString &scope : {QString(), kSection})
        out << QStringLiteral("%1 summary page, %2, ms per step: %3")
                   .arg(code, scope.isEmpty() ? QStringLiteral("bureau") : scope,
                        stepTimes(db, admin, period, scope, today))
            << Qt::endl;
    figures << exportFigures(db, bureau, page);
    figures << drillDownFigure(db, bureau);
    return figures;
}
} // namespace

int main(int argc, char *argv[])
{
    // The PDF is laid out with Qt's text engine, which needs a
    // QGuiApplication; the offscreen platform needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The titles and notes in Chinese, as the bureau's staff export them.
    Translations::install(app, QLocale(QLocale::Chinese, QLocale::China));
    const QStringList args = app.arguments();
    const double scale = args.size() > 1 ? args[1].toDouble() : 1.0;
    QTemporaryDir dir;
    const QString path = args.size() > 2 ? args[2] : dir.filePath(QStringLiteral("summary-bench.sqlite"));
    const QString seed = args.size() > 3 ? args[3] : QStringLiteral(CASEDESK_SEEDS_DIR "/000_96b6d37a1365f6e3.txt");
    const QDate today = QDate::currentDate();
    const Sizes sizes = sizesAt(scale);

    out << QStringLiteral("CaseDesk summary benchmark, scale %1: %2 over 2017-01-01 to %3")
               .arg(scale)
               .arg(sizes.text(), today.toString(Qt::ISODate))
        << Qt::endl;
    const bench::NewBureau bureau = openDecade(path, sizes, seed, today);
    const Database &db = *bureau.db;
    printRowCounts(db);
    out << QStringLiteral("sqlite3 shell: %1, start and quit: %2")
               .arg(bench::SummaryBaseline::shellPath(),
                    inShell(db, QStringLiteral("empty"), QStringLiteral("SELECT 1;\n")).text())
        << Qt::endl;

    QList<Figure> figures = periodFigures(db, bureau.admin, ReportPeriod::ofQuarter(2026, 3), today);
    figures << periodFigures(db, bureau.admin, orDie(ReportPeriod::range(QDate(2026, 1, 1), QDate(2026, 12, 31))),
                             today);
    printTable(figures);
    out << QStringLiteral("database file: %1 MiB; peak memory: %2 MiB")
               .arg(double(QFileInfo(db.path()).size()) / 1048576.0, 0, 'f', 1)
               .arg(bench::peakMiB(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
