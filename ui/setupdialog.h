#pragma once
// SetupDialog: the first start of a new database. Asks for the bureau's
// settings (name, case-number abbreviation, this workstation's code, the
// idle lock) and the first administrator's account, and stores them through
// the core's BureauSetup, which signs the administrator in. What the core
// refuses is shown inside the dialog, which stays open with what was typed.

#include "auth/session.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace casedesk {

class Database;
class InlineMessage;

class SetupDialog : public QDialog {
    Q_OBJECT

  public:
    explicit SetupDialog(Database &db, QWidget *parent = nullptr);

    // The first administrator, signed in, once the dialog is accepted.
    const std::optional<Session> &session() const { return m_session; }

    QLineEdit *bureauNameField() const { return m_bureauName; }
    QLineEdit *abbreviationField() const { return m_abbreviation; }
    QLineEdit *siteField() const { return m_site; }
    QSpinBox *idleLockField() const { return m_idleLock; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

    void accept() override;

  private:
    void updateButton();

    Database &m_db;
    QLineEdit *m_bureauName = nullptr;
    QLineEdit *m_abbreviation = nullptr;
    QLineEdit *m_site = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QPushButton *m_ok = nullptr;
    InlineMessage *m_message = nullptr;
    bool m_showingMismatch = false;
    std::optional<Session> m_session;
};

} // namespace casedesk
