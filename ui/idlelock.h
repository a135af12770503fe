#pragma once
// IdleLock: locks CaseDesk when nobody has used it for the bureau's idle
// time (BureauSettings::idleLockMinutes), or at once on Lock Now. Watches
// every keyboard and mouse input of the application (an event filter on
// qApp); when the time is up it tells the window to hide its contents
// (lockedChanged) and opens a LockDialog over it, application-modal, that
// only the signed-in person's password closes. Owns the dialog while it is
// shown; the window decides what Switch User and Quit do.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace casedesk {

class Database;
class LockDialog;
class Session;

class IdleLock : public QObject {
    Q_OBJECT

  public:
    explicit IdleLock(QWidget *window);
    ~IdleLock() override;

    // The database and person the lock protects; reads the idle time from
    // the bureau's settings and starts counting afresh. Call again whenever
    // either changes (another database, another person, new settings).
    void attach(Database &db, const Session &session);
    // Overrides the bureau's idle time (tests use a few milliseconds).
    void setIdleInterval(int milliseconds);
    int idleInterval() const { return m_interval; }

    bool isLocked() const { return m_locked; }
    // The dialog while locked, else nullptr.
    LockDialog *dialog() const;

    void lockNow();
    // Ends the lock without the dialog: somebody signed in through Switch
    // User.
    void release();
    // Shows the dialog again (Switch User was cancelled: still locked).
    void askAgain();

  signals:
    void lockedChanged(bool locked);
    // The same person unlocked; session is their fresh sign-in.
    void unlocked(const Session &session);
    void switchUserRequested();
    void quitRequested();

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    void restartClock();
    void checkIdle();
    void dialogFinished(int result);

    QWidget *m_window;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    int m_interval = 0;
    bool m_locked = false;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    QPointer<LockDialog> m_dialog;
};

} // namespace casedesk
