#include "maintenance/databaserestore.h"

#include "audit/auditedtransaction.h"
#include "audit/auditverifier.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "bureausettings.h"
#include "maintenance/databasebackup.h"
#include "maintenance/resolvedpath.h"
#include "maintenance/sqliteconnection.h"
#include "maintenance/sqlitepagecopy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

// Copies the backup beside the database (never altering the backup itself)
// and brings the copy up to this build's schema.
Result<std::unique_ptr<Database>> stageCopy(const BackupFileFacts &facts, const QString &stagedPath,
                                            const MaintenanceProgress &waiting)
{
    {
        auto source = SqliteConnection::open(facts.path, SqliteConnection::Mode::ReadOnly);
        if (!source)
            return source.error();
        auto destination = SqliteConnection::open(stagedPath, SqliteConnection::Mode::ReadWriteCreate);
        if (!destination)
            return destination.error();
        auto copy = copyDatabasePages(destination->handle(), source->handle(),
                                      Text::tr("Reading the backup %1").arg(facts.path), waiting);
        if (!copy)
            return copy.error();
        if (auto closed = destination->close(); !closed)
            return closed.error();
    }
    auto staged = Database::open(stagedPath);
    if (!staged)
        return refusal(Text::tr("%1 cannot be brought up to this CaseDesk's schema (version %2): %3")
                           .arg(facts.path)
                           .arg(facts.schemaVersion)
                           .arg(staged.error().message));
    return staged;
}

// This workstation's data with an untouched audit trail: restoring another
// workstation's database would make two workstations write under one code.
Status checkStaged(Database &staged, const BackupFileFacts &facts, const Session &session,
                   const MaintenanceProgress &waiting)
{
    const QString site = BureauSettings::load(staged).site;
    if (site != session.site())
        return refusal(Text::tr("%1 is the database of workstation %2, not of this workstation (%3); it cannot be "
                                "restored here.")
                           .arg(facts.path, site, session.site()));
    // Restoring is an administrator's, who may verify the trail too.
    auto verification =
        AuditVerifier::verify(staged, session, [&waiting](qint64, qint64) { return !waiting || waiting(0, 0); });
    if (!verification)
        return verification.error();
    if (!verification->intact())
        return refusal(Text::tr("%1: its audit trail does not verify (%2); it was not restored.")
                           .arg(facts.path, verification->problem->reason));
    return success();
}

// The restore's entry, written into the copy that becomes the database, so
// it is there after the restore and gone if the restore fails.
Status recordRestore(Database &staged, const Session &session, const BackupFileFacts &facts,
                     const QString &automaticBackup)
{
    AuditedTransaction tx(staged, session);
    if (auto s = tx.begin(Action::RestoreDatabase); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("database.restore"),
                            QStringLiteral("setting"),
                            BureauSettings::load(staged).uuid,
                            QFileInfo(facts.path).fileName(),
                            {},
                            {{QStringLiteral("restoredFrom"), facts.path},
                             {QStringLiteral("backupSchemaVersion"), facts.schemaVersion},
                             {QStringLiteral("replacedContentBackup"), automaticBackup}}});
        !s)
        return s;
    return tx.commit();
}

QString unusedAutomaticBackupPath(const QString &databasePath)
{
    const QString path = DatabaseRestore::automaticBackupPath(databasePath, QDateTime::currentDateTime());
    if (!QFileInfo::exists(path))
        return path;
    const QString stem = path.chopped(int(qstrlen(".sqlite")));
    for (int n = 2;; ++n)
        if (const QString next = QStringLiteral("%1-%2.sqlite").arg(stem).arg(n); !QFileInfo::exists(next))
            return next;
}

qint64 pageCount(const Database &db)
{
    auto pages = sqliteNumber(sqliteHandle(db), QStringLiteral("PRAGMA page_count"));
    return pages ? *pages : 0;
}
} // namespace

QString DatabaseRestore::automaticBackupPath(const QString &databasePath, const QDateTime &at)
{
    const QFileInfo database(databasePath);
    return database.absolutePath() + QLatin1Char('/') + database.fileName() + QStringLiteral(".before-restore-") +
           at.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite");
}

Result<BackupFileFacts> DatabaseRestore::inspect(const Session &session, const QString &backupFile)
{
    if (auto allowed = Permissions::require(session, Action::RestoreDatabase); !allowed)
        return allowed.error();
    return inspectBackupFile(backupFile);
}

Result<RestoreResult> DatabaseRestore::run(Database &db, const Session &session, const QString &backupFile,
                                           const MaintenanceProgress &progress)
{
    auto facts = inspect(session, backupFile);
    if (!facts)
        return facts.error();
    if (resolvedFilePath(backupFile) == resolvedFilePath(db.path()))
        return refusal(Text::tr("%1 is the database itself; choose a backup file to restore.").arg(backupFile));
    const MaintenanceProgress waiting = [&progress](qint64, qint64) { return !progress || progress(0, 0); };

    // Beside the database: the same disk, which has room for its copy.
    const QFileInfo database(db.path());
    QTemporaryDir staging(database.absolutePath() + QStringLiteral("/.casedesk-restore-XXXXXX"));
    if (!staging.isValid())
        return failure(Text::tr("Cannot prepare the restore in the folder %1: %2")
                           .arg(QDir::toNativeSeparators(database.absolutePath()), staging.errorString()));
    auto staged = stageCopy(*facts, staging.filePath(QStringLiteral("staged.sqlite")), waiting);
    if (!staged)
        return staged.error();
    Database &copy = **staged;
    if (auto s = checkStaged(copy, *facts, session, waiting); !s)
        return s.error();

    // Both copies report as one bar: first the automatic backup, then the restore.
    const qint64 currentPages = pageCount(db);
    const qint64 total = currentPages + pageCount(copy);
    auto automatic = DatabaseBackup::writeUnaudited(db, unusedAutomaticBackupPath(db.path()), [&](qint64 done, qint64) {
        return !progress || progress(std::min(done, currentPages), total);
    });
    if (!automatic)
        return automatic.error();
    if (auto s = recordRestore(copy, session, *facts, automatic->path); !s) {
        QFile::remove(automatic->path);
        return s.error();
    }
    sqlite3 *destination = sqliteHandle(db);
    auto restored = copyDatabasePages(
        destination, sqliteHandle(copy), Text::tr("The restore of %1 into %2").arg(facts->path, db.path()),
        [&](qint64 done, qint64) { return !progress || progress(std::min(currentPages + done, total), total); });
    if (!restored) {
        // Nothing was replaced: the automatic backup would only mislead.
        QFile::remove(automatic->path);
        return restored.error();
    }
    return RestoreResult{database.absoluteFilePath(), facts->path,          automatic->path,
                         facts->schemaVersion,        copy.schemaVersion(), restored->pages};
}

} // namespace casedesk
