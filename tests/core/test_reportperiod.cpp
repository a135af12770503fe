// ReportPeriod: the quarters and ranges a summary covers, parsed from what
// the command line takes, refused when malformed, the periods it compares
// with (the previous one, the same one a year before) and the quarter of
// "now" in a given time zone. Every expected date is written out by hand.
#include "summary/reportperiod.h"
#include "testsupport.h"

#include <QDateTime>
#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

ReportPeriod parsed(const QString &text)
{
    const auto p = ReportPeriod::parse(text);
    INFO("parse(\"" << text.toStdString() << "\")");
    REQUIRE(p);
    return *p;
}

void checkQuarter(const ReportPeriod &p, int year, int quarter, const QDate &from, const QDate &to)
{
    CHECK(p.year == year);
    CHECK(p.quarter == quarter);
    CHECK(p.isQuarter());
    CHECK(p.isValid());
    CHECK(p.from == from);
    CHECK(p.to == to);
}

} // namespace

TEST_CASE("report period: a quarter is parsed in every spelling the command line takes", "[summary][period]")
{
    for (const QString &text : {QStringLiteral("2026Q3"), QStringLiteral("2026q3"), QStringLiteral("2026-Q3"),
                                QStringLiteral("2026 Q3"), QStringLiteral("2026-q3")}) {
        INFO(text.toStdString());
        checkQuarter(parsed(text), 2026, 3, d(2026, 7, 1), d(2026, 9, 30));
    }
    checkQuarter(parsed(QStringLiteral("2026Q1")), 2026, 1, d(2026, 1, 1), d(2026, 3, 31));
    checkQuarter(parsed(QStringLiteral("2026Q2")), 2026, 2, d(2026, 4, 1), d(2026, 6, 30));
    checkQuarter(parsed(QStringLiteral("2026Q4")), 2026, 4, d(2026, 10, 1), d(2026, 12, 31));
    CHECK(parsed(QStringLiteral("2026Q3")) == ReportPeriod::ofQuarter(2026, 3));
}

TEST_CASE("report period: a range of days is parsed with both ends inclusive", "[summary][period]")
{
    const ReportPeriod p = parsed(QStringLiteral("2026-07-01..2026-08-15"));
    CHECK_FALSE(p.isQuarter());
    CHECK(p.year == 0);
    CHECK(p.quarter == 0);
    CHECK(p.from == d(2026, 7, 1));
    CHECK(p.to == d(2026, 8, 15));
    CHECK(p.days() == 46); // 31 days of July and 15 of August
    CHECK(p.code() == QStringLiteral("2026-07-01..2026-08-15"));
    const auto same = ReportPeriod::range(d(2026, 7, 1), d(2026, 8, 15));
    REQUIRE(same);
    CHECK(*same == p);

    // A single day is a range of one day.
    const ReportPeriod one = parsed(QStringLiteral("2026-09-30..2026-09-30"));
    CHECK(one.days() == 1);
    CHECK(one.isValid());
}

TEST_CASE("report period: malformed text, impossible dates and reversed ranges are refused naming the text",
          "[summary][period]")
{
    for (const QString &text : {QStringLiteral("2026Q5"), QStringLiteral("2026Q0"), QStringLiteral("Q3"),
                                QStringLiteral("2026"), QStringLiteral(""), QStringLiteral("2026Q3x"),
                                QStringLiteral("2026-09-31..2026-10-15"), QStringLiteral("2026-09-31.."),
                                QStringLiteral("2026-07-01.."), QStringLiteral("..2026-07-01"),
                                QStringLiteral("2026-08-15..2026-07-01"), QStringLiteral("2026-02-29..2026-03-01"),
                                QStringLiteral("1999-12-01..2000-01-31"), QStringLiteral("二〇二六年第三季度")}) {
        INFO("parse(\"" << text.toStdString() << "\")");
        const auto p = ReportPeriod::parse(text);
        REQUIRE_FALSE(p);
        CHECK(p.error().refusal);
        if (!text.isEmpty())
            CHECK(p.error().message.contains(text));
    }
}

