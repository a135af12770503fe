// The statutory clock: the decision due three calendar months after filing
// across month ends and leap years, the bureau head's extension, clock stops
// (overlapping, clipped to filing..decision, open ones counted to today),
// due today versus overdue, and sealing/seizure limits.
#include "cases/statutoryclock.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

EnforcementCase filedOn(const QDate &filed, CaseStage stage = CaseStage::Investigating)
{
    EnforcementCase c;
    c.leadNumber = QStringLiteral("YQ-A-2026-0001");
    c.number = {filed.year(), 7};
    c.stage = stage;
    c.receivedOn = filed.addDays(-5);
    c.filedOn = filed;
    return c;
}

ClockStop stop(ClockStopKind kind, const QDate &from, const QDate &to = {})
{
    ClockStop s;
    s.kind = kind;
    s.from = from;
    s.to = to;
    s.reason = QStringLiteral("reason");
    return s;
}

ClockExtension extension(const QDate &approvedOn, int days = StatutoryClock::kExtensionDays)
{
    ClockExtension e;
    e.approvedOn = approvedOn;
    e.days = days;
    e.reason = QStringLiteral("案情复杂");
    return e;
}
} // namespace

TEST_CASE("the decision is due three calendar months after filing, across month ends", "[cases][clock]")
{
    const struct {
        QDate filed;
        QDate due;
    } cases[] = {
        {d(2026, 1, 15), d(2026, 4, 15)},  {d(2026, 1, 31), d(2026, 4, 30)}, // April has 30 days
        {d(2026, 3, 31), d(2026, 6, 30)},  {d(2026, 8, 31), d(2026, 11, 30)},
        {d(2026, 11, 30), d(2027, 2, 28)}, // 2027 is not a leap year
        {d(2027, 11, 30), d(2028, 2, 29)}, // 2028 is
        {d(2027, 11, 29), d(2028, 2, 29)}, {d(2027, 11, 28), d(2028, 2, 28)},
        {d(2028, 2, 29), d(2028, 5, 29)},  // filed on a leap day
        {d(2026, 12, 31), d(2027, 3, 31)}, // across the year
        {d(2099, 11, 30), d(2100, 2, 28)}, // 2100 is not a leap year
    };
    for (const auto &c : cases) {
        INFO(c.filed.toString(Qt::ISODate).toStdString());
        const ClockState s = StatutoryClock::evaluate(filedOn(c.filed), c.filed);
        CHECK(s.phase == ClockState::Phase::Running);
        CHECK(s.baseDue == c.due);
        CHECK(s.due == c.due);
        CHECK(s.extensionDays == 0);
        CHECK(s.stoppedDays == 0);
        CHECK(s.daysLeft == c.filed.daysTo(c.due));
        CHECK_FALSE(s.overdue());
    }
}

TEST_CASE("days left count from today; due today is not overdue, the day after is", "[cases][clock]")
{
    const EnforcementCase c = filedOn(d(2026, 1, 31));
    const ClockState twelve = StatutoryClock::evaluate(c, d(2026, 4, 18));
    CHECK(twelve.due == d(2026, 4, 30));
    CHECK(twelve.daysLeft == 12);
    CHECK(twelve.summary == QStringLiteral("Due 2026-04-30, 12 day(s) left"));

    const ClockState dueToday = StatutoryClock::evaluate(c, d(2026, 4, 30));
    CHECK(dueToday.daysLeft == 0);
    CHECK_FALSE(dueToday.overdue());
    CHECK(dueToday.summary == QStringLiteral("Due today (2026-04-30)"));

    const ClockState late = StatutoryClock::evaluate(c, d(2026, 5, 1));
    CHECK(late.daysLeft == -1);
    CHECK(late.overdue());
    CHECK(late.summary == QStringLiteral("Overdue by 1 day(s) (due 2026-04-30)"));

    const ClockState veryLate = StatutoryClock::evaluate(c, d(2026, 5, 3));
    CHECK(veryLate.daysLeft == -3);
    CHECK(veryLate.summary == QStringLiteral("Overdue by 3 day(s) (due 2026-04-30)"));
}

