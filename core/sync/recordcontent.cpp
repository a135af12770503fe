#include "sync/recordcontent.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecordContent)
};

const QLatin1String kBlobPrefix("sha256:");

QString selectList(const QList<SyncColumn> &columns, const char *alias)
{
    QStringList out;
    for (const SyncColumn &c : columns) {
        if (!c.references.isEmpty())
            out << QStringLiteral("(SELECT r.uuid FROM %1 r WHERE r.id = %2.%3)")
                       .arg(c.references, QLatin1String(alias), c.name);
        else
            out << QStringLiteral("%1.%2").arg(QLatin1String(alias), c.name);
    }
    return out.join(QStringLiteral(", "));
}

QJsonValue jsonOf(const QSqlQuery &q, int i, const SyncColumn &column)
{
    if (q.isNull(i))
        return QJsonValue::Null;
    const QVariant v = q.value(i);
    if (column.blob)
        return kBlobPrefix +
               QString::fromLatin1(QCryptographicHash::hash(v.toByteArray(), QCryptographicHash::Sha256).toHex());
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.toString();
    }
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

QString RecordContent::hashOf(const QJsonObject &fields)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(fields).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

QString RecordContent::hash() const
{
    return hashOf(fields);
}

QString RecordContent::label() const
{
    for (const char *key : {"name", "title", "record_number", "batch_number", "lead_number", "draw_number",
                            "registration_number", "login", "label", "number", "file_name", "matter", "text"}) {
        const QJsonValue v = fields.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(60);
    }
    return {};
}

QSqlQuery &RecordReader::statement(const QString &key, const QString &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        it = m_statements.insert(key, m_db.prepare(sql));
        it->setForwardOnly(true);
    }
    return *it;
}

Result<std::optional<RecordContent>> RecordReader::read(const QString &tableName, const QString &uuid)
{
    const SyncTable *table = m_catalog.table(tableName);
    if (!table)
        return failure(Text::tr("%1 is not a table that travels.").arg(tableName));
    QSqlQuery &q = statement(tableName, QStringLiteral("SELECT %1, t.modified_at, t.modified_by, t.site, t.id "
                                                       "FROM %2 t WHERE t.uuid = ?")
                                            .arg(selectList(table->columns, "t"), tableName));
    q.addBindValue(uuid);
    if (!q.exec())
        return failure(Text::tr("Cannot read %1 %2: %3").arg(tableName, uuid, sqlError(q)));
    if (!q.next())
        return std::optional<RecordContent>();
    RecordContent out;
    const int n = int(table->columns.size());
    for (int i = 0; i < n; ++i)
        out.fields.insert(table->columns[i].name, jsonOf(q, i, table->columns[i]));
    out.meta = {{QStringLiteral("modified_at"), q.value(n).toString()},
                {QStringLiteral("modified_by"), q.value(n + 1).toString()},
                {QStringLiteral("site"), q.value(n + 2).toString()}};
    const qint64 id = q.value(n + 3).toLongLong();
    q.finish();
    for (const SyncChildTable &child : table->children) {
        const bool positioned = std::any_of(child.columns.begin(), child.columns.end(),
                                            [](const SyncColumn &c) { return c.name == QLatin1String("position"); });
        QSqlQuery &cq = statement(
            child.name, QStringLiteral("SELECT %1 FROM %2 c WHERE c.%3 = ? ORDER BY %4")
                            .arg(selectList(child.columns, "c"), child.name, child.parentColumn,
                                 positioned ? QStringLiteral("c.position, c.rowid") : QStringLiteral("c.rowid")));
        cq.addBindValue(id);
        if (!cq.exec())
            return failure(Text::tr("Cannot read %1 of %2: %3").arg(child.name, uuid, sqlError(cq)));
        QJsonArray rows;
        while (cq.next()) {
            QJsonObject row;
            for (int i = 0; i < int(child.columns.size()); ++i)
                row.insert(child.columns[i].name, jsonOf(cq, i, child.columns[i]));
            rows.append(row);
        }
        out.fields.insert(QLatin1Char('+') + child.name, rows);
    }
    return std::optional<RecordContent>(out);
}

Result<QByteArray> RecordReader::blob(const QString &table, const QString &uuid, const QString &column)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(column, table), {uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return failure(Text::tr("%1 %2 has no %3.").arg(table, uuid, column));
    return q->value(0).toByteArray();
}

QSqlQuery &RecordApplier::statement(const QString &key, const QString &sql)
{
    auto it = m_statements.find(key);
    if (it == m_statements.end())
        it = m_statements.insert(key, m_db.prepare(sql));
    return *it;
}

Result<qint64> RecordApplier::idOf(const QString &table, const QString &uuid)
{
    auto &ids = m_ids[table];
    if (auto it = ids.find(uuid); it != ids.end())
        return *it;
    QSqlQuery &q =
        statement(QStringLiteral("id:") + table, QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table));
    q.addBindValue(uuid);
    if (!q.exec())
        return failure(Text::tr("Cannot look up %1 %2: %3").arg(table, uuid, sqlError(q)));
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    if (id)
        ids.insert(uuid, id);
    return id;
}

