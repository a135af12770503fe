#include "cases/statutoryclock.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <utility>
#include <vector>

namespace casedesk::StatutoryClock {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StatutoryClock)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

using Span = std::pair<QDate, QDate>; // inclusive

// A stop's days inside [from, to]; an open stop lasts until `today`.
// Returns an empty span (first > second) when nothing is inside.
Span clipped(const ClockStop &s, const QDate &from, const QDate &to, const QDate &today)
{
    const QDate last = s.to.isValid() ? s.to : today;
    return {std::max(s.from, from), std::min(last, to)};
}

// Where the clock ended: the decision, or the day a filed case was
// withdrawn or transferred. Invalid while it runs.
QDate finishedOn(const EnforcementCase &c, const QDate &today)
{
    if (c.decidedOn.isValid())
        return c.decidedOn;
    if (caseEnded(c.stage))
        return c.endedOn.isValid() ? c.endedOn : today;
    return {};
}

QString daysLeftText(int daysLeft, const QDate &due)
{
    if (daysLeft > 0)
        return Text::tr("Due %1, %n day(s) left", nullptr, daysLeft).arg(iso(due));
    if (daysLeft == 0)
        return Text::tr("Due today (%1)").arg(iso(due));
    return Text::tr("Overdue by %n day(s) (due %1)", nullptr, -daysLeft).arg(iso(due));
}

QString summaryOf(const EnforcementCase &c, const ClockState &s, const QDate &finished)
{
    switch (s.phase) {
    case ClockState::Phase::NotStarted:
        return Text::tr("Not filed: the clock starts when the case is filed");
    case ClockState::Phase::Finished: {
        const QString when = c.decidedOn.isValid()
                                 ? Text::tr("Decided %1").arg(iso(finished))
                                 : Text::tr("%1 on %2").arg(caseStages().name(c.stage), iso(finished));
        if (s.daysLeft > 0)
            return Text::tr("%1, %n day(s) before the deadline", nullptr, s.daysLeft).arg(when);
        if (s.daysLeft == 0)
            return Text::tr("%1, on the day of the deadline").arg(when);
        return Text::tr("%1, %n day(s) after the deadline (due %2)", nullptr, -s.daysLeft).arg(when, iso(s.due));
    }
    case ClockState::Phase::Stopped: {
        QDate since;
        QStringList kinds;
        for (const ClockStop &stop : c.stops) {
            if (stop.to.isValid())
                continue;
            if (!since.isValid() || stop.from < since)
                since = stop.from;
            kinds << clockStopKinds().name(stop.kind);
        }
        const QString stopped =
            Text::tr("Clock stopped since %1 (%2)").arg(iso(since), kinds.join(QStringLiteral(", ")));
        if (s.daysLeft >= 0)
            return Text::tr("%1; %n day(s) left when it resumes", nullptr, s.daysLeft).arg(stopped);
        return Text::tr("%1; overdue by %n day(s) (due %2)", nullptr, -s.daysLeft).arg(stopped, iso(s.due));
    }
    case ClockState::Phase::Running:
        return daysLeftText(s.daysLeft, s.due);
    }
    return {};
}

QString stopText(const ClockStop &stop, const QDate &filedOn, const QDate &end, const QDate &today)
{
    const int days = stoppedDays({stop}, filedOn, end, today);
    if (stop.to.isValid())
        return Text::tr("%1 %2 to %3 (%n day(s))", nullptr, days)
            .arg(clockStopKinds().name(stop.kind), iso(stop.from), iso(stop.to));
    return Text::tr("%1 since %2, still running (%n day(s) so far)", nullptr, days)
        .arg(clockStopKinds().name(stop.kind), iso(stop.from));
}

