#pragma once
// RecordWriter: inserts travelling records with their identity columns
// filled in one way everywhere: a fresh UUID, created/modified time (UTC,
// ISO 8601 with milliseconds), author and workstation. Statements are
// prepared once per table and column set and reused, values always bound.

#include "database.h"
#include "result.h"

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <utility>
#include <vector>

namespace casedesk {

struct RecordStamp {
    QString at;   // UTC ISO 8601
    QString by;   // author
    QString site; // workstation code

    static RecordStamp now(const QString &author, const QString &site);
};

QString newRecordUuid();
QString utcNowIso();

class RecordWriter {
  public:
    using Field = std::pair<const char *, QVariant>;
    using Fields = std::vector<Field>;

    RecordWriter(const Database &db, RecordStamp stamp) : m_db(db), m_stamp(std::move(stamp)) {}

    // INSERT INTO table (fields…, record columns) and the new row id.
    Result<qint64> insert(const char *table, const Fields &fields);
    // UPDATE table SET fields…, modified_at, modified_by WHERE id = id of a
    // live row; a failure when no such row exists.
    Status update(const char *table, qint64 id, const Fields &fields);
    // Soft-deletes rows: sets deleted_at and the modification columns.
    Status markDeleted(const char *table, const char *whereColumn, qint64 value);
    // Undoes markDeleted for the rows deleted at `deletedAt` (the same removal).
    Status markRestored(const char *table, const char *whereColumn, qint64 value, const QString &deletedAt);

    const RecordStamp &stamp() const { return m_stamp; }
    const Database &database() const { return m_db; }
    // The identity given to the row the last insert() stored.
    const QString &lastUuid() const { return m_lastUuid; }

  private:
    const Database &m_db;
    RecordStamp m_stamp;
    QHash<QString, QSqlQuery> m_statements;
    QString m_lastUuid;
};

} // namespace casedesk
