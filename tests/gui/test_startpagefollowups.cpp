// The start page's follow-up deadlines: orders to correct awaiting their
// follow-up check and the sampling deadlines, overdue ones marked, those due
// within the window listed with the days left, those beyond it not; a
// double-click or Enter opens the inspection record or the sampling batch;
// and the entities uninspected this year count the recorded inspections.
#include "duemarking.h"
#include "guitestsupport.h"
#include "inspections/inspectionbrowser.h"
#include "inspections/inspectionrepository.h"
#include "plan/followupdeadlines.h"
#include "recordtable.h"
#include "sampling/samplingclock.h"
#include "sampling/samplingpage.h"
#include "sampling/samplingrepository.h"
#include "startpage.h"
#include "supervisionwindow.h"

#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// An order to correct from an inspection of `unit` on `day`, to be put right by `correctBy`.
Inspection storeOrder(SupervisionWindow &w, const Entity &unit, const QDate &day, const QDate &correctBy)
{
    Database &db = w.temp.db();
    Inspection record = sampleInspection(db, w.staff, unit.id, day);
    record.checklist[0].result = CheckResult::DoesNotConform;
    record.checklist[0].note = QStringLiteral("许可证已过期");
    record.findings = QStringLiteral("生产许可证已过期，仍在生产。");
    record.outcomes = {InspectionOutcome::OrderToCorrect};
    record.correctBy = correctBy;
    InspectionRepository inspections(db);
    auto created = inspections.create(w.staff.inspectorA, record, w.today);
    REQUIRE(created);
    auto finished = inspections.finish(w.staff.inspectorA, created->id, w.today);
    REQUIRE(finished);
    return *finished;
}

// A failed plan batch of `unit`, its report delivered on `deliveredOn`.
SamplingBatch storeFailedBatch(SupervisionWindow &w, const Entity &unit, const QString &product,
                               const QDate &deliveredOn)
{
    Database &db = w.temp.db();
    SamplingBatch b;
    b.planName = QStringLiteral("2026年县级产品质量监督抽查计划");
    b.unit.entityId = unit.id;
    b.product = product;
    b.sampledFrom = QStringLiteral("成品库");
    b.sampledOn = deliveredOn.addDays(-6);
    for (const Session *s : {&w.staff.inspectorA, &w.staff.inspectorB}) {
        InspectionInspector sampler;
        sampler.staffId = s->staffId();
        sampler.login = s->login();
        b.samplers << sampler;
    }
    b.lab = QStringLiteral("廊坊市产品质量监督检验所");
    b.section = QStringLiteral("质量监督股");
    SamplingRepository batches(db);
    auto created = batches.create(w.staff.clerk, b, w.today);
    REQUIRE(created);
    SamplingBatch result = *created;
    result.result = SamplingResult::Fail;
    result.reportNumber = QStringLiteral("LF-%1").arg(product);
    result.reportOn = deliveredOn.addDays(-2);
    result.failedItems = QStringLiteral("标志");
    result.deliveredOn = deliveredOn;
    auto updated = batches.update(w.staff.clerk, result, w.today);
    REQUIRE(updated);
    return *updated;
}

int rowOf(FollowUpDeadlines *followUps, const QString &number, const QString &whatStart = {})
{
    for (int i = 0; i < followUps->lines().size(); ++i)
        if (followUps->lines().at(i).number == number && followUps->lines().at(i).what.startsWith(whatStart))
            return i;
    return -1;
}

} // namespace

