#pragma once
// RegisterRows: the checks every register (entities, licences, equipment)
// makes before it changes a stored row, written once: the row still exists
// and nobody changed it since the caller read it; a removed row's removal
// time, so restore() brings back exactly what one removal took away.

#include "database.h"
#include "result.h"

#include <QDate>
#include <QString>

namespace casedesk::RegisterRows {

// Refused when the live row `id` of `table` is gone or was modified after
// `expectedModifiedAt` (naming who changed it and when).
Status requireCurrent(const Database &db, const char *table, qint64 id, const QString &expectedModifiedAt,
                      const QString &label);
// When the row was removed; refused when it is not removed (or unknown).
Result<QString> removedAt(const Database &db, const char *table, qint64 id, const QString &label);

// "a.id, a.uuid, …": a register's column list for a query that joins it.
QString prefixedColumns(const QString &alias, const char *columns);

// Dates as stored: ISO 8601, '' for none.
inline QString storedDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString(QLatin1String(""));
}
inline QDate dateFromStored(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace casedesk::RegisterRows
