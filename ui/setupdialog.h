#pragma once
// SetupDialog: the first start of a new database, in one of two ways. A new
// bureau: the bureau's settings (name, case-number abbreviation, this
// workstation's code, the idle lock), the first administrator's account
// and, recommended, the bureau's sync key, stored through the core's
// BureauSetup, which signs the administrator in. Joining a bureau that
// already runs CaseDesk: only this workstation's code, the sync key and a
// full export of another workstation (BureauJoiner); the accounts come
// with the file, so the sign-in follows. What the core refuses is shown
// inside the dialog, which stays open with what was typed.

#include "auth/session.h"
#include "sync/synckey.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace casedesk {

class Database;
class InlineMessage;
class JoinBureauForm;
class SyncKeyField;

class SetupDialog : public QDialog {
    Q_OBJECT

  public:
    explicit SetupDialog(Database &db, QWidget *parent = nullptr);

    // The first administrator, signed in, once a new bureau is set up;
    // nothing after joining (the person signs in next).
    const std::optional<Session> &session() const { return m_session; }
    // This workstation took the bureau's data from a full export.
    bool joined() const { return m_joined; }

    QRadioButton *newBureauChoice() const { return m_newBureau; }
    QRadioButton *joinChoice() const { return m_join; }
    QLineEdit *bureauNameField() const { return m_bureauName; }
    QLineEdit *abbreviationField() const { return m_abbreviation; }
    QLineEdit *siteField() const { return m_site; }
    QSpinBox *idleLockField() const { return m_idleLock; }
    QLineEdit *loginField() const { return m_login; }
    QLineEdit *nameField() const { return m_name; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *confirmationField() const { return m_confirmation; }
    SyncKeyField *syncKeyField() const { return m_syncKey; }
    QLineEdit *joinSiteField() const;
    QLineEdit *joinFileField() const;
    QPushButton *okButton() const { return m_ok; }
    QString message() const;

    void accept() override;

  private:
    QWidget *makeNewBureauPage();
    void showMode();
    void updateButton();
    void setUpNewBureau();
    // The key typed, else the one this workstation already holds.
    std::optional<SyncKey> joinKey() const;
    void joinBureau();

    Database &m_db;
    QRadioButton *m_newBureau = nullptr;
    QRadioButton *m_join = nullptr;
    QLabel *m_intro = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_bureauName = nullptr;
    QLineEdit *m_abbreviation = nullptr;
    QLineEdit *m_site = nullptr;
    QSpinBox *m_idleLock = nullptr;
    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    JoinBureauForm *m_joinForm = nullptr;
    SyncKeyField *m_syncKey = nullptr;
    QLabel *m_syncKeyNote = nullptr;
    QPushButton *m_ok = nullptr;
    InlineMessage *m_message = nullptr;
    bool m_showingMismatch = false;
    bool m_joined = false;
    std::optional<Session> m_session;
};

} // namespace casedesk
