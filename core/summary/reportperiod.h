#pragma once
// ReportPeriod: the dates a summary covers, a calendar quarter (2026Q3) or any
// range of days, both ends inclusive. The bureau's records carry calendar
// dates as the clerk entered them (the day of the inspection, of filing, of
// the decision), so a period is a range of local dates and never of
// instants: an inspection on 30 September is in Q3 wherever the computer's
// clock is set. Only "which quarter is it now" depends on a time zone, and
// current() takes it as an argument. Also gives the two periods a summary
// compares with: the previous one and the same one a year before.

#include "result.h"

#include <QDate>
#include <QString>

class QDateTime;
class QTimeZone;

namespace casedesk {

struct ReportPeriod {
    QDate from;
    QDate to;        // inclusive
    int year = 0;    // the quarter's year; 0 for an arbitrary range
    int quarter = 0; // 1..4; 0 for an arbitrary range

    bool isQuarter() const { return quarter != 0; }
    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    int days() const { return int(from.daysTo(to)) + 1; }

    // "2026Q3", or "2026-07-01..2026-08-15" for a range: what the command
    // line takes and files are named after.
    QString code() const;
    // 2026年第三季度 / 2026-07-01 至 2026-08-15 (translated).
    QString label() const;

    // The quarter before, or the range of as many days ending the day before.
    ReportPeriod previous() const;
    // The same quarter, or the same dates, a year earlier (29 February
    // becomes 28 February).
    ReportPeriod yearBefore() const;

    bool operator==(const ReportPeriod &) const = default;

    static ReportPeriod ofQuarter(int year, int quarter);
    static ReportPeriod containing(const QDate &day);
    // The quarter that contains `now` as a calendar day in `zone`.
    static ReportPeriod current(const QDateTime &now, const QTimeZone &zone);
    // Refused unless from <= to, both valid, within the years 2000..2999.
    static Result<ReportPeriod> range(const QDate &from, const QDate &to);
    // "2026Q3", "2026q3", "2026-Q3", "2026 Q3", or a range "2026-07-01..2026-08-15";
    // the refusal names the text and what was expected.
    static Result<ReportPeriod> parse(const QString &text);
};

} // namespace casedesk
