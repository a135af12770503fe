#include "summary/reportperiod.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace casedesk {

namespace {

constexpr int kFirstYear = 2000;
constexpr int kLastYear = 2999;

int quarterOf(const QDate &day)
{
    return (day.month() - 1) / 3 + 1;
}

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}
} // namespace

QString ReportPeriod::code() const
{
    if (isQuarter())
        return QStringLiteral("%1Q%2").arg(year).arg(quarter);
    return iso(from) + QStringLiteral("..") + iso(to);
}

QString ReportPeriod::label() const
{
    if (isQuarter())
        return QCoreApplication::translate("ReportPeriod", "Q%2 %1").arg(year).arg(quarter);
    return QCoreApplication::translate("ReportPeriod", "%1 to %2").arg(iso(from), iso(to));
}

ReportPeriod ReportPeriod::previous() const
{
    if (isQuarter())
        return quarter == 1 ? ofQuarter(year - 1, 4) : ofQuarter(year, quarter - 1);
    ReportPeriod p;
    p.to = from.addDays(-1);
    p.from = p.to.addDays(-(days() - 1));
    return p;
}

ReportPeriod ReportPeriod::yearBefore() const
{
    if (isQuarter())
        return ofQuarter(year - 1, quarter);
    ReportPeriod p;
    p.from = from.addYears(-1); // 29 February → 28 February
    p.to = to.addYears(-1);
    return p;
}

ReportPeriod ReportPeriod::ofQuarter(int year, int quarter)
{
    ReportPeriod p;
    p.year = year;
    p.quarter = quarter;
    p.from = QDate(year, (quarter - 1) * 3 + 1, 1);
    p.to = p.from.addMonths(3).addDays(-1);
    return p;
}

ReportPeriod ReportPeriod::containing(const QDate &day)
{
    return ofQuarter(day.year(), quarterOf(day));
}

ReportPeriod ReportPeriod::current(const QDateTime &now, const QTimeZone &zone)
{
    return containing(now.toTimeZone(zone).date());
}

Result<ReportPeriod> ReportPeriod::range(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid())
        return refusal(QCoreApplication::translate("ReportPeriod", "The period needs a valid first and last day."));
    if (from > to)
        return refusal(
            QCoreApplication::translate("ReportPeriod", "The period's first day %1 is after its last day %2.")
                .arg(iso(from), iso(to)));
    if (from.year() < kFirstYear || to.year() > kLastYear)
        return refusal(QCoreApplication::translate("ReportPeriod", "The period %1 to %2 is outside the years %3 to %4.")
                           .arg(iso(from), iso(to))
                           .arg(kFirstYear)
                           .arg(kLastYear));
    // A range that is exactly a quarter is that quarter (its label and code).
    if (from.day() == 1 && (from.month() - 1) % 3 == 0 && ofQuarter(from.year(), quarterOf(from)).to == to)
        return containing(from);
    ReportPeriod p;
    p.from = from;
    p.to = to;
    return p;
}

Result<ReportPeriod> ReportPeriod::parse(const QString &text)
{
    static const QRegularExpression quarterPattern(QStringLiteral("^(\\d{4})\\s*-?\\s*[Qq]([1-4])$"));
    static const QRegularExpression rangePattern(QStringLiteral("^(\\S+)\\s*\\.\\.\\s*(\\S+)$"));
    const QString t = text.trimmed();
    if (const auto m = quarterPattern.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year < kFirstYear || year > kLastYear)
            return refusal(
                QCoreApplication::translate("ReportPeriod", "The quarter \"%1\" is outside the years %2 to %3.")
                    .arg(text)
                    .arg(kFirstYear)
                    .arg(kLastYear));
        return ofQuarter(year, m.captured(2).toInt());
    }
    if (const auto m = rangePattern.match(t); m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return refusal(QCoreApplication::translate(
                               "ReportPeriod", "\"%1\" is not a period: the days must be dates like 2026-07-01.")
                               .arg(text));
        auto period = range(from, to);
        if (!period)
            return refusal(QStringLiteral("\"%1\": %2").arg(text, period.error().message));
        return period;
    }
    return refusal(QCoreApplication::translate(
                       "ReportPeriod",
                       "\"%1\" is not a period: expected a quarter like 2026Q3 or a range like 2026-07-01..2026-09-30.")
                       .arg(text));
}

} // namespace casedesk
