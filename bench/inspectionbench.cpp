// Benchmark of the inspection list and the sampling list. N inspection
// records over five years (most finished, recent ones partly drafts, a few
// corrected into a second version, orders to correct and directives with
// the follow-up checks that settle them, two inspectors and a checklist
// each) of N/5 entities, and N sampling batches (planned batches with the
// objection re-tests and re-checks that follow them, two samplers each),
// are written straight into the schema in one transaction. The derived
// columns (search text, outcomes, failed points, follow-up due, next
// deadline) come from the core's own row builders, InspectionRows and
// SamplingRows, so they are what the repositories would store. Then both
// lists are opened the way the GUI's lazy models open them (count + first
// page), scrolled to their end, sorted by every column, searched (a
// 2-character Chinese word, a fragment of a unit's code) and filtered, and
// the start page's deadlines, a section's print run and the filter choices
// are read. Prints the figures and the peak memory; not a test.
//
//   casedesk-bench-inspections [N] [FILE]   (FILE: keep the database there)

#include "benchrecords.h"
#include "benchsupport.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionqueries.h"
#include "inspectionwriter.h"
#include "register/registerrows.h"
#include "sampling/samplingqueries.h"
#include "samplingwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <tuple>
#include <utility>

using namespace casedesk;

namespace {
using bench::addEntities;
using bench::addStaff;
using bench::Colleague;
using bench::creditCode;
using bench::die;
using bench::InspectionStats;
using bench::kCheckPoints;
using bench::measure;
using bench::NewBureau;
using bench::newBureau;
using bench::orDie;
using bench::peakMiB;
using bench::SamplingStats;
using bench::Span;
using bench::Timing;
using bench::writeInspections;
using bench::writeSampling;
using RegisterRows::storedDate;
QTextStream &out = bench::out();

constexpr int kPageSize = 200;  // the lazy list models' page
constexpr int kWindowDays = 30; // the start page's default window
constexpr int kEntityShare = 5; // one entity in the register per five records

// --- Figures ---------------------------------------------------------------

void printFigure(const QString &what, const Timing &timing, int rows, const QString &first)
{
    out << QStringLiteral("%1: %2, %3 rows; first %4").arg(what, timing.text()).arg(rows).arg(first) << Qt::endl;
}

// The inspection list as its lazy model opens it: the count, then the first page.
void inspectionList(const Database &db, const QString &what, const InspectionFilter &filter,
                    const InspectionSort &sort = {})
{
    int total = 0;
    QString first;
    const Timing timing = measure([&] {
        total = orDie(InspectionQueries::count(db, filter));
        const QList<InspectionRow> rows = orDie(InspectionQueries::page(db, filter, sort, 0, kPageSize));
        first = rows.isEmpty() ? QString() : rows.first().recordNumber;
    });
    printFigure(what, timing, total, first);
}

void samplingList(const Database &db, const QDate &today, const QString &what, const SamplingFilter &filter)
{
    int total = 0;
    QString first;
    const Timing timing = measure([&] {
        total = orDie(SamplingQueries::count(db, filter));
        const QList<SamplingRow> rows = orDie(SamplingQueries::page(db, filter, 0, kPageSize, today));
        first = rows.isEmpty() ? QString() : rows.first().batchNumber;
    });
    printFigure(what, timing, total, first);
}

// The calendar month before this one.
std::pair<QDate, QDate> lastMonth(const QDate &today)
{
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    return {first, first.addMonths(1).addDays(-1)};
}

void inspectionSorts(const Database &db, const InspectionFilter &all)
{
    using C = InspectionSortColumn;
    const std::pair<C, const char *> columns[] = {
        {C::Number, "number"}, {C::Date, "date"},       {C::Unit, "unit"},     {C::Kind, "kind"},
        {C::Domain, "domain"}, {C::Section, "section"}, {C::Status, "status"}, {C::FollowUpDue, "follow-up due"}};
    for (const auto &[column, name] : columns)
        for (const bool descending : {false, true})
            inspectionList(
                db,
                QStringLiteral("inspections, sort by %1 %2")
                    .arg(QLatin1String(name), descending ? QStringLiteral("descending") : QStringLiteral("ascending")),
                all, InspectionSort{column, descending});
}

void inspectionFilters(const Database &db, const InspectionFilter &all, const QDate &today, qint64 inspectorId)
{
    InspectionFilter f = all;
    f.section = QStringLiteral("标准计量股");
    inspectionList(db, QStringLiteral("inspections, filter by section (标准计量股)"), f);
    f = all;
    f.domain = QLatin1String(SupervisionDomain::SpecialEquipment);
    inspectionList(db, QStringLiteral("inspections, filter by domain (special equipment)"), f);
    f = all;
    f.kind = InspectionKind::Complaint;
    inspectionList(db, QStringLiteral("inspections, filter by kind (complaint)"), f);
    f = all;
    f.status = InspectionStatus::Draft;
    inspectionList(db, QStringLiteral("inspections, filter by status (draft)"), f);
    f = all;
    std::tie(f.from, f.to) = lastMonth(today);
    inspectionList(
        db, QStringLiteral("inspections, filter by date (%1 to %2)").arg(storedDate(f.from), storedDate(f.to)), f);
    f = all;
    f.followUpOpen = true;
    inspectionList(db, QStringLiteral("inspections, filter follow-up due (sorted by it)"), f,
                   InspectionSort{InspectionSortColumn::FollowUpDue, false});
    f = all;
    f.inspectorId = inspectorId;
    inspectionList(db, QStringLiteral("inspections, filter by inspector (\"mine\")"), f);
}

void inspectionReads(const Database &db, const QDate &today)
{
    const std::pair<QDate, QDate> month = lastMonth(today);
    const QString section = QStringLiteral("特种设备安全监察股");
    QList<qint64> printed;
    const Timing printing =
        measure([&] { printed = orDie(InspectionQueries::forPrinting(db, section, month.first, month.second)); });
    out << QStringLiteral("inspections, for printing (%1, %2 to %3): %4, %5 records")
               .arg(section, storedDate(month.first), storedDate(month.second), printing.text())
               .arg(printed.size())
        << Qt::endl;
    QList<FollowUpDue> due;
    const Timing followUps = measure([&] { due = orDie(InspectionQueries::followUps(db, today, kWindowDays)); });
    out << QStringLiteral("inspections, start page follow-ups (%1 days): %2, %3 due")
               .arg(kWindowDays)
               .arg(followUps.text())
               .arg(due.size())
        << Qt::endl;
    QStringList sections;
    QList<int> years;
    const Timing choices = measure([&] {
        sections = InspectionQueries::sections(db);
        years = InspectionQueries::years(db);
    });
    out << QStringLiteral("inspections, filter choices (sections, years): %1, %2 sections, %3 years")
               .arg(choices.text())
               .arg(sections.size())
               .arg(years.size())
        << Qt::endl;
}

void inspectionFigures(const Database &db, const QDate &today, int entities, qint64 inspectorId)
{
    const InspectionFilter all{};
    inspectionList(
        db, QStringLiteral("inspections, open the list (count + first %1 rows, newest first)").arg(kPageSize), all);
    // The model knows the count already when the list is scrolled.
    const int total = orDie(InspectionQueries::count(db, all));
    QList<InspectionRow> last;
    const Timing lastPage =
        measure([&] { last = orDie(InspectionQueries::page(db, all, {}, std::max(0, total - kPageSize), kPageSize)); });
    out << QStringLiteral("inspections, scroll to the last page: %1, %2 rows").arg(lastPage.text()).arg(last.size())
        << Qt::endl;
    inspectionSorts(db, all);
    InspectionFilter f = all;
    f.search = QStringLiteral("食品");
    inspectionList(db, QStringLiteral("inspections, search 食品 (2 Chinese characters)"), f);
    f.search = creditCode(entities / 2).mid(8, 8);
    inspectionList(db, QStringLiteral("inspections, search a unit code fragment (%1)").arg(f.search), f);
    inspectionFilters(db, all, today, inspectorId);
    inspectionReads(db, today);
}

void samplingFigures(const Database &db, const QDate &today, qint64 samplerId)
{
    const SamplingFilter all{};
    samplingList(db, today,
                 QStringLiteral("sampling, open the list (count + first %1 rows, newest first)").arg(kPageSize), all);
    const int total = orDie(SamplingQueries::count(db, all));
    QList<SamplingRow> last;
    const Timing lastPage = measure(
        [&] { last = orDie(SamplingQueries::page(db, all, std::max(0, total - kPageSize), kPageSize, today)); });
    out << QStringLiteral("sampling, scroll to the last page: %1, %2 rows").arg(lastPage.text()).arg(last.size())
        << Qt::endl;
    SamplingFilter f = all;
    f.search = QStringLiteral("电线");
    samplingList(db, today, QStringLiteral("sampling, search 电线 (2 Chinese characters)"), f);
    f = all;
    f.result = SamplingResult::Fail;
    samplingList(db, today, QStringLiteral("sampling, filter by result (fail)"), f);
    f = all;
    f.kind = SamplingKind::Recheck;
    samplingList(db, today, QStringLiteral("sampling, filter by kind (re-check)"), f);
    f = all;
    f.section = QStringLiteral("标准计量股");
    samplingList(db, today, QStringLiteral("sampling, filter by section (标准计量股)"), f);
    f = all;
    std::tie(f.from, f.to) = lastMonth(today);
    samplingList(db, today,
                 QStringLiteral("sampling, filter by date (%1 to %2)").arg(storedDate(f.from), storedDate(f.to)), f);
    f = all;
    f.samplerId = samplerId;
    samplingList(db, today, QStringLiteral("sampling, filter by sampler"), f);
    QList<SamplingDeadlineRow> deadlines;
    const Timing due = measure([&] { deadlines = orDie(SamplingQueries::deadlines(db, today, kWindowDays)); });
    out << QStringLiteral("sampling, start page deadlines (%1 days): %2, %3 deadlines")
               .arg(kWindowDays)
               .arg(due.text())
               .arg(deadlines.size())
        << Qt::endl;
    QStringList sections;
    const Timing choices = measure([&] { sections = SamplingQueries::sections(db); });
    out << QStringLiteral("sampling, filter choices (sections): %1, %2 sections")
               .arg(choices.text())
               .arg(sections.size())
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = app.arguments().size() > 1 ? app.arguments()[1].toInt() : 100000;
    const QDate today = QDate::currentDate();
    QTemporaryDir dir;
    const NewBureau bureau = newBureau(
        app.arguments().size() > 2 ? app.arguments()[2] : dir.filePath(QStringLiteral("inspections-bench.sqlite")));
    Database &db = *bureau.db;
    const Span fiveYears{today, 5 * 365};

    QSqlDatabase sql = db.sql();
    if (!sql.transaction())
        die(failure(QStringLiteral("cannot begin")));
    QList<Colleague> staff;
    QList<InspectedUnit> units;
    const Timing registerWritten = measure([&] {
        staff = addStaff(db);
        units = addEntities(db, std::max(1, count / kEntityShare));
    });
    InspectionStats inspections;
    const Timing inspectionsWritten =
        measure([&] { inspections = writeInspections(db, count, fiveYears, staff, units); });
    SamplingStats sampling;
    const Timing samplingWritten = measure([&] { sampling = writeSampling(db, count, fiveYears, staff, units); });
    if (!sql.commit())
        die(failure(sql.lastError().text()));
    // No ANALYZE: the application never runs it, so the planner sees what
    // it sees on a bureau's own database.

    out << QStringLiteral("CaseDesk inspection benchmark: %1 staff, %2 entities written in %3")
               .arg(staff.size())
               .arg(units.size())
               .arg(registerWritten.text())
        << Qt::endl;
    out << QStringLiteral("inspections: %1 records (%2 rows with %3 superseded versions), %4 drafts, %5 follow-up "
                          "checks, %6 follow-ups open, %7 directives; 2 inspectors and %8 check points each; written "
                          "in %9 (prepared INSERTs, one transaction for both lists)")
               .arg(count)
               .arg(inspections.rows)
               .arg(inspections.corrected)
               .arg(inspections.drafts)
               .arg(inspections.followUpChecks)
               .arg(inspections.openFollowUps)
               .arg(inspections.directives)
               .arg(kCheckPoints)
               .arg(inspectionsWritten.text())
        << Qt::endl;
    out << QStringLiteral("sampling: %1 batches (%2 objection re-tests, %3 re-checks, %4 failed, %5 with an open "
                          "deadline); 2 samplers each; written in %6")
               .arg(count)
               .arg(sampling.objections)
               .arg(sampling.rechecks)
               .arg(sampling.failed)
               .arg(sampling.withDeadline)
               .arg(samplingWritten.text())
        << Qt::endl;

    inspectionFigures(db, today, int(units.size()), staff.at(3).id);
    samplingFigures(db, today, staff.at(3).id);
    out << QStringLiteral("database file: %1 MiB; peak memory: %2 MiB")
               .arg(double(QFileInfo(db.path()).size()) / 1048576.0, 0, 'f', 1)
               .arg(peakMiB(), 0, 'f', 0)
        << Qt::endl;
    return 0;
}
