#pragma once
// PlanSql: the year's plan (InspectionPlan) as one SQL statement, written
// once for the plan's lists and progress and for the draw's "due=1" pool.
// The statement yields one row per (entity, domain) the frequency rules make
// due (the rules' bits merged) and one per target of a campaign or key
// period, with the finished current inspections that count for the row.
// Only dates derived from the year and validated codes are written into the
// text; user text (the search) is bound.

#include "inspections/inspectionplan.h"

#include <QString>
#include <QVariantList>

namespace casedesk::PlanSql {

struct Statement {
    QString sql;
    QVariantList values;
};

// Whether a statement counts the inspections of each row (NULL otherwise).
enum class Columns { Bare, Counted };

// The plan's rows for `filter` (year, domain, planEntryId, search; not
// outstandingOnly), as a SELECT to use as a subquery, with the columns
//   entity_id, domain, rules (bits of InspectionPlan::rules(year) by
//   position), plan_entry_id (0 for the frequency rules), inspections
//   (how many count).
Statement rows(const PlanFilter &filter, Columns columns);
// The latest day among the inspections that count for the plan row aliased
// `r` (entity_id, domain, plan_entry_id) with its plan entry aliased `p`
// (LEFT JOIN plan_entry): an expression, NULL when none counts.
QString lastDay(int year);

// The statement behind the draw's due=1: the ids of entities with an
// outstanding row of the plan of `year` in `domain`.
Statement outstandingEntities(int year, const QString &domain);

} // namespace casedesk::PlanSql
