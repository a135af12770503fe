// casedesk-cli's register files: entities/licences/equipment import (with
// --dry-run and --json) and export, their output and exit statuses; a
// refused import writes nothing.
#include "clirunner.h"
#include "csv.h"
#include "register/registercsv.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString csvText(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += Csv::line(row);
    return text;
}

// A clerk's sheet: its own headings, a running number to ignore.
QString entitiesCsv(bool withBadRow)
{
    QList<QStringList> rows = {
        {QStringLiteral("序号"), QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"), QStringLiteral("住所"),
         QStringLiteral("法定代表人"), QStringLiteral("联系电话"), QStringLiteral("类别")},
        {QStringLiteral("1"), QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1),
         QStringLiteral("永清镇益昌路1号"), QStringLiteral("王建国"), QStringLiteral("0316-6612345"),
         QStringLiteral("producer")},
        {QStringLiteral("2"), QStringLiteral("永清县第一中学"), testCreditCode(2), QStringLiteral("永清镇迎宾路2号"),
         QStringLiteral("赵校长"), QStringLiteral("0316-6610000"), QStringLiteral("equipment-user")},
    };
    if (withBadRow)
        rows << QStringList{QStringLiteral("3"),
                            QStringLiteral("永清县金桥机械厂"),
                            QStringLiteral("91131023XXXX"),
                            QString(),
                            QString(),
                            QString(),
                            QStringLiteral("producer")};
    return csvText(rows);
}

int rowsIn(const QString &dbPath, const QString &table)
{
    auto db = Database::open(dbPath);
    REQUIRE(db);
    return countRows(**db, table);
}

} // namespace

TEST_CASE("cli: entities import reports the encoding, the columns and each bad row; nothing is written",
          "[cli][register][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    const int auditBefore = rowsIn(db, QStringLiteral("audit_entry"));
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QStringEncoder gb18030("GB18030");
    writeFile(bad, gb18030.encode(entitiesCsv(true)));

    for (const QStringList &extra : {QStringList{}, QStringList{QStringLiteral("--dry-run")}}) {
        CliRun r = cliAsAdmin(db, QStringList{QStringLiteral("entities"), QStringLiteral("import"), bad} + extra);
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.status == 2);
        CHECK(r.out.contains(QStringLiteral("GB18030")));
        CHECK(r.out.contains(QStringLiteral("住所 → 地址 [address]")));
        CHECK(r.out.contains(QStringLiteral("序号 → ignored")));
        CHECK(r.out.contains(bad + QStringLiteral(":4: Column 统一社会信用代码: ")));
        CHECK(r.err.contains(QStringLiteral("nothing was written")));
    }
    CHECK(rowsIn(db, QStringLiteral("entity")) == 0);
    CHECK(rowsIn(db, QStringLiteral("audit_entry")) == auditBefore);

    // The same as JSON.
    CliRun json = cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), bad, QStringLiteral("--json")});
    CHECK(json.status == 2);
    const QJsonObject o = cliJson(json);
    CHECK(o.value(QStringLiteral("encoding")).toString() == QStringLiteral("GB18030"));
    CHECK(o.value(QStringLiteral("rows")).toInt() == 3);
    const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(problems[0].toObject().value(QStringLiteral("field")).toString() == QStringLiteral("code"));
    CHECK(o.value(QStringLiteral("stored")).toInt() == 0);
    CHECK(rowsIn(db, QStringLiteral("entity")) == 0);
}

TEST_CASE("cli: entities import --dry-run writes nothing; the import stores and audits every row",
          "[cli][register][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    writeFile(good, entitiesCsv(false).toUtf8());
    const int auditBefore = rowsIn(db, QStringLiteral("audit_entry"));

    CliRun dry =
        cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), good, QStringLiteral("--dry-run")});
    INFO(dry.out.toStdString() + dry.err.toStdString());
    CHECK(dry.status == 0);
    CHECK(dry.out.contains(QStringLiteral("UTF-8")));
    CHECK(dry.out.contains(QStringLiteral("would be stored")));
    CHECK(rowsIn(db, QStringLiteral("entity")) == 0);

    // Without signing in: refused.
    CliRun anonymous = cli({QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("import"), good});
    CHECK(anonymous.status == 2);
    CHECK(anonymous.err.contains(QStringLiteral("--user")));

    CliRun imported =
        cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), good, QStringLiteral("--json")});
    CHECK(imported.status == 0);
    CHECK(cliJson(imported).value(QStringLiteral("stored")).toInt() == 2);
    CHECK(rowsIn(db, QStringLiteral("entity")) == 2);
    CHECK(rowsIn(db, QStringLiteral("audit_entry")) == auditBefore + 2);

    // Again: every code is taken now.
    CliRun again = cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), good});
    CHECK(again.status == 2);
    CHECK(again.out.contains(good + QStringLiteral(":2: ")));
    CHECK(again.out.contains(good + QStringLiteral(":3: ")));
    CHECK(rowsIn(db, QStringLiteral("entity")) == 2);
}