TEST_CASE("the bureau head's extension adds its days and shows in the basis", "[cases][clock]")
{
    EnforcementCase c = filedOn(d(2026, 1, 31));
    c.extension = extension(d(2026, 4, 20));
    const ClockState s = StatutoryClock::evaluate(c, d(2026, 4, 30));
    CHECK(s.baseDue == d(2026, 4, 30));
    CHECK(s.extensionDays == 30);
    CHECK(s.due == d(2026, 5, 30));
    CHECK(s.daysLeft == 30);
    CHECK_FALSE(s.overdue());
    CHECK(s.basis == QStringLiteral("Decision due within 3 month(s) of filing (filed 2026-01-31): 2026-04-30; "
                                    "extended by 30 day(s) (approved 2026-04-20): 2026-05-30."));
    // Overdue only after the extended date.
    CHECK(StatutoryClock::evaluate(c, d(2026, 5, 30)).daysLeft == 0);
    CHECK(StatutoryClock::evaluate(c, d(2026, 5, 31)).overdue());
}

TEST_CASE("stopped days: inclusive, overlaps once, clipped, open stops to today", "[cases][clock]")
{
    using StatutoryClock::stoppedDays;
    const QDate filed = d(2026, 1, 31), end = d(2026, 4, 30), today = d(2026, 4, 30);
    const auto H = ClockStopKind::Hearing, T = ClockStopKind::Testing, P = ClockStopKind::PublicNotice;
    CHECK(stoppedDays({}, filed, end, today) == 0);
    CHECK(stoppedDays({stop(H, d(2026, 3, 1), d(2026, 3, 1))}, filed, end, today) == 1);
    CHECK(stoppedDays({stop(H, d(2026, 3, 1), d(2026, 3, 10))}, filed, end, today) == 10);
    // Overlapping: 1–10 and 5–15 cover 1–15.
    CHECK(stoppedDays({stop(H, d(2026, 3, 1), d(2026, 3, 10)), stop(T, d(2026, 3, 5), d(2026, 3, 15))}, filed, end,
                      today) == 15);
    // Given in the other order.
    CHECK(stoppedDays({stop(T, d(2026, 3, 5), d(2026, 3, 15)), stop(H, d(2026, 3, 1), d(2026, 3, 10))}, filed, end,
                      today) == 15);
    // Nested, and adjacent.
    CHECK(stoppedDays({stop(T, d(2026, 3, 1), d(2026, 3, 20)), stop(H, d(2026, 3, 5), d(2026, 3, 6))}, filed, end,
                      today) == 20);
    CHECK(stoppedDays({stop(T, d(2026, 3, 1), d(2026, 3, 10)), stop(P, d(2026, 3, 11), d(2026, 3, 20))}, filed, end,
                      today) == 20);
    // Three stops, two overlapping and one apart: 1–15 and 20–21.
    CHECK(stoppedDays({stop(H, d(2026, 3, 1), d(2026, 3, 10)), stop(T, d(2026, 3, 5), d(2026, 3, 15)),
                       stop(P, d(2026, 3, 20), d(2026, 3, 21))},
                      filed, end, today) == 17);
    // Partly before filing: only from the filing day.
    CHECK(stoppedDays({stop(T, d(2026, 1, 20), d(2026, 2, 5))}, filed, end, today) == 6);
    // Wholly before filing or after the end: nothing.
    CHECK(stoppedDays({stop(T, d(2026, 1, 1), d(2026, 1, 30))}, filed, end, today) == 0);
    CHECK(stoppedDays({stop(T, d(2026, 5, 1), d(2026, 5, 9))}, filed, end, today) == 0);
    // Partly after the end (the decision): up to it.
    CHECK(stoppedDays({stop(T, d(2026, 4, 25), d(2026, 5, 9))}, filed, end, today) == 6);
    // An open stop counts to today.
    CHECK(stoppedDays({stop(H, d(2026, 3, 1))}, filed, d(2026, 3, 10), d(2026, 3, 10)) == 10);
    // A stop without a start is ignored.
    CHECK(stoppedDays({stop(H, QDate(), d(2026, 3, 10))}, filed, end, today) == 0);
}

