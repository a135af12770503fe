#include "sync/syncconflicts.h"

#include "audit/auditedtransaction.h"
#include "auth/session.h"
#include "sync/recordcontent.h"
#include "sync/syncstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncConflicts)
};

const char *const kColumns = "id, tbl, record_uuid, record_label, field, value_a, value_b, ancestor, dot_a, dot_b, "
                             "by_a, at_a, by_b, at_b, kept, raised_at, raised_on, status, settled_at, settled_by, "
                             "resolution";

QString valueText(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

QJsonValue valueOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

ConflictSide side(const QSqlQuery &q, int value, int dot, int by, int at)
{
    const QString d = q.value(dot).toString();
    return {valueOf(q.value(value).toString()), d, Dot::parse(d).site, q.value(by).toString(), q.value(at).toString()};
}

SyncConflict fromRow(const QSqlQuery &q)
{
    SyncConflict c;
    c.id = q.value(0).toLongLong();
    c.table = q.value(1).toString();
    c.recordUuid = q.value(2).toString();
    c.recordLabel = q.value(3).toString();
    c.field = q.value(4).toString();
    c.a = side(q, 5, 8, 10, 11);
    c.b = side(q, 6, 9, 12, 13);
    c.ancestor = valueOf(q.value(7).toString());
    c.keptA = q.value(14).toString() == QLatin1String("a");
    c.raisedAt = q.value(15).toString();
    c.raisedOn = q.value(16).toString();
    c.open = q.value(17).toString() == QLatin1String("open");
    c.settledAt = q.value(18).toString();
    c.settledBy = q.value(19).toString();
    c.resolution = q.value(20).toString();
    return c;
}

Result<QList<SyncConflict>> select(const Database &db, const QString &where, const QVariantList &values)
{
    QSqlQuery q = db.prepare(
        QStringLiteral("SELECT %1 FROM sync_conflict WHERE %2 ORDER BY id").arg(QLatin1String(kColumns), where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failure(Text::tr("Cannot read the conflicts."));
    QList<SyncConflict> out;
    while (q.next())
        out << fromRow(q);
    return out;
}

Status insert(const Database &db, const SyncConflict &c)
{
    auto q = db.exec(
        QStringLiteral("INSERT OR IGNORE INTO sync_conflict(tbl, record_uuid, record_label, field, value_a, value_b, "
                       "ancestor, dot_a, dot_b, by_a, at_a, by_b, at_b, kept, raised_at, raised_on, status, "
                       "settled_at, settled_by, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
        {c.table,
         c.recordUuid,
         c.recordLabel,
         c.field,
         valueText(c.a.value),
         valueText(c.b.value),
         valueText(c.ancestor),
         c.a.dot,
         c.b.dot,
         c.a.by,
         c.a.at,
         c.b.by,
         c.b.at,
         c.keptA ? QStringLiteral("a") : QStringLiteral("b"),
         c.raisedAt,
         c.raisedOn,
         c.open ? QStringLiteral("open") : QStringLiteral("resolved"),
         c.settledAt,
         c.settledBy,
         c.resolution});
    if (!q)
        return q.error();
    return success();
}

Status settle(const Database &db, qint64 id, const QString &at, const QString &by, const QString &resolution)
{
    auto q = db.exec(QStringLiteral("UPDATE sync_conflict SET status = 'resolved', settled_at = ?, settled_by = ?, "
                                    "resolution = ? WHERE id = ?"),
                     {at, by, resolution, id});
    if (!q)
        return q.error();
    return success();
}

} // namespace

const ConflictSide *SyncConflict::mine(const QString &site) const
{
    if (a.site == site)
        return &a;
    if (b.site == site)
        return &b;
    return nullptr;
}

QJsonObject SyncConflict::toJson() const
{
    const auto sideJson = [](const ConflictSide &s) {
        return QJsonObject{{QStringLiteral("value"), s.value},
                           {QStringLiteral("dot"), s.dot},
                           {QStringLiteral("site"), s.site},
                           {QStringLiteral("by"), s.by},
                           {QStringLiteral("at"), s.at}};
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("table"), table},
            {QStringLiteral("record"), recordUuid},
            {QStringLiteral("label"), recordLabel},
            {QStringLiteral("field"), field},
            {QStringLiteral("a"), sideJson(a)},
            {QStringLiteral("b"), sideJson(b)},
            {QStringLiteral("ancestor"), ancestor},
            {QStringLiteral("kept"), keptA ? QStringLiteral("a") : QStringLiteral("b")},
            {QStringLiteral("raisedAt"), raisedAt},
            {QStringLiteral("raisedOn"), raisedOn},
            {QStringLiteral("open"), open},
            {QStringLiteral("settledAt"), settledAt},
            {QStringLiteral("settledBy"), settledBy},
            {QStringLiteral("resolution"), resolution}};
}

SyncConflict SyncConflict::fromJson(const QJsonObject &j)
{
    const auto sideOf = [](const QJsonObject &s) {
        return ConflictSide{s.value(QLatin1String("value")), s.value(QLatin1String("dot")).toString(),
                            s.value(QLatin1String("site")).toString(), s.value(QLatin1String("by")).toString(),
                            s.value(QLatin1String("at")).toString()};
    };
    SyncConflict c;
    c.table = j.value(QLatin1String("table")).toString();
    c.recordUuid = j.value(QLatin1String("record")).toString();
    c.recordLabel = j.value(QLatin1String("label")).toString();
    c.field = j.value(QLatin1String("field")).toString();
    c.a = sideOf(j.value(QLatin1String("a")).toObject());
    c.b = sideOf(j.value(QLatin1String("b")).toObject());
    c.ancestor = j.value(QLatin1String("ancestor"));
    c.keptA = j.value(QLatin1String("kept")).toString() == QLatin1String("a");
    c.raisedAt = j.value(QLatin1String("raisedAt")).toString();
    c.raisedOn = j.value(QLatin1String("raisedOn")).toString();
    c.open = j.value(QLatin1String("open")).toBool();
    c.settledAt = j.value(QLatin1String("settledAt")).toString();
    c.settledBy = j.value(QLatin1String("settledBy")).toString();
    c.resolution = j.value(QLatin1String("resolution")).toString();
    return c;
}

namespace SyncConflicts {

Status raise(const Database &db, const QString &table, const QString &uuid, const QString &label,
             const FieldConflict &f, const QJsonValue &ancestor, const QString &site, const QString &at)
{
    const auto sideOf = [](const QJsonValue &v, const Dot &d, const QJsonObject &meta) {
        return ConflictSide{v, d.toString(), d.site, meta.value(QLatin1String("modified_by")).toString(),
                            meta.value(QLatin1String("modified_at")).toString()};
    };
    SyncConflict c;
    c.table = table;
    c.recordUuid = uuid;
    c.recordLabel = label;
    c.field = f.field;
    c.a = sideOf(f.valueA, f.dotA, f.metaA);
    c.b = sideOf(f.valueB, f.dotB, f.metaB);
    c.ancestor = ancestor;
    c.keptA = f.keptA;
    c.raisedAt = at;
    c.raisedOn = site;
    return insert(db, c);
}

Status receive(const Database &db, const SyncConflict &c)
{
    if (auto s = insert(db, c); !s)
        return s;
    if (c.open)
        return success();
    auto q = db.exec(QStringLiteral("UPDATE sync_conflict SET status = 'resolved', settled_at = ?, settled_by = ?, "
                                    "resolution = ? WHERE tbl = ? AND record_uuid = ? AND field = ? AND dot_a = ? "
                                    "AND dot_b = ? AND status = 'open'"),
                     {c.settledAt, c.settledBy, c.resolution, c.table, c.recordUuid, c.field, c.a.dot, c.b.dot});
    if (!q)
        return q.error();
    return success();
}

Status settleSuperseded(const Database &db, const QString &table, const QString &uuid)
{
    auto open = select(db, QStringLiteral("status = 'open' AND tbl = ? AND record_uuid = ?"), {table, uuid});
    if (!open)
        return open.error();
    if (open->isEmpty())
        return success();
    auto q =
        db.exec(QStringLiteral("SELECT vv, dots, meta FROM sync_record WHERE tbl = ? AND uuid = ?"), {table, uuid});
    if (!q)
        return q.error();
    if (!q->next())
        return success();
    const VersionVector vv = VersionVector::fromText(q->value(0).toString());
    const QJsonObject dots = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    const QJsonObject meta = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
    for (const SyncConflict &c : *open) {
        const QString now = dots.value(c.field).toString();
        if (now == c.a.dot || now == c.b.dot || !vv.contains(Dot::parse(c.a.dot)) || !vv.contains(Dot::parse(c.b.dot)))
            continue;
        if (auto s = settle(db, c.id, meta.value(QLatin1String("modified_at")).toString(),
                            meta.value(QLatin1String("modified_by")).toString(), QStringLiteral("superseded"));
            !s)
            return s;
    }
    return success();
}

Result<QList<SyncConflict>> list(const Database &db, bool openOnly)
{
    return select(db, openOnly ? QStringLiteral("status = 'open'") : QStringLiteral("1"), {});
}

Result<QList<SyncConflict>> ofRecords(const Database &db, const QStringList &tableSlashUuid)
{
    // Conflicts are few and records many: one read, filtered here.
    auto all = select(db, QStringLiteral("1"), {});
    if (!all)
        return all.error();
    const QSet<QString> wanted(tableSlashUuid.begin(), tableSlashUuid.end());
    QList<SyncConflict> out;
    for (const SyncConflict &c : *all)
        if (wanted.contains(c.table + QLatin1Char('/') + c.recordUuid))
            out << c;
    return out;
}

Result<int> openCount(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE status = 'open'"));
    if (!q || !q->next())
        return failure(Text::tr("Cannot count the conflicts."));
    return q->value(0).toInt();
}

Status resolve(Database &db, const Session &session, qint64 conflictId, ConflictChoice choice)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::ResolveConflicts); !s)
        return s;
    auto found = select(db, QStringLiteral("id = ?"), {conflictId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return refusal(Text::tr("Conflict %1: there is no such conflict.").arg(conflictId));
    const SyncConflict c = found->first();
    if (!c.open)
        return refusal(
            Text::tr("Conflict %1 was already settled (%2, %3).").arg(conflictId).arg(c.settledBy, c.settledAt));
    auto catalog = SyncCatalog::read(db);
    if (!catalog)
        return catalog.error();
    SyncStore store(db, *catalog);
    if (auto s = store.stampChanges(session.site()); !s)
        return s.error();
    auto live = store.reader().read(c.table, c.recordUuid);
    if (!live)
        return live.error();
    if (!*live)
        return refusal(
            Text::tr("Conflict %1: the record %2 is not on this workstation.").arg(conflictId).arg(c.recordUuid));
    RecordContent content = **live;
    const QJsonValue before = content.fields.value(c.field);
    const QJsonValue chosen = choice == ConflictChoice::A   ? c.a.value
                              : choice == ConflictChoice::B ? c.b.value
                                                            : c.ancestor;
    content.fields.insert(c.field, chosen);
    // The record's site stays the workstation that made it (RecordWriter).
    content.meta.insert(QStringLiteral("modified_at"), tx.stamp().at);
    content.meta.insert(QStringLiteral("modified_by"), tx.stamp().by);
    RecordApplier applier(db, *catalog);
    if (auto s = applier.write(c.table, c.recordUuid, content, {}); !s)
        return s;
    if (auto s = store.stampChanges(session.site(), {}, {{c.table + QLatin1Char('/') + c.recordUuid, {c.field}}}); !s)
        return s.error();
    const QString resolution = choice == ConflictChoice::A   ? QStringLiteral("a")
                               : choice == ConflictChoice::B ? QStringLiteral("b")
                                                             : QStringLiteral("ancestor");
    if (auto s = settle(db, c.id, tx.stamp().at, tx.stamp().by, resolution); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("sync.resolve"), c.table, c.recordUuid, c.recordLabel,
                            QJsonObject{{c.field, before}}, QJsonObject{{c.field, chosen}}});
        !s)
        return s;
    return tx.commit();
}

} // namespace SyncConflicts

} // namespace casedesk
