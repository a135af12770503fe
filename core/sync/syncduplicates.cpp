#include "sync/syncduplicates.h"

#include "audit/auditedtransaction.h"
#include "auth/session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncDuplicates)
};

QString labelOf(const Database &db, const QString &table, const QString &uuid)
{
    for (const char *column : {"name", "login", "registration_number", "number", "label", "block_site", "reason"}) {
        auto has = db.exec(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"),
                           {table, QString::fromLatin1(column)});
        if (!has || !has->next() || has->value(0).toInt() == 0)
            continue;
        auto q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE uuid = ?").arg(QLatin1String(column), table), {uuid});
        if (q && q->next())
            return q->value(0).toString();
    }
    return uuid.left(8);
}

Result<DuplicatePair> load(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT id, tbl, natural_key, first_uuid, second_uuid, found_at, status, "
                                    "settled_at, settled_by, kept_uuid FROM sync_duplicate WHERE id = ?"),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("Duplicate %1: there is no such pair.").arg(id));
    DuplicatePair p;
    p.id = q->value(0).toLongLong();
    p.table = q->value(1).toString();
    p.naturalKey = q->value(2).toString();
    p.firstUuid = q->value(3).toString();
    p.secondUuid = q->value(4).toString();
    p.foundAt = q->value(5).toString();
    p.open = q->value(6).toString() == QLatin1String("open");
    p.settledAt = q->value(7).toString();
    p.settledBy = q->value(8).toString();
    p.keptUuid = q->value(9).toString();
    p.firstLabel = labelOf(db, p.table, p.firstUuid);
    p.secondLabel = labelOf(db, p.table, p.secondUuid);
    return p;
}

// Begins the person's decision on a pair still open.
Result<DuplicatePair> openPair(AuditedTransaction &tx, const Database &db, qint64 pairId)
{
    if (auto s = tx.begin(Action::ResolveConflicts); !s)
        return s.error();
    auto pair = load(db, pairId);
    if (!pair)
        return pair.error();
    if (!pair->open)
        return refusal(
            Text::tr("Duplicate %1 was already settled (%2, %3).").arg(pairId).arg(pair->settledBy, pair->settledAt));
    return pair;
}

Status settle(const Database &db, qint64 id, const RecordStamp &stamp, const QString &kept)
{
    auto q = db.exec(
        QStringLiteral("UPDATE sync_duplicate SET status = ?, settled_at = ?, settled_by = ?, kept_uuid = ? "
                       "WHERE id = ?"),
        {kept.isEmpty() ? QStringLiteral("dismissed") : QStringLiteral("merged"), stamp.at, stamp.by, kept, id});
    if (!q)
        return q.error();
    return success();
}

// Points every reference to `from` at `to`: in records and in child rows
// (where the same row pointing at both would repeat a key, the one
// pointing at `from` goes).
Status repoint(const Database &db, const SyncCatalog &catalog, const QString &table, qint64 from, qint64 to)
{
    const auto move = [&](const QString &t, const QString &column, bool child) -> Status {
        auto u = db.exec(QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ? WHERE %2 = ?").arg(t, column), {to, from});
        if (!u)
            return u.error();
        if (child) {
            auto d = db.exec(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t, column), {from});
            if (!d)
                return d.error();
        }
        return success();
    };
    for (const SyncTable &t : catalog.tables()) {
        for (const SyncColumn &c : t.columns)
            if (c.references == table)
                if (auto s = move(t.name, c.name, false); !s)
                    return s;
        for (const SyncChildTable &child : t.children)
            for (const SyncColumn &c : child.columns)
                if (c.references == table)
                    if (auto s = move(child.name, c.name, true); !s)
                        return s;
    }
    return success();
}

} // namespace

QJsonObject DuplicatePair::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("table"), table},
            {QStringLiteral("key"), naturalKey},
            {QStringLiteral("first"), firstUuid},
            {QStringLiteral("second"), secondUuid},
            {QStringLiteral("firstLabel"), firstLabel},
            {QStringLiteral("secondLabel"), secondLabel},
            {QStringLiteral("foundAt"), foundAt},
            {QStringLiteral("open"), open},
            {QStringLiteral("settledAt"), settledAt},
            {QStringLiteral("settledBy"), settledBy},
            {QStringLiteral("kept"), keptUuid}};
}

