#pragma once
// CaseFilterSql: turns a CaseFilter and a CaseSort into the WHERE and ORDER BY
// clauses of CaseQueries over `enforcement_case c`. User text is only ever
// bound, never written into the statement; stage and source codes come from
// the enum tables. Kept apart from CaseQueries so the clauses can be read
// (and checked) on their own.

#include "cases/casequeries.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace casedesk::CaseFilterSql {

// A WHERE clause with its bound values, in order.
struct Where {
    QStringList conditions{QStringLiteral("c.deleted_at IS NULL")};
    QVariantList values;

    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
};

Where where(const CaseFilter &filter);
// The ORDER BY clause (without the keywords); ties are broken by id, so
// paging is stable.
QString orderBy(CaseSort sort, bool ascending);
// CASE expression giving a stage column its position in the workflow
// (lead 0, filed 1, … withdrawn 12), so stages sort in workflow order.
QString stageOrder(const QString &column);

} // namespace casedesk::CaseFilterSql
