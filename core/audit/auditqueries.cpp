#include "audit/auditqueries.h"

#include "auth/permissions.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

Result<QList<AuditEntry>> readAll(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<AuditEntry> entries;
    while (q->next())
        entries << auditEntryFromRow(*q);
    return entries;
}
} // namespace

const char *const kAuditEntryColumns = "id, uuid, site, seq, at, actor, actor_name, action, record_table, "
                                       "record_uuid, record_label, before_json, after_json, prev_hash, hash";

AuditEntry auditEntryFromRow(const QSqlQuery &q)
{
    AuditEntry e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.site = q.value(2).toString();
    e.seq = q.value(3).toLongLong();
    e.at = q.value(4).toString();
    e.actor = q.value(5).toString();
    e.actorName = q.value(6).toString();
    e.action = q.value(7).toString();
    e.table = q.value(8).toString();
    e.recordUuid = q.value(9).toString();
    e.recordLabel = q.value(10).toString();
    e.before = q.value(11).toString();
    e.after = q.value(12).toString();
    e.prevHash = q.value(13).toString();
    e.hash = q.value(14).toString();
    return e;
}

Result<QList<AuditEntry>> AuditQueries::recordHistory(const Session &session, const QString &recordUuid) const
{
    if (auto s = Permissions::require(session, Action::ViewRecordHistory); !s)
        return s.error();
    return readAll(m_db.exec(QStringLiteral("SELECT %1 FROM audit_entry WHERE record_uuid = ? ORDER BY at, id")
                                 .arg(QString::fromLatin1(kAuditEntryColumns)),
                             {recordUuid}));
}

Result<QList<AuditEntry>> AuditQueries::page(const Session &session, int offset, int limit) const
{
    if (auto s = Permissions::require(session, Action::ViewAuditTrail); !s)
        return s.error();
    return readAll(m_db.exec(QStringLiteral("SELECT %1 FROM audit_entry ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                                 .arg(QString::fromLatin1(kAuditEntryColumns)),
                             {limit > 0 ? limit : -1, offset}));
}

Result<int> AuditQueries::count(const Session &session) const
{
    if (auto s = Permissions::require(session, Action::ViewAuditTrail); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM audit_entry"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QString> AuditQueries::resolveRecord(const Session &session, const QString &prefix) const
{
    if (auto s = Permissions::require(session, Action::ViewRecordHistory); !s)
        return s.error();
    const QString wanted = prefix.trimmed().toLower();
    if (wanted.size() < 8)
        return refusal(Text::tr("Record: give at least the first 8 characters of the record's identity."));
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT record_uuid FROM audit_entry "
                                      "WHERE substr(record_uuid, 1, ?) = ? LIMIT 2"),
                       {wanted.size(), wanted});
    if (!q)
        return q.error();
    QStringList found;
    while (q->next())
        found << q->value(0).toString();
    if (found.isEmpty())
        return refusal(Text::tr("Record: no audit entry concerns a record %1.").arg(prefix));
    if (found.size() > 1)
        return refusal(Text::tr("Record: %1 matches several records; give more characters.").arg(prefix));
    return found.first();
}

} // namespace casedesk