namespace SyncDuplicates {

Result<int> detect(const Database &db, const SyncCatalog &catalog, const QString &at)
{
    int found = 0;
    for (const SyncTable &t : catalog.tables()) {
        if (t.naturalKey.isEmpty())
            continue;
        // A pair merged on another workstation: its tombstone came in.
        auto gone =
            db.exec(QStringLiteral("UPDATE sync_duplicate SET status = 'merged', settled_at = g.deleted_at, "
                                   "settled_by = g.modified_by, kept_uuid = CASE WHEN g.uuid = first_uuid THEN "
                                   "second_uuid ELSE first_uuid END FROM %1 g WHERE sync_duplicate.status = 'open' AND "
                                   "sync_duplicate.tbl = '%1' AND g.uuid IN (first_uuid, second_uuid) AND "
                                   "g.deleted_at IS NOT NULL")
                        .arg(t.name));
        if (!gone)
            return gone.error();
        QStringList same, shown;
        for (const QString &c : t.naturalKey) {
            same << QStringLiteral("a.%1 = b.%1").arg(c);
            shown << QStringLiteral("a.%1").arg(c);
        }
        auto q =
            db.exec(QStringLiteral("INSERT OR IGNORE INTO sync_duplicate(tbl, natural_key, first_uuid, "
                                   "second_uuid, found_at) SELECT '%1', %2, a.uuid, b.uuid, ? FROM %1 a JOIN %1 "
                                   "b ON %3 AND a.uuid < b.uuid WHERE a.deleted_at IS NULL AND b.deleted_at IS "
                                   "NULL")
                        .arg(t.name, shown.join(QStringLiteral(" || ' ' || ")), same.join(QStringLiteral(" AND "))),
                    {at});
        if (!q)
            return q.error();
        found += q->numRowsAffected();
    }
    return found;
}

Result<QList<DuplicatePair>> list(const Database &db, bool openOnly)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM sync_duplicate %1 ORDER BY id")
                         .arg(openOnly ? QStringLiteral("WHERE status = 'open'") : QString()));
    if (!q)
        return q.error();
    QList<DuplicatePair> out;
    while (q->next()) {
        auto p = load(db, q->value(0).toLongLong());
        if (!p)
            return p.error();
        out << *p;
    }
    return out;
}

Status merge(Database &db, const Session &session, qint64 pairId, const QString &keepUuid)
{
    AuditedTransaction tx(db, session);
    auto pair = openPair(tx, db, pairId);
    if (!pair)
        return pair.error();
    if (keepUuid != pair->firstUuid && keepUuid != pair->secondUuid)
        return refusal(
            Text::tr("Duplicate %1: keep either %2 or %3.").arg(pairId).arg(pair->firstUuid, pair->secondUuid));
    const QString dropUuid = keepUuid == pair->firstUuid ? pair->secondUuid : pair->firstUuid;
    auto catalog = SyncCatalog::read(db);
    if (!catalog)
        return catalog.error();
    auto ids = db.exec(QStringLiteral("SELECT (SELECT id FROM %1 WHERE uuid = ? AND deleted_at IS NULL), "
                                      "(SELECT id FROM %1 WHERE uuid = ? AND deleted_at IS NULL)")
                           .arg(pair->table),
                       {keepUuid, dropUuid});
    if (!ids || !ids->next() || ids->isNull(0) || ids->isNull(1))
        return refusal(Text::tr("Duplicate %1: one of the two records was removed meanwhile.").arg(pairId));
    const qint64 keep = ids->value(0).toLongLong(), drop = ids->value(1).toLongLong();
    if (auto s = repoint(db, *catalog, pair->table, drop, keep); !s)
        return s;
    if (auto s = tx.writer().markDeleted(pair->table.toLatin1().constData(), "id", drop); !s)
        return s;
    if (auto s = settle(db, pairId, tx.stamp(), keepUuid); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("sync.merge"), pair->table, dropUuid,
                            dropUuid == pair->firstUuid ? pair->firstLabel : pair->secondLabel,
                            QJsonObject{{QStringLiteral("uuid"), dropUuid}},
                            QJsonObject{{QStringLiteral("mergedInto"), keepUuid}}});
        !s)
        return s;
    return tx.commit();
}

Status dismiss(Database &db, const Session &session, qint64 pairId)
{
    AuditedTransaction tx(db, session);
    auto pair = openPair(tx, db, pairId);
    if (!pair)
        return pair.error();
    if (auto s = settle(db, pairId, tx.stamp(), {}); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("sync.dismiss-duplicate"),
                            pair->table,
                            pair->secondUuid,
                            pair->secondLabel,
                            {},
                            QJsonObject{{QStringLiteral("differentFrom"), pair->firstUuid}}});
        !s)
        return s;
    return tx.commit();
}

} // namespace SyncDuplicates

} // namespace casedesk
