#pragma once
// Database: one open CaseDesk SQLite file on its own named connection.
// Opening sets foreign keys, WAL and a busy timeout, then brings the schema
// up to date through the versioned migrations; a file written by a newer
// CaseDesk is refused and left untouched.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>
#include <memory>

namespace casedesk {

class Database {
  public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens or creates the file and migrates it. Never modifies a file whose
    // schema is newer than this build knows.
    static Result<std::unique_ptr<Database>> open(const QString &path);

    QSqlDatabase sql() const { return QSqlDatabase::database(m_connection); }
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // A prepared statement on this connection; values are always bound.
    QSqlQuery prepare(const QString &statement) const;
    // Prepares, binds the values in order and executes; an Error names the
    // statement's failure.
    Result<QSqlQuery> exec(const QString &statement, std::initializer_list<QVariant> values = {}) const;

    // A value ready to bind: a null QString becomes '' (no text), because
    // QtSql would bind it as SQL NULL; an invalid QVariant stays NULL.
    static QVariant bindable(const QVariant &value);

    // The default file used by the GUI and the CLI when no --db is given.
    static QString defaultPath();

  private:
    Database(QString connection, QString path);
    QString m_connection;
    QString m_path;
};

} // namespace casedesk
