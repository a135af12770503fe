#pragma once
// RAII transaction: begins on construction, rolls back on destruction unless
// commit() succeeded. Every write in the core runs inside one, so a refused
// or failed request leaves the database exactly as it was.

#include <QSqlDatabase>

namespace casedesk {

class TransactionGuard {
  public:
    // Immediate takes the write lock at once: a transaction that reads
    // before it writes (the audit chain's head, say) then never fails
    // half-way because another program wrote in between; it waits for the
    // busy timeout instead.
    enum class Mode { Deferred, Immediate };

    explicit TransactionGuard(QSqlDatabase db, Mode mode = Mode::Deferred);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard &) = delete;
    TransactionGuard &operator=(const TransactionGuard &) = delete;

    bool active() const { return m_active; }
    bool commit();

  private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace casedesk
