#pragma once
// AuditedTransaction: the one way the core changes records. It checks the
// session's permission for the action, takes the write lock, stamps records
// with the session's person, time and workstation, and refuses to commit a
// change that recorded no audit entry. A refusal or failure anywhere rolls
// everything back.
//
//   AuditedTransaction tx(db, session);
//   if (auto s = tx.begin(Action::ManageStaff); !s) return s.error();
//   auto id = tx.writer().insert("staff", {...});
//   if (auto s = tx.record({"users.add", "staff", uuid, name, {}, after}); !s) return s.error();
//   return tx.commit();

#include "audit/auditentry.h"
#include "audit/audittrail.h"
#include "auth/permissions.h"
#include "database.h"
#include "recordwriter.h"
#include "result.h"
#include "transactionguard.h"

#include <QList>
#include <optional>

namespace casedesk {

class Session;

class AuditedTransaction {
  public:
    AuditedTransaction(Database &db, const Session &session);

    // Refuses when the session may not take the action; otherwise begins.
    Status begin(Action action);

    RecordWriter &writer() { return *m_writer; }
    const RecordStamp &stamp() const { return m_stamp; }
    const Session &session() const { return m_session; }

    // Appends the event to the audit trail, in this transaction.
    Status record(const AuditEvent &event);
    // How many entries were recorded so far.
    int recordedEntries() const { return m_recorded; }

    // Commits the change and its audit entries together.
    Status commit();

  private:
    Database &m_db;
    const Session &m_session;
    RecordStamp m_stamp;
    std::optional<TransactionGuard> m_guard;
    std::optional<RecordWriter> m_writer;
    std::optional<AuditChainWriter> m_chain;
    int m_recorded = 0;
};

} // namespace casedesk
