#pragma once
// AuditTrail: appends entries to this workstation's chain, inside the
// caller's transaction, so a change and its audit entry are stored together
// or not at all. AuditedTransaction is the usual way in.

#include "audit/auditentry.h"
#include "database.h"
#include "result.h"

#include <QSqlQuery>

namespace casedesk {

class Session;

// Appends to one workstation's chain inside one transaction: reads the
// chain's head once and keeps its statements prepared, so an import that
// writes thousands of entries does not re-read and re-parse for each.
class AuditChainWriter {
  public:
    AuditChainWriter(const Database &db, const Session &session);
    Result<AuditEntry> append(const AuditEvent &event, const QString &at);

  private:
    const Database &m_db;
    const Session &m_session;
    bool m_headKnown = false;
    qint64 m_seq = 0;
    QString m_hash;
    QSqlQuery m_insertEntry;
    QSqlQuery m_moveHead;
};

namespace AuditTrail {

// The prev_hash of a chain's first entry.
QString genesisHash();

// Appends the event as the next entry of session.site()'s chain, at the
// given time. Must run inside a transaction that holds the write lock.
Result<AuditEntry> append(const Database &db, const Session &session, const AuditEvent &event, const QString &at);

// The hash an entry must carry: SHA-256 over its fields and prev_hash, each
// field length-prefixed so no two entries share an encoding.
QString computeHash(const AuditEntry &entry);

} // namespace AuditTrail

} // namespace casedesk
