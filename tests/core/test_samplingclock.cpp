// SamplingClock: the three deadlines of supervision sampling at their
// edges (the day after the event is day 1), across month ends, met on time
// or too late, and which of them apply to which batch.
#include "sampling/samplingclock.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

SamplingBatch delivered(SamplingResult result, const QDate &on, SamplingKind kind = SamplingKind::Plan)
{
    SamplingBatch b;
    b.id = 1;
    b.batchNumber = QStringLiteral("A-2026-C0001");
    b.kind = kind;
    b.sampledOn = on.addDays(-20);
    b.result = result;
    b.reportOn = on.addDays(-2);
    b.deliveredOn = on;
    return b;
}

SamplingBatch follower(SamplingKind kind, const QDate &sampledOn, SamplingResult result = SamplingResult::Pending,
                       const QDate &deliveredOn = {})
{
    SamplingBatch f;
    f.id = 2;
    f.kind = kind;
    f.parentId = 1;
    f.sampledOn = sampledOn;
    f.result = result;
    f.deliveredOn = deliveredOn;
    return f;
}

std::optional<SamplingDeadline> find(const QList<SamplingDeadline> &all, SamplingDeadlineKind kind)
{
    for (const SamplingDeadline &d : all)
        if (d.kind == kind)
            return d;
    return std::nullopt;
}

} // namespace

TEST_CASE("sampling clock: each period counts calendar days from the day after the event", "[sampling][clock]")
{
    CHECK(SamplingClock::objectionDeadline(QDate(2026, 3, 1)) == QDate(2026, 3, 16));
    CHECK(SamplingClock::rectificationDeadline(QDate(2026, 3, 1)) == QDate(2026, 3, 31));
    CHECK(SamplingClock::recheckSamplingDeadline(QDate(2026, 3, 1)) == QDate(2026, 3, 16));
    CHECK_FALSE(SamplingClock::objectionDeadline(QDate()).isValid());

    SECTION("month and year ends")
    {
        CHECK(SamplingClock::objectionDeadline(QDate(2026, 1, 31)) == QDate(2026, 2, 15));
        CHECK(SamplingClock::rectificationDeadline(QDate(2026, 1, 31)) == QDate(2026, 3, 2));
        CHECK(SamplingClock::rectificationDeadline(QDate(2028, 1, 31)) == QDate(2028, 3, 1)); // leap year
        CHECK(SamplingClock::objectionDeadline(QDate(2026, 12, 20)) == QDate(2027, 1, 4));
        CHECK(SamplingClock::recheckSamplingDeadline(QDate(2026, 2, 14)) == QDate(2026, 3, 1));
    }
}

TEST_CASE("sampling clock: day 15 is still open, day 16 is overdue", "[sampling][clock]")
{
    const SamplingBatch b = delivered(SamplingResult::Fail, QDate(2026, 3, 1));
    const auto all = SamplingClock::deadlines(b, {});
    const auto objection = find(all, SamplingDeadlineKind::Objection);
    REQUIRE(objection);
    CHECK(objection->due == QDate(2026, 3, 16));
    CHECK(objection->open());
    CHECK(objection->daysLeft(QDate(2026, 3, 16)) == 0);
    CHECK_FALSE(objection->overdue(QDate(2026, 3, 16)));
    CHECK(objection->overdue(QDate(2026, 3, 17)));
    CHECK(objection->daysLeft(QDate(2026, 3, 17)) == -1);

    const auto rectification = find(all, SamplingDeadlineKind::Rectification);
    REQUIRE(rectification);
    CHECK(rectification->due == QDate(2026, 3, 31));
    CHECK_FALSE(rectification->overdue(QDate(2026, 3, 31)));
    CHECK(rectification->overdue(QDate(2026, 4, 1)));

    // An objection period that closed unused is over, not overdue; an
    // unfinished rectification stays on the list.
    CHECK(SamplingClock::pending(*objection, QDate(2026, 3, 16)));
    CHECK_FALSE(SamplingClock::pending(*objection, QDate(2026, 3, 17)));
    CHECK(SamplingClock::pending(*rectification, QDate(2026, 6, 1)));
    CHECK(SamplingClock::nextDue(all, QDate(2026, 3, 10)) == QDate(2026, 3, 16));
    CHECK(SamplingClock::nextDue(all, QDate(2026, 3, 17)) == QDate(2026, 3, 31));
}

