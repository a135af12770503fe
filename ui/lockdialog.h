#pragma once
// LockDialog: what a locked CaseDesk shows. Only the person who was signed
// in can open it again, with their password (through SignIn, so wrong
// guesses are throttled as at sign-in); anybody else may sign out to the
// sign-in (Switch User) or quit. Escape and the window's close button do
// nothing: a lock that one key press removes is no lock.

#include "auth/session.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;

namespace casedesk {

class ButtonCountdown;
class Database;
class InlineMessage;

class LockDialog : public QDialog {
    Q_OBJECT

  public:
    // The dialog's results besides Accepted (unlocked).
    enum Outcome { Unlocked = QDialog::Accepted, SwitchUser = 2, Quit = 3 };

    LockDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    // The session made by the unlocking sign-in: the same person, with the
    // roles the directory holds now.
    const std::optional<Session> &session() const { return m_fresh; }

    QLineEdit *passwordField() const { return m_password; }
    QPushButton *unlockButton() const { return m_unlock; }
    QPushButton *switchUserButton() const { return m_switchUser; }
    QPushButton *quitButton() const { return m_quit; }
    QString message() const;

    void accept() override;
    void reject() override;

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void updateButton();

    Database &m_db;
    const QString m_login;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_switchUser = nullptr;
    QPushButton *m_quit = nullptr;
    InlineMessage *m_message = nullptr;
    ButtonCountdown *m_countdown = nullptr;
    std::optional<Session> m_fresh;
};

} // namespace casedesk
