#pragma once
// SyncKey: the bureau's shared secret that authenticates exchange files.
// Every workstation of a bureau is given the same key at set-up (the GUI's
// set-up, `init --sync-key-file`, or CASEDESK_SYNC_KEY); a file made with
// another key (another bureau's, or none) is refused. The key is stored in
// this workstation's settings and never travels; only its fingerprint
// appears in files, messages and the audit trail.

#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace casedesk {

class Session;

class SyncKey {
  public:
    static constexpr int kShortest = 16;

    // The key given: refuses one shorter than kShortest characters.
    static Result<SyncKey> fromText(const QString &text);
    // The first line of a key file.
    static Result<SyncKey> fromFile(const QString &path);
    // This workstation's key; else CASEDESK_SYNC_KEY; else a refusal that
    // says how to set one.
    static Result<SyncKey> current(const Database &db);
    static bool isStored(const Database &db);

    // Stores the key at set-up (inside the caller's transaction). Refused
    // when a different key is already stored and the workstation has
    // accounts (before that, a wrong key may be corrected).
    static Status storeAtSetUp(const Database &db, const SyncKey &key);
    // An administrator's change, audited with both fingerprints.
    static Status change(Database &db, const Session &session, const SyncKey &key);

    // 16 hex digits that identify the key without revealing it.
    QString fingerprint() const;
    // The HMAC-SHA256 of data under this key.
    QByteArray sign(const QByteArray &data) const;

  private:
    explicit SyncKey(QString text) : m_text(std::move(text)) {}
    QByteArray derived(const char *purpose) const;
    QString m_text;
};

} // namespace casedesk
