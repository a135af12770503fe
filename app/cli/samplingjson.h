#pragma once
// The JSON forms of sampling batches for casedesk-cli's --json output, with
// stable keys (codes for enumerations, dates as YYYY-MM-DD or "").

#include "sampling/samplingclock.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrules.h"

#include <QJsonObject>

namespace casedesk::cli {

QString samplingNextStepCode(SamplingNextStep step);
QString samplingDeadlineCode(SamplingDeadlineKind kind);

QJsonObject samplingDeadlineJson(const SamplingDeadline &d, const QDate &today);
// The batch with its samplers and result; show adds deadlines and the next step.
QJsonObject samplingBatchJson(const SamplingBatch &b);
QJsonObject samplingRowJson(const SamplingRow &r);
QJsonObject samplingDeadlineRowJson(const SamplingDeadlineRow &r, const QDate &today);

} // namespace casedesk::cli
