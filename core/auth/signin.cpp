#include "auth/signin.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "bureausettings.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SignIn)
};

// Checking an unknown login against a real hash costs the same time as
// checking a known one, so the answer's speed does not tell them apart.
const QString &decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy-password-1")).value();
    return hash;
}
} // namespace

int SignIn::waitAfterFailures(int failures)
{
    if (failures <= kFreeAttempts)
        return 0;
    const int doublings = qMin(failures - kFreeAttempts - 1, 16);
    return qMin(5 * (1 << doublings), kLongestWaitSeconds);
}

int SignIn::secondsToWait(const QString &login, const QDateTime &now) const
{
    const SignInThrottle::Failures f = m_throttle.failures(login);
    const int wait = waitAfterFailures(f.count);
    if (wait == 0 || !f.last.isValid())
        return 0;
    const qint64 passed = f.last.secsTo(now);
    return passed >= wait ? 0 : int(wait - qMax<qint64>(passed, 0));
}

Result<Session> SignIn::attempt(const QString &login, const QString &password, const QDateTime &now)
{
    if (!StaffDirectory::anyAccount(m_db))
        return refusal(Text::tr("%1 is not set up yet: it has no accounts. Run the set-up first.").arg(m_db.path()));
    if (login.trimmed().isEmpty())
        return refusal(Text::tr("Sign-in: give your login."));
    if (const int wait = secondsToWait(login, now); wait > 0)
        return refusal(
            Text::tr("Too many wrong passwords for \"%1\": wait %n second(s) before the next attempt.", nullptr, wait)
                .arg(login.trimmed()));

    auto account = StaffDirectory::loadForSignIn(m_db, login);
    const bool known = account.ok();
    const bool matches = PasswordHasher::verify(known ? account->second : decoyHash(), password) && known;
    if (!matches) {
        m_throttle.recordFailure(login, now);
        const int wait = secondsToWait(login, now);
        if (wait > 0)
            return refusal(Text::tr("Wrong login or password. Too many wrong attempts: wait %n second(s) before "
                                    "the next one.",
                                    nullptr, wait));
        return refusal(Text::tr("Wrong login or password."));
    }
    const StaffMember &member = account->first;
    if (!member.active)
        return refusal(Text::tr("The account of %1 (%2) has been deactivated; ask an administrator.")
                           .arg(member.name, member.login));
    m_throttle.clear(login);

    Session session;
    session.m_staffId = member.id;
    session.m_staffUuid = member.uuid;
    session.m_login = member.login;
    session.m_name = member.name;
    session.m_roles = member.roles;
    session.m_site = BureauSettings::load(m_db).site;
    session.m_mustChangePassword = member.mustChangePassword;
    return session;
}

} // namespace casedesk
