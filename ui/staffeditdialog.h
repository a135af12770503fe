#pragma once
// StaffEditDialog: the form for one staff account, new or existing. It
// checks what is typed with the core's own rules on every keystroke
// (StaffMember::validate, the password rule), says what is wrong under the
// form and keeps OK disabled until the record may be saved. OK saves through
// StaffDirectory; a refusal from the core keeps the dialog open.

#include "auth/session.h"
#include "auth/staffmember.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLineEdit;

namespace casedesk {

class Database;
class OptionalDateEdit;
class InlineMessage;

class StaffEditDialog : public QDialog {
    Q_OBJECT

  public:
    // A new account, with its first password.
    StaffEditDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    // An existing account; its login cannot change.
    StaffEditDialog(Database &db, const Session &session, const StaffMember &member, QWidget *parent = nullptr);

    // The record as the form holds it now.
    StaffMember member() const;
    // The record as stored, after OK.
    const StaffMember &saved() const { return m_saved; }

    void accept() override;

  private:
    struct CertificateFields {
        QLineEdit *number = nullptr;
        OptionalDateEdit *from = nullptr;
        OptionalDateEdit *until = nullptr;
    };

    void build();
    void addCertificateRow(QGridLayout *grid, int row, const QString &label, const QString &fromLabel,
                           const QString &untilLabel, const QString &name, CertificateFields &fields);
    void load(const StaffMember &m);
    Certificate certificate(const CertificateFields &fields) const;
    void revalidate();

    Database &m_db;
    const Session m_session;
    const bool m_adding;
    StaffMember m_original;
    StaffMember m_saved;

    QLineEdit *m_login = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_section = nullptr;
    QLineEdit *m_phone = nullptr;
    QMap<Role, QCheckBox *> m_roles;
    CertificateFields m_enforcement;
    CertificateFields m_equipment;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirmation = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
