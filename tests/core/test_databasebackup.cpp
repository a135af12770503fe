// Backup and check through the core: a backup taken while another
// connection writes is whole, sound and holds every row; a refused or
// cancelled backup leaves no file and changes nothing; the check names a
// broken reference and a tampered audit entry; and only the roles allowed
// may back up, restore or check.
#include "maintenance/databasebackup.h"
#include "maintenance/databasecheck.h"
#include "maintenance/databaserestore.h"
#include "maintenancesample.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("backup: a copy taken while another connection writes is whole, sound and holds every row", "[backup]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    for (int i = 0; i < 20; ++i)
        storeEntity(temp.db(), admin, QStringLiteral("永清县第%1机械厂").arg(i), i);
    std::unique_ptr<Database> other = openFile(temp.path());
    const QString target = temp.dir() + QStringLiteral("/backup.sqlite");

    // The other connection writes between the copy's steps, as a colleague
    // on the same file (or this window's own work) would.
    QList<std::pair<qint64, qint64>> reports;
    auto backup = DatabaseBackup::write(temp.db(), admin, target, [&](qint64 done, qint64 total) {
        reports.append({done, total});
        if (reports.size() % 2 == 0 && reports.size() <= 6)
            storeEntity(*other, admin, QStringLiteral("备份期间登记的单位%1").arg(reports.size()),
                        100 + reports.size());
        return true;
    });
    REQUIRE(backup);
    CHECK(reports.size() > 6);
    CHECK(reports.last().first == reports.last().second);
    CHECK(backup->path == QFileInfo(target).absoluteFilePath());
    CHECK(backup->bytes == QFileInfo(target).size());
    CHECK(backup->pages > 0);
    CHECK(backup->bytes == backup->pages * 4096);
    // Nothing half-written is left beside it, and it is one file without a
    // write-ahead log (header bytes 18 and 19: 1 = rollback journal).
    CHECK(filesIn(temp.dir()).filter(QStringLiteral("partial")).isEmpty());
    const QByteArray header = readAll(target).left(20);
    CHECK(int(header.at(18)) == 1);
    CHECK(int(header.at(19)) == 1);

    const QStringList names = entityNames(temp.db());
    CHECK(names.size() == 23);
    std::unique_ptr<Database> copy = openFile(target);
    CHECK(entityNames(*copy) == names);
    auto check = DatabaseCheck::run(*copy, admin);
    REQUIRE(check);
    CHECK(check->ok());

    const AuditEntry entry = newestEntry(temp.db(), admin);
    CHECK(entry.action == QStringLiteral("database.backup"));
    CHECK(entry.recordLabel == QStringLiteral("backup.sqlite"));
    CHECK(jsonObject(entry.after).value(QStringLiteral("backupFile")).toString() == backup->path);
    CHECK(jsonObject(entry.after).value(QStringLiteral("backupBytes")).toInteger() == backup->bytes);
}

TEST_CASE("backup: a missing folder, the database itself or a cancel leave no file and change nothing", "[backup]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    storeEntity(temp.db(), admin, QStringLiteral("永清县甲电线厂"), 1);
    const QByteArray before = fingerprint(temp.db());
    const QStringList files = filesIn(temp.dir());

    SECTION("the folder does not exist")
    {
        const QString folder = temp.dir() + QStringLiteral("/没有的文件夹");
        auto backup = DatabaseBackup::write(temp.db(), admin, folder + QStringLiteral("/backup.sqlite"));
        REQUIRE_FALSE(backup);
        CHECK(backup.error().refusal);
        CHECK(backup.error().message.contains(folder));
        CHECK(backup.error().message.contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFileInfo::exists(folder));
    }
    SECTION("the database itself, under any name")
    {
        for (const QString &target : {temp.path(), temp.dir() + QStringLiteral("/./test.sqlite"),
                                      temp.dir() + QStringLiteral("/test.sqlite-wal")}) {
            auto backup = DatabaseBackup::write(temp.db(), admin, target);
            REQUIRE_FALSE(backup);
            CHECK(backup.error().refusal);
            CHECK(backup.error().message.contains(QStringLiteral("the database itself")));
        }
    }
    SECTION("cancelled half-way")
    {
        int steps = 0;
        auto backup = DatabaseBackup::write(temp.db(), admin, temp.dir() + QStringLiteral("/backup.sqlite"),
                                            [&steps](qint64, qint64) { return ++steps < 3; });
        REQUIRE_FALSE(backup);
        CHECK(backup.error().message.contains(QStringLiteral("cancelled")));
    }
    CHECK(filesIn(temp.dir()) == files);
    CHECK(fingerprint(temp.db()) == before);
}

