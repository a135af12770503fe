#pragma once
// SamplingClock: the deadlines of supervision sampling, computed in this one
// place (DOMAIN.md §3) and obeyed by the repository, lists, start page,
// documents, CLI and GUI. Days are calendar days counted from the day after
// the event: a report delivered on 1 March may be objected to until 16 March.
// - objection (复检申请): within 15 days of the report reaching the enterprise;
// - rectification (整改): within 30 days of a failed report reaching it;
// - re-check (复查抽样): sampled within 15 days of the enterprise's request.

#include "sampling/samplingbatch.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

enum class SamplingDeadlineKind {
    Objection,       // the enterprise may object until
    Rectification,   // the enterprise must have rectified by
    RecheckSampling, // the bureau must sample the re-check by
};

struct SamplingDeadline {
    SamplingDeadlineKind kind = SamplingDeadlineKind::Objection;
    QDate due;
    QDate metOn; // when it was met (objection made, rectified, re-check sampled); invalid = open
    bool open() const { return !metOn.isValid(); }
    int daysLeft(const QDate &today) const { return int(today.daysTo(due)); }
    bool overdue(const QDate &today) const { return open() && today > due; }
    bool lapsed() const { return metOn.isValid() && metOn > due; } // met too late
};

namespace SamplingClock {
inline constexpr int kObjectionDays = 15;
inline constexpr int kRectificationDays = 30;
inline constexpr int kRecheckSamplingDays = 15;

QDate objectionDeadline(const QDate &deliveredOn);
QDate rectificationDeadline(const QDate &deliveredOn);
QDate recheckSamplingDeadline(const QDate &requestedOn);

// The deadlines that apply to a batch, given the batches that follow it
// (objections and re-checks, whose sampledOn meets the re-check deadline).
// Objection while the result is known and delivered (not for an objection
// re-test, whose result is final; met by objectionOn or by the re-test
// batch, on its sampling day); rectification only for a failed planned
// result (none while the re-test runs or when it passed; counted from the
// re-test's delivery when it confirmed the failure; a failed re-check leads
// to a case instead); re-check sampling once requested (met by the first
// re-check batch's sampledOn).
QList<SamplingDeadline> deadlines(const SamplingBatch &batch, const QList<SamplingBatch> &followers);
// Translated names: 复检申请期限 / 整改期限 / 复查抽样期限.
QString name(SamplingDeadlineKind kind);

// Whether a deadline still asks for something on `today`: it is open, and
// an objection window has not closed unused (an enterprise that did not
// object in time accepted the result: it is not overdue, it is over).
bool pending(const SamplingDeadline &deadline, const QDate &today);
// The earliest due date among the deadlines pending on `today`; invalid
// when none is. sampling_batch.next_due stores it as of the day of the
// write, so it bounds from below what the lists compute later.
QDate nextDue(const QList<SamplingDeadline> &deadlines, const QDate &today);
} // namespace SamplingClock

} // namespace casedesk
