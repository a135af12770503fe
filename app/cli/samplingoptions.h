#pragma once
// What the sampling commands share: finding a batch by its number, turning
// options into the values of a sampling batch (the enterprise, product,
// samplers, lab and where the samples came from; the batch an objection or
// re-check follows), and SamplingRules' problems as a refusal naming the
// option. The rules, clocks and frequency limits stay in the core.

#include "commandline.h"
#include "inspectionoptions.h"
#include "sampling/samplingbatch.h"

namespace casedesk::cli {

// An id or a batch number.
Result<SamplingBatch> findBatch(const InspectionCommand &c, const QString &number);

// The options of sampling add and edit that are given, applied to `batch`:
// --kind, --parent (its enterprise and product copied), --entity, --product,
// --on, --samplers, --lab, --from-stock, --section, --plan, --spec,
// --batch, --trademark, --quantity, --standard, --items, --notes.
Status applySamplingOptions(const CommandLine &cl, const InspectionCommand &c, SamplingBatch &batch);

// SamplingRules::problems of the batch as a refusal naming the option.
Status checkBatch(const InspectionCommand &c, const SamplingBatch &batch);

} // namespace casedesk::cli
