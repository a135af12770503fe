#pragma once
// SignIn: turns a login and a password into a Session. Refuses an unknown
// login or a wrong password with the same words (so nobody learns which
// logins exist), and a deactivated account. Repeated wrong passwords for a
// login slow further attempts down: after kFreeAttempts failures each
// further attempt must wait, longer after every failure, whatever program
// makes it (SignInThrottle keeps the count outside the database).

#include "auth/session.h"
#include "auth/signinthrottle.h"
#include "database.h"
#include "result.h"

#include <QDateTime>

namespace casedesk {

class SignIn {
  public:
    static constexpr int kFreeAttempts = 3;
    static constexpr int kLongestWaitSeconds = 15 * 60;

    explicit SignIn(Database &db) : m_db(db), m_throttle(db.path()) {}

    Result<Session> attempt(const QString &login, const QString &password,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    // How long the next attempt for login must wait (0: it may go now).
    int secondsToWait(const QString &login, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The throttle rule: the wait after this many failures in a row.
    static int waitAfterFailures(int failures);

  private:
    Database &m_db;
    SignInThrottle m_throttle;
};

} // namespace casedesk
