#include "idlelock.h"

#include "bureausettings.h"
#include "lockdialog.h"

#include <QApplication>
#include <QEvent>

namespace casedesk {

IdleLock::IdleLock(QWidget *window) : QObject(window), m_window(window)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::attach(Database &db, const Session &session)
{
    m_db = &db;
    m_session = &session;
    // A database without settings must not lock at once.
    const int minutes = BureauSettings::load(db).idleLockMinutes;
    setIdleInterval((minutes > 0 ? minutes : BureauSettings::kDefaultIdleLockMinutes) * 60 * 1000);
}

LockDialog *IdleLock::dialog() const
{
    return m_dialog;
}

void IdleLock::setIdleInterval(int milliseconds)
{
    m_interval = qMax(1, milliseconds);
    restartClock();
}

void IdleLock::restartClock()
{
    m_sinceInput.start();
    if (!m_locked && m_db)
        m_timer.start(m_interval);
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Restarting the timer on every mouse move would be costly; the
        // clock is read when the timer fires instead.
        m_sinceInput.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::checkIdle()
{
    if (m_locked || !m_db)
        return;
    const qint64 idle = m_sinceInput.elapsed();
    if (idle >= m_interval)
        lockNow();
    else
        m_timer.start(int(m_interval - idle));
}

void IdleLock::lockNow()
{
    if (m_locked || !m_db)
        return;
    m_locked = true;
    m_timer.stop();
    emit lockedChanged(true);
    askAgain();
}

void IdleLock::askAgain()
{
    if (!m_locked || m_dialog)
        return;
    // open(), not exec(): the lock may fall while another dialog runs its
    // own loop; an application-modal dialog blocks every window all the same.
    auto *dialog = new LockDialog(*m_db, *m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    connect(dialog, &QDialog::finished, this, &IdleLock::dialogFinished);
    m_dialog = dialog;
    dialog->open();
}

void IdleLock::dialogFinished(int result)
{
    LockDialog *dialog = m_dialog;
    m_dialog = nullptr;
    switch (result) {
    case LockDialog::Unlocked:
        if (dialog && dialog->session())
            emit unlocked(*dialog->session());
        release();
        break;
    case LockDialog::SwitchUser:
        emit switchUserRequested();
        break;
    case LockDialog::Quit:
        emit quitRequested();
        break;
    default:
        askAgain();
        break;
    }
}

void IdleLock::release()
{
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = nullptr;
    if (!m_locked)
        return;
    m_locked = false;
    emit lockedChanged(false);
    restartClock();
}

} // namespace casedesk
