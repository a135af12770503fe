#include "clisession.h"

#include "auth/signin.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

// The first line of a password file, without its line ending.
Result<QString> readPasswordFile(const QString &path, const char *option)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return refusal(
            Text::tr("%1 %2: cannot read the file (%3).").arg(QString::fromLatin1(option), path, f.errorString()));
    const QByteArray firstLine = f.readLine(4096);
    QString password = QString::fromUtf8(firstLine);
    while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return refusal(Text::tr("%1 %2: the first line is empty; it must hold the password.")
                           .arg(QString::fromLatin1(option), path));
    return password;
}

Result<QString> passwordFrom(const CommandLine &cl, const char *fileOption, const char *variable)
{
    if (cl.has(fileOption))
        return readPasswordFile(cl.option(fileOption), fileOption);
    const QString fromEnvironment = qEnvironmentVariable(variable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return refusal(Text::tr("no password: set %1 or give %2 FILE")
                       .arg(QString::fromLatin1(variable), QString::fromLatin1(fileOption)));
}
} // namespace

Result<std::unique_ptr<Database>> openDatabase(const CommandLine &cl)
{
    return Database::open(cl.dbPath.isEmpty() ? Database::defaultPath() : cl.dbPath);
}

Result<QString> signInPassword(const CommandLine &cl)
{
    return passwordFrom(cl, "--password-file", "CASEDESK_PASSWORD");
}

Result<QString> newPassword(const CommandLine &cl)
{
    return passwordFrom(cl, "--new-password-file", "CASEDESK_NEW_PASSWORD");
}

Result<Session> signIn(const CommandLine &cl, Database &db, const QString &command)
{
    if (cl.user.isEmpty())
        return refusal(Text::tr("%1: sign in with --user NAME (the password from CASEDESK_PASSWORD or "
                                "--password-file FILE)")
                           .arg(command));
    auto password = signInPassword(cl);
    if (!password)
        return refusal(QStringLiteral("%1: --user %2: %3").arg(command, cl.user, password.error().message));
    auto session = SignIn(db).attempt(cl.user, *password);
    if (!session)
        return refusal(QStringLiteral("%1: --user %2: %3").arg(command, cl.user, session.error().message));
    return session;
}

} // namespace casedesk::cli
