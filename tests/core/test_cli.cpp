// casedesk-cli as scripts use it: commands, --json output and the exit
// statuses CONTRACT.md promises (0 done, 2 refused, 1 other failure).
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

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir::tempPath()); // never touch the real default database
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CASEDESK_CLI_PATH), args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QJsonObject json(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(r.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("cli: init creates the database and records the bureau once", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"),
                 QStringLiteral("永清县质量技术监督局"), QStringLiteral("--abbrev"), QStringLiteral("永质监"),
                 QStringLiteral("--site"), QStringLiteral("YQ-01"), QStringLiteral("--json")});
    CHECK(r.status == 0);
    const QJsonObject o = json(r);
    CHECK(o.value(QStringLiteral("bureau")).toString() == QStringLiteral("永清县质量技术监督局"));
    CHECK(o.value(QStringLiteral("schemaVersion")).toInt() == Migrations::latestVersion());

    // The same values again: fine. Different values: refused, unchanged.
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"),
               QStringLiteral("永清县质量技术监督局"), QStringLiteral("--abbrev"), QStringLiteral("永质监"),
               QStringLiteral("--site"), QStringLiteral("YQ-01")})
              .status == 0);
    Run changed =
        cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"), QStringLiteral("别的局"),
             QStringLiteral("--abbrev"), QStringLiteral("别质监"), QStringLiteral("--site"), QStringLiteral("X")});
    CHECK(changed.status == 2);
    CHECK(changed.err.contains(QStringLiteral("already set up")));
    Run partial =
        cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--bureau"), QStringLiteral("x")});
    CHECK(partial.status == 2);
    Run badSite = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("other.sqlite")), QStringLiteral("init"),
                       QStringLiteral("--bureau"), QStringLiteral("某局"), QStringLiteral("--abbrev"),
                       QStringLiteral("某"), QStringLiteral("--site"), QStringLiteral("no spaces allowed")});
    CHECK(badSite.status == 2);
    CHECK(badSite.err.contains(QStringLiteral("Workstation code")));
}

TEST_CASE("cli: duties import, list --json and export", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    Run imported =
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()});
    CHECK(imported.status == 0);
    CHECK(imported.out.contains(QStringLiteral("9 main duties")));
    Run again = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("already stored")));
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), boshanSeed(),
               QStringLiteral("--edition"), QStringLiteral("博山2015")})
              .status == 0);

    Run listed =
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(listed.status == 0);
    const QJsonArray editions = json(listed).value(QStringLiteral("editions")).toArray();
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

    Run text = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list")});
    CHECK(text.status == 0);
    CHECK(text.out.contains(QStringLiteral("永清县质量技术监督局")));

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    Run exported = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("export"),
                        QStringLiteral("-o"), csv, QStringLiteral("--edition"), QStringLiteral("博山2015")});
    CHECK(exported.status == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF记录类型"));
    CHECK(bytes.contains("淄博市博山区质量技术监督局"));

    // The exported file imports into a fresh database.
    const QString db2 = dir.filePath(QStringLiteral("cd2.sqlite"));
    Run back = cli({QStringLiteral("--db"), db2, QStringLiteral("--json"), QStringLiteral("duties"),
                    QStringLiteral("import"), csv});
    CHECK(back.status == 0);
    CHECK(json(back).value(QStringLiteral("duties")).toInt() == 10);
}

TEST_CASE("cli: refusals exit 2 with a one-line reason and change nothing", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(
        cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()}).status ==
        0);
    const QByteArray before = [&] {
        auto opened = Database::open(db);
        REQUIRE(opened);
        return fingerprint(**opened);
    }();

    const QString bad = dir.filePath(QStringLiteral("broken.csv"));
    writeFile(bad, QByteArray("\xEF\xBB\xBF记录类型,内容\n职责,x\n事项,\"未闭合\n"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), bad});
    CHECK(r.status == 2);
    CHECK(r.err.startsWith(QStringLiteral("casedesk-cli: broken.csv, line 3:")));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);

    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"),
               dir.filePath(QStringLiteral("missing.txt"))})
              .status == 2);
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
    Run dry = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("import"), boshanSeed(),
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
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("duties"), QStringLiteral("list")});
    CHECK(r.status == 2);
    CHECK(r.err.contains(QStringLiteral("newer CaseDesk")));
}
