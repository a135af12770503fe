#include "maintenance/backupfileinspection.h"

#include "maintenance/sqliteconnection.h"
#include "migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

// The fixed 100-byte header every SQLite database file starts with.
constexpr int kHeaderBytes = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// An SQLite file, and as long as its header says: a copy cut short (a
// full disk, an interrupted transfer) is refused before SQLite reads it.
Status checkHeader(const QString &path, qint64 bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refusal(Text::tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(kHeaderBytes);
    if (!header.startsWith(kMagic))
        return refusal(Text::tr("%1 is not a CaseDesk backup: it is not an SQLite database file.").arg(path));
    if (header.size() < kHeaderBytes)
        return refusal(Text::tr("%1 is cut off: it ends inside its header (the backup is incomplete).").arg(path));
    const quint16 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512)
        return refusal(Text::tr("%1 is damaged: its header is not valid.").arg(path));
    // The page count in the header counts only when the file was last
    // written by an SQLite that keeps it (the two counters agree).
    const quint32 pages = bigEndian32(header, 28);
    const bool pagesValid = pages != 0 && bigEndian32(header, 24) == bigEndian32(header, 92);
    const qint64 wholePages = pagesValid ? qint64(pages) : (bytes + pageSize - 1) / pageSize;
    const qint64 expected = std::max<qint64>(wholePages, 1) * pageSize;
    if (bytes < expected)
        return refusal(Text::tr("%1 is cut off: it holds %2 of the %3 bytes its header speaks of (the backup is "
                                "incomplete).")
                           .arg(path)
                           .arg(bytes)
                           .arg(expected));
    return success();
}

Result<bool> hasTable(sqlite3 *db, const char *table)
{
    auto count = sqliteNumber(
        db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '%1'").arg(table));
    if (!count)
        return count.error();
    return *count > 0;
}

QString settingValue(const QList<QStringList> &settings, const char *key)
{
    for (const QStringList &row : settings)
        if (row.value(0) == QLatin1String(key))
            return row.value(1);
    return {};
}

// What the sound CaseDesk database holds.
Status readFacts(sqlite3 *db, BackupFileFacts &facts)
{
    auto settings = sqliteRows(db, QStringLiteral("SELECT key, value FROM setting"));
    if (!settings)
        return settings.error();
    facts.bureauName = settingValue(*settings, "bureau_name");
    facts.site = settingValue(*settings, "site");
    if (facts.bureauName.isEmpty() || facts.site.isEmpty())
        return refusal(Text::tr("%1 is a CaseDesk database that was never set up (no bureau, no workstation); "
                                "there is nothing to restore.")
                           .arg(facts.path));
    auto audit = hasTable(db, "audit_entry");
    if (!audit)
        return audit.error();
    if (*audit) {
        auto entries = sqliteRows(db, QStringLiteral("SELECT count(*), coalesce(max(at), '') FROM audit_entry"));
        if (!entries)
            return entries.error();
        facts.auditEntries = entries->value(0).value(0).toLongLong();
        facts.newestChangeAt = entries->value(0).value(1);
    }
    return success();
}
} // namespace

Result<BackupFileFacts> inspectBackupFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return refusal(Text::tr("%1 does not exist.").arg(path));
    if (!info.isFile())
        return refusal(Text::tr("%1 is not a file.").arg(path));
    BackupFileFacts facts;
    facts.path = info.absoluteFilePath();
    facts.bytes = info.size();
    facts.writtenAt = info.lastModified();
    if (auto s = checkHeader(path, facts.bytes); !s)
        return s.error();

    auto connection = SqliteConnection::open(path, SqliteConnection::Mode::ReadOnly);
    if (!connection)
        return connection.error();
    sqlite3 *db = connection->handle();
    auto problems = integrityProblems(db);
    if (!problems)
        return refusal(Text::tr("%1 is damaged: SQLite cannot read it (%2).").arg(path, problems.error().message));
    if (!problems->isEmpty())
        return refusal(Text::tr("%1 is damaged: %2").arg(path, problems->first()));

    auto applicationId = sqliteNumber(db, QStringLiteral("PRAGMA application_id"));
    auto version = sqliteNumber(db, QStringLiteral("PRAGMA user_version"));
    auto settingTable = hasTable(db, "setting");
    if (!applicationId || !version || !settingTable)
        return refusal(Text::tr("%1 cannot be read as a database.").arg(path));
    if (*applicationId != Migrations::kApplicationId || *version < 1 || !*settingTable)
        return refusal(Text::tr("%1 is an SQLite file but not a CaseDesk database; it cannot be restored.").arg(path));
    facts.schemaVersion = int(*version);
    if (facts.schemaVersion > Migrations::latestVersion())
        return refusal(Text::tr("%1 was written by a newer CaseDesk (schema version %2; this program knows up to "
                                "%3); please update CaseDesk before restoring it.")
                           .arg(path)
                           .arg(facts.schemaVersion)
                           .arg(Migrations::latestVersion()));
    if (auto s = readFacts(db, facts); !s)
        return s.error();
    return facts;
}

} // namespace casedesk