TEST_CASE("cli: licences and equipment import name their holder by code", "[cli][register][import]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    const QString entities = dir.filePath(QStringLiteral("e.csv"));
    writeFile(entities, entitiesCsv(false).toUtf8());
    REQUIRE(cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), entities}).status == 0);

    const QString licences = dir.filePath(QStringLiteral("l.csv"));
    writeFile(licences,
              csvText({{QStringLiteral("统一社会信用代码"), QStringLiteral("证书类别"), QStringLiteral("证书编号"),
                        QStringLiteral("发证日期"), QStringLiteral("有效期至")},
                       {testCreditCode(1), QStringLiteral("production-licence"), QStringLiteral("XK13-001-00123"),
                        QStringLiteral("2024-05-06"), QStringLiteral("2029-05-05")},
                       {testCreditCode(7), QStringLiteral("production-licence"), QStringLiteral("XK13-001-00124"),
                        QStringLiteral("2024-05-06"), QStringLiteral("2029-05-05")}})
                  .toUtf8());
    CliRun refused = cliAsAdmin(db, {QStringLiteral("licences"), QStringLiteral("import"), licences});
    INFO(refused.out.toStdString() + refused.err.toStdString());
    CHECK(refused.status == 2);
    CHECK(refused.out.contains(licences + QStringLiteral(":3: Column 统一社会信用代码: ")));
    CHECK(refused.out.contains(testCreditCode(7)));
    CHECK(rowsIn(db, QStringLiteral("licence")) == 0);

    const QString equipment = dir.filePath(QStringLiteral("q.csv"));
    writeFile(equipment, csvText({{QStringLiteral("统一社会信用代码"), QStringLiteral("设备类别"),
                                   QStringLiteral("注册代码"), QStringLiteral("下次检验日期")},
                                  {testCreditCode(2), QStringLiteral("elevator"),
                                   QStringLiteral("31101310232018030001"), QStringLiteral("2026/9/1")}})
                             .toUtf8());
    CliRun dry =
        cliAsAdmin(db, {QStringLiteral("equipment"), QStringLiteral("import"), equipment, QStringLiteral("--dry-run")});
    CHECK(dry.status == 0);
    CliRun stored = cliAsAdmin(db, {QStringLiteral("equipment"), QStringLiteral("import"), equipment});
    INFO(stored.out.toStdString() + stored.err.toStdString());
    CHECK(stored.status == 0);
    CHECK(rowsIn(db, QStringLiteral("equipment")) == 1);

    // The wrong table for the file's columns: the required ones are missing.
    CliRun wrongTable = cliAsAdmin(db, {QStringLiteral("licences"), QStringLiteral("import"), equipment});
    CHECK(wrongTable.status == 2);
    CHECK(wrongTable.err.contains(QStringLiteral("证书类别")));
}

TEST_CASE("cli: entities, licences and equipment export", "[cli][register][export]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cd.sqlite"));
    REQUIRE(cliSetUp(db).status == 0);
    const QString entities = dir.filePath(QStringLiteral("e.csv"));
    writeFile(entities, entitiesCsv(false).toUtf8());
    REQUIRE(cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("import"), entities}).status == 0);

    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    CliRun r = cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("-o"), csv});
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.status == 0);
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF单位名称,统一社会信用代码"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("永清县第一中学")));

    const QString xlsx = dir.filePath(QStringLiteral("register.xlsx"));
    CHECK(cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("-o"), xlsx}).status ==
          0);
    CHECK(readAll(xlsx).startsWith("PK"));

    const QString licences = dir.filePath(QStringLiteral("l.csv"));
    CHECK(
        cliAsAdmin(db, {QStringLiteral("licences"), QStringLiteral("export"), QStringLiteral("-o"), licences}).status ==
        0);
    CHECK(readAll(licences).startsWith("\xEF\xBB\xBF统一社会信用代码,单位名称,证书类别"));
    const QString equipment = dir.filePath(QStringLiteral("q.csv"));
    CHECK(cliAsAdmin(db, {QStringLiteral("equipment"), QStringLiteral("export"), QStringLiteral("-o"), equipment})
              .status == 0);
    CHECK(readAll(equipment).startsWith("\xEF\xBB\xBF统一社会信用代码,使用单位,设备类别"));

    // Refusals: no file, a workbook of licences alone, no sign-in.
    CHECK(cliAsAdmin(db, {QStringLiteral("entities"), QStringLiteral("export")}).status == 2);
    CHECK(cliAsAdmin(db, {QStringLiteral("licences"), QStringLiteral("export"), QStringLiteral("-o"),
                          dir.filePath(QStringLiteral("l.xlsx"))})
              .status == 2);
    CHECK(cli({QStringLiteral("--db"), db, QStringLiteral("entities"), QStringLiteral("export"), QStringLiteral("-o"),
               dir.filePath(QStringLiteral("x.csv"))})
              .status == 2);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.csv"))));
}