TEST_CASE("check: a sound database passes; a broken reference and a tampered entry are named", "[backup]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const Entity entity = storeEntity(temp.db(), admin, QStringLiteral("永清县甲电线厂"), 1);

    QList<qint64> reports;
    auto sound = DatabaseCheck::run(temp.db(), admin, [&reports](qint64 done, qint64 total) {
        CHECK(total == 1000);
        reports << done;
        return true;
    });
    REQUIRE(sound);
    CHECK(sound->ok());
    CHECK(sound->audit.entries == countRows(temp.db(), QStringLiteral("audit_entry")));
    REQUIRE_FALSE(reports.isEmpty());
    CHECK(reports.last() == 1000);

    // A licence of an entity that is not there, and an entry rewritten by hand.
    editByHand(temp.path(),
               {QStringLiteral("INSERT INTO licence (entity_id, kind, number, uuid, created_at, created_by, "
                               "modified_at, modified_by) VALUES (%1, 'production', 'XK-404', 'no-holder', "
                               "'2026-01-01', 'x', '2026-01-01', 'x')")
                    .arg(entity.id + 1000),
                QStringLiteral("UPDATE audit_entry SET actor_name = '冒名' WHERE seq = 1")});
    auto broken = DatabaseCheck::run(temp.db(), admin);
    REQUIRE(broken);
    CHECK_FALSE(broken->ok());
    CHECK(broken->integrityOk());
    REQUIRE(broken->foreignKeyViolations.size() == 1);
    CHECK(broken->foreignKeyViolations[0].table == QStringLiteral("licence"));
    CHECK(broken->foreignKeyViolations[0].parent == QStringLiteral("entity"));
    QSqlQuery q(temp.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM licence WHERE number = 'XK-404'")));
    REQUIRE(q.next());
    CHECK(broken->foreignKeyViolations[0].rowid == q.value(0).toLongLong());
    CHECK_FALSE(broken->auditOk());
    REQUIRE(broken->audit.problem);
    CHECK(broken->audit.problem->entry == QStringLiteral("A-1"));
}

TEST_CASE("maintenance permissions: a clerk may do none of it; a bureau head backs up and checks", "[backup]")
{
    BackedUpBureau b;
    const Session clerk = addColleague(b.temp.db(), b.admin, QStringLiteral("chenjing"), {Role::Clerk});
    const Session head = addColleague(b.temp.db(), b.admin, QStringLiteral("wangju"), {Role::BureauHead});
    const QByteArray before = fingerprint(b.temp.db());
    const QString target = b.temp.dir() + QStringLiteral("/clerk.sqlite");

    auto backup = DatabaseBackup::write(b.temp.db(), clerk, target);
    REQUIRE_FALSE(backup);
    CHECK(backup.error().refusal);
    CHECK_FALSE(QFileInfo::exists(target));
    auto check = DatabaseCheck::run(b.temp.db(), clerk);
    REQUIRE_FALSE(check);
    CHECK(check.error().refusal);
    auto inspected = DatabaseRestore::inspect(clerk, b.backup);
    REQUIRE_FALSE(inspected);
    CHECK(inspected.error().refusal);
    auto restored = DatabaseRestore::run(b.temp.db(), clerk, b.backup);
    REQUIRE_FALSE(restored);
    CHECK(restored.error().refusal);
    auto byHead = DatabaseRestore::run(b.temp.db(), head, b.backup);
    REQUIRE_FALSE(byHead);
    CHECK(byHead.error().refusal);
    CHECK(fingerprint(b.temp.db()) == before);

    CHECK(DatabaseCheck::run(b.temp.db(), head));
    CHECK(DatabaseBackup::write(b.temp.db(), head, b.temp.dir() + QStringLiteral("/head.sqlite")));
}
