#include "maintenance/databasecheck.h"

#include "auth/permissions.h"
#include "maintenance/sqliteconnection.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

// Thousandths of the whole: the structure takes the longest on a large
// file, the trail next; the references are quick.
constexpr qint64 kWhole = 1000;
constexpr qint64 kAfterIntegrity = 450;
constexpr qint64 kAfterForeignKeys = 550;

Result<QList<ForeignKeyViolation>> foreignKeyViolations(sqlite3 *db)
{
    // table, rowid, parent, the constraint's number
    auto rows = sqliteRows(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (!rows)
        return rows.error();
    QList<ForeignKeyViolation> violations;
    for (const QStringList &row : *rows)
        violations << ForeignKeyViolation{row.value(0), row.value(1).toLongLong(), row.value(2)};
    return violations;
}
} // namespace

Result<DatabaseCheckReport> DatabaseCheck::run(const Database &db, const Session &session,
                                               const MaintenanceProgress &progress)
{
    if (auto allowed = Permissions::require(session, Action::CheckDatabase); !allowed)
        return allowed.error();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return failure(Text::tr("Cannot check %1: it is not an SQLite database.").arg(db.path()));
    const auto cancelled = [] { return refusal(Text::tr("The check of the database was cancelled.")); };
    const auto report = [&progress](qint64 done) { return !progress || progress(done, kWhole); };
    if (!report(0))
        return cancelled();

    DatabaseCheckReport result;
    // A database too damaged to answer is a finding, not a failed check.
    auto integrity = integrityProblems(handle);
    result.integrityProblems = integrity ? *integrity : QStringList{integrity.error().message};
    if (!report(kAfterIntegrity))
        return cancelled();

    auto violations = foreignKeyViolations(handle);
    if (!violations)
        result.integrityProblems << violations.error().message;
    else
        result.foreignKeyViolations = *violations;
    if (!report(kAfterForeignKeys))
        return cancelled();

    // The check includes what `audit verify` does, for the same people.
    auto audit = AuditVerifier::verify(db, session, [&report](qint64 done, qint64 total) {
        return report(kAfterForeignKeys + (total > 0 ? (kWhole - kAfterForeignKeys) * done / total : 0));
    });
    if (audit)
        result.audit = *audit;
    else if (audit.error().refusal) // cancelled
        return audit.error();
    else
        result.audit.problem = AuditProblem{QString(), 0, audit.error().message};
    report(kWhole);
    return result;
}

} // namespace casedesk
