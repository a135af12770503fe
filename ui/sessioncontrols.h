#pragma once
// SessionControls: the signed-in person's side of the main window. Keeps
// the session and names it, and the database, in the status bar; runs the Account menu
// (change password, lock now, switch user) and the Administration menu
// (staff, bureau settings, audit trail); owns the idle lock and decides
// what its Switch User and Quit do. The window lays out the list and asks
// this object who is working.

#include "auth/session.h"

#include <QObject>

class QLabel;
class QMainWindow;

namespace casedesk {

class Database;
class IdleLock;
struct MainWindowActions;

class SessionControls : public QObject {
    Q_OBJECT

  public:
    SessionControls(QMainWindow *window, MainWindowActions &actions, Database &db, Session session);

    const Session &session() const { return m_session; }
    IdleLock *idleLock() const { return m_idleLock; }

    // Works on another database from now on, as the person signed in to it.
    void attach(Database &db, const Session &session);
    // Another person (or the same with fresh roles) works from now on.
    void adopt(const Session &session);

    void changePassword();
    void switchUser();
    void showStaff();
    void showBureauSettings();
    void showAuditTrail();

  signals:
    // Who is working changed: what the window offers may change with it.
    void sessionChanged();
    void lockedChanged(bool locked);

  private:
    void switchUserWhileLocked();

    QMainWindow *m_window;
    MainWindowActions &m_actions;
    Database *m_db;
    Session m_session;
    QLabel *m_userLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    IdleLock *m_idleLock = nullptr;
};

} // namespace casedesk
