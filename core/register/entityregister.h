#pragma once
// EntityRegister: stores entities. Every write checks the session's
// permission, validates the record, refuses a second entity with the same
// registration code, and is audited (AuditedTransaction). Removal is soft
// (a tombstone) and can be undone by restore(). An update quotes the
// modification time it was read with, so a change made meanwhile by
// someone else is never overwritten silently.

#include "auth/session.h"
#include "database.h"
#include "register/entity.h"
#include "result.h"

#include <QList>

namespace casedesk {

class AuditedTransaction;

struct SimilarName {
    qint64 id = 0;
    QString name;
    QString code;
};

class EntityRegister {
  public:
    explicit EntityRegister(Database &db) : m_db(db) {}

    // Active (not removed) entities.
    Result<Entity> find(qint64 id) const;
    Result<Entity> findByCode(const QString &code) const;
    // A number is an id, anything else a registration code (normalised).
    Result<Entity> findByIdOrCode(const QString &text) const;
    // Entities whose names look like `name` (NameSimilarity), excluding `excludeId`.
    QList<SimilarName> similarNames(const QString &name, qint64 excludeId = 0, int limit = 5) const;

    Result<Entity> add(const Session &session, Entity entity);
    // `entity.modifiedAt` must be the stored one (else: refused, naming who
    // changed it and when).
    Result<Entity> update(const Session &session, Entity entity);
    // Soft-deletes the entity with its licences and equipment.
    Status remove(const Session &session, qint64 id);
    // Brings back a removed entity with what was removed with it; refused
    // when another entity took its code meanwhile.
    Result<Entity> restore(const Session &session, qint64 id);

    // Inside a running transaction (the importer): validated entity in,
    // stored entity out, audit entry recorded.
    static Result<Entity> insert(AuditedTransaction &tx, Entity entity);
    // Recomputes a live row's name key and search text from its fields
    // (after an exchange merged fields of two versions).
    static Status refreshDerived(const Database &db, qint64 id);
    // The same checks add() makes, without writing: problems of the fields
    // and a taken code. For forms and the import's dry run.
    FieldProblems check(const Entity &entity, const QDate &today) const;

  private:
    Database &m_db;
};

} // namespace casedesk
