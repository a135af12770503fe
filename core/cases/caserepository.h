#pragma once
// CaseRepository: stores enforcement cases and everything that belongs to
// them (handlers, responsibility items, provisions, penalties, clock stops,
// seizures, steps, attachments). Every write checks the session's permission
// and the rules (CaseWorkflow, StatutoryClock's inputs), is audited in one
// AuditedTransaction, and appends a step to the case's timeline. Case
// numbers come from CaseNumbering when a case is filed. The decision's due
// date is stored (enforcement_case.due_on) so lists can filter in SQL; it is
// always what StatutoryClock computes.

#include "auth/session.h"
#include "cases/caseworkflow.h"
#include "cases/enforcementcase.h"
#include "database.h"
#include "result.h"

#include <QByteArray>
#include <QList>

namespace casedesk {

class CaseRepository {
  public:
    explicit CaseRepository(Database &db) : m_db(db) {}

    Result<EnforcementCase> find(qint64 id) const;
    // An id, a lead number, or a case number in any form CaseNumber::parse takes.
    Result<EnforcementCase> findByNumber(const QString &text) const;
    QList<CaseStep> steps(qint64 caseId) const;
    QList<CaseAttachment> attachments(qint64 caseId) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;
    // Active staff holding an enforcement certificate valid on `day`, for the
    // handler pickers (needs only ViewCases, not the staff list).
    QList<CaseHandler> eligibleHandlers(const QDate &day) const;

    // A new lead: stage Lead, a lead number of this site and year. The
    // party of a registered entity is copied from the register.
    Result<EnforcementCase> registerLead(const Session &session, EnforcementCase lead, const QDate &today);
    // The details: party, title, facts, section, handlers, items and
    // provisions until the case is reviewed; penalties until the party is
    // notified. Refused when `c.modifiedAt` is stale, or when a field the
    // stage has frozen changed.
    Result<EnforcementCase> update(const Session &session, EnforcementCase c, const QDate &today);
    // CaseWorkflow::check, then the stage with its fields; filing allocates
    // the number, service applies a licence revocation (LicenceRegister).
    Result<EnforcementCase> advance(const Session &session, qint64 caseId, const TransitionInput &input,
                                    const QDate &today);

    // The bureau head's one 30-day extension, while the clock runs.
    Result<EnforcementCase> extend(const Session &session, qint64 caseId, const QDate &on, const QString &reason,
                                   const QDate &today);
    // Stops the clock from `from`; refused while another stop of the same
    // kind is open, or when the clock is not running.
    Result<EnforcementCase> suspend(const Session &session, qint64 caseId, ClockStopKind kind, const QDate &from,
                                    const QString &reason, const QDate &today);
    // Ends the open stops on `to`.
    Result<EnforcementCase> resume(const Session &session, qint64 caseId, const QDate &to, const QString &reason,
                                   const QDate &today);

    Result<EnforcementCase> seize(const Session &session, qint64 caseId, Seizure seizure, const QDate &today);
    Result<EnforcementCase> extendSeizure(const Session &session, qint64 caseId, qint64 seizureId, const QDate &on,
                                          const QString &reason, const QDate &today);
    Result<EnforcementCase> releaseSeizure(const Session &session, qint64 caseId, qint64 seizureId, const QDate &on,
                                           const QDate &today);

    // Photos and scanned evidence, kept in the database with their SHA-256
    // (they travel with the case). Refused when empty or over 50 MiB.
    Result<CaseAttachment> attach(const Session &session, qint64 caseId, const QString &fileName,
                                  const QByteArray &content, const QString &note);
    // Tombstone; the content stays for the case file's history.
    Status removeAttachment(const Session &session, qint64 attachmentId);

    static constexpr qint64 kLargestAttachment = 50ll * 1024 * 1024;

  private:
    Database &m_db;
};

} // namespace casedesk
