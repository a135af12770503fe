#include "transactionguard.h"

#include <QSqlQuery>

namespace casedesk {

TransactionGuard::TransactionGuard(QSqlDatabase db, Mode mode) : m_db(std::move(db))
{
    if (mode == Mode::Deferred) {
        m_active = m_db.transaction();
    } else {
        // QSqlDatabase::transaction() only knows a deferred BEGIN; commit()
        // and rollback() work the same after either.
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
}

TransactionGuard::~TransactionGuard()
{
    if (m_active)
        m_db.rollback();
}

bool TransactionGuard::commit()
{
    if (!m_active)
        return false;
    m_active = !m_db.commit();
    return !m_active;
}

} // namespace casedesk
