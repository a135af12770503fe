// A workstation that dies in the middle of an import (power cut, killed
// process) keeps its database as it was before the import; importing the
// same file again then brings everything.
#include "clirunner.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Many entities at once, as fast as SQL allows (the triggers still mark
// each one for the exchange).
void addEntities(Database &db, int count)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("BEGIN")));
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO entity(name, name_key, code, code_kind, address, uuid, created_at, created_by, modified_at, "
        "modified_by, site) VALUES (?, ?, ?, 'credit', ?, ?, '2026-11-01T08:00:00.000Z', 'admin', "
        "'2026-11-01T08:00:00.000Z', 'admin', 'A')")));
    for (int i = 0; i < count; ++i) {
        q.addBindValue(QStringLiteral("批量企业%1").arg(i));
        q.addBindValue(QStringLiteral("批量企业%1").arg(i));
        q.addBindValue(QStringLiteral("CODE%1").arg(i, 14, 10, QLatin1Char('0')));
        q.addBindValue(QStringLiteral("永清县第%1号").arg(i));
        q.addBindValue(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        REQUIRE(q.exec());
    }
    REQUIRE(q.exec(QStringLiteral("COMMIT")));
}

} // namespace

TEST_CASE("sync crash: an import killed half-way leaves the database as before", "[sync][synccrash]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    addEntities(*a.db, 3000);
    const QString file = ws.exportFor(a, b);
    const int entitiesBefore = countRows(*b.db, QStringLiteral("entity"));
    const QByteArray before = fingerprint(*b.db);

    const QStringList args = {QStringLiteral("--db"),
                              b.db->path(),
                              QStringLiteral("--user"),
                              QStringLiteral("admin"),
                              QStringLiteral("sync"),
                              QStringLiteral("import"),
                              file};
    QMap<QString, QString> env{{QStringLiteral("CASEDESK_PASSWORD"), QString::fromLatin1(kAdminPassword)},
                               {QStringLiteral("CASEDESK_TEST_KILL_IMPORT_AFTER"), QStringLiteral("1500")}};
    const CliRun killed = cli(args, env);
    CHECK(killed.status == -1); // it did not exit: it was killed
    CHECK(killed.out.isEmpty());
    CHECK(fingerprint(*b.db) == before);
    CHECK(countRows(*b.db, QStringLiteral("entity")) == entitiesBefore);

    // The database opens again as it was, and the same file imports whole.
    const QString path = b.db->path();
    b.db.reset();
    auto reopened = Database::open(path);
    REQUIRE(reopened);
    CHECK(fingerprint(**reopened) == before);
    env.remove(QStringLiteral("CASEDESK_TEST_KILL_IMPORT_AFTER"));
    const CliRun whole = cli(args, env);
    INFO(whole.err.toStdString());
    REQUIRE(whole.status == 0);
    CHECK(whole.out.contains(QStringLiteral("3000 added")));
    CHECK(countRows(**reopened, QStringLiteral("entity")) == entitiesBefore + 3000);
}
