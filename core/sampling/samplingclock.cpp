#include "sampling/samplingclock.h"

#include <QCoreApplication>
#include <algorithm>
#include <optional>

namespace casedesk::SamplingClock {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

// Day n after the event: the event's day itself is day 0.
QDate after(const QDate &event, int days)
{
    return event.isValid() ? event.addDays(days) : QDate();
}

// The followers of one kind, oldest sampling first.
QList<SamplingBatch> ofKind(const QList<SamplingBatch> &followers, SamplingKind kind)
{
    QList<SamplingBatch> out;
    for (const SamplingBatch &f : followers)
        if (f.kind == kind)
            out << f;
    std::stable_sort(out.begin(), out.end(), [](const SamplingBatch &a, const SamplingBatch &b) {
        return a.sampledOn != b.sampledOn ? a.sampledOn < b.sampledOn : a.id < b.id;
    });
    return out;
}

QDate earliestSampling(const QList<SamplingBatch> &batches)
{
    QDate first;
    for (const SamplingBatch &b : batches)
        if (b.sampledOn.isValid() && (!first.isValid() || b.sampledOn < first))
            first = b.sampledOn;
    return first;
}

// The enterprise may object to any result but a re-test's own (复检 is final).
std::optional<SamplingDeadline> objection(const SamplingBatch &batch, const QList<SamplingBatch> &objections)
{
    if (batch.kind == SamplingKind::Objection || batch.result == SamplingResult::Pending ||
        !batch.deliveredOn.isValid())
        return std::nullopt;
    SamplingDeadline d{SamplingDeadlineKind::Objection, objectionDeadline(batch.deliveredOn), batch.objectionOn};
    // A re-test recorded without the objection's own date: the objection
    // was made at the latest when its sample was taken.
    if (!d.metOn.isValid() && !objections.isEmpty())
        d.metOn = earliestSampling(objections);
    return d;
}

// A failed plan result must be put right within 30 days of reaching the
// enterprise; when the enterprise objected, the re-test's confirmed failure
// starts the 30 days (a re-test that passed overturns the failure, one
// still running holds the rectification). A failed re-check leads to a
// case, not to another rectification.
std::optional<SamplingDeadline> rectification(const SamplingBatch &batch, const QList<SamplingBatch> &objections)
{
    if (batch.kind != SamplingKind::Plan || batch.result != SamplingResult::Fail || !batch.deliveredOn.isValid())
        return std::nullopt;
    QDate delivered = batch.deliveredOn;
    if (!objections.isEmpty()) {
        const SamplingBatch &retest = objections.last();
        if (retest.result != SamplingResult::Fail || !retest.deliveredOn.isValid())
            return std::nullopt;
        delivered = retest.deliveredOn;
    }
    return SamplingDeadline{SamplingDeadlineKind::Rectification, rectificationDeadline(delivered), batch.rectifiedOn};
}

std::optional<SamplingDeadline> recheckSampling(const SamplingBatch &batch, const QList<SamplingBatch> &rechecks)
{
    if (!batch.recheckRequestedOn.isValid())
        return std::nullopt;
    return SamplingDeadline{SamplingDeadlineKind::RecheckSampling, recheckSamplingDeadline(batch.recheckRequestedOn),
                            earliestSampling(rechecks)};
}
} // namespace

QDate objectionDeadline(const QDate &deliveredOn)
{
    return after(deliveredOn, kObjectionDays);
}

QDate rectificationDeadline(const QDate &deliveredOn)
{
    return after(deliveredOn, kRectificationDays);
}

QDate recheckSamplingDeadline(const QDate &requestedOn)
{
    return after(requestedOn, kRecheckSamplingDays);
}

QList<SamplingDeadline> deadlines(const SamplingBatch &batch, const QList<SamplingBatch> &followers)
{
    const QList<SamplingBatch> objections = ofKind(followers, SamplingKind::Objection);
    const QList<SamplingBatch> rechecks = ofKind(followers, SamplingKind::Recheck);
    QList<SamplingDeadline> out;
    for (const auto &d :
         {objection(batch, objections), rectification(batch, objections), recheckSampling(batch, rechecks)})
        if (d)
            out << *d;
    return out;
}

QString name(SamplingDeadlineKind kind)
{
    switch (kind) {
    case SamplingDeadlineKind::Objection:
        return Text::tr("Objection period");
    case SamplingDeadlineKind::Rectification:
        return Text::tr("Rectification deadline");
    case SamplingDeadlineKind::RecheckSampling:
        return Text::tr("Re-check sampling deadline");
    }
    return {};
}

bool pending(const SamplingDeadline &deadline, const QDate &today)
{
    if (!deadline.open())
        return false;
    return deadline.kind != SamplingDeadlineKind::Objection || today <= deadline.due;
}

QDate nextDue(const QList<SamplingDeadline> &deadlines, const QDate &today)
{
    QDate first;
    for (const SamplingDeadline &d : deadlines)
        if (pending(d, today) && (!first.isValid() || d.due < first))
            first = d.due;
    return first;
}

} // namespace casedesk::SamplingClock
