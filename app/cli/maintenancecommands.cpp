// backup, restore and check: the database's care. A backup is a checked
// copy written while the database stays in use; a restore replaces the
// data with a backup after it was checked, once somebody typed yes (or gave
// --yes in a script), keeping the replaced data in an automatic backup;
// the check reports the structure, the references and the audit trail
// (exit status 1 when something is wrong, like audit verify).
#include "clisession.h"
#include "commands.h"
#include "maintenance/databasebackup.h"
#include "maintenance/databasecheck.h"
#include "maintenance/databaserestore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(fileno(stdin));
#endif
}

// Asks on the terminal (stderr, so stdout stays the command's output);
// anything but "yes", or no answer at all, declines.
bool confirmedOnTerminal(const BackupFileFacts &facts, const QString &database)
{
    QTextStream err(stderr);
    err << Text::tr("This replaces all data in %1 with the backup %2\n"
                    "  (%3, workstation %4; written %5; %6 bytes; newest change %7).\n"
                    "An automatic backup of the current data is written first.\n"
                    "Type yes to replace the current data: ")
               .arg(database, facts.path, facts.bureauName, facts.site,
                    facts.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
               .arg(facts.bytes)
               .arg(facts.newestChangeAt.isEmpty() ? Text::tr("none") : facts.newestChangeAt);
    err.flush();
    QTextStream in(stdin);
    const bool yes = in.readLine().trimmed() == QLatin1String("yes");
    // A terminal echoes the answer's line end; a pipe does not.
    if (!stdinIsTerminal())
        err << '\n';
    return yes;
}

QJsonObject checkJson(const QString &database, const DatabaseCheckReport &report)
{
    QJsonArray violations;
    for (const ForeignKeyViolation &v : report.foreignKeyViolations)
        violations.append(QJsonObject{{QStringLiteral("table"), v.table},
                                      {QStringLiteral("rowid"), v.rowid},
                                      {QStringLiteral("parent"), v.parent}});
    QJsonObject audit{{QStringLiteral("ok"), report.auditOk()}, {QStringLiteral("entries"), report.audit.entries}};
    if (report.audit.problem)
        audit.insert(QStringLiteral("problem"), QJsonObject{{QStringLiteral("entry"), report.audit.problem->entry},
                                                            {QStringLiteral("reason"), report.audit.problem->reason}});
    return {{QStringLiteral("database"), database},
            {QStringLiteral("ok"), report.ok()},
            {QStringLiteral("integrity"),
             QJsonObject{{QStringLiteral("ok"), report.integrityOk()},
                         {QStringLiteral("problems"), QJsonArray::fromStringList(report.integrityProblems)}}},
            {QStringLiteral("foreignKeys"),
             QJsonObject{{QStringLiteral("ok"), report.foreignKeysOk()}, {QStringLiteral("violations"), violations}}},
            {QStringLiteral("audit"), audit}};
}

void printCheck(Printer &out, const DatabaseCheckReport &report)
{
    if (report.integrityOk())
        out.line(Text::tr("Structure (integrity check): ok"));
    else
        out.line(Text::tr("Structure (integrity check): %1 problem(s)").arg(report.integrityProblems.size()));
    for (const QString &problem : report.integrityProblems)
        out.line(QStringLiteral("  ") + problem);
    if (report.foreignKeysOk())
        out.line(Text::tr("References (foreign keys): ok"));
    else
        out.line(Text::tr("References (foreign keys): %1 row(s) name a record that is not there")
                     .arg(report.foreignKeyViolations.size()));
    for (const ForeignKeyViolation &v : report.foreignKeyViolations)
        out.line(Text::tr("  %1 row %2: its %3 record is missing").arg(v.table).arg(v.rowid).arg(v.parent));
    if (report.auditOk())
        out.line(Text::tr("Audit trail: intact, %1 entries checked").arg(report.audit.entries));
    else
        out.line(Text::tr("Audit trail: %1").arg(report.audit.problem->reason));
}
} // namespace

int commandBackup(const CommandLine &cl, Printer &out)
{
    const QString target = cl.option("--output");
    if (target.trimmed().isEmpty())
        return refuse(Text::tr("backup: give -o FILE (the backup to write)"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("backup"));
    if (!session)
        return fail(session.error());
    auto backup = DatabaseBackup::write(**db, *session, target);
    if (!backup)
        return fail(backup.error());
    if (cl.json)
        out.json({{QStringLiteral("file"), backup->path},
                  {QStringLiteral("bytes"), backup->bytes},
                  {QStringLiteral("pages"), backup->pages}});
    else
        out.line(Text::tr("Backed up %1 to %2: %3 bytes (%4), %5 pages.")
                     .arg((*db)->path(), backup->path)
                     .arg(backup->bytes)
                     .arg(QLocale::c().formattedDataSize(backup->bytes))
                     .arg(backup->pages));
    return Done;
}

int commandRestore(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 2)
        return refuse(Text::tr("restore: give exactly one FILE (the backup to restore)"));
    const QString file = cl.words[1];
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("restore"));
    if (!session)
        return fail(session.error());
    auto facts = DatabaseRestore::inspect(*session, file);
    if (!facts)
        return fail(facts.error());
    if (!cl.flag("--yes") && !confirmedOnTerminal(*facts, (*db)->path()))
        return refuse(Text::tr("restore %1: not confirmed; nothing was changed (type yes, or give --yes)").arg(file));
    auto restored = DatabaseRestore::run(**db, *session, file);
    if (!restored)
        return fail(restored.error());
    // Opening it afresh proves the restored file opens as this CaseDesk's.
    db->reset();
    if (auto reopened = Database::open(restored->databasePath); !reopened)
        return fail(reopened.error());
    if (cl.json) {
        out.json({{QStringLiteral("database"), restored->databasePath},
                  {QStringLiteral("restoredFrom"), restored->backupFile},
                  {QStringLiteral("automaticBackup"), restored->automaticBackup},
                  {QStringLiteral("backupSchemaVersion"), restored->backupSchemaVersion},
                  {QStringLiteral("schemaVersion"), restored->schemaVersion},
                  {QStringLiteral("pages"), restored->pages}});
    } else {
        out.line(Text::tr("Restored %1 into %2.").arg(restored->backupFile, restored->databasePath));
        if (restored->backupSchemaVersion < restored->schemaVersion)
            out.line(Text::tr("The backup's schema (version %1) was brought up to version %2.")
                         .arg(restored->backupSchemaVersion)
                         .arg(restored->schemaVersion));
        out.line(Text::tr("The data it replaced is in the automatic backup %1.").arg(restored->automaticBackup));
    }
    return Done;
}

int commandCheck(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("check"));
    if (!session)
        return fail(session.error());
    auto report = DatabaseCheck::run(**db, *session);
    if (!report)
        return fail(report.error());
    if (cl.json)
        out.json(checkJson((*db)->path(), *report));
    else
        printCheck(out, *report);
    if (!report->ok()) {
        // Like audit verify: a finding about the data, not a refused request.
        out.flush();
        return fail(failure(Text::tr("check: %1 has problems (see above)").arg((*db)->path())));
    }
    if (!cl.json)
        out.line(Text::tr("The database %1 is sound.").arg((*db)->path()));
    return Done;
}

} // namespace casedesk::cli
