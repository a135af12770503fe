#pragma once
// BackupFileInspection: whether a file is a backup CaseDesk can restore,
// found out without altering it (opened read-only): an SQLite file, whole
// (as long as its header says), sound (PRAGMA integrity_check), a CaseDesk
// database that was set up (application id, schema version, the setting
// table) and not from a newer CaseDesk. Tells what it holds, so the person
// restoring can confirm it is the right one. The audit trail is verified
// later, on the copy the restore stages (DatabaseRestore).

#include "result.h"

#include <QDateTime>
#include <QString>

namespace casedesk {

struct BackupFileFacts {
    QString path; // absolute
    qint64 bytes = 0;
    QDateTime writtenAt; // the file's time: when the backup was made
    int schemaVersion = 0;
    QString bureauName;
    QString site;            // the workstation whose database it is
    qint64 auditEntries = 0; // 0 when the schema predates the audit trail
    QString newestChangeAt;  // the newest audit entry's time (UTC ISO 8601), empty when none
};

// Refusals name the file and say what is wrong with it.
Result<BackupFileFacts> inspectBackupFile(const QString &path);

} // namespace casedesk
