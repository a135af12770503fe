// casedesk-cli as scripts use it: commands, --json output and the exit
// statuses CONTRACT.md promises (0 done, 2 refused, 1 other failure).
#include "clirunner.h"
#include "migrations.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("cli: init sets the database up with its first administrator, once", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    const QMap<QString, QString> adminPassword{
        {QStringLiteral("CASEDESK_PASSWORD"), QString::fromLatin1(kAdminPassword)}};
    const QStringList setUp = {QStringLiteral("--db"),
                               db,
                               QStringLiteral("init"),
                               QStringLiteral("--bureau"),
                               QStringLiteral("永清县质量技术监督局"),
                               QStringLiteral("--abbrev"),
                               QStringLiteral("永质监"),
                               QStringLiteral("--site"),
                               QStringLiteral("YQ-01"),
                               QStringLiteral("--admin"),
                               QStringLiteral("admin"),
                               QStringLiteral("--json")};
    // No password: refused, and nothing is set up.
    CliRun noPassword = cli(setUp);
    CHECK(noPassword.status == 2);
    CHECK(noPassword.err.contains(QStringLiteral("CASEDESK_PASSWORD")));
    // A weak password: refused by the core's rule.
    CliRun weak = cli(setUp, {{QStringLiteral("CASEDESK_PASSWORD"), QStringLiteral("123")}});
    CHECK(weak.status == 2);
    CHECK(weak.err.contains(QStringLiteral("Password: use at least 8 characters")));

    CliRun r = cli(setUp, adminPassword);
    CHECK(r.status == 0);
    const QJsonObject o = cliJson(r);
    CHECK(o.value(QStringLiteral("bureau")).toString() == QStringLiteral("永清县质量技术监督局"));
    CHECK(o.value(QStringLiteral("site")).toString() == QStringLiteral("YQ-01"));
    CHECK(o.value(QStringLiteral("setUp")).toBool());
    CHECK(o.value(QStringLiteral("schemaVersion")).toInt() == Migrations::latestVersion());

    // The same values and the same administrator again: fine, nothing new.
    const int entries = [&] {
        auto opened = Database::open(db);
        REQUIRE(opened);
        return countRows(**opened, QStringLiteral("audit_entry"));
    }();
    CHECK(entries == 2); // bureau.setup and users.add
    CHECK(cli(setUp, adminPassword).status == 0);
    // Another bureau, or the right bureau with a wrong password: refused.
    QStringList other = setUp;
    other[4] = QStringLiteral("别的局");
    CliRun changed = cli(other, adminPassword);
    CHECK(changed.status == 2);
    CHECK(changed.err.contains(QStringLiteral("already set up")));
    CHECK(cli(setUp, {{QStringLiteral("CASEDESK_PASSWORD"), QStringLiteral("Wrong-pass-1")}}).status == 2);
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        CHECK(countRows(**opened, QStringLiteral("audit_entry")) == entries);
    }

    CliRun partial =
        cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"), QStringLiteral("x")});
    CHECK(partial.status == 2);
    CliRun badSite = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("init"),
                          QStringLiteral("--bureau"), QStringLiteral("某局"), QStringLiteral("--abbrev"),
                          QStringLiteral("某"), QStringLiteral("--site"), QStringLiteral("no spaces allowed"),
                          QStringLiteral("--admin"), QStringLiteral("admin")},
                         adminPassword);
    CHECK(badSite.status == 2);
    CHECK(badSite.err.contains(QStringLiteral("Workstation code")));

    // The password file works as the environment variable does.
    const QString passwordFile = dir.filePath(QStringLiteral("pw.txt"));
    writeFile(passwordFile, QByteArray(kAdminPassword) + "\n");
    CliRun fromFile =
        cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("third.sqlite")), QStringLiteral("init"),
             QStringLiteral("--bureau"), QStringLiteral("某局"), QStringLiteral("--abbrev"), QStringLiteral("某质监"),
             QStringLiteral("--site"), QStringLiteral("B"), QStringLiteral("--admin"), QStringLiteral("boss"),
             QStringLiteral("--password-file"), passwordFile});
    CHECK(fromFile.status == 0);
    CHECK(cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("third.sqlite")), QStringLiteral("--user"),
               QStringLiteral("boss"), QStringLiteral("--password-file"), passwordFile, QStringLiteral("users"),
               QStringLiteral("list")})
              .status == 0);
}

