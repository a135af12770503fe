#include "sync/syncaudit.h"

#include "audit/audittrail.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace casedesk::SyncAudit {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncAudit)
};

const char *const kColumns[] = {"uuid",        "site",       "seq",          "at",          "actor",
                                "actor_name",  "action",     "record_table", "record_uuid", "record_label",
                                "before_json", "after_json", "prev_hash",    "hash"};

AuditEntry entryOf(const QJsonObject &o)
{
    AuditEntry e;
    e.uuid = o.value(QLatin1String("uuid")).toString();
    e.site = o.value(QLatin1String("site")).toString();
    e.seq = o.value(QLatin1String("seq")).toInteger();
    e.at = o.value(QLatin1String("at")).toString();
    e.actor = o.value(QLatin1String("actor")).toString();
    e.actorName = o.value(QLatin1String("actor_name")).toString();
    e.action = o.value(QLatin1String("action")).toString();
    e.table = o.value(QLatin1String("record_table")).toString();
    e.recordUuid = o.value(QLatin1String("record_uuid")).toString();
    e.recordLabel = o.value(QLatin1String("record_label")).toString();
    e.before = o.value(QLatin1String("before_json")).toString();
    e.after = o.value(QLatin1String("after_json")).toString();
    e.prevHash = o.value(QLatin1String("prev_hash")).toString();
    e.hash = o.value(QLatin1String("hash")).toString();
    return e;
}

QString columnList()
{
    QStringList out;
    for (const char *c : kColumns)
        out << QString::fromLatin1(c);
    return out.join(QStringLiteral(", "));
}

} // namespace

QJsonObject heads(const Database &db)
{
    QJsonObject out;
    auto q = db.exec(QStringLiteral("SELECT site, seq FROM audit_head"));
    while (q && q->next())
        out.insert(q->value(0).toString(), q->value(1).toLongLong());
    return out;
}

Result<QList<QJsonObject>> entriesAfter(const Database &db, const QJsonObject &base)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY site, seq").arg(columnList()));
    if (!q)
        return q.error();
    QList<QJsonObject> out;
    while (q->next()) {
        if (q->value(2).toLongLong() <= base.value(q->value(1).toString()).toInteger())
            continue;
        QJsonObject o;
        for (int i = 0; i < int(std::size(kColumns)); ++i)
            o.insert(QString::fromLatin1(kColumns[i]),
                     i == 2 ? QJsonValue(q->value(i).toLongLong()) : QJsonValue(q->value(i).toString()));
        out << o;
    }
    return out;
}

Result<int> apply(const Database &db, const QList<QJsonObject> &entries, const QString &file)
{
    QList<AuditEntry> sorted;
    for (const QJsonObject &o : entries)
        sorted << entryOf(o);
    std::sort(sorted.begin(), sorted.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.site != b.site ? a.site < b.site : a.seq < b.seq;
    });
    QHash<QString, std::pair<qint64, QString>> head; // site → seq, hash
    auto h = db.exec(QStringLiteral("SELECT site, seq, hash FROM audit_head"));
    while (h && h->next())
        head.insert(h->value(0).toString(), {h->value(1).toLongLong(), h->value(2).toString()});
    QSqlQuery existing = db.prepare(QStringLiteral("SELECT hash FROM audit_entry WHERE site = ? AND seq = ?"));
    QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO audit_entry (%1) VALUES (%2?)")
                                      .arg(columnList(), QStringLiteral("?, ").repeated(int(std::size(kColumns)) - 1)));
    int added = 0;
    for (const AuditEntry &e : sorted) {
        if (AuditTrail::computeHash(e) != e.hash)
            return refusal(Text::tr("%1: audit entry %2 does not match its own hash; nothing was imported.")
                               .arg(file, e.reference()));
        const auto [seq, hash] = head.value(e.site, {0, AuditTrail::genesisHash()});
        if (e.seq <= seq) {
            existing.addBindValue(e.site);
            existing.addBindValue(e.seq);
            const bool same = existing.exec() && existing.next() && existing.value(0).toString() == e.hash;
            existing.finish();
            if (!same)
                return refusal(Text::tr("%1: audit entry %2 differs from the one this workstation holds; the "
                                        "trail of one of them was altered. Nothing was imported.")
                                   .arg(file, e.reference()));
            continue;
        }
        if (e.seq != seq + 1 || e.prevHash != hash)
            return refusal(Text::tr("%1: audit entry %2 does not continue workstation %3's trail held here (which "
                                    "ends at %4): a file in between is missing. Import the earlier files first, or "
                                    "ask %3 for a full export (sync export --all).")
                               .arg(file, e.reference(), e.site)
                               .arg(seq));
        const QVariantList values = {e.uuid,  e.site,       e.seq,         e.at,     e.actor, e.actorName, e.action,
                                     e.table, e.recordUuid, e.recordLabel, e.before, e.after, e.prevHash,  e.hash};
        for (const QVariant &v : values)
            insert.addBindValue(v);
        if (!insert.exec())
            return failure(Text::tr("%1: audit entry %2 cannot be stored.").arg(file, e.reference()));
        head.insert(e.site, {e.seq, e.hash});
        ++added;
    }
    for (auto it = head.begin(); it != head.end(); ++it) {
        auto q = db.exec(QStringLiteral("INSERT INTO audit_head(site, seq, hash) VALUES (?, ?, ?) "
                                        "ON CONFLICT(site) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                         {it.key(), it->first, it->second});
        if (!q)
            return q.error();
    }
    return added;
}

} // namespace casedesk::SyncAudit
