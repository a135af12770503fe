#pragma once
// Session: the signed-in person on whose behalf the core acts. Only a
// successful sign-in (SignIn) or the first set-up (BureauSetup) makes one,
// so no code path can write without a person who proved who they are.
// Every write takes the session, checks its permission (Permissions) and
// stamps and audits the change with it.

#include "auth/role.h"

#include <QString>

namespace casedesk {

class Session {
  public:
    qint64 staffId() const { return m_staffId; }
    const QString &staffUuid() const { return m_staffUuid; }
    const QString &login() const { return m_login; }
    const QString &name() const { return m_name; }
    RoleSet roles() const { return m_roles; }
    // The workstation the session writes from (BureauSettings::site).
    const QString &site() const { return m_site; }
    // An administrator reset the password: until the person chooses a new
    // one, changing it is the only thing they may do.
    bool mustChangePassword() const { return m_mustChangePassword; }

    // "张三 (zhangsan)"
    QString displayName() const { return QStringLiteral("%1 (%2)").arg(m_name, m_login); }

  private:
    friend class SignIn;
    friend class BureauSetup;
    friend class StaffDirectory;
    Session() = default;

    qint64 m_staffId = 0;
    QString m_staffUuid;
    QString m_login;
    QString m_name;
    RoleSet m_roles;
    QString m_site;
    bool m_mustChangePassword = false;
};

} // namespace casedesk