QString basisOf(const EnforcementCase &c, const ClockState &s, const QDate &end, const QDate &today)
{
    if (!c.filedOn.isValid())
        return Text::tr("Decision due within %n month(s) of filing; the case is not filed.", nullptr, kDecisionMonths);
    QStringList parts;
    parts << Text::tr("Decision due within %n month(s) of filing (filed %1): %2", nullptr, kDecisionMonths)
                 .arg(iso(c.filedOn), iso(s.baseDue));
    QDate running = s.baseDue;
    if (c.extension) {
        running = running.addDays(s.extensionDays);
        parts << Text::tr("extended by %n day(s) (approved %1): %2", nullptr, s.extensionDays)
                     .arg(iso(c.extension->approvedOn), iso(running));
    }
    if (!c.stops.isEmpty()) {
        QStringList stops;
        for (const ClockStop &stop : c.stops)
            stops << stopText(stop, c.filedOn, end, today);
        QString stopped = stops.join(QStringLiteral(", "));
        if (c.stops.size() > 1)
            stopped +=
                QStringLiteral(", ") + Text::tr("%n day(s) in all (overlaps counted once)", nullptr, s.stoppedDays);
        parts << Text::tr("not counted: %1: %2").arg(stopped, iso(s.due));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace

int stoppedDays(const QList<ClockStop> &stops, const QDate &from, const QDate &to, const QDate &today)
{
    std::vector<Span> spans;
    for (const ClockStop &s : stops) {
        if (!s.from.isValid())
            continue;
        const Span span = clipped(s, from, to, today);
        if (span.first <= span.second)
            spans.push_back(span);
    }
    std::sort(spans.begin(), spans.end());
    qint64 days = 0;
    QDate countedTo; // the last day already counted
    for (const Span &span : spans) {
        const QDate first = countedTo.isValid() ? std::max(span.first, countedTo.addDays(1)) : span.first;
        if (first > span.second)
            continue;
        days += first.daysTo(span.second) + 1;
        countedTo = span.second;
    }
    return int(days);
}

ClockState evaluate(const EnforcementCase &c, const QDate &today)
{
    ClockState s;
    if (!c.filedOn.isValid()) {
        s.summary = summaryOf(c, s, {});
        s.basis = basisOf(c, s, {}, today);
        return s;
    }
    const QDate finished = finishedOn(c, today);
    const QDate end = finished.isValid() ? finished : today;
    s.baseDue = c.filedOn.addMonths(kDecisionMonths);
    s.extensionDays = c.extension ? c.extension->days : 0;
    s.stoppedDays = stoppedDays(c.stops, c.filedOn, end, today);
    s.due = s.baseDue.addDays(s.extensionDays + s.stoppedDays);
    const bool open = std::any_of(c.stops.cbegin(), c.stops.cend(), [](const ClockStop &x) { return !x.to.isValid(); });
    if (finished.isValid())
        s.phase = ClockState::Phase::Finished;
    else if (open)
        s.phase = ClockState::Phase::Stopped;
    else
        s.phase = ClockState::Phase::Running;
    s.daysLeft = int(end.daysTo(s.due));
    s.summary = summaryOf(c, s, finished);
    s.basis = basisOf(c, s, end, today);
    return s;
}

bool overdueOn(const EnforcementCase &c, const QDate &day)
{
    if (!c.filedOn.isValid() || c.filedOn > day)
        return false;
    const auto byThen = [&day](const QDate &d) { return d.isValid() && d <= day; };
    if (byThen(c.decidedOn) || byThen(c.closedOn) || (caseEnded(c.stage) && byThen(c.endedOn)))
        return false;
    EnforcementCase then = c;
    then.decidedOn = QDate();
    then.endedOn = QDate();
    then.stage = CaseStage::Investigating; // the clock ran on `day`
    if (then.extension && then.extension->approvedOn > day)
        then.extension.reset();
    then.stops.clear();
    for (ClockStop stop : c.stops) {
        if (stop.from > day)
            continue;
        if (stop.to.isValid() && stop.to > day)
            stop.to = QDate(); // still running on `day`
        then.stops << stop;
    }
    return evaluate(then, day).overdue();
}

SeizureState seizure(const Seizure &s, const QDate &today)
{
    SeizureState state;
    state.due = s.from.addDays(kSeizureDays + (s.extendedOn.isValid() ? kSeizureExtensionDays : 0));
    state.released = s.releasedOn.isValid();
    state.daysLeft = int((state.released ? s.releasedOn : today).daysTo(state.due));
    return state;
}

} // namespace casedesk::StatutoryClock