TEST_CASE("sampling clock: deadlines met on time, met too late, or not applying", "[sampling][clock]")
{
    const QDate deliveredOn(2026, 3, 1);

    SECTION("no result or no delivery: no deadline yet")
    {
        SamplingBatch pending = delivered(SamplingResult::Pending, deliveredOn);
        CHECK(SamplingClock::deadlines(pending, {}).isEmpty());
        SamplingBatch undelivered = delivered(SamplingResult::Fail, deliveredOn);
        undelivered.deliveredOn = QDate();
        CHECK(SamplingClock::deadlines(undelivered, {}).isEmpty());
    }
    SECTION("a pass has the objection period only")
    {
        const auto all = SamplingClock::deadlines(delivered(SamplingResult::Pass, deliveredOn), {});
        REQUIRE(all.size() == 1);
        CHECK(all.first().kind == SamplingDeadlineKind::Objection);
    }
    SECTION("objection made on the last day, or a day late")
    {
        SamplingBatch b = delivered(SamplingResult::Fail, deliveredOn);
        b.objectionOn = QDate(2026, 3, 16);
        auto d = find(SamplingClock::deadlines(b, {}), SamplingDeadlineKind::Objection);
        REQUIRE(d);
        CHECK_FALSE(d->open());
        CHECK_FALSE(d->lapsed());
        CHECK_FALSE(d->overdue(QDate(2026, 5, 1)));
        b.objectionOn = QDate(2026, 3, 17);
        d = find(SamplingClock::deadlines(b, {}), SamplingDeadlineKind::Objection);
        CHECK(d->lapsed());
    }
    SECTION("an objection re-test meets the objection period by its existence")
    {
        const SamplingBatch b = delivered(SamplingResult::Fail, deliveredOn);
        const auto all = SamplingClock::deadlines(b, {follower(SamplingKind::Objection, QDate(2026, 3, 10))});
        const auto d = find(all, SamplingDeadlineKind::Objection);
        REQUIRE(d);
        CHECK(d->metOn == QDate(2026, 3, 10));
        // While the re-test runs the rectification waits for its result.
        CHECK_FALSE(find(all, SamplingDeadlineKind::Rectification));
    }
    SECTION("the re-test's outcome decides the rectification")
    {
        const SamplingBatch b = delivered(SamplingResult::Fail, deliveredOn);
        const auto overturned = SamplingClock::deadlines(
            b, {follower(SamplingKind::Objection, QDate(2026, 3, 10), SamplingResult::Pass, QDate(2026, 3, 25))});
        CHECK_FALSE(find(overturned, SamplingDeadlineKind::Rectification));
        const auto confirmed = SamplingClock::deadlines(
            b, {follower(SamplingKind::Objection, QDate(2026, 3, 10), SamplingResult::Fail, QDate(2026, 3, 25))});
        const auto d = find(confirmed, SamplingDeadlineKind::Rectification);
        REQUIRE(d);
        CHECK(d->due == QDate(2026, 4, 24)); // 30 days after the confirmed failure reached the enterprise
    }
    SECTION("rectified on the last day, or late")
    {
        SamplingBatch b = delivered(SamplingResult::Fail, deliveredOn);
        b.rectifiedOn = QDate(2026, 3, 31);
        auto d = find(SamplingClock::deadlines(b, {}), SamplingDeadlineKind::Rectification);
        REQUIRE(d);
        CHECK(d->metOn == QDate(2026, 3, 31));
        CHECK_FALSE(d->lapsed());
        b.rectifiedOn = QDate(2026, 4, 1);
        d = find(SamplingClock::deadlines(b, {}), SamplingDeadlineKind::Rectification);
        CHECK(d->lapsed());
    }
    SECTION("the re-check is sampled within 15 days of the request")
    {
        SamplingBatch b = delivered(SamplingResult::Fail, deliveredOn);
        b.rectifiedOn = QDate(2026, 3, 20);
        b.recheckRequestedOn = QDate(2026, 3, 21);
        auto d = find(SamplingClock::deadlines(b, {}), SamplingDeadlineKind::RecheckSampling);
        REQUIRE(d);
        CHECK(d->due == QDate(2026, 4, 5));
        CHECK(d->open());
        d = find(SamplingClock::deadlines(b, {follower(SamplingKind::Recheck, QDate(2026, 4, 5))}),
                 SamplingDeadlineKind::RecheckSampling);
        CHECK(d->metOn == QDate(2026, 4, 5));
        CHECK_FALSE(d->lapsed());
        d = find(SamplingClock::deadlines(b, {follower(SamplingKind::Recheck, QDate(2026, 4, 6))}),
                 SamplingDeadlineKind::RecheckSampling);
        CHECK(d->lapsed());
    }
    SECTION("a re-test has no deadline of its own; a failed re-check no rectification")
    {
        CHECK(SamplingClock::deadlines(delivered(SamplingResult::Fail, deliveredOn, SamplingKind::Objection), {})
                  .isEmpty());
        const auto recheck =
            SamplingClock::deadlines(delivered(SamplingResult::Fail, deliveredOn, SamplingKind::Recheck), {});
        REQUIRE(recheck.size() == 1);
        CHECK(recheck.first().kind == SamplingDeadlineKind::Objection);
    }
}

TEST_CASE("sampling clock: the deadlines have distinct names", "[sampling][clock]")
{
    CHECK(SamplingClock::name(SamplingDeadlineKind::Objection) == QStringLiteral("Objection period"));
    CHECK(SamplingClock::name(SamplingDeadlineKind::Rectification) == QStringLiteral("Rectification deadline"));
    CHECK(SamplingClock::name(SamplingDeadlineKind::RecheckSampling) == QStringLiteral("Re-check sampling deadline"));
}
