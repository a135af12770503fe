#include "auth/staffdirectory.h"

#include "audit/auditedtransaction.h"
#include "auth/passwordhasher.h"
#include "auth/permissions.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)
};

const char *const kColumns =
    "id, uuid, login, name, section, phone, roles, enforcement_cert, enforcement_cert_from, enforcement_cert_until, "
    "equipment_cert, equipment_cert_from, equipment_cert_until, active, must_change_password, password_changed_at, "
    "created_at, modified_at, modified_by, password_hash";

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QString textOf(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

StaffMember fromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.login = q.value(2).toString();
    m.name = q.value(3).toString();
    m.section = q.value(4).toString();
    m.phone = q.value(5).toString();
    // Stored codes were validated on the way in.
    m.roles = RoleSet::parse(q.value(6).toString()).value();
    m.enforcement = {q.value(7).toString(), dateOf(q.value(8)), dateOf(q.value(9))};
    m.specialEquipment = {q.value(10).toString(), dateOf(q.value(11)), dateOf(q.value(12))};
    m.active = q.value(13).toBool();
    m.mustChangePassword = q.value(14).toBool();
    m.passwordChangedAt = q.value(15).toString();
    m.createdAt = q.value(16).toString();
    m.modifiedAt = q.value(17).toString();
    m.modifiedBy = q.value(18).toString();
    return m;
}

Result<std::pair<StaffMember, QString>> loadRow(const Database &db, const QString &login)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM staff WHERE login = ? AND deleted_at IS NULL")
                         .arg(QString::fromLatin1(kColumns)),
                     {login.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("Login: there is no account \"%1\".").arg(login));
    return std::pair{fromRow(*q), q->value(19).toString()};
}

// Tidies what people type before it is validated and stored.
StaffMember normalised(StaffMember m)
{
    m.login = m.login.trimmed();
    m.name = m.name.trimmed();
    m.section = m.section.trimmed();
    m.phone = m.phone.trimmed();
    m.enforcement.number = m.enforcement.number.trimmed();
    m.specialEquipment.number = m.specialEquipment.number.trimmed();
    return m;
}

Result<int> activeAdministrators(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT roles FROM staff WHERE active = 1 AND deleted_at IS NULL"));
    if (!q)
        return q.error();
    int n = 0;
    while (q->next())
        n += RoleSet::parse(q->value(0).toString()).value().has(Role::Administrator) ? 1 : 0;
    return n;
}

// Writes the fields a record edit may change and audits the change.
Status writeChange(AuditedTransaction &tx, const Database &db, const StaffMember &before, const StaffMember &after,
                   const QString &action)
{
    auto r = db.exec(QStringLiteral("UPDATE staff SET name = ?, section = ?, phone = ?, roles = ?, "
                                    "enforcement_cert = ?, enforcement_cert_from = ?, enforcement_cert_until = ?, "
                                    "equipment_cert = ?, equipment_cert_from = ?, equipment_cert_until = ?, "
                                    "active = ?, must_change_password = ?, modified_at = ?, modified_by = ? "
                                    "WHERE id = ?"),
                     {after.name, after.section, after.phone, after.roles.codes(), after.enforcement.number,
                      textOf(after.enforcement.validFrom), textOf(after.enforcement.validUntil),
                      after.specialEquipment.number, textOf(after.specialEquipment.validFrom),
                      textOf(after.specialEquipment.validUntil), after.active ? 1 : 0, after.mustChangePassword ? 1 : 0,
                      tx.stamp().at, tx.stamp().by, before.id});
    if (!r)
        return r.error();
    return tx.record(
        {action, QStringLiteral("staff"), before.uuid, after.name, before.toAuditJson(), after.toAuditJson()});
}

