#pragma once
// PasswordResetDialog: an administrator gives a colleague who forgot their
// password a new one (StaffDirectory::resetPassword). The new password is
// checked against the bureau's rule as it is typed; its owner must replace
// it at their next sign-in.

#include "auth/session.h"
#include "auth/staffmember.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace casedesk {

class Database;
class InlineMessage;

class PasswordResetDialog : public QDialog {
    Q_OBJECT

  public:
    PasswordResetDialog(Database &db, const Session &session, const StaffMember &member, QWidget *parent = nullptr);

    void accept() override;

  private:
    void revalidate();

    Database &m_db;
    const Session m_session;
    const StaffMember m_member;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
