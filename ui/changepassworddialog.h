#pragma once
// ChangePasswordDialog: the signed-in person replaces their own password
// (current, new, new again) through StaffDirectory::changeOwnPassword. Also
// shown right after sign-in when an administrator has reset the password:
// until it is done nothing else may be done, so cancelling it there means
// not working at all. Refusals are shown inside the dialog.

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace casedesk {

class Database;
class InlineMessage;
class Session;

class ChangePasswordDialog : public QDialog {
    Q_OBJECT

  public:
    // ResetByAdministrator: a new account's first password, or a reset.
    enum class Reason { Chosen, ResetByAdministrator };

    // session is updated when the password is changed (the reset flag goes).
    ChangePasswordDialog(Database &db, Session &session, Reason reason, QWidget *parent = nullptr);

    QLineEdit *currentField() const { return m_current; }
    QLineEdit *newField() const { return m_new; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

    void accept() override;

  private:
    void updateButton();

    Database &m_db;
    Session &m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_ok = nullptr;
    InlineMessage *m_message = nullptr;
    bool m_showingMismatch = false;
};

} // namespace casedesk
