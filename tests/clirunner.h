#pragma once
// Running casedesk-cli as scripts do: a separate process with its own
// environment (never the tester's real HOME or passwords), its exit status,
// stdout and stderr.

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace casedesk::test {

struct CliRun {
    int status = -1;
    QString out;
    QString err;
};

// Runs casedesk-cli with args; env adds or replaces environment variables
// (CASEDESK_PASSWORD, CASEDESK_NEW_PASSWORD are cleared unless given).
CliRun cli(const QStringList &args, const QMap<QString, QString> &env = {});
// The same with input on stdin, closed after it, as somebody answering at
// the terminal would type (an empty input: nobody answers).
CliRun cliWithInput(const QStringList &args, const QByteArray &input, const QMap<QString, QString> &env = {});
// stdout parsed as one JSON object (the test fails if it is not).
QJsonObject cliJson(const CliRun &run);

// `--db db init …` setting up 永清县质量技术监督局 (永质监, workstation site)
// with the administrator "admin" / kAdminPassword.
CliRun cliSetUp(const QString &db, const QString &site = QStringLiteral("YQ-01"));
// Runs a command as login with password: `--db db --user login ARGS`.
CliRun cliAs(const QString &db, const QString &login, const QString &password, const QStringList &args,
             QMap<QString, QString> env = {});
// The same as the administrator.
CliRun cliAsAdmin(const QString &db, const QStringList &args, const QMap<QString, QString> &env = {});

} // namespace casedesk::test