TEST_CASE("a closed stop moves the due date and is listed in the basis", "[cases][clock]")
{
    EnforcementCase c = filedOn(d(2026, 1, 31));
    c.stops << stop(ClockStopKind::Hearing, d(2026, 3, 1), d(2026, 3, 10));
    const ClockState s = StatutoryClock::evaluate(c, d(2026, 4, 1));
    CHECK(s.phase == ClockState::Phase::Running);
    CHECK(s.stoppedDays == 10);
    CHECK(s.due == d(2026, 5, 10));
    CHECK(s.daysLeft == 39);
    CHECK(s.basis == QStringLiteral("Decision due within 3 month(s) of filing (filed 2026-01-31): 2026-04-30; "
                                    "not counted: Hearing 2026-03-01 to 2026-03-10 (10 day(s)): 2026-05-10."));

    // With the extension and a second, overlapping stop.
    c.extension = extension(d(2026, 4, 20));
    c.stops << stop(ClockStopKind::Testing, d(2026, 3, 5), d(2026, 3, 15));
    const ClockState both = StatutoryClock::evaluate(c, d(2026, 4, 21));
    CHECK(both.stoppedDays == 15);
    CHECK(both.due == d(2026, 6, 14)); // 04-30 + 30 + 15
    CHECK(both.basis ==
          QStringLiteral("Decision due within 3 month(s) of filing (filed 2026-01-31): 2026-04-30; "
                         "extended by 30 day(s) (approved 2026-04-20): 2026-05-30; "
                         "not counted: Hearing 2026-03-01 to 2026-03-10 (10 day(s)), Testing or appraisal 2026-03-05 "
                         "to 2026-03-15 (11 day(s)), 15 day(s) in all (overlaps counted once): 2026-06-14."));
}

TEST_CASE("an open stop stands the clock still: the due date moves day by day", "[cases][clock]")
{
    EnforcementCase c = filedOn(d(2026, 1, 31));
    c.stops << stop(ClockStopKind::Testing, d(2026, 3, 1));
    const ClockState first = StatutoryClock::evaluate(c, d(2026, 3, 1));
    CHECK(first.phase == ClockState::Phase::Stopped);
    CHECK(first.stoppedDays == 1);
    CHECK(first.due == d(2026, 5, 1));
    CHECK(first.daysLeft == 61);
    const ClockState later = StatutoryClock::evaluate(c, d(2026, 3, 20));
    CHECK(later.phase == ClockState::Phase::Stopped);
    CHECK(later.stoppedDays == 20);
    CHECK(later.due == d(2026, 5, 20));
    CHECK(later.daysLeft == first.daysLeft);
    CHECK(later.summary ==
          QStringLiteral("Clock stopped since 2026-03-01 (Testing or appraisal); 61 day(s) left when it resumes"));
    CHECK(later.basis.contains(
        QStringLiteral("Testing or appraisal since 2026-03-01, still running (20 day(s) so far)")));

    // Closed on the 10th: ten days stopped, running again.
    c.stops.last().to = d(2026, 3, 10);
    const ClockState resumed = StatutoryClock::evaluate(c, d(2026, 3, 20));
    CHECK(resumed.phase == ClockState::Phase::Running);
    CHECK(resumed.due == d(2026, 5, 10));
    CHECK(resumed.daysLeft == 51);
}

TEST_CASE("a decided case's clock is finished, counted to the decision", "[cases][clock]")
{
    EnforcementCase c = filedOn(d(2026, 1, 31), CaseStage::Served);
    c.decidedOn = d(2026, 4, 1);
    // A stop running past the decision counts only to it.
    c.stops << stop(ClockStopKind::Testing, d(2026, 3, 25), d(2026, 4, 10));
    const ClockState s = StatutoryClock::evaluate(c, d(2026, 9, 1));
    CHECK(s.phase == ClockState::Phase::Finished);
    CHECK(s.stoppedDays == 8); // 03-25..04-01
    CHECK(s.due == d(2026, 5, 8));
    CHECK(s.daysLeft == 37);
    CHECK_FALSE(s.overdue());
    CHECK(s.summary == QStringLiteral("Decided 2026-04-01, 37 day(s) before the deadline"));

    EnforcementCase plain = filedOn(d(2026, 1, 31), CaseStage::Decided);
    plain.decidedOn = d(2026, 4, 1);
    const ClockState p = StatutoryClock::evaluate(plain, d(2026, 9, 1));
    CHECK(p.daysLeft == 29);
    CHECK(p.summary == QStringLiteral("Decided 2026-04-01, 29 day(s) before the deadline"));

    plain.decidedOn = d(2026, 4, 30);
    CHECK(StatutoryClock::evaluate(plain, d(2026, 9, 1)).summary ==
          QStringLiteral("Decided 2026-04-30, on the day of the deadline"));

    // Decided late: the record keeps saying so.
    plain.decidedOn = d(2026, 5, 2);
    const ClockState late = StatutoryClock::evaluate(plain, d(2026, 9, 1));
    CHECK(late.daysLeft == -2);
    CHECK(late.overdue());
    CHECK(late.summary == QStringLiteral("Decided 2026-05-02, 2 day(s) after the deadline (due 2026-04-30)"));
}

