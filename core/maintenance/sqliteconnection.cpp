#include "maintenance/sqliteconnection.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

QString errorOf(sqlite3 *db)
{
    return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(SQLITE_NOMEM));
}
} // namespace

sqlite3 *sqliteHandle(const Database &db)
{
    const QVariant handle = db.sql().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

Result<SqliteConnection> SqliteConnection::open(const QString &path, Mode mode)
{
    sqlite3 *db = nullptr;
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason = errorOf(db);
        sqlite3_close(db);
        return refusal(Text::tr("Cannot open %1: %2").arg(path, reason));
    }
    // Another program may hold the file for a moment: wait as the GUI does.
    sqlite3_busy_timeout(db, 5000);
    return SqliteConnection(db, path);
}

SqliteConnection::SqliteConnection(SqliteConnection &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path))
{
}

SqliteConnection &SqliteConnection::operator=(SqliteConnection &&other) noexcept
{
    if (this != &other) {
        sqlite3_close(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteConnection::~SqliteConnection()
{
    sqlite3_close(m_db);
}

Status SqliteConnection::close()
{
    if (!m_db)
        return success();
    if (sqlite3_close(m_db) != SQLITE_OK)
        return failure(Text::tr("Cannot close %1: %2").arg(m_path, errorOf(m_db)));
    m_db = nullptr;
    return success();
}

Result<QList<QStringList>> sqliteRows(sqlite3 *db, const QString &statement)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, statement.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return failure(Text::tr("Database statement failed: %1").arg(errorOf(db)));
    QList<QStringList> rows;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(stmt); ++i)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, i)));
        rows << row;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return failure(Text::tr("Database statement failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    return rows;
}

Result<qint64> sqliteNumber(sqlite3 *db, const QString &statement)
{
    auto rows = sqliteRows(db, statement);
    if (!rows)
        return rows.error();
    if (rows->isEmpty() || rows->first().isEmpty())
        return failure(Text::tr("Database statement gave no value: %1").arg(statement));
    return rows->first().first().toLongLong();
}

Result<QStringList> integrityProblems(sqlite3 *db)
{
    auto rows = sqliteRows(db, QStringLiteral("PRAGMA integrity_check"));
    if (!rows)
        return rows.error();
    QStringList problems;
    for (const QStringList &row : *rows)
        if (row.value(0) != QLatin1String("ok"))
            problems << row.value(0);
    return problems;
}

} // namespace casedesk
