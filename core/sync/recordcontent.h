#pragma once
// RecordContent: a travelling record as it crosses to another workstation.
// Its content maps each column (and each child table, as "+table": the
// child rows in order) to a JSON value; integer references become the
// referenced record's uuid, because row ids are local to each database, and
// a blob becomes "sha256:<hex>" while its bytes travel beside it. The
// version's metadata (who changed it last, when, on which workstation)
// is kept apart from the content, so it never makes two versions differ.
//
// RecordReader reads a live row into that form, RecordApplier writes one
// back, turning uuids into this database's ids (and giving new records
// ids of their own first, so records may point at each other in any order).

#include "database.h"
#include "result.h"
#include "sync/synccatalog.h"

#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <optional>

namespace casedesk {

struct RecordContent {
    QJsonObject fields;
    QJsonObject meta; // modified_at, modified_by, site

    // SHA-256 of the fields' compact JSON (keys sorted).
    QString hash() const;
    static QString hashOf(const QJsonObject &fields);
    QString label() const; // a name, number or title to show a person
};

class RecordReader {
  public:
    RecordReader(const Database &db, const SyncCatalog &catalog) : m_db(db), m_catalog(catalog) {}

    // The live row of the table with that uuid; nothing when there is none.
    Result<std::optional<RecordContent>> read(const QString &table, const QString &uuid);
    // The bytes of a blob column of a record.
    Result<QByteArray> blob(const QString &table, const QString &uuid, const QString &column);

  private:
    QSqlQuery &statement(const QString &key, const QString &sql);
    const Database &m_db;
    const SyncCatalog &m_catalog;
    QHash<QString, QSqlQuery> m_statements;
};

class RecordApplier {
  public:
    RecordApplier(const Database &db, const SyncCatalog &catalog) : m_db(db), m_catalog(catalog) {}

    // Gives a record that is not here yet the id it will be stored under.
    Status reserve(const QString &table, const QString &uuid);
    // Writes the record's content and metadata over the live row (or as a
    // new row), its child rows replaced. blobs: SHA-256 → bytes.
    Status write(const QString &table, const QString &uuid, const RecordContent &content,
                 const QHash<QString, QByteArray> &blobs);
    // This database's id of a record; 0 when it has none.
    Result<qint64> idOf(const QString &table, const QString &uuid);

  private:
    Result<QVariant> bindValue(const SyncColumn &column, const QJsonValue &value, const QString &where,
                               const QHash<QString, QByteArray> &blobs);
    Status writeChildren(const SyncChildTable &child, qint64 parentId, const QJsonArray &rows, const QString &where);
    QSqlQuery &statement(const QString &key, const QString &sql);

    const Database &m_db;
    const SyncCatalog &m_catalog;
    QHash<QString, QHash<QString, qint64>> m_ids; // table → uuid → id
    QHash<QString, qint64> m_nextId;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace casedesk