TEST_CASE("leads have no clock; a withdrawn or transferred filed case stops at its end", "[cases][clock]")
{
    for (CaseStage stage : {CaseStage::Lead, CaseStage::NotFiled, CaseStage::Transferred}) {
        EnforcementCase lead;
        lead.stage = stage;
        lead.receivedOn = d(2026, 1, 5);
        if (stage != CaseStage::Lead)
            lead.endedOn = d(2026, 1, 9);
        const ClockState s = StatutoryClock::evaluate(lead, d(2026, 6, 1));
        CHECK(s.phase == ClockState::Phase::NotStarted);
        CHECK_FALSE(s.due.isValid());
        CHECK_FALSE(s.overdue());
        CHECK(s.summary == QStringLiteral("Not filed: the clock starts when the case is filed"));
    }

    EnforcementCase withdrawn = filedOn(d(2026, 1, 31), CaseStage::Withdrawn);
    withdrawn.endedOn = d(2026, 3, 1);
    const ClockState w = StatutoryClock::evaluate(withdrawn, d(2026, 9, 1));
    CHECK(w.phase == ClockState::Phase::Finished);
    CHECK(w.daysLeft == 60);
    CHECK_FALSE(w.overdue());
    CHECK(w.summary == QStringLiteral("Withdrawn on 2026-03-01, 60 day(s) before the deadline"));

    EnforcementCase transferred = filedOn(d(2026, 1, 31), CaseStage::Transferred);
    transferred.endedOn = d(2026, 2, 10);
    const ClockState t = StatutoryClock::evaluate(transferred, d(2026, 9, 1));
    CHECK(t.phase == ClockState::Phase::Finished);
    CHECK(t.daysLeft == 79);
}

TEST_CASE("sealing and seizure: 30 days, one 30-day extension, ended by release", "[cases][clock][seizure]")
{
    Seizure s;
    s.items = QStringLiteral("电线电缆 120 卷");
    s.from = d(2026, 3, 1);
    const SeizureState plain = StatutoryClock::seizure(s, d(2026, 3, 21));
    CHECK(plain.due == d(2026, 3, 31));
    CHECK(plain.daysLeft == 10);
    CHECK_FALSE(plain.released);
    CHECK_FALSE(plain.overdue());
    CHECK(StatutoryClock::seizure(s, d(2026, 3, 31)).daysLeft == 0);
    CHECK_FALSE(StatutoryClock::seizure(s, d(2026, 3, 31)).overdue());
    CHECK(StatutoryClock::seizure(s, d(2026, 4, 1)).daysLeft == -1);
    CHECK(StatutoryClock::seizure(s, d(2026, 4, 1)).overdue());

    s.extendedOn = d(2026, 3, 28);
    const SeizureState extended = StatutoryClock::seizure(s, d(2026, 4, 1));
    CHECK(extended.due == d(2026, 4, 30));
    CHECK(extended.daysLeft == 29);
    CHECK_FALSE(extended.overdue());

    s.releasedOn = d(2026, 4, 10);
    const SeizureState released = StatutoryClock::seizure(s, d(2026, 12, 1));
    CHECK(released.released);
    CHECK(released.daysLeft == 20);
    CHECK_FALSE(released.overdue());

    // Released late: not "overdue" any more (it is over), but the days show it.
    Seizure late;
    late.from = d(2026, 3, 1);
    late.releasedOn = d(2026, 4, 3);
    const SeizureState l = StatutoryClock::seizure(late, d(2026, 12, 1));
    CHECK(l.daysLeft == -3);
    CHECK_FALSE(l.overdue());
}
