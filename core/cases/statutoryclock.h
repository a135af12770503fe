#pragma once
// StatutoryClock: the one place that computes a case's deadlines.
//
// Decision: due three calendar months after filing (QDate::addMonths: a case
// filed on 30 November is due on 28 or 29 February; the day of filing is not
// counted). One extension of 30 days when the bureau head approves. Periods
// of hearing, testing/inspection/appraisal and public notice stop the clock:
// each stop runs from its first to its last day inclusive, overlapping stops
// count once, and days outside filing..decision do not count. While a stop
// is open the clock stands still and the due date moves day by day.
//
// Sealing or seizure (查封扣押): 30 days from the day it began, plus one
// 30-day extension; it ends when released.

#include "cases/enforcementcase.h"

#include <QDate>
#include <QString>

namespace casedesk {

struct ClockState {
    enum class Phase {
        NotStarted, // a lead: not filed
        Running,
        Stopped,  // an open stop
        Finished, // decided (or withdrawn / transferred after filing)
    };
    Phase phase = Phase::NotStarted;
    QDate baseDue; // filed + 3 months
    int extensionDays = 0;
    int stoppedDays = 0; // days not counted, up to today for an open stop
    QDate due;           // baseDue + extension + stoppedDays
    int daysLeft = 0;    // from today (or the decision) to due; negative when overdue
    bool overdue() const { return phase != Phase::NotStarted && daysLeft < 0; }
    // "至 2026-04-30 尚余 12 天" style summary and the legal basis with each
    // extension and stop, as printed on the approval forms (translated).
    QString summary;
    QString basis;
};

struct SeizureState {
    QDate due; // from + 30 (+ 30 when extended)
    int daysLeft = 0;
    bool released = false;
    bool overdue() const { return !released && daysLeft < 0; }
};

namespace StatutoryClock {

inline constexpr int kDecisionMonths = 3;
inline constexpr int kExtensionDays = 30;
inline constexpr int kSeizureDays = 30;
inline constexpr int kSeizureExtensionDays = 30;

ClockState evaluate(const EnforcementCase &c, const QDate &today);
SeizureState seizure(const Seizure &s, const QDate &today);
// Whether the decision was overdue on `day`, judged on what had happened by
// then: a decision, an end, an extension or a stop after `day` is ignored,
// a stop still running on `day` counts up to it. For the summaries of past
// periods (the stored due date only follows a case while its clock runs).
bool overdueOn(const EnforcementCase &c, const QDate &day);
// Days of [from, to] (inclusive) covered by the stops, each clipped to
// [from, to], overlaps counted once; an open stop runs to `today`.
int stoppedDays(const QList<ClockStop> &stops, const QDate &from, const QDate &to, const QDate &today);

} // namespace StatutoryClock

} // namespace casedesk
