#pragma once
// SessionStarter: how work begins on a database file, at start-up and on
// File → Open Database alike: open the file, then either the first set-up
// (a new database: SetupDialog) or the sign-in (SignInDialog; also right
// after the set-up joined a bureau, whose accounts came with its data),
// then the password change an administrator's reset demands
// (ChangePasswordDialog).
// Whoever cancels any step gets nothing back and keeps what they had.

#include "auth/session.h"
#include "database.h"

#include <QCoreApplication>
#include <memory>
#include <optional>

class QWidget;

namespace casedesk {

struct OpenedSession {
    std::unique_ptr<Database> db;
    Session session;
};

class SessionStarter {
    Q_DECLARE_TR_FUNCTIONS(casedesk::SessionStarter)

  public:
    enum class Purpose {
        Start,      // the remembered login is offered
        SwitchUser, // somebody else sits down: the login starts empty
    };

    // At start-up: a file that does not open leads to the choice of another
    // one or quitting (DatabaseOpener). Nothing: the user quit.
    static std::optional<OpenedSession> startUp(const QString &path);

    // File → Open Database: an error is explained, naming the database the
    // user keeps working on (currentPath). Nothing: error or cancelled.
    static std::optional<OpenedSession> open(QWidget *parent, const QString &path, const QString &currentPath);

    // Set-up or sign-in on an open database, and a required password change.
    static std::optional<Session> signIn(QWidget *parent, Database &db, Purpose purpose = Purpose::Start);
};

} // namespace casedesk
