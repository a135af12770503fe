#pragma once
// SignInDialog: who is working. Names the bureau and the database file,
// asks for a login (the last one used on this computer is filled in) and a
// password, and makes a Session through the core's SignIn. A refusal (wrong
// password, deactivated account) is shown inside the dialog, which stays
// open; while the core makes the login wait after repeated wrong passwords,
// the Sign In button stays disabled and counts the seconds down.

#include "auth/session.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;

namespace casedesk {

class ButtonCountdown;
class Database;
class InlineMessage;

class SignInDialog : public QDialog {
    Q_OBJECT

  public:
    explicit SignInDialog(Database &db, QWidget *parent = nullptr);

    // Starts with an empty login (Switch User: somebody else sits down).
    void clearLogin();

    // The signed-in person once the dialog is accepted.
    const std::optional<Session> &session() const { return m_session; }

    QLineEdit *loginField() const { return m_login; }
    QLineEdit *passwordField() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString message() const;

    // The login offered at the next sign-in on this computer.
    static QString rememberedLogin();
    static void rememberLogin(const QString &login);

    void accept() override;

  private:
    void updateButton();

    Database &m_db;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    InlineMessage *m_message = nullptr;
    ButtonCountdown *m_countdown = nullptr;
    std::optional<Session> m_session;
};

} // namespace casedesk
