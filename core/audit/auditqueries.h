#pragma once
// AuditQueries: reading the audit trail: a record's history (oldest first)
// and the whole trail a page at a time (newest first), each behind its
// permission.

#include "audit/auditentry.h"
#include "database.h"
#include "result.h"

#include <QList>

namespace casedesk {

class Session;

class AuditQueries {
  public:
    explicit AuditQueries(const Database &db) : m_db(db) {}

    // Everything that happened to one record, in the order it happened.
    Result<QList<AuditEntry>> recordHistory(const Session &session, const QString &recordUuid) const;
    // The trail newest first; limit 0 means all.
    Result<QList<AuditEntry>> page(const Session &session, int offset, int limit) const;
    Result<int> count(const Session &session) const;
    // The full identity of the record whose uuid starts with prefix (at
    // least 8 characters), as `audit list --record` accepts it.
    Result<QString> resolveRecord(const Session &session, const QString &prefix) const;

  private:
    const Database &m_db;
};

// Reads the rows of a query over audit_entry's columns in their stored order
// (shared with AuditVerifier).
AuditEntry auditEntryFromRow(const QSqlQuery &q);
extern const char *const kAuditEntryColumns;

} // namespace casedesk
