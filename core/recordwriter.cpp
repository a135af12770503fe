#include "recordwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QStringList>
#include <QUuid>
#include <algorithm>
#include <atomic>

namespace casedesk {

QString utcNowIso()
{
    // Strictly increasing within the process: an edit quotes the record's
    // modification time to prove nobody changed it meanwhile, so two changes
    // in the same millisecond must not share one.
    static std::atomic<qint64> last{0};
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 previous = last.load();
    while (true) {
        const qint64 next = std::max(now, previous + 1);
        if (last.compare_exchange_weak(previous, next)) {
            now = next;
            break;
        }
    }
    return QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString newRecordUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

RecordStamp RecordStamp::now(const QString &author, const QString &site)
{
    return {utcNowIso(), author, site};
}

Result<qint64> RecordWriter::insert(const char *table, const Fields &fields)
{
    QStringList columns;
    for (const Field &f : fields)
        columns << QString::fromLatin1(f.first);
    const QString key = QString::fromLatin1(table) + QLatin1Char(':') + columns.join(QLatin1Char(','));

    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        QStringList all = columns;
        all << QStringLiteral("uuid") << QStringLiteral("created_at") << QStringLiteral("created_by")
            << QStringLiteral("modified_at") << QStringLiteral("modified_by") << QStringLiteral("site");
        QStringList marks;
        for (qsizetype i = 0; i < all.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q = m_db.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(QString::fromLatin1(table), all.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        it = m_statements.insert(key, q);
    }
    QSqlQuery &q = it.value();
    int i = 0;
    auto bind = [&](const QVariant &v) { q.bindValue(i++, Database::bindable(v)); };
    for (const Field &f : fields)
        bind(f.second);
    m_lastUuid = newRecordUuid();
    for (const QString &v : {m_lastUuid, m_stamp.at, m_stamp.by, m_stamp.at, m_stamp.by, m_stamp.site})
        bind(v);
    if (!q.exec())
        return failure(QCoreApplication::translate("RecordWriter", "Cannot store a record in %1: %2")
                           .arg(QString::fromLatin1(table), q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

Status RecordWriter::update(const char *table, qint64 id, const Fields &fields)
{
    QStringList sets;
    for (const Field &f : fields)
        sets << QString::fromLatin1(f.first) + QStringLiteral(" = ?");
    sets << QStringLiteral("modified_at = ?") << QStringLiteral("modified_by = ?");
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND deleted_at IS NULL")
                                   .arg(QString::fromLatin1(table), sets.join(QStringLiteral(", "))));
    int i = 0;
    for (const Field &f : fields)
        q.bindValue(i++, Database::bindable(f.second));
    q.bindValue(i++, m_stamp.at);
    q.bindValue(i++, m_stamp.by);
    q.bindValue(i++, id);
    if (!q.exec())
        return failure(QCoreApplication::translate("RecordWriter", "Cannot store a record in %1: %2")
                           .arg(QString::fromLatin1(table), q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return failure(QCoreApplication::translate("RecordWriter", "Record %1 of %2 no longer exists.")
                           .arg(id)
                           .arg(QString::fromLatin1(table)));
    return success();
}

Status RecordWriter::markRestored(const char *table, const char *whereColumn, qint64 value, const QString &deletedAt)
{
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET deleted_at = NULL, modified_at = ?, modified_by = ? "
                                      "WHERE %2 = ? AND deleted_at = ?")
                           .arg(QString::fromLatin1(table), QString::fromLatin1(whereColumn)),
                       {m_stamp.at, m_stamp.by, value, deletedAt});
    if (!r)
        return r.error();
    return success();
}

Status RecordWriter::markDeleted(const char *table, const char *whereColumn, qint64 value)
{
    auto r = m_db.exec(QStringLiteral("UPDATE %1 SET deleted_at = ?, modified_at = ?, modified_by = ? "
                                      "WHERE %2 = ? AND deleted_at IS NULL")
                           .arg(QString::fromLatin1(table), QString::fromLatin1(whereColumn)),
                       {m_stamp.at, m_stamp.at, m_stamp.by, value});
    if (!r)
        return r.error();
    return success();
}

} // namespace casedesk
