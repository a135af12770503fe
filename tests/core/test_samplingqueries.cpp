// SamplingQueries: the sampling list filtered in SQL with each row's next
// step and deadline, and the deadlines of the start page within a window
// (overdue included, objection periods that closed unused left out).
#include "registersupport.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrepository.h"
#include "samplingsample.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct Sampled {
    TempDatabase t;
    CaseStaff staff = setUpCaseStaff(t.db());
    Entity cables = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县第1电线电缆有限公司"), 1);
    Entity plugs = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县插头插座厂"), 2);
    SamplingRepository repo{t.db()};

    SamplingBatch create(SamplingBatch b, const Session &by)
    {
        auto created = repo.create(by, b, b.sampledOn);
        REQUIRE(created);
        return *created;
    }
    SamplingBatch save(const SamplingBatch &b, const QDate &today)
    {
        auto saved = repo.update(staff.inspectorA, b, today);
        REQUIRE(saved);
        return *saved;
    }
};

QStringList numbers(const Result<QList<SamplingRow>> &rows)
{
    REQUIRE(rows);
    QStringList out;
    for (const SamplingRow &r : *rows)
        out << r.batchNumber;
    return out;
}

} // namespace

TEST_CASE("sampling queries: the list filters in SQL and shows each batch's next step", "[sampling][queries]")
{
    Sampled s;
    const QDate today(2026, 4, 30);
    // C0001: cables, failed, delivered 03-20 (rectification due 04-19, lapsed)
    SamplingBatch cables = s.create(planBatch(s.staff, s.cables.id, QDate(2026, 3, 2)), s.staff.inspectorA);
    cables = s.save(withResult(cables, SamplingResult::Fail, QDate(2026, 3, 20)), QDate(2026, 3, 20));
    // C0002: plugs by another section, passed, delivered 04-20 (objection until 05-05)
    SamplingBatch plug = planBatch(s.staff, s.plugs.id, QDate(2026, 4, 1), QStringLiteral("插头插座"));
    plug.section = QStringLiteral("稽查股");
    plug.lab = QStringLiteral("河北省电器产品质量监督检验院");
    plug = s.create(plug, s.staff.inspectorB);
    plug = s.save(withResult(plug, SamplingResult::Pass, QDate(2026, 4, 20)), QDate(2026, 4, 20));
    // C0003: cables again in another quarter, still pending
    SamplingBatch pending = planBatch(s.staff, s.cables.id, QDate(2026, 4, 10), QStringLiteral("电线电缆"));
    pending.planName = QStringLiteral("2026年春季专项抽查");
    pending = s.create(pending, s.staff.inspectorA);

    SamplingFilter all;
    CHECK(*SamplingQueries::count(s.t.db(), all) == 3);
    const auto rows = SamplingQueries::page(s.t.db(), all, 0, 50, today);
    CHECK(numbers(rows) == QStringList({pending.batchNumber, plug.batchNumber, cables.batchNumber})); // newest first
    const SamplingRow &failedRow = rows->at(2);
    CHECK(failedRow.unitName == s.cables.name);
    CHECK(failedRow.result == SamplingResult::Fail);
    CHECK(failedRow.nextStep == SamplingNextStep::OpenCase);
    CHECK(failedRow.nextDue == QDate(2026, 4, 19));
    CHECK(rows->at(1).nextStep == SamplingNextStep::ObjectionWindow);
    CHECK(rows->at(1).nextDue == QDate(2026, 5, 5));
    CHECK(rows->at(0).nextStep == SamplingNextStep::AwaitResult);
    CHECK_FALSE(rows->at(0).nextDue.isValid());
    CHECK(numbers(SamplingQueries::page(s.t.db(), all, 1, 1, today)) == QStringList{plug.batchNumber});

    auto only = [&](SamplingFilter f) {
        const int n = *SamplingQueries::count(s.t.db(), f);
        const QStringList found = numbers(SamplingQueries::page(s.t.db(), f, 0, 50, today));
        CHECK(found.size() == n);
        return found;
    };
    SamplingFilter f;
    f.search = QStringLiteral("插头");
    CHECK(only(f) == QStringList{plug.batchNumber});
    f.search = QStringLiteral("a-2026-c0001");
    CHECK(only(f) == QStringList{cables.batchNumber});
    f.search = QStringLiteral("河北省");
    CHECK(only(f) == QStringList{plug.batchNumber});
    f.search = QStringLiteral("春季 电线");
    CHECK(only(f) == QStringList{pending.batchNumber});
    f = {};
    f.section = QStringLiteral("稽查股");
    CHECK(only(f) == QStringList{plug.batchNumber});
    f = {};
    f.from = QDate(2026, 4, 1);
    f.to = QDate(2026, 4, 9);
    CHECK(only(f) == QStringList{plug.batchNumber});
    f = {};
    f.result = SamplingResult::Fail;
    CHECK(only(f) == QStringList{cables.batchNumber});
    f = {};
    f.entityId = s.cables.id;
    CHECK(only(f) == QStringList({pending.batchNumber, cables.batchNumber}));
    f = {};
    f.kind = SamplingKind::Recheck;
    CHECK(only(f).isEmpty());
    f = {};
    f.samplerId = s.staff.head.staffId();
    CHECK(only(f).isEmpty());
    f.samplerId = s.staff.inspectorB.staffId();
    CHECK(only(f).size() == 3);

    CHECK(SamplingQueries::sections(s.t.db()) == QStringList({QStringLiteral("稽查股"), QStringLiteral("质量监督股")}));
}

