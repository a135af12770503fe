#pragma once
// DatabaseCheck: whether the open database is sound, in three parts, for
// the bureau head or an administrator: SQLite's own structure (PRAGMA
// integrity_check), every reference between records (PRAGMA
// foreign_key_check: a row naming a record that is not there) and the
// audit trail (AuditVerifier). Reads only; each part's findings are
// reported, so whoever runs it sees everything that is wrong at once.

#include "audit/auditverifier.h"
#include "database.h"
#include "maintenance/maintenanceprogress.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

class Session;

struct ForeignKeyViolation {
    QString table; // the row's table
    qint64 rowid = 0;
    QString parent; // the table the missing record should be in
};

struct DatabaseCheckReport {
    QStringList integrityProblems; // empty: "ok"
    QList<ForeignKeyViolation> foreignKeyViolations;
    AuditVerification audit;

    bool integrityOk() const { return integrityProblems.isEmpty(); }
    bool foreignKeysOk() const { return foreignKeyViolations.isEmpty(); }
    bool auditOk() const { return audit.intact(); }
    bool ok() const { return integrityOk() && foreignKeysOk() && auditOk(); }
};

namespace DatabaseCheck {

// Progress: in thousandths of the whole check.
Result<DatabaseCheckReport> run(const Database &db, const Session &session, const MaintenanceProgress &progress = {});

} // namespace DatabaseCheck

} // namespace casedesk