TEST_CASE("cli: duties import, list --json and export", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    CliRun imported = cliAsAdmin(db, {QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()});
    CHECK(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("9 main duties")));
    CliRun again = cliAsAdmin(db, {QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("already stored")));
    CHECK(cliAsAdmin(db, {QStringLiteral("duties"), QStringLiteral("import"), boshanSeed(), QStringLiteral("--edition"),
                          QStringLiteral("博山2015")})
              .status == 0);

    CliRun listed =
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.status == 0);
    const QJsonArray editions = cliJson(listed).value(QStringLiteral("editions")).toArray();
    REQUIRE(editions.size() == 2);
    QJsonObject yongqing, boshan;
    for (const QJsonValue &v : editions)
        (v[QStringLiteral("department")].toString().startsWith(QStringLiteral("永清")) ? yongqing : boshan) =
            v.toObject();
    CHECK(boshan.value(QStringLiteral("label")).toString() == QStringLiteral("博山2015"));
    const QJsonObject counts = yongqing.value(QStringLiteral("counts")).toObject();
    CHECK(counts.value(QStringLiteral("duties")).toInt() == 9);
    CHECK(counts.value(QStringLiteral("boundaries")).toInt() == 4);
    CHECK(counts.value(QStringLiteral("supervisionSystems")).toInt() == 7);
    CHECK(counts.value(QStringLiteral("publicServices")).toInt() == 4);
    const QJsonArray duties = yongqing.value(QStringLiteral("duties")).toArray();
    REQUIRE(duties.size() == 9);
    bool foundTwoSections = false;
    for (const QJsonValue &item : duties[1][QStringLiteral("items")].toArray())
        if (item[QStringLiteral("sections")].toArray().size() == 2)
            foundTwoSections = true;
    CHECK(foundTwoSections);
    CHECK(boshan.value(QStringLiteral("duties")).toArray()[1][QStringLiteral("references")].toArray().size() >= 3);

    CliRun text = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list")});
    CHECK(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("永清县质量技术监督局")));

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    CliRun exported = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("export"),
                           QStringLiteral("-o"), csv, QStringLiteral("--edition"), QStringLiteral("博山2015")});
    CHECK(exported.status == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF记录类型"));
    CHECK(bytes.contains("淄博市博山区质量技术监督局"));

    // The exported file imports into a fresh database.
    const QString db2 = dir.filePath(QStringLiteral("cd2.sqlite"));
    REQUIRE(cliSetUp(db2).status == 0);
    CliRun back = cliAsAdmin(db2, {QStringLiteral("--json"), QStringLiteral("duties"), QStringLiteral("import"), csv});
    CHECK(back.status == 0);
    CHECK(cliJson(back).value(QStringLiteral("duties")).toInt() == 10);
}

TEST_CASE("cli: refusals exit 2 with a one-line reason and change nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    REQUIRE(cliAsAdmin(db, {QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()}).status == 0);
    const QByteArray before = [&] {
        auto opened = Database::open(db);
        REQUIRE(opened);
        return fingerprint(**opened);
    }();

    const QString bad = dir.filePath(QStringLiteral("broken.csv"));
    writeFile(bad, QByteArray("\xEF\xBB\xBF记录类型,内容\n职责,x\n事项,\"未闭合\n"));
    CliRun r = cliAsAdmin(db, {QStringLiteral("duties"), QStringLiteral("import"), bad});
    CHECK(r.status == 2);
    CHECK(r.err.startsWith(QStringLiteral("casedesk-cli: broken.csv, line 3:")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);

    CHECK(cliAsAdmin(db,
                     {QStringLiteral("duties"), QStringLiteral("import"), dir.filePath(QStringLiteral("missing.txt"))})
              .status == 2);
    // Without a sign-in, or with a wrong password, nothing is imported.
    CliRun anonymous =
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), boshanSeed()});
    CHECK(anonymous.status == 2);
    CHECK(anonymous.err.contains(QStringLiteral("sign in with --user")));
    CliRun wrong = cliAs(db, QStringLiteral("admin"), QStringLiteral("Wrong-pass-1"),
                         {QStringLiteral("duties"), QStringLiteral("import"), boshanSeed()});
    CHECK(wrong.status == 2);
    CHECK(wrong.err.contains(QStringLiteral("Wrong login or password")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("frobnicate")}).status == 2);
    CHECK(
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list"), QStringLiteral("--colour")})
            .status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("export"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("x.txt"))})
              .status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("export"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("x.csv")), QStringLiteral("--edition"), QStringLiteral("nope")})
              .status == 2);
    CliRun dry = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), boshanSeed(),
                      QStringLiteral("--dry-run")});
    CHECK(dry.status == 0);
    CHECK(dry.out.contains(QStringLiteral("Nothing was written")));

    auto opened = Database::open(db);
    REQUIRE(opened);
    CHECK(fingerprint(**opened) == before);
}

TEST_CASE("cli: a database from a newer CaseDesk is refused with exit 2", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.sqlite"));
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        QSqlQuery q((*opened)->sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 5)));
    }
    CliRun r = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list")});
    CHECK(r.status == 2);
    CHECK(r.err.contains(QStringLiteral("newer CaseDesk")));
}
