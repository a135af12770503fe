#pragma once
// SignInThrottle: counts wrong passwords per database and login, so that
// SignIn can make each further attempt wait. The count lives in a small
// file of this computer's user profile, not in the database: a refused
// sign-in must leave the database exactly as it was (CONTRACT.md), and the
// count is local protection, not a record that travels.

#include <QDateTime>
#include <QString>

namespace casedesk {

class SignInThrottle {
  public:
    // databasePath names the database the logins belong to; stateFile
    // defaults to CaseDesk/sign-in-failures.json in the user's data folder.
    explicit SignInThrottle(const QString &databasePath, QString stateFile = {});

    struct Failures {
        int count = 0;
        QDateTime last;
    };
    Failures failures(const QString &login) const;
    void recordFailure(const QString &login, const QDateTime &now);
    void clear(const QString &login);

    static QString defaultStateFile();

  private:
    QString key(const QString &login) const;

    QString m_database;
    QString m_stateFile;
};

} // namespace casedesk
