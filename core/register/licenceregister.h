#pragma once
// LicenceRegister: stores licences and their status history. Fields are
// edited with update(); the status only moves through changeStatus(), which
// obeys LicenceStatusRules, needs its own permission and keeps a history
// row. Every write is audited.

#include "auth/session.h"
#include "database.h"
#include "register/licence.h"
#include "result.h"

#include <QList>

namespace casedesk {

class AuditedTransaction;

class LicenceRegister {
  public:
    explicit LicenceRegister(Database &db) : m_db(db) {}

    Result<Licence> find(qint64 id) const;
    Result<QList<Licence>> ofEntity(qint64 entityId) const;
    Result<QList<LicenceStatusChange>> history(qint64 licenceId) const;

    Result<Licence> add(const Session &session, Licence licence);
    // Not the status; refused when `licence.modifiedAt` is stale.
    Result<Licence> update(const Session &session, Licence licence);
    Result<Licence> changeStatus(const Session &session, qint64 id, LicenceStatus to, const QDate &effectiveOn,
                                 const QString &reason);
    Status remove(const Session &session, qint64 id);
    Result<Licence> restore(const Session &session, qint64 id);

    static Result<Licence> insert(AuditedTransaction &tx, Licence licence);
    // changeStatus() inside a running transaction whose action the caller
    // checked (the service of a decision that revokes the licence): the
    // rules, the history row and the audit entry, without a commit.
    static Result<Licence> applyStatus(AuditedTransaction &tx, qint64 id, LicenceStatus to, const QDate &effectiveOn,
                                       const QString &reason);
    // Field problems, an unknown entity, a number already taken for that kind.
    FieldProblems check(const Licence &licence, const QDate &today) const;

    // The columns the finders read, each prefixed with `alias.`, and the
    // record from a row that holds them from column `first` on (for queries
    // that join the table, such as DueQueries).
    static QString columns(const QString &alias);
    static Licence fromRow(const QSqlQuery &q, int first = 0);

  private:
    Database &m_db;
};

} // namespace casedesk
