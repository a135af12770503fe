#pragma once
// Sampling batches for the benchmarks, written straight into the schema in
// the order they were sampled: planned batches (one in ten fails) with the
// objection re-tests and re-checks that follow them as far as the span's
// last day has got, two samplers each. The derived columns (search text,
// next deadline) come from the core's own row builder, SamplingRows.

#include "benchrecords.h"

namespace casedesk::bench {

struct SamplingStats {
    int objections = 0;
    int rechecks = 0;
    int failed = 0;
    int withDeadline = 0;
};

// `count` batches (ids from 1) spread over `span`: planned batch n samples
// entity n modulo `units`.
SamplingStats writeSampling(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                            const QList<InspectedUnit> &units);

} // namespace casedesk::bench
