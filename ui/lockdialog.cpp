#include "lockdialog.h"

#include "auth/signin.h"
#include "buttoncountdown.h"
#include "inlinemessage.h"

#include <QCloseEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casedesk {

LockDialog::LockDialog(Database &db, const Session &session, QWidget *parent)
    : QDialog(parent), m_db(db), m_login(session.login())
{
    setWindowTitle(tr("CaseDesk Is Locked"));
    setObjectName(QStringLiteral("lockDialog"));
    setWindowFlag(Qt::WindowCloseButtonHint, false);

    auto *intro =
        new QLabel(tr("CaseDesk is locked. %1, enter your password to continue.").arg(session.displayName()), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);

    m_message = new InlineMessage(this);

    // The ways out on the left, away from Unlock, which Enter presses.
    m_switchUser = new QPushButton(tr("S&witch User…"), this);
    m_switchUser->setObjectName(QStringLiteral("switchUser"));
    m_switchUser->setAutoDefault(false);
    m_quit = new QPushButton(tr("&Quit"), this);
    m_quit->setObjectName(QStringLiteral("quit"));
    m_quit->setAutoDefault(false);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchUser);
    buttons->addWidget(m_quit);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockDialog::accept);
    connect(m_switchUser, &QPushButton::clicked, this, [this] { done(SwitchUser); });
    connect(m_quit, &QPushButton::clicked, this, [this] { done(Quit); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addLayout(buttons);
    setMinimumWidth(380);

    m_countdown = new ButtonCountdown(m_unlock, [this] { return SignIn(m_db).secondsToWait(m_login); });
    connect(m_countdown, &ButtonCountdown::finished, this, &LockDialog::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LockDialog::updateButton);
    m_password->setFocus();
    m_countdown->refresh();
    updateButton();
}

QString LockDialog::message() const
{
    return m_message->text();
}

void LockDialog::updateButton()
{
    m_unlock->setEnabled(!m_countdown->running() && !m_password->text().isEmpty());
}

void LockDialog::accept()
{
    if (!m_unlock->isEnabled())
        return;
    auto session = SignIn(m_db).attempt(m_login, m_password->text());
    m_password->clear();
    if (!session) {
        m_message->showError(session.error().message);
        m_password->setFocus();
        m_countdown->refresh();
        updateButton();
        return;
    }
    m_fresh = std::move(session).value();
    QDialog::accept();
}

void LockDialog::reject()
{
    // Escape must not unlock; Switch User and Quit are the ways out.
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

} // namespace casedesk