TEST_CASE("sampling queries: the start page's deadlines within a window, overdue first", "[sampling][queries]")
{
    Sampled s;
    // A: failed, delivered 03-01: objection until 03-16, rectification until 03-31.
    SamplingBatch a = s.create(planBatch(s.staff, s.cables.id, QDate(2026, 2, 2)), s.staff.inspectorA);
    a = s.save(withResult(a, SamplingResult::Fail, QDate(2026, 3, 1)), QDate(2026, 3, 1));
    // B: passed, delivered 03-05: objection until 03-20, then nothing.
    SamplingBatch b =
        s.create(planBatch(s.staff, s.plugs.id, QDate(2026, 2, 2), QStringLiteral("插头插座")), s.staff.inspectorA);
    b = s.save(withResult(b, SamplingResult::Pass, QDate(2026, 3, 5)), QDate(2026, 3, 5));
    // C: failed, rectified and asked for the re-check on 03-20: sample by 04-04.
    SamplingBatch c =
        s.create(planBatch(s.staff, s.plugs.id, QDate(2026, 1, 5), QStringLiteral("开关")), s.staff.inspectorA);
    c = withResult(c, SamplingResult::Fail, QDate(2026, 1, 20));
    c.rectifiedOn = QDate(2026, 2, 10);
    c.recheckRequestedOn = QDate(2026, 3, 20);
    c = s.save(c, QDate(2026, 3, 20));

    auto kinds = [](const Result<QList<SamplingDeadlineRow>> &rows) {
        REQUIRE(rows);
        QStringList out;
        for (const SamplingDeadlineRow &r : *rows)
            out << QStringLiteral("%1 %2 %3")
                       .arg(r.batchNumber, SamplingClock::name(r.deadline.kind), r.deadline.due.toString(Qt::ISODate));
        return out;
    };

    auto early = SamplingQueries::deadlines(s.t.db(), QDate(2026, 3, 10), 7);
    CHECK(kinds(early) == QStringList({a.batchNumber + QStringLiteral(" Objection period 2026-03-16")}));
    REQUIRE(early->size() == 1);
    CHECK(early->first().daysLeft == 6);

    auto wider = SamplingQueries::deadlines(s.t.db(), QDate(2026, 3, 10), 30);
    CHECK(kinds(wider) == QStringList({a.batchNumber + QStringLiteral(" Objection period 2026-03-16"),
                                       b.batchNumber + QStringLiteral(" Objection period 2026-03-20"),
                                       a.batchNumber + QStringLiteral(" Rectification deadline 2026-03-31"),
                                       c.batchNumber + QStringLiteral(" Re-check sampling deadline 2026-04-04")}));
    CHECK(SamplingQueries::deadlines(s.t.db(), QDate(2026, 3, 10), 30, 2)->size() == 2);

    // Later: the objection periods closed unused (over, not overdue); the
    // rectification and the re-check are overdue.
    auto late = SamplingQueries::deadlines(s.t.db(), QDate(2026, 4, 10), 0);
    CHECK(kinds(late) == QStringList({a.batchNumber + QStringLiteral(" Rectification deadline 2026-03-31"),
                                      c.batchNumber + QStringLiteral(" Re-check sampling deadline 2026-04-04")}));
    CHECK(late->first().daysLeft == -10);
    CHECK(late->first().deadline.overdue(QDate(2026, 4, 10)));

    // Rectified and the re-check sampled: nothing left.
    a.rectifiedOn = QDate(2026, 4, 12);
    s.save(a, QDate(2026, 4, 12));
    SamplingBatch recheck;
    recheck.kind = SamplingKind::Recheck;
    recheck.parentId = c.id;
    recheck.sampledOn = QDate(2026, 4, 12);
    recheck.notes = QStringLiteral("企业停产，复查抽样顺延");
    s.create(recheck, s.staff.inspectorA);
    CHECK(SamplingQueries::deadlines(s.t.db(), QDate(2026, 4, 12), 30)->isEmpty());
}
