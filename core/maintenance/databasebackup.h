#pragma once
// DatabaseBackup: copies the open database to a backup file while it stays
// in use, through SQLite's online backup API (never a copy of the open
// file, which could catch it half-written). The copy goes to a temporary
// file beside the target, is checked (opened read-only, PRAGMA
// integrity_check) and only then renamed into place, so a crash or a full
// disk never leaves a half file under the backup's name. A backup is taken
// by the bureau head or an administrator and recorded in the audit trail.

#include "database.h"
#include "maintenance/maintenanceprogress.h"
#include "result.h"

#include <QString>

namespace casedesk {

class Session;

struct BackupFile {
    QString path; // absolute
    qint64 bytes = 0;
    qint64 pages = 0;
};

namespace DatabaseBackup {

// Writes the backup to target (replacing an older file of that name),
// then records it in the audit trail. Refused when the session may not
// back up, the target's folder does not exist, or the target is the
// database itself.
Result<BackupFile> write(Database &db, const Session &session, const QString &target,
                         const MaintenanceProgress &progress = {});

// The copy alone, without the permission check and the audit entry: the
// automatic backup a restore makes of the data it replaces, which the
// restore's own audit entry names.
Result<BackupFile> writeUnaudited(const Database &db, const QString &target, const MaintenanceProgress &progress = {});

} // namespace DatabaseBackup

} // namespace casedesk
