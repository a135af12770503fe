// The database core: migrations from empty, the newer-schema refusal, foreign
// files, connection settings, the transaction guard and the identity columns
// every travelling record carries.
#include "database.h"
#include "migrations.h"
#include "testsupport.h"
#include "transactionguard.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

// Raw access to a file without CaseDesk's checks, as another program would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        for (const QString &s : statements)
            REQUIRE(q.exec(s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}
} // namespace

TEST_CASE("a new database is migrated from empty to the latest schema", "[database]")
{
    TempDatabase t;
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 1);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA application_id")).toInt() == Migrations::kApplicationId);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(t.db(), QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    for (const char *table : {"edition", "duty", "item", "section", "item_section", "legal_reference", "boundary",
                              "boundary_share", "supervision_system", "system_part", "content_point", "public_service",
                              "accountability_body", "list_note", "setting"})
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type='table' AND name='%1'")
                                 .arg(QString::fromLatin1(table)))
                  .toInt() == 1);
}

TEST_CASE("reopening a database keeps its data and does not migrate again", "[database]")
{
    TempDatabase t;
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('k', 'v')")));
    t.reopen();
    CHECK(t.db().schemaVersion() == Migrations::latestVersion());
    CHECK(scalar(t.db(), QStringLiteral("SELECT value FROM setting WHERE key = 'k'")).toString() ==
          QStringLiteral("v"));
}

TEST_CASE("every travelling table carries identity, time, author, site and a tombstone", "[database]")
{
    TempDatabase t;
    for (const char *table :
         {"edition", "duty", "item", "section", "legal_reference", "boundary", "boundary_share", "supervision_system",
          "system_part", "content_point", "public_service", "accountability_body", "list_note"}) {
        QSqlRecord r = t.db().sql().record(QString::fromLatin1(table));
        INFO(table);
        for (const char *column :
             {"uuid", "created_at", "created_by", "modified_at", "modified_by", "site", "deleted_at"})
            CHECK(r.indexOf(QString::fromLatin1(column)) >= 0);
    }
}

TEST_CASE("a database written by a newer CaseDesk is refused and left untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path);
        REQUIRE(db);
    }
    rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)});
    const QByteArray before = readAll(path);

    auto opened = Database::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().refusal);
    CHECK(opened.error().message.contains(QStringLiteral("newer CaseDesk")));
    CHECK(opened.error().message.contains(path));
    CHECK(readAll(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("another program's SQLite file and a non-database file are refused unchanged", "[database]")
{
    QTemporaryDir dir;
    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite"));
    rawExec(foreign, {QStringLiteral("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")});
    const QByteArray foreignBefore = readAll(foreign);
    auto a = Database::open(foreign);
    REQUIRE_FALSE(a);
    CHECK(a.error().message.contains(QStringLiteral("another program")));
    CHECK(readAll(foreign) == foreignBefore);

    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(text, QByteArray("these are not the droids you are looking for\n").repeated(100));
    const QByteArray textBefore = readAll(text);
    auto b = Database::open(text);
    REQUIRE_FALSE(b);
    CHECK(b.error().message.contains(QStringLiteral("not a CaseDesk database")));
    CHECK(readAll(text) == textBefore);
}

TEST_CASE("the transaction guard rolls back unless committed", "[database]")
{
    TempDatabase t;
    {
        TransactionGuard tx(t.db().sql());
        REQUIRE(tx.active());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('a', '1')")));
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM setting")).toInt() == 0);
    {
        TransactionGuard tx(t.db().sql());
        REQUIRE(t.db().exec(QStringLiteral("INSERT INTO setting(key, value) VALUES ('b', '2')")));
        REQUIRE(tx.commit());
    }
    CHECK(scalar(t.db(), QStringLiteral("SELECT value FROM setting")).toString() == QStringLiteral("2"));
}

TEST_CASE("foreign keys are enforced", "[database]")
{
    TempDatabase t;
    auto r = t.db().exec(QStringLiteral("INSERT INTO duty(edition_id, position, text, uuid, created_at, created_by, "
                                        "modified_at, modified_by) VALUES (999, 0, 'x', 'u', 'a', 'b', 'c', 'd')"));
    CHECK_FALSE(r);
}
