#include "database.h"

#include "migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace casedesk {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("casedesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

Status runPragma(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(pragma))
        return failure(QCoreApplication::translate("Database", "Cannot configure the database (%1): %2")
                           .arg(pragma, q.lastError().text()));
    return success();
}
} // namespace

Database::Database(QString connection, QString path) : m_connection(std::move(connection)), m_path(std::move(path)) {}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Database::defaultPath()
{
    // The generic data folder, not AppDataLocation: the GUI and the CLI have
    // different application names and must still find the same file.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share");
    return dir + QStringLiteral("/CaseDesk/casedesk.sqlite");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refusal(QCoreApplication::translate("Database", "%1 is not a database file.").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return failure(
            QCoreApplication::translate("Database", "Cannot create the folder %1.").arg(info.absolutePath()));

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(name, info.absoluteFilePath()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return failure(
                QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, db.lastError().text()));

        // Refuse foreign files before anything writes to them (even WAL mode
        // would rewrite the header).
        if (auto version = Migrations::readVersion(db); !version)
            return version.error();
        else if (*version > Migrations::latestVersion())
            return refusal(QCoreApplication::translate(
                               "Database",
                               "%1 was written by a newer CaseDesk (schema version %2; this program knows up to %3). "
                               "It has not been modified; please update CaseDesk.")
                               .arg(path)
                               .arg(*version)
                               .arg(Migrations::latestVersion()));

        for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                   "PRAGMA busy_timeout = 5000", "PRAGMA synchronous = NORMAL"}) {
            if (auto s = runPragma(db, QString::fromLatin1(pragma)); !s)
                return s.error();
        }
        if (auto migrated = Migrations::migrate(db); !migrated)
            return migrated.error();
    }
    return database;
}

int Database::schemaVersion() const
{
    QSqlDatabase db = sql();
    auto v = Migrations::readVersion(db);
    return v ? *v : -1;
}

QVariant Database::bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

QSqlQuery Database::prepare(const QString &statement) const
{
    QSqlQuery q(sql());
    q.prepare(statement);
    return q;
}

Result<QSqlQuery> Database::exec(const QString &statement, std::initializer_list<QVariant> values) const
{
    QSqlQuery q(sql());
    if (!q.prepare(statement))
        return failure(
            QCoreApplication::translate("Database", "Database statement failed: %1").arg(q.lastError().text()));
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return failure(
            QCoreApplication::translate("Database", "Database statement failed: %1").arg(q.lastError().text()));
    return q;
}

} // namespace casedesk
