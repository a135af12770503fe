#pragma once
// SamplingRules: what a sampling batch must hold before it is saved, and the
// frequency limits (DOMAIN.md §3), in one place. The same product of the
// same enterprise is sampled by plan at most twice in a calendar year and
// never twice in one quarter; objections and re-checks follow a batch and do
// not count. Products match when their names are equal after trimming,
// folding full-width characters and case.

#include "auth/staffmember.h"
#include "register/fieldproblem.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QList>
#include <optional>

namespace casedesk {

// What the bureau does next about a batch.
enum class SamplingNextStep {
    AwaitResult,     // 待出检验报告
    DeliverReport,   // 送达检验报告
    ObjectionWindow, // 复检申请期内 (a result may still be objected to)
    AwaitObjection,  // 复检中 (an objection batch is pending)
    Rectify,         // 责令整改 (failed; rectification running)
    SampleRecheck,   // 复查抽样 (requested; the bureau must sample)
    OpenCase,        // 立案查处 (the re-check failed, or rectification lapsed)
    Done,            // 完结
};

namespace SamplingRules {
inline constexpr int kMinimumSamplers = 2;
inline constexpr int kPerYear = 2;

// Field codes: "unit", "product", "sampledOn", "sampledFrom", "samplers",
// "lab", "section", "planName", "parentId", "reportNumber", "reportOn",
// "deliveredOn", "failedItems", "objectionOn", "rectifiedOn", "recheckRequestedOn".
QList<FieldProblem> problems(const SamplingBatch &batch, const QList<StaffMember> &samplers, const QDate &today);
// Problems of an objection or a re-check with the batch it follows
// (`parent`): an objection follows a delivered result that is not itself a
// re-test, objected to within the objection period; a re-check follows a
// failed plan batch whose enterprise asked for it and is sampled on or
// after the request; sampled after the re-check deadline it needs the
// reason in `notes`. Field codes "parentId", "sampledOn", "notes".
QList<FieldProblem> parentProblems(const SamplingBatch &batch, const SamplingBatch &parent);
// `others`: the enterprise's other plan batches (any product, any year);
// the refusal names the batches it collides with.
std::optional<QString> frequencyProblem(const SamplingBatch &batch, const QList<SamplingBatch> &others);
QString productKey(const QString &product);
SamplingNextStep nextStep(const SamplingBatch &batch, const QList<SamplingBatch> &followers, const QDate &today);
QString nextStepName(SamplingNextStep step);
} // namespace SamplingRules

} // namespace casedesk
