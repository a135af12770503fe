#include "summary/summarysql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace casedesk::SummarySql {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummarySql)
};
} // namespace

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    q.setForwardOnly(true);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, Database::bindable(values.at(i)));
    if (!q.exec())
        return failure(Text::tr("Cannot compute the summary: %1").arg(q.lastError().text()));
    return q;
}

Result<qint64> scalar(const Database &db, const QString &statement, const QVariantList &values)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace casedesk::SummarySql