Status writePassword(AuditedTransaction &tx, const Database &db, const StaffMember &member, const QString &hash,
                     bool mustChange, const QString &action)
{
    auto r = db.exec(QStringLiteral("UPDATE staff SET password_hash = ?, must_change_password = ?, "
                                    "password_changed_at = ?, modified_at = ?, modified_by = ? WHERE id = ?"),
                     {hash, mustChange ? 1 : 0, tx.stamp().at, tx.stamp().at, tx.stamp().by, member.id});
    if (!r)
        return r.error();
    StaffMember after = member;
    after.mustChangePassword = mustChange;
    // The trail says that the password changed and when, never to what.
    QJsonObject before = member.toAuditJson(), now = after.toAuditJson();
    before.insert(QStringLiteral("passwordChangedAt"), member.passwordChangedAt);
    now.insert(QStringLiteral("passwordChangedAt"), tx.stamp().at);
    return tx.record({action, QStringLiteral("staff"), member.uuid, member.name, before, now});
}
} // namespace

bool StaffDirectory::anyAccount(const Database &db)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM staff LIMIT 1"));
    return q && q->next();
}

Result<std::pair<StaffMember, QString>> StaffDirectory::loadForSignIn(const Database &db, const QString &login)
{
    return loadRow(db, login);
}

Result<QList<StaffMember>> StaffDirectory::list(const Session &session, bool includeInactive) const
{
    if (auto s = Permissions::require(session, Action::ViewStaff); !s)
        return s.error();
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM staff WHERE deleted_at IS NULL AND (? OR active = 1) "
                                      "ORDER BY active DESC, section, name, login")
                           .arg(QString::fromLatin1(kColumns)),
                       {includeInactive ? 1 : 0});
    if (!q)
        return q.error();
    QList<StaffMember> members;
    while (q->next())
        members << fromRow(*q);
    return members;
}

Result<StaffMember> StaffDirectory::find(const Session &session, const QString &login) const
{
    if (auto s = Permissions::require(session, Action::ViewStaff); !s)
        return s.error();
    auto row = loadRow(m_db, login);
    if (!row)
        return row.error();
    return row->first;
}

Result<StaffMember> StaffDirectory::insert(AuditedTransaction &tx, StaffMember member, const QString &passwordHash)
{
    member = normalised(member);
    if (auto valid = member.validate(); !valid)
        return valid.error();
    const Database &db = tx.writer().database();
    auto taken = db.exec(QStringLiteral("SELECT name, active FROM staff WHERE login = ?"), {member.login});
    if (!taken)
        return taken.error();
    if (taken->next())
        return refusal(Text::tr("Login: \"%1\" already belongs to %2%3; a login is never given to another person.")
                           .arg(member.login, taken->value(0).toString(),
                                taken->value(1).toBool() ? QString() : Text::tr(" (deactivated)")));
    member.active = true;
    auto id = tx.writer().insert("staff", {{"login", member.login},
                                           {"name", member.name},
                                           {"section", member.section},
                                           {"phone", member.phone},
                                           {"roles", member.roles.codes()},
                                           {"enforcement_cert", member.enforcement.number},
                                           {"enforcement_cert_from", textOf(member.enforcement.validFrom)},
                                           {"enforcement_cert_until", textOf(member.enforcement.validUntil)},
                                           {"equipment_cert", member.specialEquipment.number},
                                           {"equipment_cert_from", textOf(member.specialEquipment.validFrom)},
                                           {"equipment_cert_until", textOf(member.specialEquipment.validUntil)},
                                           {"active", 1},
                                           {"password_hash", passwordHash},
                                           {"must_change_password", member.mustChangePassword ? 1 : 0},
                                           {"password_changed_at", tx.stamp().at}});
    if (!id)
        return id.error();
    member.id = *id;
    member.uuid = tx.writer().lastUuid();
    member.passwordChangedAt = member.createdAt = member.modifiedAt = tx.stamp().at;
    member.modifiedBy = tx.stamp().by;
    if (auto s = tx.record(
            {QStringLiteral("users.add"), QStringLiteral("staff"), member.uuid, member.name, {}, member.toAuditJson()});
        !s)
        return s.error();
    return member;
}

