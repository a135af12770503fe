#include "sessioncontrols.h"

#include "audittraildialog.h"
#include "bureausettingsdialog.h"
#include "changepassworddialog.h"
#include "idlelock.h"
#include "mainwindowactions.h"
#include "sessionstarter.h"
#include "staffdialog.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>

namespace casedesk {

SessionControls::SessionControls(QMainWindow *window, MainWindowActions &actions, Database &db, Session session)
    : QObject(window), m_window(window), m_actions(actions), m_db(&db), m_session(std::move(session))
{
    m_userLabel = new QLabel(window);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    window->statusBar()->addPermanentWidget(m_userLabel);
    m_databaseLabel = new QLabel(window);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    window->statusBar()->addPermanentWidget(m_databaseLabel);

    m_idleLock = new IdleLock(window);
    connect(m_idleLock, &IdleLock::lockedChanged, this, &SessionControls::lockedChanged);
    connect(m_idleLock, &IdleLock::unlocked, this, &SessionControls::adopt);
    // Queued: the sign-in runs its own event loop, better not inside the
    // lock dialog's finished() signal.
    connect(m_idleLock, &IdleLock::switchUserRequested, this, &SessionControls::switchUserWhileLocked,
            Qt::QueuedConnection);
    connect(m_idleLock, &IdleLock::quitRequested, window, &QWidget::close, Qt::QueuedConnection);

    connect(actions.changePassword, &QAction::triggered, this, &SessionControls::changePassword);
    connect(actions.lockNow, &QAction::triggered, m_idleLock, &IdleLock::lockNow);
    connect(actions.switchUser, &QAction::triggered, this, &SessionControls::switchUser);
    connect(actions.staffAccounts, &QAction::triggered, this, &SessionControls::showStaff);
    connect(actions.bureauSettings, &QAction::triggered, this, &SessionControls::showBureauSettings);
    connect(actions.auditTrail, &QAction::triggered, this, &SessionControls::showAuditTrail);
    attach(db, m_session);
}

void SessionControls::attach(Database &db, const Session &session)
{
    m_db = &db;
    const QFileInfo info(db.path());
    m_databaseLabel->setText(tr("Database: %1").arg(info.fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));
    adopt(session);
}

void SessionControls::adopt(const Session &session)
{
    m_session = session;
    m_actions.showPermitted(m_session);
    //: The signed-in person in the status bar: "张三 (zhangsan) · 管理员"
    m_userLabel->setText(tr("%1 · %2", "person · roles").arg(m_session.displayName(), m_session.roles().names()));
    m_idleLock->attach(*m_db, m_session);
    emit sessionChanged();
}

void SessionControls::changePassword()
{
    ChangePasswordDialog dialog(*m_db, m_session, ChangePasswordDialog::Reason::Chosen, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("Your password was changed."), 5000);
}

void SessionControls::switchUser()
{
    // Cancelling leaves the current person signed in.
    if (auto session = SessionStarter::signIn(m_window, *m_db, SessionStarter::Purpose::SwitchUser))
        adopt(*session);
}

void SessionControls::switchUserWhileLocked()
{
    // Cancelling here must not unlock: back to the lock.
    if (auto session = SessionStarter::signIn(m_window, *m_db, SessionStarter::Purpose::SwitchUser)) {
        adopt(*session);
        m_idleLock->release();
    } else {
        m_idleLock->askAgain();
    }
}

void SessionControls::showStaff()
{
    StaffDialog dialog(*m_db, m_session, m_window);
    dialog.exec();
}

void SessionControls::showBureauSettings()
{
    BureauSettingsDialog dialog(*m_db, m_session, m_window);
    // The idle time may have changed.
    if (dialog.exec() == QDialog::Accepted)
        m_idleLock->attach(*m_db, m_session);
}

void SessionControls::showAuditTrail()
{
    AuditTrailDialog dialog(*m_db, m_session, m_window);
    dialog.exec();
}

} // namespace casedesk
