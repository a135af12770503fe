#include "signindialog.h"

#include "auth/signin.h"
#include "bureausettings.h"
#include "buttoncountdown.h"
#include "database.h"
#include "inlinemessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kLastLoginKey = "signIn/lastLogin";
}

SignInDialog::SignInDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign In"));
    setObjectName(QStringLiteral("signInDialog"));

    auto *bureau = new QLabel(BureauSettings::load(db).bureauName, this);
    bureau->setObjectName(QStringLiteral("bureauName"));
    bureau->setTextFormat(Qt::PlainText);
    QFont bold = bureau->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    bureau->setFont(bold);
    const QFileInfo file(db.path());
    auto *database = new QLabel(tr("Database: %1").arg(file.fileName()), this);
    database->setObjectName(QStringLiteral("databaseName"));
    database->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("login"));
    m_login->setText(rememberedLogin());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    m_message = new InlineMessage(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_signIn = buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bureau);
    layout->addWidget(database);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(360);

    // The wait belongs to the login being typed: another login may go at once.
    m_countdown = new ButtonCountdown(m_signIn, [this] { return SignIn(m_db).secondsToWait(m_login->text()); });
    connect(m_countdown, &ButtonCountdown::finished, this, &SignInDialog::updateButton);
    connect(m_login, &QLineEdit::textChanged, this, [this] {
        m_countdown->refresh();
        updateButton();
    });
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);

    // Whoever signed in here last usually signs in again: straight to the
    // password.
    if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
    m_countdown->refresh();
    updateButton();
}

void SignInDialog::clearLogin()
{
    m_login->clear();
    m_password->clear();
    m_login->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->text();
}

QString SignInDialog::rememberedLogin()
{
    return QSettings().value(QLatin1String(kLastLoginKey)).toString();
}

void SignInDialog::rememberLogin(const QString &login)
{
    QSettings().setValue(QLatin1String(kLastLoginKey), login);
}

void SignInDialog::updateButton()
{
    m_signIn->setEnabled(!m_countdown->running() && !m_login->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_signIn->isEnabled())
        return;
    auto session = SignIn(m_db).attempt(m_login->text(), m_password->text());
    if (!session) {
        m_message->showError(session.error().message);
        m_password->clear();
        m_password->setFocus();
        m_countdown->refresh();
        updateButton();
        return;
    }
    rememberLogin(session->login());
    m_session = std::move(session).value();
    QDialog::accept();
}

} // namespace casedesk