TEST_CASE("the start page lists follow-ups overdue and due soon, not those beyond the window", "[gui][sampling]")
{
    SupervisionWindow w;
    const Inspection overdue = storeOrder(w, w.unit(1), w.today.addDays(-20), w.today.addDays(-5));
    const Inspection soon = storeOrder(w, w.unit(3), w.today.addDays(-2), w.today.addDays(10));
    const Inspection later = storeOrder(w, w.unit(4), w.today.addDays(-1), w.today.addDays(60));
    // Delivered 40 days ago: rectification 10 days overdue (the objection window is over).
    const SamplingBatch lapsed = storeFailedBatch(w, w.unit(1), QStringLiteral("电线电缆"), w.today.addDays(-40));
    // Delivered 3 days ago: the objection window and rectification run.
    const SamplingBatch recent = storeFailedBatch(w, w.unit(4), QStringLiteral("插座"), w.today.addDays(-3));
    w.open(w.staff.chief, MainWindow::Page::Start);
    StartPage *page = w.window->startPage();
    page->setWindowDays(30);
    FollowUpDeadlines *followUps = page->followUps();

    CHECK(rowOf(followUps, later.recordNumber) < 0);
    const int overdueRow = rowOf(followUps, overdue.recordNumber);
    const int soonRow = rowOf(followUps, soon.recordNumber);
    REQUIRE(overdueRow >= 0);
    REQUIRE(soonRow >= 0);
    RecordTable *table = followUps->table();
    CHECK(table->item(overdueRow, FollowUpDeadlines::DaysColumn)->text() == DueMarking::daysLeft(-5));
    CHECK(table->item(overdueRow, 0)->background().color() == DueMarking::warningBackground());
    CHECK(table->item(soonRow, FollowUpDeadlines::DaysColumn)->text() == DueMarking::daysLeft(10));
    CHECK(table->item(soonRow, 0)->background() != QBrush(DueMarking::warningBackground()));
    CHECK(table->item(soonRow, FollowUpDeadlines::DueColumn)->text() == w.today.addDays(10).toString(Qt::ISODate));

    const QString rectification = SamplingClock::name(SamplingDeadlineKind::Rectification);
    const QString objection = SamplingClock::name(SamplingDeadlineKind::Objection);
    const int lapsedRow = rowOf(followUps, lapsed.batchNumber, rectification);
    REQUIRE(lapsedRow >= 0);
    CHECK(followUps->lines().at(lapsedRow).daysLeft == -10);
    CHECK(table->item(lapsedRow, FollowUpDeadlines::DaysColumn)->text() == DueMarking::daysLeft(-10));
    CHECK(rowOf(followUps, lapsed.batchNumber, objection) < 0);
    const int objectionRow = rowOf(followUps, recent.batchNumber, objection);
    REQUIRE(objectionRow >= 0);
    CHECK(followUps->lines().at(objectionRow).daysLeft == SamplingClock::kObjectionDays - 3);
    CHECK(rowOf(followUps, recent.batchNumber, rectification) >= 0);
    // Soonest first; the two overdue ones counted on their tile.
    CHECK(followUps->lines().first().daysLeft == -10);
    CHECK(followUps->overdueCount() == 2);
    CHECK(page->summaryText().contains(QStringLiteral("2 follow-up(s) of inspections and sampling overdue")));

    SECTION("a wider window takes in the later order")
    {
        page->setWindowDays(90);
        CHECK(rowOf(page->followUps(), later.recordNumber) >= 0);
    }
    SECTION("Enter on an order opens the inspection record")
    {
        table->setCurrentCell(overdueRow, 0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        CHECK(w.window->currentPage() == MainWindow::Page::Inspections);
    }
    SECTION("Enter on a sampling deadline opens the batch")
    {
        table->setCurrentCell(objectionRow, 0);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        CHECK(w.window->currentPage() == MainWindow::Page::Sampling);
        CHECK(w.window->samplingPage()->currentBatchId() == recent.id);
    }
}

TEST_CASE("the start page counts as inspected the units with a finished inspection this year", "[gui][sampling]")
{
    SupervisionWindow w;
    w.open(w.staff.chief, MainWindow::Page::Start);
    StartPage *page = w.window->startPage();
    // Units 1 and 3 are due and uninspected; unit 2 was inspected this year.
    RecordTable *uninspected = page->uninspectedTable();
    QStringList names;
    for (int row = 0; row < uninspected->rowCount(); ++row)
        names << uninspected->item(row, StartPage::UninspectedEntityColumn)->text();
    CHECK(names.contains(QStringLiteral("永清塑料制品一厂")));
    CHECK(names.contains(QStringLiteral("永清第一中学")));
    CHECK_FALSE(names.contains(QStringLiteral("永清塑料制品二厂")));
    CHECK(page->summaryText().contains(QStringLiteral("2 entities not yet inspected this year")));
}
