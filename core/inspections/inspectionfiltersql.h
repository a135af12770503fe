#pragma once
// InspectionFilterSql: turns an InspectionFilter and an InspectionSort into
// the WHERE and ORDER BY clauses of InspectionQueries over `inspection i`
// (current versions only). User text is only ever bound, never written into
// the statement; codes come from the enum tables. Kept apart from
// InspectionQueries so the clauses can be read (and checked) on their own.

#include "inspections/inspectionqueries.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace casedesk::InspectionFilterSql {

// A WHERE clause with its bound values, in order. The first two
// conditions select the current versions (the inspection_current index).
struct Where {
    QStringList conditions{QStringLiteral("i.deleted_at IS NULL"), QStringLiteral("i.superseded_by IS NULL")};
    QVariantList values;

    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
};

Where where(const InspectionFilter &filter);
// The ORDER BY clause (without the keywords); ties are broken by id, so
// paging is stable. Records without an open follow-up
// come last when sorting by it, in either direction.
QString orderBy(const InspectionSort &sort);

} // namespace casedesk::InspectionFilterSql
