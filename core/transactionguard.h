#pragma once
// RAII transaction: begins on construction, rolls back on destruction unless
// commit() succeeded. Every write in the core runs inside one, so a refused
// or failed request leaves the database exactly as it was.

#include <QSqlDatabase>

namespace casedesk {

class TransactionGuard {
  public:
    explicit TransactionGuard(QSqlDatabase db);
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
