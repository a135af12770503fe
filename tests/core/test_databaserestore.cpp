// Restore through the core: the old rows come back into the open
// connection and what they replaced is kept in an automatic backup; a file
// that is not a sound backup of this workstation (not SQLite, cut off,
// damaged, another program's, from a newer CaseDesk, with a tampered audit
// trail, another workstation's) is refused and the database stays as it was.
#include "audit/auditverifier.h"
#include "maintenance/databasebackup.h"
#include "maintenance/databaserestore.h"
#include "maintenancesample.h"
#include "migrations.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("restore: the old rows come back into the open connection; the replaced data is kept", "[backup]")
{
    BackedUpBureau b;
    const QByteArray replaced = fingerprint(b.temp.db());
    QList<std::pair<qint64, qint64>> reports;
    auto restored = DatabaseRestore::run(b.temp.db(), b.admin, b.backup, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        return true;
    });
    REQUIRE(restored);

    // The same connection reads the restored data.
    CHECK(entityNames(b.temp.db()) == QStringList{QStringLiteral("永清县乙锅炉厂"), QStringLiteral("永清县甲电线厂")});
    CHECK(restored->databasePath == QFileInfo(b.temp.path()).absoluteFilePath());
    CHECK(restored->backupFile == QFileInfo(b.backup).absoluteFilePath());
    CHECK(restored->backupSchemaVersion == Migrations::latestVersion());
    CHECK(restored->schemaVersion == Migrations::latestVersion());
    CHECK(restored->pages > 0);
    REQUIRE_FALSE(reports.isEmpty());
    CHECK(reports.last().second > 0);
    CHECK(reports.last().first == reports.last().second);

    // The automatic backup, beside the database, holds exactly what was replaced.
    const QFileInfo automatic(restored->automaticBackup);
    CHECK(automatic.absolutePath() == QFileInfo(b.temp.path()).absolutePath());
    CHECK(automatic.fileName().startsWith(QStringLiteral("test.sqlite.before-restore-")));
    CHECK(automatic.fileName().endsWith(QStringLiteral(".sqlite")));
    CHECK(fingerprint(*openFile(restored->automaticBackup)) == replaced);

    // The restore's entry is in the restored trail, which verifies.
    const AuditEntry entry = newestEntry(b.temp.db(), b.admin);
    CHECK(entry.action == QStringLiteral("database.restore"));
    CHECK(jsonObject(entry.after).value(QStringLiteral("restoredFrom")).toString() == restored->backupFile);
    CHECK(jsonObject(entry.after).value(QStringLiteral("replacedContentBackup")).toString() ==
          restored->automaticBackup);
    auto verified = AuditVerifier::verify(b.temp.db(), b.admin);
    REQUIRE(verified);
    CHECK(verified->intact());

    // Nothing of the staging is left; the file reopens as it is now.
    CHECK(filesIn(b.temp.dir()).filter(QStringLiteral("casedesk-restore")).isEmpty());
    b.temp.reopen();
    CHECK(entityNames(b.temp.db()).size() == 2);
}

TEST_CASE("restore: a file that is not a sound backup of this workstation is refused; nothing changes", "[backup]")
{
    BackedUpBureau b;
    const QByteArray before = fingerprint(b.temp.db());
    QString file;
    QString reason;

    SECTION("not an SQLite file")
    {
        file = b.temp.dir() + QStringLiteral("/说明.txt");
        writeFile(file, QByteArrayLiteral("这不是数据库。\n"));
        reason = QStringLiteral("not an SQLite database file");
    }
    SECTION("cut off half-way")
    {
        file = b.temp.dir() + QStringLiteral("/cut.sqlite");
        const QByteArray bytes = readAll(b.backup);
        writeFile(file, bytes.left(bytes.size() / 2));
        reason = QStringLiteral("is cut off");
    }
    SECTION("cut off inside the first page")
    {
        file = b.temp.dir() + QStringLiteral("/cut.sqlite");
        writeFile(file, readAll(b.backup).left(1000));
        reason = QStringLiteral("is cut off");
    }
    SECTION("damaged inside: a table's page overwritten")
    {
        file = b.copyOfBackup(QStringLiteral("damaged.sqlite"));
        qint64 rootPage = 0;
        {
            std::unique_ptr<Database> copy = openFile(b.backup);
            QSqlQuery q(copy->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'audit_entry'")));
            REQUIRE(q.next());
            rootPage = q.value(0).toLongLong();
        }
        QByteArray bytes = readAll(file);
        bytes.replace((rootPage - 1) * 4096, 512, QByteArray(512, '\xff'));
        writeFile(file, bytes);
        reason = QStringLiteral("is damaged");
    }
    SECTION("another program's SQLite file")
    {
        file = b.temp.dir() + QStringLiteral("/other.sqlite");
        editByHand(file, {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                          QStringLiteral("INSERT INTO notes VALUES ('购物清单')")});
        reason = QStringLiteral("not a CaseDesk database");
    }
    SECTION("written by a newer CaseDesk")
    {
        file = b.copyOfBackup(QStringLiteral("newer.sqlite"));
        editByHand(file, {QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
        reason = QStringLiteral("newer CaseDesk");
    }
    SECTION("its audit trail was tampered with")
    {
        file = b.copyOfBackup(QStringLiteral("tampered.sqlite"));
        editByHand(file, {QStringLiteral("UPDATE audit_entry SET actor_name = '冒名' WHERE seq = 2")});
        reason = QStringLiteral("audit trail does not verify");
    }
    SECTION("another workstation's database")
    {
        TempDatabase other;
        const Session otherAdmin = setUpBureau(other.db(), QStringLiteral("B"));
        file = b.temp.dir() + QStringLiteral("/workstation-b.sqlite");
        REQUIRE(DatabaseBackup::write(other.db(), otherAdmin, file));
        reason = QStringLiteral("workstation B");
    }
    SECTION("the database itself")
    {
        file = b.temp.path();
        reason = QStringLiteral("the database itself");
    }
    SECTION("a file that is not there")
    {
        file = b.temp.dir() + QStringLiteral("/missing.sqlite");
        reason = QStringLiteral("does not exist");
    }

    auto restored = DatabaseRestore::run(b.temp.db(), b.admin, file);
    REQUIRE_FALSE(restored);
    INFO(restored.error().message.toStdString());
    CHECK(restored.error().refusal);
    CHECK(restored.error().message.contains(QFileInfo(file).fileName()));
    CHECK(restored.error().message.contains(reason));
    CHECK(fingerprint(b.temp.db()) == before);
    CHECK(entityNames(b.temp.db()).size() == 3);
    // No automatic backup of an unchanged database, no staging left over.
    CHECK(filesIn(b.temp.dir()).filter(QStringLiteral("before-restore")).isEmpty());
    CHECK(filesIn(b.temp.dir()).filter(QStringLiteral("casedesk-restore")).isEmpty());
}
