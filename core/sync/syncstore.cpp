#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncStore)
};

QString setting(const Database &db, const char *key)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QString::fromLatin1(key)});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status putSetting(const Database &db, const char *key, const QString &value)
{
    auto q = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {QString::fromLatin1(key), value});
    if (!q)
        return q.error();
    return success();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

PeerState peerFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            VersionVector::fromText(q.value(1).toString()),
            objectOf(q.value(2).toString()),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString()};
}

const char *const kPeerColumns =
    "site, knowledge, audit_heads, last_import_at, last_import_file, last_export_at, last_export_file";

} // namespace

VersionVector SyncStore::knowledge() const
{
    return VersionVector::fromText(setting(m_db, "sync_knowledge"));
}

Status SyncStore::setKnowledge(const VersionVector &knowledge)
{
    return putSetting(m_db, "sync_knowledge", knowledge.toText());
}

Result<qint64> SyncStore::nextCounter()
{
    const qint64 next = setting(m_db, "sync_clock").toLongLong() + 1;
    if (auto s = putSetting(m_db, "sync_clock", QString::number(next)); !s)
        return s.error();
    return next;
}

QSqlQuery &SyncStore::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.insert(sql, m_db.prepare(QString::fromLatin1(sql)));
    return *it;
}

Result<std::optional<RecordVersion>> SyncStore::current(const QString &table, const QString &uuid)
{
    QSqlQuery &q = statement("SELECT vv, dots, meta, content FROM sync_record WHERE tbl = ? AND uuid = ?");
    q.addBindValue(table);
    q.addBindValue(uuid);
    if (!q.exec())
        return failure(Text::tr("Cannot read the version of %1 %2.").arg(table, uuid));
    if (!q.next())
        return std::optional<RecordVersion>();
    RecordVersion v{table,
                    uuid,
                    VersionVector::fromText(q.value(0).toString()),
                    objectOf(q.value(1).toString()),
                    {objectOf(q.value(3).toString()), objectOf(q.value(2).toString())}};
    q.finish();
    return std::optional<RecordVersion>(v);
}

Status SyncStore::save(const RecordVersion &v, bool replacesExisting)
{
    if (replacesExisting) {
        QSqlQuery &h = statement("INSERT INTO sync_history(tbl, uuid, vv, content) "
                                 "SELECT tbl, uuid, vv, content FROM sync_record WHERE tbl = ? AND uuid = ?");
        h.addBindValue(v.table);
        h.addBindValue(v.uuid);
        if (!h.exec())
            return failure(Text::tr("Cannot keep the earlier version of %1 %2.").arg(v.table, v.uuid));
    }
    QSqlQuery &q = statement("INSERT INTO sync_record(tbl, uuid, vv, dots, hash, meta, content) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(tbl, uuid) DO UPDATE SET "
                             "vv = excluded.vv, dots = excluded.dots, hash = excluded.hash, "
                             "meta = excluded.meta, content = excluded.content");
    for (const QVariant &value :
         {QVariant(v.table), QVariant(v.uuid), QVariant(v.vv.toText()), QVariant(compact(v.dots)),
          QVariant(v.content.hash()), QVariant(compact(v.content.meta)), QVariant(compact(v.content.fields))})
        q.addBindValue(value);
    if (!q.exec())
        return failure(Text::tr("Cannot store the version of %1 %2.").arg(v.table, v.uuid));
    return success();
}

Result<QJsonObject> SyncStore::ancestor(const QString &table, const QString &uuid, const VersionVector &limit)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT vv, content FROM sync_history WHERE tbl = ? AND uuid = ? ORDER BY id DESC"),
                  {table, uuid});
    if (!q)
        return q.error();
    while (q->next())
        if (VersionVector::fromText(q->value(0).toString()).within(limit))
            return objectOf(q->value(1).toString());
    return QJsonObject();
}

Result<int> SyncStore::stampChanges(const QString &site, const std::function<void(int, int)> &progress,
                                    const QHash<QString, QStringList> &forced)
{
    QList<std::pair<QString, QString>> changed;
    QSet<QString> seen;
    auto q = m_db.exec(QStringLiteral("SELECT tbl, uuid FROM sync_dirty"));
    if (!q)
        return q.error();
    while (q->next()) {
        changed.append({q->value(0).toString(), q->value(1).toString()});
        seen.insert(changed.last().first + QLatin1Char('/') + changed.last().second);
    }
    for (auto it = forced.begin(); it != forced.end(); ++it)
        if (!seen.contains(it.key())) {
            const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
            changed.append({it.key().left(slash), it.key().mid(slash + 1)});
        }
    if (changed.isEmpty())
        return 0;
    auto counter = nextCounter();
    if (!counter)
        return counter.error();
    const Dot dot{site, *counter};
    int stamped = 0;
    int done = 0;
    for (const auto &[table, uuid] : changed) {
        if (progress && ++done % 500 == 0)
            progress(done, int(changed.size()));
        auto live = m_reader.read(table, uuid);
        if (!live)
            return live.error();
        if (!*live)
            continue; // gone without a tombstone: nothing that could travel
        auto previous = current(table, uuid);
        if (!previous)
            return previous.error();
        const QStringList force = forced.value(table + QLatin1Char('/') + uuid);
        RecordVersion next{table, uuid, {}, {}, **live};
        if (*previous) {
            const RecordVersion &p = **previous;
            // A write that left every field as it was (removed and restored
            // before the exchange, say) still moved who and when: a version.
            if (p.content.hash() == next.content.hash() && p.content.meta == next.content.meta && force.isEmpty())
                continue;
            next.vv = p.vv;
            next.dots = p.dots;
            for (auto it = next.content.fields.begin(); it != next.content.fields.end(); ++it)
                if (p.content.fields.value(it.key()) != it.value() || force.contains(it.key()))
                    next.dots.insert(it.key(), dot.toString());
        } else {
            for (auto it = next.content.fields.begin(); it != next.content.fields.end(); ++it)
                next.dots.insert(it.key(), dot.toString());
        }
        next.vv.set(site, dot.counter);
        if (auto s = save(next, previous->has_value()); !s)
            return s.error();
        ++stamped;
    }
    if (auto d = m_db.exec(QStringLiteral("DELETE FROM sync_dirty")); !d)
        return d.error();
    VersionVector known = knowledge();
    known.set(site, dot.counter);
    if (auto s = setKnowledge(known); !s)
        return s.error();
    return stamped;
}

Result<std::optional<PeerState>> SyncStore::peer(const QString &site) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM sync_peer WHERE site = ?").arg(QLatin1String(kPeerColumns)), {site});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PeerState>();
    return std::optional<PeerState>(peerFrom(*q));
}

Result<QList<PeerState>> SyncStore::peers() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM sync_peer ORDER BY site").arg(QLatin1String(kPeerColumns)));
    if (!q)
        return q.error();
    QList<PeerState> out;
    while (q->next())
        out << peerFrom(*q);
    return out;
}

Status SyncStore::savePeer(const PeerState &p)
{
    auto q = m_db.exec(QStringLiteral("INSERT OR REPLACE INTO sync_peer(%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                           .arg(QLatin1String(kPeerColumns)),
                       {p.site, p.knowledge.toText(), compact(p.auditHeads), p.lastImportAt, p.lastImportFile,
                        p.lastExportAt, p.lastExportFile});
    if (!q)
        return q.error();
    return success();
}

} // namespace casedesk
