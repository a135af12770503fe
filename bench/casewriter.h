#pragma once
// Enforcement cases for the benchmarks, written straight into the schema
// (raw SQL) in the order they were received: most of the old ones archived
// or closed, the recent ones spread over the stages, a few past their
// deadline, one in sixteen with a seizure, two handlers each.

#include "benchrecords.h"

namespace casedesk::bench {

// `n` cases (ids 1..n) received over `span`, each handled by two of
// `staff`; returns the number of seizures.
int writeCases(Database &db, int n, const Span &span, const QList<Colleague> &staff, const QString &abbreviation);

} // namespace casedesk::bench
