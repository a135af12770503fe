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
    return AuditChainWriter(db, session).append(event, at);
}

AuditChainWriter::AuditChainWriter(const Database &db, const Session &session)
    : m_db(db), m_session(session),
      m_insertEntry(db.prepare(
          QStringLiteral("INSERT INTO audit_entry (uuid, site, seq, at, actor, actor_name, action, record_table, "
                         "record_uuid, record_label, before_json, after_json, prev_hash, hash) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_moveHead(db.prepare(QStringLiteral("INSERT INTO audit_head (site, seq, hash) VALUES (?, ?, ?) "
                                           "ON CONFLICT(site) DO UPDATE SET seq = excluded.seq, hash = excluded.hash")))
{
}

Result<AuditEntry> AuditChainWriter::append(const AuditEvent &event, const QString &at)
{
    AuditEntry e;
    e.site = m_session.site();
    if (!m_headKnown) {
        auto head = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_head WHERE site = ?"), {e.site});
        if (!head)
            return head.error();
        if (head->next()) {
            m_seq = head->value(0).toLongLong();
            m_hash = head->value(1).toString();
        } else {
            m_seq = 0;
            m_hash = AuditTrail::genesisHash();
        }
        m_headKnown = true;
    }
    e.seq = m_seq + 1;
    e.prevHash = m_hash;
    e.uuid = newRecordUuid();
    e.at = at;
    e.actor = m_session.login();
    e.actorName = m_session.name();
    e.action = event.action;
    e.table = event.table;
    e.recordUuid = event.recordUuid;
    e.recordLabel = event.recordLabel;
    e.before = compactJson(event.before);
    e.after = compactJson(event.after);
    e.hash = AuditTrail::computeHash(e);

    int i = 0;
    for (const QVariant &v :
         {QVariant(e.uuid), QVariant(e.site), QVariant(e.seq), QVariant(e.at), QVariant(e.actor), QVariant(e.actorName),
          QVariant(e.action), QVariant(e.table), QVariant(e.recordUuid), QVariant(e.recordLabel), QVariant(e.before),
          QVariant(e.after), QVariant(e.prevHash), QVariant(e.hash)})
        m_insertEntry.bindValue(i++, Database::bindable(v));
    if (!m_insertEntry.exec())
        return failure(Text::tr("Cannot append to the audit trail: %1").arg(m_insertEntry.lastError().text()));
    e.id = m_insertEntry.lastInsertId().toLongLong();
    m_moveHead.bindValue(0, e.site);
    m_moveHead.bindValue(1, e.seq);
    m_moveHead.bindValue(2, e.hash);
    if (!m_moveHead.exec())
        return failure(Text::tr("Cannot append to the audit trail: %1").arg(m_moveHead.lastError().text()));
    m_seq = e.seq;
    m_hash = e.hash;
    return e;
}

} // namespace casedesk