TEST_CASE("report period: range() refuses reversed, invalid and out-of-range dates", "[summary][period]")
{
    CHECK_FALSE(ReportPeriod::range(d(2026, 8, 15), d(2026, 7, 1)));
    CHECK_FALSE(ReportPeriod::range(QDate(), d(2026, 7, 1)));
    CHECK_FALSE(ReportPeriod::range(d(2026, 7, 1), QDate()));
    CHECK_FALSE(ReportPeriod::range(d(1999, 12, 31), d(2000, 1, 5)));
    CHECK_FALSE(ReportPeriod::range(d(2999, 12, 1), d(3000, 1, 1)));
    CHECK(ReportPeriod::range(d(2000, 1, 1), d(2000, 1, 1)));
    CHECK(ReportPeriod::range(d(2999, 12, 1), d(2999, 12, 31)));
    CHECK_FALSE(ReportPeriod().isValid());
}

TEST_CASE("report period: the quarters of a year and February of a leap year", "[summary][period]")
{
    checkQuarter(ReportPeriod::ofQuarter(2026, 1), 2026, 1, d(2026, 1, 1), d(2026, 3, 31));
    checkQuarter(ReportPeriod::ofQuarter(2026, 2), 2026, 2, d(2026, 4, 1), d(2026, 6, 30));
    checkQuarter(ReportPeriod::ofQuarter(2026, 3), 2026, 3, d(2026, 7, 1), d(2026, 9, 30));
    checkQuarter(ReportPeriod::ofQuarter(2026, 4), 2026, 4, d(2026, 10, 1), d(2026, 12, 31));
    CHECK(ReportPeriod::ofQuarter(2026, 1).days() == 90); // 31 + 28 + 31
    CHECK(ReportPeriod::ofQuarter(2024, 1).days() == 91); // 31 + 29 + 31
    CHECK(ReportPeriod::ofQuarter(2026, 2).days() == 91);
    CHECK(ReportPeriod::ofQuarter(2026, 3).days() == 92);
    CHECK(ReportPeriod::ofQuarter(2026, 4).days() == 92);

    CHECK(ReportPeriod::containing(d(2024, 2, 29)) == ReportPeriod::ofQuarter(2024, 1));
    CHECK(ReportPeriod::containing(d(2026, 1, 1)) == ReportPeriod::ofQuarter(2026, 1));
    CHECK(ReportPeriod::containing(d(2026, 3, 31)) == ReportPeriod::ofQuarter(2026, 1));
    CHECK(ReportPeriod::containing(d(2026, 4, 1)) == ReportPeriod::ofQuarter(2026, 2));
    CHECK(ReportPeriod::containing(d(2026, 9, 30)) == ReportPeriod::ofQuarter(2026, 3));
    CHECK(ReportPeriod::containing(d(2026, 10, 1)) == ReportPeriod::ofQuarter(2026, 4));
    CHECK(ReportPeriod::containing(d(2026, 12, 31)) == ReportPeriod::ofQuarter(2026, 4));
}

TEST_CASE("report period: the previous quarter crosses the year boundary; the year before keeps the quarter",
          "[summary][period]")
{
    checkQuarter(ReportPeriod::ofQuarter(2026, 1).previous(), 2025, 4, d(2025, 10, 1), d(2025, 12, 31));
    checkQuarter(ReportPeriod::ofQuarter(2026, 3).previous(), 2026, 2, d(2026, 4, 1), d(2026, 6, 30));
    checkQuarter(ReportPeriod::ofQuarter(2026, 2).previous(), 2026, 1, d(2026, 1, 1), d(2026, 3, 31));
    checkQuarter(ReportPeriod::ofQuarter(2026, 3).yearBefore(), 2025, 3, d(2025, 7, 1), d(2025, 9, 30));
    checkQuarter(ReportPeriod::ofQuarter(2025, 1).yearBefore(), 2024, 1, d(2024, 1, 1), d(2024, 3, 31));
    checkQuarter(ReportPeriod::ofQuarter(2024, 1).yearBefore(), 2023, 1, d(2023, 1, 1), d(2023, 3, 31));
}

