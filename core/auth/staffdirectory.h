#pragma once
// StaffDirectory: the bureau's staff accounts. Administrators add people,
// edit their records, deactivate and reactivate them and reset passwords;
// everybody may read the list and change their own password. Every change
// is permission-checked and audited (AuditedTransaction); the password hash
// never leaves this class and never enters the audit trail.

#include "auth/session.h"
#include "auth/staffmember.h"
#include "database.h"
#include "result.h"

#include <QList>

namespace casedesk {

class AuditedTransaction;

class StaffDirectory {
  public:
    explicit StaffDirectory(Database &db) : m_db(db) {}

    Result<QList<StaffMember>> list(const Session &session, bool includeInactive = true) const;
    Result<StaffMember> find(const Session &session, const QString &login) const;

    // Adds an account with its first password; the person must choose their
    // own at first sign-in.
    Result<StaffMember> add(const Session &session, StaffMember member, const QString &password);
    // Saves the record's fields (not the login, not the password, not
    // active); the record is found by its login.
    Result<StaffMember> update(const Session &session, const StaffMember &member);
    // Refuses to deactivate oneself and the last active administrator.
    Status setActive(const Session &session, const QString &login, bool active);
    // An administrator sets a new password; its owner must change it at the
    // next sign-in.
    Status resetPassword(const Session &session, const QString &login, const QString &newPassword);
    // The signed-in person replaces their own password; the current one is
    // asked again so an unattended session cannot be taken over.
    Status changeOwnPassword(Session &session, const QString &currentPassword, const QString &newPassword);

    // Stores a new, validated account inside a transaction (add and the
    // first set-up); the password comes already hashed.
    static Result<StaffMember> insert(AuditedTransaction &tx, StaffMember member, const QString &passwordHash);
    // Sign-in's view of an account: the record and its password hash.
    static Result<std::pair<StaffMember, QString>> loadForSignIn(const Database &db, const QString &login);
    static bool anyAccount(const Database &db);

  private:
    Database &m_db;
};

} // namespace casedesk
