#include "setupdialog.h"

#include "auth/bureausetup.h"
#include "bureausettings.h"
#include "database.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace casedesk {

SetupDialog::SetupDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Set Up CaseDesk"));
    setObjectName(QStringLiteral("setupDialog"));

    auto *intro = new QLabel(tr("The database %1 is new. Enter your bureau's details and create the first "
                                "administrator's account; the administrator then adds the colleagues.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath())),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_bureauName = new QLineEdit(this);
    m_bureauName->setObjectName(QStringLiteral("bureauName"));
    m_bureauName->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("永清县质量技术监督局")));
    m_abbreviation = new QLineEdit(this);
    m_abbreviation->setObjectName(QStringLiteral("abbreviation"));
    m_abbreviation->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("永质监")));
    m_abbreviation->setToolTip(tr("The abbreviation that starts the bureau's case numbers."));
    m_site = new QLineEdit(this);
    m_site->setObjectName(QStringLiteral("site"));
    m_site->setPlaceholderText(tr("e.g. %1").arg(QStringLiteral("A")));
    m_site->setMaxLength(16);
    m_site->setToolTip(tr("A short code for this computer (letters, digits or '-'), different on every "
                          "workstation of the bureau. It cannot be changed later."));
    m_idleLock = new QSpinBox(this);
    m_idleLock->setObjectName(QStringLiteral("idleLock"));
    m_idleLock->setRange(1, BureauSettings::kLongestIdleLockMinutes);
    m_idleLock->setValue(BureauSettings::kDefaultIdleLockMinutes);
    m_idleLock->setSuffix(tr(" min"));
    m_idleLock->setToolTip(tr("CaseDesk locks itself after this many minutes without use."));

    auto *bureauBox = new QGroupBox(tr("Bureau"), this);
    auto *bureauForm = new QFormLayout(bureauBox);
    bureauForm->addRow(tr("Bureau &name:"), m_bureauName);
    bureauForm->addRow(tr("Case number &abbreviation:"), m_abbreviation);
    bureauForm->addRow(tr("&Workstation code:"), m_site);
    bureauForm->addRow(tr("&Lock after:"), m_idleLock);

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("8 to 128 characters with letters and digits, not the login."));
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);

    auto *adminBox = new QGroupBox(tr("First administrator"), this);
    auto *adminForm = new QFormLayout(adminBox);
    adminForm->addRow(tr("Lo&gin:"), m_login);
    adminForm->addRow(tr("&Full name:"), m_name);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Confirm password:"), m_confirmation);

    m_message = new InlineMessage(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Set Up"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetupDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(bureauBox);
    layout->addWidget(adminBox);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    for (QLineEdit *field : {m_bureauName, m_abbreviation, m_site, m_login, m_name, m_password, m_confirmation})
        connect(field, &QLineEdit::textChanged, this, &SetupDialog::updateButton);
    m_bureauName->setFocus();
    updateButton();
}

QString SetupDialog::message() const
{
    return m_message->text();
}

void SetupDialog::updateButton()
{
    bool filled = true;
    for (const QLineEdit *field : {m_bureauName, m_abbreviation, m_site, m_login, m_name, m_password})
        filled = filled && !field->text().trimmed().isEmpty();
    const bool matching = m_password->text() == m_confirmation->text();
    // Say so only once the confirmation is typed in full, not at its first letter.
    const bool mismatch = !matching && m_confirmation->text().size() >= m_password->text().size();
    if (mismatch)
        m_message->showError(tr("The two passwords differ."));
    else if (m_showingMismatch)
        m_message->clearMessage();
    m_showingMismatch = mismatch;
    m_ok->setEnabled(filled && matching);
}

void SetupDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    BureauSettings settings;
    settings.bureauName = m_bureauName->text();
    settings.abbreviation = m_abbreviation->text();
    settings.site = m_site->text();
    settings.idleLockMinutes = m_idleLock->value();
    auto session = BureauSetup::run(m_db, settings, {m_login->text(), m_name->text().trimmed(), m_password->text()});
    if (!session) {
        m_message->showError(session.error().message);
        return;
    }
    m_session = std::move(session).value();
    QDialog::accept();
}

} // namespace casedesk
