#include "audit/auditedtransaction.h"

#include "audit/audittrail.h"
#include "auth/session.h"

#include <QCoreApplication>
#include <QSqlError>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};
} // namespace

AuditedTransaction::AuditedTransaction(Database &db, const Session &session)
    : m_db(db), m_session(session), m_stamp(RecordStamp::now(session.login(), session.site()))
{
}

Status AuditedTransaction::begin(Action action)
{
    if (auto allowed = Permissions::require(m_session, action); !allowed)
        return allowed;
    m_guard.emplace(m_db.sql(), TransactionGuard::Mode::Immediate);
    if (!m_guard->active())
        return failure(Text::tr("Cannot start a change of %1: %2").arg(m_db.path(), m_db.sql().lastError().text()));
    m_writer.emplace(m_db, m_stamp);
    m_chain.emplace(m_db, m_session);
    return success();
}

Status AuditedTransaction::record(const AuditEvent &event)
{
    Q_ASSERT(m_guard && m_guard->active());
    auto entry = m_chain->append(event, m_stamp.at);
    if (!entry)
        return entry.error();
    ++m_recorded;
    return success();
}

Status AuditedTransaction::commit()
{
    if (!m_guard || !m_guard->active())
        return failure(Text::tr("A change was committed without being begun."));
    // A change nobody can trace is not stored.
    if (m_recorded == 0)
        return failure(Text::tr("A change without an audit entry was refused."));
    if (!m_guard->commit())
        return failure(Text::tr("Cannot commit the change: %1").arg(m_db.sql().lastError().text()));
    return success();
}

} // namespace casedesk
