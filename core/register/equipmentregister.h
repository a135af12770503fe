#pragma once
// EquipmentRegister: stores special equipment. A registration number is
// unique in the bureau; status changes obey EquipmentStatusRules. Every
// write is audited.

#include "auth/session.h"
#include "database.h"
#include "register/equipment.h"
#include "result.h"

#include <QList>

namespace casedesk {

class AuditedTransaction;

class EquipmentRegister {
  public:
    explicit EquipmentRegister(Database &db) : m_db(db) {}

    Result<Equipment> find(qint64 id) const;
    Result<Equipment> findByRegistration(const QString &number) const;
    Result<QList<Equipment>> ofEntity(qint64 entityId) const;

    Result<Equipment> add(const Session &session, Equipment equipment);
    // Refused when `equipment.modifiedAt` is stale or the status change is not allowed.
    Result<Equipment> update(const Session &session, Equipment equipment);
    Status remove(const Session &session, qint64 id);
    Result<Equipment> restore(const Session &session, qint64 id);

    static Result<Equipment> insert(AuditedTransaction &tx, Equipment equipment);
    FieldProblems check(const Equipment &equipment) const;

    // The columns the finders read, each prefixed with `alias.`, and the
    // record from a row that holds them from column `first` on (for queries
    // that join the table, such as DueQueries).
    static QString columns(const QString &alias);
    static Equipment fromRow(const QSqlQuery &q, int first = 0);

  private:
    Database &m_db;
};

} // namespace casedesk
