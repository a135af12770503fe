#include "auth/signinthrottle.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace casedesk {

namespace {
QJsonObject readState(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void writeState(const QString &path, const QJsonObject &state)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        f.commit();
    }
}
} // namespace

SignInThrottle::SignInThrottle(const QString &databasePath, QString stateFile)
    : m_database(QFileInfo(databasePath).absoluteFilePath()),
      m_stateFile(stateFile.isEmpty() ? defaultStateFile() : std::move(stateFile))
{
}

QString SignInThrottle::defaultStateFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/CaseDesk/sign-in-failures.json");
}

QString SignInThrottle::key(const QString &login) const
{
    return m_database + QLatin1Char('|') + login.trimmed().toLower();
}

SignInThrottle::Failures SignInThrottle::failures(const QString &login) const
{
    const QJsonObject entry = readState(m_stateFile).value(key(login)).toObject();
    return {entry.value(QStringLiteral("failures")).toInt(),
            QDateTime::fromString(entry.value(QStringLiteral("last")).toString(), Qt::ISODateWithMs)};
}

void SignInThrottle::recordFailure(const QString &login, const QDateTime &now)
{
    // Several programs (the GUI, scripts) may count at once; the lock keeps
    // one from overwriting another's count.
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QLockFile lock(m_stateFile + QStringLiteral(".lock"));
    lock.lock();
    QJsonObject state = readState(m_stateFile);
    const QJsonObject old = state.value(key(login)).toObject();
    state.insert(key(login),
                 QJsonObject{{QStringLiteral("failures"), old.value(QStringLiteral("failures")).toInt() + 1},
                             {QStringLiteral("last"), now.toUTC().toString(Qt::ISODateWithMs)}});
    writeState(m_stateFile, state);
}

void SignInThrottle::clear(const QString &login)
{
    QDir().mkpath(QFileInfo(m_stateFile).absolutePath());
    QLockFile lock(m_stateFile + QStringLiteral(".lock"));
    lock.lock();
    QJsonObject state = readState(m_stateFile);
    if (!state.contains(key(login)))
        return;
    state.remove(key(login));
    writeState(m_stateFile, state);
}

} // namespace casedesk
