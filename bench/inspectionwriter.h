#pragma once
// Inspection records for the benchmarks, written straight into the schema
// in the order they were made: most finished, recent ones partly drafts, a
// few corrected into a second version, orders to correct and directives with
// the follow-up checks that settle them, two inspectors and a checklist of
// kCheckPoints points each. The derived columns (search text, outcomes,
// failed points, follow-up due) come from the core's own row builder,
// InspectionRows, so they are what the repository would store.

#include "benchrecords.h"

namespace casedesk::bench {

constexpr int kCheckPoints = 6; // per inspection record

struct InspectionStats {
    int rows = 0; // with the superseded versions
    int drafts = 0;
    int corrected = 0;
    int followUpChecks = 0;
    int openFollowUps = 0;
    int directives = 0;
};

// `count` records (ids from 1) spread over `span`, of the entities `units`
// (special equipment only at those that use it), by `staff`.
InspectionStats writeInspections(const Database &db, int count, const Span &span, const QList<Colleague> &staff,
                                 const QList<InspectedUnit> &units);

} // namespace casedesk::bench
