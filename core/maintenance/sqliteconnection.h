#pragma once
// SqliteConnection: a connection through SQLite's own C API, for the two
// things QtSql cannot do: the online backup API (copying a database page by
// page while others keep using it) and reading a file that must not be
// altered (a backup is opened read-only, never migrated). sqliteHandle()
// reaches the connection under a Database's QtSql connection; Debian's Qt
// uses the system libsqlite3, so that handle belongs to the same library.

#include "database.h"
#include "result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace casedesk {

// The sqlite3 connection under db's QtSql connection; nullptr when the
// driver is not SQLite's.
sqlite3 *sqliteHandle(const Database &db);

class SqliteConnection {
  public:
    enum class Mode { ReadOnly, ReadWriteCreate };

    // Opens path; a refusal naming the file when SQLite cannot open it.
    static Result<SqliteConnection> open(const QString &path, Mode mode);

    SqliteConnection(SqliteConnection &&other) noexcept;
    SqliteConnection &operator=(SqliteConnection &&other) noexcept;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    // Closes now, so a failure to write the last pages is seen.
    Status close();

  private:
    SqliteConnection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// Every row of a statement without parameters, each column as text.
Result<QList<QStringList>> sqliteRows(sqlite3 *db, const QString &statement);
// The first column of the first row as a number (a PRAGMA's value).
Result<qint64> sqliteNumber(sqlite3 *db, const QString &statement);
// PRAGMA integrity_check: nothing when the database is sound, else each
// problem SQLite names.
Result<QStringList> integrityProblems(sqlite3 *db);

} // namespace casedesk
