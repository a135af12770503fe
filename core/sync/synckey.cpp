#include "sync/synckey.h"

#include "audit/auditedtransaction.h"
#include "auth/bureausetup.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncKey)
};

const char *const kSetting = "sync_key";

QString storedText(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT value FROM setting WHERE key = ?"), {QString::fromLatin1(kSetting)});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status putText(const Database &db, const QString &text)
{
    auto q = db.exec(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {QString::fromLatin1(kSetting), text});
    if (!q)
        return q.error();
    return success();
}

} // namespace

Result<SyncKey> SyncKey::fromText(const QString &text)
{
    const QString key = text.trimmed();
    if (key.size() < kShortest)
        return refusal(Text::tr("Sync key: it has %1 characters; a bureau's sync key needs at least %2.")
                           .arg(key.size())
                           .arg(kShortest));
    return SyncKey(key);
}

Result<SyncKey> SyncKey::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Text::tr("%1: cannot read the sync key file (%2).").arg(path, file.errorString()));
    const QString first = QString::fromUtf8(file.readLine(4096));
    auto key = fromText(first);
    if (!key)
        return refusal(QStringLiteral("%1: %2").arg(path, key.error().message));
    return key;
}

Result<SyncKey> SyncKey::current(const Database &db)
{
    const QString stored = storedText(db);
    if (!stored.isEmpty())
        return SyncKey(stored);
    const QString env = qEnvironmentVariable("CASEDESK_SYNC_KEY");
    if (!env.isEmpty())
        return fromText(env);
    return refusal(Text::tr("This workstation has no sync key yet: an administrator enters the bureau's key "
                            "(Tools → Sync key, or sync key --key-file FILE), or set CASEDESK_SYNC_KEY."));
}

bool SyncKey::isStored(const Database &db)
{
    return !storedText(db).isEmpty();
}

Status SyncKey::storeAtSetUp(const Database &db, const SyncKey &key)
{
    const QString stored = storedText(db);
    if (stored == key.m_text)
        return success();
    // Until the workstation has accounts (it waits to join, say) the key
    // given at set-up may be corrected; afterwards only an administrator
    // changes it.
    if (!stored.isEmpty() && !BureauSetup::needed(db))
        return refusal(Text::tr("Sync key: this workstation already has another key (%1); an administrator "
                                "changes it with sync key.")
                           .arg(SyncKey(stored).fingerprint()));
    return putText(db, key.m_text);
}

Status SyncKey::change(Database &db, const Session &session, const SyncKey &key)
{
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::ManageSyncKey); !s)
        return s;
    const QString stored = storedText(db);
    const QString before = stored.isEmpty() ? QString() : SyncKey(stored).fingerprint();
    if (stored == key.m_text)
        return success();
    if (auto s = putText(db, key.m_text); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("sync.key"), QStringLiteral("setting"), QStringLiteral("sync_key"),
                            Text::tr("Sync key"), QJsonObject{{QStringLiteral("fingerprint"), before}},
                            QJsonObject{{QStringLiteral("fingerprint"), key.fingerprint()}}});
        !s)
        return s;
    return tx.commit();
}

QByteArray SyncKey::derived(const char *purpose) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray("casedesk-sync-v1:") + purpose + ':');
    h.addData(m_text.toUtf8());
    return h.result();
}

QString SyncKey::fingerprint() const
{
    return QString::fromLatin1(derived("fingerprint").toHex().left(16));
}

QByteArray SyncKey::sign(const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(data, derived("hmac"), QCryptographicHash::Sha256);
}

} // namespace casedesk