Result<StaffMember> StaffDirectory::add(const Session &session, StaffMember member, const QString &password)
{
    if (auto s = Permissions::require(session, Action::ManageStaff); !s)
        return s.error();
    member = normalised(member);
    if (auto valid = member.validate(); !valid)
        return valid.error();
    if (auto strong = PasswordHasher::checkStrength(password, member.login); !strong)
        return strong.error();
    // Hashing takes a moment; do it before the write lock is taken.
    auto hash = PasswordHasher::hash(password);
    if (!hash)
        return hash.error();
    // The first password is the administrator's choice, not the person's.
    member.mustChangePassword = true;
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ManageStaff); !s)
        return s.error();
    auto added = insert(tx, member, *hash);
    if (!added)
        return added.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<StaffMember> StaffDirectory::update(const Session &session, const StaffMember &member)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ManageStaff); !s)
        return s.error();
    auto row = loadRow(m_db, member.login);
    if (!row)
        return row.error();
    const StaffMember &before = row->first;
    StaffMember after = normalised(member);
    after.id = before.id;
    after.uuid = before.uuid;
    after.login = before.login;
    after.active = before.active;
    after.mustChangePassword = before.mustChangePassword;
    after.passwordChangedAt = before.passwordChangedAt;
    after.createdAt = before.createdAt;
    if (auto valid = after.validate(); !valid)
        return valid.error();
    if (before.active && before.roles.has(Role::Administrator) && !after.roles.has(Role::Administrator)) {
        auto admins = activeAdministrators(m_db);
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return refusal(Text::tr("Roles: %1 is the last active administrator; give another person the role "
                                    "first.")
                               .arg(before.name));
    }
    after.modifiedAt = tx.stamp().at;
    after.modifiedBy = tx.stamp().by;
    if (after.toAuditJson() == before.toAuditJson())
        return before; // nothing changed, nothing to record
    if (auto s = writeChange(tx, m_db, before, after, QStringLiteral("users.edit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

Status StaffDirectory::setActive(const Session &session, const QString &login, bool active)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ManageStaff); !s)
        return s;
    auto row = loadRow(m_db, login);
    if (!row)
        return row.error();
    const StaffMember &before = row->first;
    if (before.active == active)
        return refusal(active ? Text::tr("%1 (%2) is already active.").arg(before.name, before.login)
                              : Text::tr("%1 (%2) is already deactivated.").arg(before.name, before.login));
    if (!active && before.id == session.staffId())
        return refusal(
            Text::tr("%1 cannot deactivate their own account; ask another administrator.").arg(session.displayName()));
    if (!active && before.roles.has(Role::Administrator)) {
        auto admins = activeAdministrators(m_db);
        if (!admins)
            return admins.error();
        if (*admins <= 1)
            return refusal(Text::tr("%1 is the last active administrator and cannot be deactivated.").arg(before.name));
    }
    StaffMember after = before;
    after.active = active;
    if (auto s = writeChange(tx, m_db, before, after,
                             active ? QStringLiteral("users.activate") : QStringLiteral("users.deactivate"));
        !s)
        return s;
    return tx.commit();
}

Status StaffDirectory::resetPassword(const Session &session, const QString &login, const QString &newPassword)
{
    if (auto s = Permissions::require(session, Action::ManageStaff); !s)
        return s;
    auto row = loadRow(m_db, login);
    if (!row)
        return row.error();
    if (auto strong = PasswordHasher::checkStrength(newPassword, row->first.login); !strong)
        return strong;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ManageStaff); !s)
        return s;
    // Resetting one's own password is just choosing a new one.
    const bool own = row->first.id == session.staffId();
    if (auto s = writePassword(tx, m_db, row->first, *hash, !own, QStringLiteral("users.reset-password")); !s)
        return s;
    return tx.commit();
}

Status StaffDirectory::changeOwnPassword(Session &session, const QString &currentPassword, const QString &newPassword)
{
    if (auto s = Permissions::require(session, Action::ChangeOwnPassword); !s)
        return s;
    auto row = loadRow(m_db, session.login());
    if (!row)
        return row.error();
    if (!PasswordHasher::verify(row->second, currentPassword))
        return refusal(Text::tr("Current password: it is not right; the password was not changed."));
    if (newPassword == currentPassword)
        return refusal(Text::tr("New password: choose one that differs from the current password."));
    if (auto strong = PasswordHasher::checkStrength(newPassword, session.login()); !strong)
        return strong;
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ChangeOwnPassword); !s)
        return s;
    if (auto s = writePassword(tx, m_db, row->first, *hash, false, QStringLiteral("users.change-password")); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    session.m_mustChangePassword = false;
    return success();
}

} // namespace casedesk