Status RecordApplier::reserve(const QString &table, const QString &uuid)
{
    auto id = idOf(table, uuid);
    if (!id)
        return id.error();
    if (*id)
        return success();
    if (!m_nextId.contains(table)) {
        auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table));
        if (!q || !q->next())
            return failure(Text::tr("Cannot number new rows of %1.").arg(table));
        m_nextId.insert(table, q->value(0).toLongLong() + 1);
    }
    m_ids[table].insert(uuid, m_nextId[table]++);
    return success();
}

Result<QVariant> RecordApplier::bindValue(const SyncColumn &column, const QJsonValue &value, const QString &where,
                                          const QHash<QString, QByteArray> &blobs)
{
    if (value.isNull() || value.isUndefined()) {
        if (column.notNull)
            return refusal(Text::tr("%1: the field %2 is empty but may not be.").arg(where, column.name));
        return QVariant();
    }
    if (!column.references.isEmpty()) {
        auto id = idOf(column.references, value.toString());
        if (!id)
            return id.error();
        if (*id == 0)
            return refusal(Text::tr("%1: the field %2 refers to %3 %4, which is neither on this workstation nor "
                                    "in the file.")
                               .arg(where, column.name, column.references, value.toString()));
        return QVariant(*id);
    }
    if (column.blob) {
        const QString sha = value.toString().mid(kBlobPrefix.size());
        auto it = blobs.find(sha);
        if (it == blobs.end())
            return refusal(
                Text::tr("%1: the content of %2 (SHA-256 %3) is missing from the file.").arg(where, column.name, sha));
        return QVariant(*it);
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (value.isBool())
        return QVariant(value.toBool() ? 1 : 0);
    return Database::bindable(value.toString());
}

Status RecordApplier::write(const QString &tableName, const QString &uuid, const RecordContent &content,
                            const QHash<QString, QByteArray> &blobs)
{
    const SyncTable *table = m_catalog.table(tableName);
    if (!table)
        return refusal(Text::tr("The file holds records of %1, a table this CaseDesk does not know.").arg(tableName));
    const QString where = QStringLiteral("%1 %2").arg(tableName, uuid);
    auto existing = idOf(tableName, uuid);
    if (!existing)
        return existing.error();
    // A reserved id is not in the table yet: an insert.
    QSqlQuery &live =
        statement(QStringLiteral("live:") + tableName, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(tableName));
    live.addBindValue(*existing);
    const bool present = *existing && live.exec() && live.next();
    live.finish();
    if (!*existing) {
        if (auto s = reserve(tableName, uuid); !s)
            return s;
        existing = idOf(tableName, uuid);
    }
    QVariantList values;
    QStringList names;
    for (const SyncColumn &c : table->columns) {
        const QJsonValue v = content.fields.value(c.name);
        if (c.blob && present && v.isString()) {
            // Blobs never change in place; the stored bytes stay unless new ones came.
            if (!blobs.contains(v.toString().mid(kBlobPrefix.size())))
                continue;
        }
        auto bound = bindValue(c, v, where, blobs);
        if (!bound)
            return bound.error();
        names << c.name;
        values << *bound;
    }
    for (const QString &m : SyncCatalog::metaColumns()) {
        names << m;
        values << content.meta.value(m).toString();
    }
    QString sql;
    if (present) {
        QStringList sets;
        for (const QString &n : names)
            sets << n + QStringLiteral(" = ?");
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(tableName, sets.join(QStringLiteral(", ")));
    } else {
        names << QStringLiteral("uuid");
        values << uuid;
        sql = QStringLiteral("INSERT INTO %1(%2, id) VALUES (%3?)")
                  .arg(tableName, names.join(QStringLiteral(", ")), QStringLiteral("?, ").repeated(names.size()));
    }
    values << *existing;
    QSqlQuery &q = statement(sql, sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return refusal(Text::tr("%1 cannot be stored: %2").arg(where, sqlError(q)));
    for (const SyncChildTable &child : table->children)
        if (auto s =
                writeChildren(child, *existing, content.fields.value(QLatin1Char('+') + child.name).toArray(), where);
            !s)
            return s;
    return success();
}

Status RecordApplier::writeChildren(const SyncChildTable &child, qint64 parentId, const QJsonArray &rows,
                                    const QString &where)
{
    QSqlQuery &remove = statement(QStringLiteral("del:") + child.name,
                                  QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child.name, child.parentColumn));
    remove.addBindValue(parentId);
    if (!remove.exec())
        return failure(Text::tr("%1: cannot replace its %2: %3").arg(where, child.name, sqlError(remove)));
    QStringList names{child.parentColumn};
    for (const SyncColumn &c : child.columns)
        names << c.name;
    QSqlQuery &insert =
        statement(QStringLiteral("ins:") + child.name, QStringLiteral("INSERT INTO %1(%2) VALUES (%3?)")
                                                           .arg(child.name, names.join(QStringLiteral(", ")),
                                                                QStringLiteral("?, ").repeated(child.columns.size())));
    for (const QJsonValue &row : rows) {
        insert.addBindValue(parentId);
        for (const SyncColumn &c : child.columns) {
            auto bound = bindValue(c, row.toObject().value(c.name), where + QLatin1Char('/') + child.name, {});
            if (!bound)
                return bound.error();
            insert.addBindValue(*bound);
        }
        if (!insert.exec())
            return refusal(
                Text::tr("%1: a row of its %2 cannot be stored: %3").arg(where, child.name, sqlError(insert)));
    }
    return success();
}

} // namespace casedesk
