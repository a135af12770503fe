// SamplingRules::nextStep: what the bureau does next about a batch, read
// from its stored dates, the batches that follow it and SamplingClock.

#include "sampling/samplingclock.h"
#include "sampling/samplingrules.h"

#include <QCoreApplication>
#include <optional>

namespace casedesk::SamplingRules {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

// The latest follower of a kind (sampled last), if any.
std::optional<SamplingBatch> latest(const QList<SamplingBatch> &followers, SamplingKind kind)
{
    std::optional<SamplingBatch> out;
    for (const SamplingBatch &f : followers)
        if (f.kind == kind &&
            (!out || f.sampledOn > out->sampledOn || (f.sampledOn == out->sampledOn && f.id > out->id)))
            out = f;
    return out;
}

std::optional<SamplingDeadline> deadlineOf(const SamplingBatch &batch, const QList<SamplingBatch> &followers,
                                           SamplingDeadlineKind kind)
{
    for (const SamplingDeadline &d : SamplingClock::deadlines(batch, followers))
        if (d.kind == kind)
            return d;
    return std::nullopt;
}

bool delivered(const SamplingBatch &b)
{
    return b.result != SamplingResult::Pending && b.deliveredOn.isValid();
}

// A failed planned batch whose failure stands: rectification, the
// enterprise's request and the re-check, or a case when that goes wrong.
SamplingNextStep afterFailure(const SamplingBatch &batch, const QList<SamplingBatch> &followers, const QDate &today)
{
    if (const auto recheck = latest(followers, SamplingKind::Recheck)) {
        if (recheck->result == SamplingResult::Fail)
            return recheck->caseId != 0 ? SamplingNextStep::Done : SamplingNextStep::OpenCase;
        return recheck->result == SamplingResult::Pass ? SamplingNextStep::Done : SamplingNextStep::AwaitResult;
    }
    if (batch.recheckRequestedOn.isValid())
        return SamplingNextStep::SampleRecheck;
    if (batch.rectifiedOn.isValid())
        return SamplingNextStep::Rectify; // rectified: the enterprise is still to ask for the re-check
    const auto rectification = deadlineOf(batch, followers, SamplingDeadlineKind::Rectification);
    if (rectification && rectification->overdue(today))
        return SamplingNextStep::OpenCase;
    return SamplingNextStep::Rectify;
}
} // namespace

SamplingNextStep nextStep(const SamplingBatch &batch, const QList<SamplingBatch> &followers, const QDate &today)
{
    if (batch.caseId != 0)
        return SamplingNextStep::Done;
    if (batch.result == SamplingResult::Pending)
        return SamplingNextStep::AwaitResult;
    if (!batch.deliveredOn.isValid())
        return SamplingNextStep::DeliverReport;
    // The re-test's result is final; the batch it follows carries what comes next.
    if (batch.kind == SamplingKind::Objection)
        return SamplingNextStep::Done;

    if (const auto retest = latest(followers, SamplingKind::Objection)) {
        if (!delivered(*retest))
            return SamplingNextStep::AwaitObjection;
        if (retest->result == SamplingResult::Pass)
            return SamplingNextStep::Done; // the re-test overturned the result
    } else if (batch.objectionOn.isValid()) {
        return SamplingNextStep::AwaitObjection; // objected: the re-test is still to be recorded
    } else if (const auto window = deadlineOf(batch, followers, SamplingDeadlineKind::Objection);
               window && SamplingClock::pending(*window, today)) {
        return SamplingNextStep::ObjectionWindow;
    }

    if (batch.result == SamplingResult::Pass)
        return SamplingNextStep::Done;
    if (batch.kind == SamplingKind::Recheck)
        return SamplingNextStep::OpenCase; // failed again after rectification
    return afterFailure(batch, followers, today);
}

QString nextStepName(SamplingNextStep step)
{
    switch (step) {
    case SamplingNextStep::AwaitResult:
        return Text::tr("Awaiting the test report");
    case SamplingNextStep::DeliverReport:
        return Text::tr("Deliver the report");
    case SamplingNextStep::ObjectionWindow:
        return Text::tr("Objection period running");
    case SamplingNextStep::AwaitObjection:
        return Text::tr("Objection re-test under way");
    case SamplingNextStep::Rectify:
        return Text::tr("Rectification");
    case SamplingNextStep::SampleRecheck:
        return Text::tr("Sample the re-check");
    case SamplingNextStep::OpenCase:
        return Text::tr("Open a case");
    case SamplingNextStep::Done:
        return Text::tr("Done");
    }
    return {};
}

} // namespace casedesk::SamplingRules
