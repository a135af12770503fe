#include "maintenance/databasebackup.h"

#include "audit/auditedtransaction.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "bureausettings.h"
#include "maintenance/resolvedpath.h"
#include "maintenance/sqliteconnection.h"
#include "maintenance/sqlitepagecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <filesystem>
#include <system_error>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

Status checkTarget(const Database &db, const QString &target)
{
    const QFileInfo info(target);
    if (target.isEmpty() || info.fileName().isEmpty())
        return refusal(Text::tr("No file was given for the backup."));
    if (!QFileInfo(info.absolutePath()).isDir())
        return refusal(Text::tr("%1: the folder %2 does not exist; the backup was not written.")
                           .arg(target, QDir::toNativeSeparators(info.absolutePath())));
    if (info.exists() && !info.isFile())
        return refusal(Text::tr("%1 is not a file; the backup was not written.").arg(target));
    // Under any name: a link, "..", or the database's own journal files.
    const QString resolved = resolvedFilePath(target);
    const QString database = resolvedFilePath(db.path());
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        if (resolved == database + QLatin1String(suffix))
            return refusal(Text::tr("%1 is the database itself; choose another file for the backup.").arg(target));
    return success();
}

// Writes the copy in the temporary file and checks it there.
Result<PageCopy> writeChecked(const Database &db, const QString &temporary, const QString &target,
                              const MaintenanceProgress &progress)
{
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return failure(Text::tr("Cannot back up %1: it is not an SQLite database.").arg(db.path()));
    auto destination = SqliteConnection::open(temporary, SqliteConnection::Mode::ReadWriteCreate);
    if (!destination)
        return destination.error();
    const QString what = Text::tr("The backup of %1 to %2").arg(db.path(), target);
    auto copy = copyDatabasePages(destination->handle(), source, what, progress);
    if (!copy)
        return copy.error();
    // The live database keeps a write-ahead log; the backup is one
    // self-contained file that opens read-only without one.
    if (auto mode = sqliteRows(destination->handle(), QStringLiteral("PRAGMA journal_mode = DELETE")); !mode)
        return mode.error();
    if (auto closed = destination->close(); !closed)
        return closed.error();

    auto written = SqliteConnection::open(temporary, SqliteConnection::Mode::ReadOnly);
    if (!written)
        return written.error();
    auto problems = integrityProblems(written->handle());
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return failure(Text::tr("The backup written for %1 does not check out (%2); it was not kept.")
                           .arg(target, problems->first()));
    return copy;
}
} // namespace

Result<BackupFile> DatabaseBackup::writeUnaudited(const Database &db, const QString &target,
                                                  const MaintenanceProgress &progress)
{
    if (auto s = checkTarget(db, target); !s)
        return s.error();
    const QFileInfo info(target);
    // Beside the target, so the rename stays on one file system and is
    // atomic; removed unless it becomes the backup.
    QTemporaryFile temporary(info.absolutePath() + QStringLiteral("/.%1.XXXXXX.partial").arg(info.fileName()));
    if (!temporary.open())
        return refusal(Text::tr("%1: cannot write in the folder %2 (%3).")
                           .arg(target, QDir::toNativeSeparators(info.absolutePath()), temporary.errorString()));
    temporary.close();

    auto copy = writeChecked(db, temporary.fileName(), target, progress);
    if (!copy)
        return copy.error();
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(temporary.fileName()).toStdString()),
                            std::filesystem::path(QFile::encodeName(info.absoluteFilePath()).toStdString()), error);
    if (error)
        return failure(Text::tr("Cannot put the backup in place at %1: %2")
                           .arg(target, QString::fromLocal8Bit(error.message().c_str())));
    temporary.setAutoRemove(false);
    return BackupFile{info.absoluteFilePath(), QFileInfo(info.absoluteFilePath()).size(), copy->pages};
}

Result<BackupFile> DatabaseBackup::write(Database &db, const Session &session, const QString &target,
                                         const MaintenanceProgress &progress)
{
    if (auto allowed = Permissions::require(session, Action::BackupDatabase); !allowed)
        return allowed.error();
    auto backup = writeUnaudited(db, target, progress);
    if (!backup)
        return backup;

    AuditedTransaction tx(db, session);
    Status recorded = tx.begin(Action::BackupDatabase);
    if (recorded)
        recorded = tx.record({QStringLiteral("database.backup"),
                              QStringLiteral("setting"),
                              BureauSettings::load(db).uuid,
                              QFileInfo(backup->path).fileName(),
                              {},
                              {{QStringLiteral("backupFile"), backup->path},
                               {QStringLiteral("backupBytes"), backup->bytes},
                               {QStringLiteral("backupPages"), backup->pages}}});
    if (recorded)
        recorded = tx.commit();
    if (!recorded) {
        // A backup nobody can trace is not kept.
        QFile::remove(backup->path);
        return recorded.error();
    }
    return backup;
}

} // namespace casedesk
