#pragma once
// DatabaseRestore: replaces the open database's content with a backup, for
// an administrator, all or nothing. The backup is checked before anything
// is touched (BackupFileInspection), then staged: copied beside the
// database, brought up to this build's schema if it is older, its audit
// trail verified, and it must be this workstation's. Only then is an
// automatic backup of the current data written next to the database, the
// restore's audit entry (naming both files) added to the staged copy, and
// the copy written into the open connection with SQLite's backup API, in
// one transaction: the connection stays valid, and a refusal or failure at
// any step leaves the current database as it was.

#include "database.h"
#include "maintenance/backupfileinspection.h"
#include "maintenance/maintenanceprogress.h"
#include "result.h"

#include <QString>

namespace casedesk {

class Session;

struct RestoreResult {
    // The restored database. Readers that cached anything of the old
    // content (the GUI's pages, the session's roles) start afresh by
    // reopening it (Database::open) and signing in again.
    QString databasePath;
    QString backupFile;
    // The data the restore replaced, kept beside the database:
    // casedesk.sqlite.before-restore-20261122-141500.sqlite
    QString automaticBackup;
    int backupSchemaVersion = 0;
    int schemaVersion = 0; // after bringing the backup up to date
    qint64 pages = 0;
};

namespace DatabaseRestore {

// What the backup holds, for the confirmation; refused as run() would refuse
// the file itself (its audit trail is verified by run()).
Result<BackupFileFacts> inspect(const Session &session, const QString &backupFile);

// Restores backupFile into db. Progress: (0, 0) while the backup is checked,
// then the pages of the automatic backup and of the restore together.
Result<RestoreResult> run(Database &db, const Session &session, const QString &backupFile,
                          const MaintenanceProgress &progress = {});

// Where the automatic backup of databasePath goes at `at` (local time).
QString automaticBackupPath(const QString &databasePath, const QDateTime &at);

} // namespace DatabaseRestore

} // namespace casedesk
