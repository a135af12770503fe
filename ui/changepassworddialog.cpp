#include "changepassworddialog.h"

#include "auth/session.h"
#include "auth/staffdirectory.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

ChangePasswordDialog::ChangePasswordDialog(Database &db, Session &session, Reason reason, QWidget *parent)
    : QDialog(parent), m_db(db), m_session(session)
{
    setWindowTitle(tr("Change Password"));
    setObjectName(QStringLiteral("changePasswordDialog"));

    auto *intro = new QLabel(reason == Reason::ResetByAdministrator
                                 ? tr("%1: your password was set by an administrator. Choose your own password "
                                      "before you continue.")
                                       .arg(session.displayName())
                                 : tr("Choose a new password for %1.").arg(session.displayName()),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto makePasswordField = [this](const char *name) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QLatin1String(name));
        field->setEchoMode(QLineEdit::Password);
        return field;
    };
    m_current = makePasswordField("current");
    m_new = makePasswordField("new");
    m_new->setToolTip(tr("8 to 128 characters with letters and digits, not the login."));
    m_confirmation = makePasswordField("confirmation");

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Confirm new password:"), m_confirmation);

    m_message = new InlineMessage(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("C&hange Password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    if (reason == Reason::ResetByAdministrator)
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Sign Out"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(380);

    for (QLineEdit *field : {m_current, m_new, m_confirmation})
        connect(field, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateButton);
    m_current->setFocus();
    updateButton();
}

QString ChangePasswordDialog::message() const
{
    return m_message->text();
}

void ChangePasswordDialog::updateButton()
{
    const bool matching = m_new->text() == m_confirmation->text();
    // Say so only once the confirmation is typed in full, not at its first letter.
    const bool mismatch = !matching && m_confirmation->text().size() >= m_new->text().size();
    if (mismatch)
        m_message->showError(tr("The two new passwords differ."));
    else if (m_showingMismatch)
        m_message->clearMessage();
    m_showingMismatch = mismatch;
    m_ok->setEnabled(!m_current->text().isEmpty() && !m_new->text().isEmpty() && matching);
}

void ChangePasswordDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    const Status changed = StaffDirectory(m_db).changeOwnPassword(m_session, m_current->text(), m_new->text());
    if (!changed) {
        m_showingMismatch = false;
        m_message->showError(changed.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace casedesk
