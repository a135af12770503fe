#pragma once
// StaffMember: a person who works at the bureau, as CaseDesk keeps them:
// login, name, section, roles, the enforcement certificate (执法证) and the
// special-equipment inspector certificate with their validity. A person who
// leaves is deactivated, never removed: their name stays on the records
// they made. The login is fixed once created and never reused.

#include "auth/role.h"
#include "result.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace casedesk {

struct Certificate {
    QString number;
    QDate validFrom;  // may be unknown (invalid) for old certificates
    QDate validUntil; // required with a number

    bool present() const { return !number.isEmpty(); }
    bool validOn(const QDate &day) const
    {
        return present() && validUntil.isValid() && day <= validUntil && (!validFrom.isValid() || validFrom <= day);
    }
    bool operator==(const Certificate &) const = default;
};

struct StaffMember {
    qint64 id = 0;
    QString uuid;
    QString login;
    QString name;
    QString section;
    QString phone;
    RoleSet roles;
    Certificate enforcement;      // 行政执法证
    Certificate specialEquipment; // 特种设备检验/监察人员证
    bool active = true;
    bool mustChangePassword = false;
    QString passwordChangedAt;
    QString createdAt;
    QString modifiedAt;
    QString modifiedBy;

    // The bureau's rules for a staff record, checked before every save; the
    // refusal names the field.
    Status validate() const;
    // The record as the audit trail keeps it (never the password hash).
    QJsonObject toAuditJson() const;

    bool operator==(const StaffMember &) const = default;
};

} // namespace casedesk