TEST_CASE("report period: before a range comes as many days ending the day before", "[summary][period]")
{
    const ReportPeriod p = parsed(QStringLiteral("2026-07-01..2026-08-15"));
    const ReportPeriod before = p.previous();
    CHECK_FALSE(before.isQuarter());
    CHECK(before.to == d(2026, 6, 30));
    CHECK(before.from == d(2026, 5, 16)); // 16 days of May, 30 of June
    CHECK(before.days() == 46);

    // Across a year and a leap day: 2024-02-20..2024-03-10 is 20 days.
    const auto leap = ReportPeriod::range(d(2024, 2, 20), d(2024, 3, 10));
    REQUIRE(leap);
    CHECK(leap->days() == 20);
    CHECK(leap->previous().to == d(2024, 2, 19));
    CHECK(leap->previous().from == d(2024, 1, 31));
    const auto newYear = ReportPeriod::range(d(2026, 1, 1), d(2026, 1, 10));
    REQUIRE(newYear);
    CHECK(newYear->previous().from == d(2025, 12, 22));
    CHECK(newYear->previous().to == d(2025, 12, 31));

    const ReportPeriod yb = p.yearBefore();
    CHECK_FALSE(yb.isQuarter());
    CHECK(yb.from == d(2025, 7, 1));
    CHECK(yb.to == d(2025, 8, 15));

    // 29 February becomes 28 February.
    const auto fromLeapDay = ReportPeriod::range(d(2024, 2, 29), d(2024, 3, 10));
    REQUIRE(fromLeapDay);
    CHECK(fromLeapDay->yearBefore().from == d(2023, 2, 28));
    CHECK(fromLeapDay->yearBefore().to == d(2023, 3, 10));
    const auto toLeapDay = ReportPeriod::range(d(2024, 2, 1), d(2024, 2, 29));
    REQUIRE(toLeapDay);
    CHECK(toLeapDay->yearBefore().from == d(2023, 2, 1));
    CHECK(toLeapDay->yearBefore().to == d(2023, 2, 28));
}

TEST_CASE("report period: code and label name the quarter or the dates", "[summary][period]")
{
    const ReportPeriod q3 = ReportPeriod::ofQuarter(2026, 3);
    CHECK(q3.code() == QStringLiteral("2026Q3"));
    CHECK(ReportPeriod::ofQuarter(2025, 4).code() == QStringLiteral("2025Q4"));
    CHECK(parsed(q3.code()) == q3);
    CHECK(q3.label().contains(QStringLiteral("2026")));
    CHECK(q3.label() != ReportPeriod::ofQuarter(2026, 2).label());
    CHECK(q3.label() != ReportPeriod::ofQuarter(2025, 3).label());

    const ReportPeriod range = parsed(QStringLiteral("2026-07-01..2026-08-15"));
    CHECK(parsed(range.code()) == range);
    CHECK(range.label().contains(QStringLiteral("2026-07-01")));
    CHECK(range.label().contains(QStringLiteral("2026-08-15")));
}

TEST_CASE("report period: the current quarter is the calendar day of now in the given zone", "[summary][period]")
{
    const QDateTime lateSeptember(d(2026, 9, 30), QTime(17, 0), QTimeZone::utc());
    const QTimeZone shanghai("Asia/Shanghai");
    const QTimeZone newYork("America/New_York");
    REQUIRE(shanghai.isValid());
    REQUIRE(newYork.isValid());
    // 17:00 UTC is 01:00 on 1 October in Beijing time.
    CHECK(ReportPeriod::current(lateSeptember, shanghai) == ReportPeriod::ofQuarter(2026, 4));
    CHECK(ReportPeriod::current(lateSeptember, QTimeZone::utc()) == ReportPeriod::ofQuarter(2026, 3));
    // 03:00 UTC on New Year's Day is still 31 December (22:00) in New York.
    const QDateTime newYear(d(2026, 1, 1), QTime(3, 0), QTimeZone::utc());
    CHECK(ReportPeriod::current(newYear, newYork) == ReportPeriod::ofQuarter(2025, 4));
    CHECK(ReportPeriod::current(newYear, shanghai) == ReportPeriod::ofQuarter(2026, 1));
    // The same instant given in another zone's clock gives the same answer.
    CHECK(ReportPeriod::current(lateSeptember.toTimeZone(newYork), shanghai) == ReportPeriod::ofQuarter(2026, 4));
}
