#include "clirunner.h"

#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <catch2/catch.hpp>

namespace casedesk::test {

namespace {
CliRun runCli(const QStringList &args, const QMap<QString, QString> &env, const QByteArray *input)
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), QDir::tempPath()); // never touch the real default database
    environment.remove(QStringLiteral("CASEDESK_PASSWORD"));
    environment.remove(QStringLiteral("CASEDESK_NEW_PASSWORD"));
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
    if (input) {
        REQUIRE(p.waitForStarted(60000));
        p.write(*input);
        p.closeWriteChannel();
    }
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

CliRun cli(const QStringList &args, const QMap<QString, QString> &env)
{
    return runCli(args, env, nullptr);
}

CliRun cliWithInput(const QStringList &args, const QByteArray &input, const QMap<QString, QString> &env)
{
    return runCli(args, env, &input);
}

QJsonObject cliJson(const CliRun &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

CliRun cliSetUp(const QString &db, const QString &site)
{
    return cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"),
                QStringLiteral("永清县质量技术监督局"), QStringLiteral("--abbrev"), QStringLiteral("永质监"),
                QStringLiteral("--site"), site, QStringLiteral("--admin"), QStringLiteral("admin"),
                QStringLiteral("--name"), QStringLiteral("管理员甲")},
               {{QStringLiteral("CASEDESK_PASSWORD"), QString::fromLatin1(kAdminPassword)}});
}

CliRun cliAs(const QString &db, const QString &login, const QString &password, const QStringList &args,
             QMap<QString, QString> env)
{
    env.insert(QStringLiteral("CASEDESK_PASSWORD"), password);
    return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), login} + args, env);
}

CliRun cliAsAdmin(const QString &db, const QStringList &args, const QMap<QString, QString> &env)
{
    return cliAs(db, QStringLiteral("admin"), QString::fromLatin1(kAdminPassword), args, env);
}

} // namespace casedesk::test
