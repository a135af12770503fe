#include "passwordresetdialog.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

PasswordResetDialog::PasswordResetDialog(Database &db, const Session &session, const StaffMember &member,
                                         QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session), m_member(member)
{
    setWindowTitle(tr("Reset Password"));
    const QString who = QStringLiteral("%1 (%2)").arg(member.name, member.login);
    auto *intro = new QLabel(member.id == session.staffId()
                                 ? tr("Choose a new password for your own account.")
                                 : tr("Choose a new password for %1. They must replace it with one of their own "
                                      "when they next sign in.")
                                       .arg(who),
                             this);
    intro->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordResetDialog::revalidate);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PasswordResetDialog::revalidate);

    auto *form = new QFormLayout;
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("&Confirm password:"), m_confirmation);

    m_message = new InlineMessage(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Reset Password"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordResetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordResetDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    revalidate();
    // Nothing typed is not a mistake yet; the rule shows from the first key.
    m_message->clearMessage();
}

void PasswordResetDialog::revalidate()
{
    const Status status = PasswordHasher::checkNewPassword(m_password->text(), m_confirmation->text(), m_member.login);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message->showOutcome(status));
}

void PasswordResetDialog::accept()
{
    // Hashing the password (Argon2id) takes a moment on purpose.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status done = StaffDirectory(m_db).resetPassword(m_session, m_member.login, m_password->text());
    QGuiApplication::restoreOverrideCursor();
    if (m_message->showOutcome(done))
        QDialog::accept();
}

} // namespace casedesk
