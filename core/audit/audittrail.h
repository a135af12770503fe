#pragma once
// AuditTrail: appends entries to this workstation's chain, inside the
// caller's transaction, so a change and its audit entry are stored together
// or not at all. AuditedTransaction is the usual way in.

#include "audit/auditentry.h"
#include "database.h"
#include "result.h"

namespace casedesk {

class Session;

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
