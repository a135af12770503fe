#pragma once
// SummarySql: what the summary's files share to talk to SQLite: running a
// statement with its values bound, reading a stored code back as its
// translated name, and the ISO form of a day.

#include "database.h"
#include "register/enumtable.h"
#include "result.h"

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace casedesk::SummarySql {

// A failure (never bad input: the SQL is the core's own) names the error.
Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values);
// The first column of the first row as an integer (0 when there is none).
Result<qint64> scalar(const Database &db, const QString &statement, const QVariantList &values);

inline QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The translated name of a stored code; the code itself when unknown.
template <class E, std::size_t N> QString nameOfCode(const EnumTable<E, N> &table, const QString &code)
{
    for (E value : table.values())
        if (table.code(value) == code)
            return table.name(value);
    return code;
}

} // namespace casedesk::SummarySql
