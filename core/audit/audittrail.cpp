#include "audit/audittrail.h"

#include "auth/session.h"
#include "recordwriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

QString compactJson(const QJsonObject &o)
{
    // QJsonObject keeps its keys sorted, so the same values always give the
    // same text and the same hash.
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void addField(QCryptographicHash &h, const QString &field)
{
    const QByteArray bytes = field.toUtf8();
    h.addData(QByteArray::number(bytes.size()));
    h.addData(":");
    h.addData(bytes);
}
} // namespace

QString AuditTrail::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditTrail::computeHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString &field : {e.prevHash, e.uuid, e.site, QString::number(e.seq), e.at, e.actor, e.actorName,
                                 e.action, e.table, e.recordUuid, e.recordLabel, e.before, e.after})
        addField(h, field);
    return QString::fromLatin1(h.result().toHex());
}

Result<AuditEntry> AuditTrail::append(const Database &db, const Session &session, const AuditEvent &event,
                                      const QString &at)
{
    AuditEntry e;
    e.site = session.site();
    auto head = db.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE site = ?"), {e.site});
    if (!head)
        return head.error();
    if (head->next()) {
        e.seq = head->value(0).toLongLong() + 1;
        e.prevHash = head->value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    e.uuid = newRecordUuid();
    e.at = at;
    e.actor = session.login();
    e.actorName = session.name();
    e.action = event.action;
    e.table = event.table;
    e.recordUuid = event.recordUuid;
    e.recordLabel = event.recordLabel;
    e.before = compactJson(event.before);
    e.after = compactJson(event.after);
    e.hash = computeHash(e);

    auto inserted =
        db.exec(QStringLiteral("INSERT INTO audit_entry (uuid, site, seq, at, actor, actor_name, action, record_table, "
                               "record_uuid, record_label, before_json, after_json, prev_hash, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {e.uuid, e.site, e.seq, e.at, e.actor, e.actorName, e.action, e.table, e.recordUuid, e.recordLabel,
                 e.before, e.after, e.prevHash, e.hash});
    if (!inserted)
        return failure(Text::tr("Cannot append to the audit trail: %1").arg(inserted.error().message));
    e.id = inserted->lastInsertId().toLongLong();
    auto moved = db.exec(QStringLiteral("INSERT INTO audit_head (site, seq, hash) VALUES (?, ?, ?) "
                                        "ON CONFLICT(site) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"),
                         {e.site, e.seq, e.hash});
    if (!moved)
        return failure(Text::tr("Cannot append to the audit trail: %1").arg(moved.error().message));
    return e;
}

} // namespace casedesk
