// Importing the register from CSV: every encoding a clerk's spreadsheet is
// saved in, CaseDesk's headings and the clerks' own, bad rows reported with
// the line they start on and nothing written, duplicates within the file and
// against the register, near-duplicate names as warnings, licences and
// equipment naming their holder by code, and an import that is all or
// nothing (cancelled, or overtaken by a change made meanwhile).
#include "audit/auditqueries.h"
#include "csv.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/registercsv.h"
#include "register/registercsvvalues.h"
#include "register/registerimporter.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kToday(2026, 3, 5);

QStringList headings(RegisterTable table)
{
    QStringList out;
    for (const CsvField &f : RegisterCsv::fields(table))
        out << f.heading;
    return out;
}

QString csvText(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows)
        text += Csv::line(row);
    return text;
}

// An entity row in the template's column order.
QStringList entityRow(const QString &name, const QString &code, const QString &kinds = QStringLiteral("producer"),
                      const QString &incident = {}, const QString &complaints = {}, const QString &crowded = {},
                      const QString &notes = {})
{
    return {name,
            code,
            QStringLiteral("永清县永清镇益昌路8号"),
            QStringLiteral("永清镇"),
            QStringLiteral("王建国"),
            QStringLiteral("李秀英"),
            QStringLiteral("0316-6612345"),
            kinds,
            incident,
            complaints,
            crowded,
            notes};
}

QString writeCsv(const QTemporaryDir &dir, const QString &name, const QString &text, const char *encoding = "UTF-8",
                 bool bom = false)
{
    QByteArray bytes;
    if (QLatin1String(encoding) == QLatin1String("UTF-8")) {
        bytes = (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    } else {
        QStringEncoder encoder(encoding);
        REQUIRE(encoder.isValid());
        bytes = encoder.encode(text);
        REQUIRE_FALSE(encoder.hasError());
    }
    const QString path = dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

ImportPlan readOk(Database &db, const QString &path, std::optional<RegisterTable> table = {},
                  std::optional<QStringList> mapping = {})
{
    auto plan = RegisterImporter(db).read(path, table, std::move(mapping), kToday);
    REQUIRE(plan);
    return *plan;
}

std::string problemsOf(const ImportPlan &plan)
{
    QStringList out;
    for (const ImportProblem &p : plan.problems)
        out << p.describe();
    return out.join(QLatin1Char('\n')).toStdString();
}

const ImportProblem *problemAt(const ImportPlan &plan, int line, const QString &field)
{
    for (const ImportProblem &p : plan.problems)
        if (p.line == line && p.field == field)
            return &p;
    return nullptr;
}

int stored(Database &db, const Session &session, const ImportPlan &plan)
{
    INFO(problemsOf(plan));
    REQUIRE(plan.acceptable());
    auto outcome = RegisterImporter(db).apply(session, plan);
    REQUIRE(outcome);
    return outcome->stored;
}

} // namespace

TEST_CASE("register import: the same entities from UTF-8, UTF-8 with BOM and GB18030 files", "[register][import]")
{
    struct Case {
        const char *encoding;
        bool bom;
        const char *expected;
    };
    for (const Case c :
         {Case{"UTF-8", false, "UTF-8"}, Case{"UTF-8", true, "UTF-8 (BOM)"}, Case{"GB18030", false, "GB18030"}}) {
        DYNAMIC_SECTION(c.expected)
        {
            TempDatabase t;
            const Session admin = adminSession(t.db());
            QTemporaryDir dir;
            const QString path =
                writeCsv(dir, QStringLiteral("单位.csv"),
                         csvText({headings(RegisterTable::Entities),
                                  entityRow(QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1),
                                            QStringLiteral("producer、equipment-user"), QStringLiteral("2025年6月1日"),
                                            QStringLiteral("是"), QStringLiteral("Y"), QStringLiteral("冷库一座")),
                                  entityRow(QStringLiteral("永清县鑫源电梯工程有限公司"), testCreditCode(2),
                                            QStringLiteral("Special-equipment producer")),
                                  entityRow(QStringLiteral("永清县第一中学"), testCreditCode(3),
                                            QStringLiteral("equipment-user"), QStringLiteral("20240105"), {},
                                            QStringLiteral("1"))}),
                         c.encoding, c.bom);
            const ImportPlan plan = readOk(t.db(), path);
            INFO(problemsOf(plan));
            CHECK(plan.encoding == QLatin1String(c.expected));
            CHECK(plan.table == RegisterTable::Entities);
            CHECK(plan.rows == 3);
            CHECK(plan.problems.isEmpty());
            CHECK(plan.warnings.isEmpty());
            REQUIRE(plan.entities.size() == 3);
            CHECK(plan.lines == QList<int>{2, 3, 4});
            CHECK(plan.ignoredColumns().isEmpty());

            CHECK(stored(t.db(), admin, plan) == 3);
            CHECK(countRows(t.db(), QStringLiteral("entity")) == 3);
            auto first = EntityRegister(t.db()).findByCode(testCreditCode(1));
            REQUIRE(first);
            CHECK(first->name == QStringLiteral("永清县宏达食品有限公司"));
            CHECK(first->address == QStringLiteral("永清县永清镇益昌路8号"));
            CHECK(first->township == QStringLiteral("永清镇"));
            CHECK(first->legalRepresentative == QStringLiteral("王建国"));
            CHECK(first->contactPerson == QStringLiteral("李秀英"));
            CHECK(first->phone == QStringLiteral("0316-6612345"));
            CHECK(first->kinds == EntityKinds{EntityKind::Producer, EntityKind::EquipmentUser});
            CHECK(first->lastIncidentOn == QDate(2025, 6, 1));
            CHECK(first->complaintsConfirmed);
            CHECK(first->crowdedPlace);
            CHECK(first->notes == QStringLiteral("冷库一座"));
            auto school = EntityRegister(t.db()).findByCode(testCreditCode(3));
            REQUIRE(school);
            CHECK(school->lastIncidentOn == QDate(2024, 1, 5));
            CHECK_FALSE(school->complaintsConfirmed);
            CHECK(school->crowdedPlace);
        }
    }
}

TEST_CASE("register import: bad rows are reported with the line they start on and nothing is written",
          "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const QByteArray before = fingerprint(t.db());
    QTemporaryDir dir;
    QString wrongCheck = testCreditCode(5);
    wrongCheck[17] = wrongCheck[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    // Line 1 header; line 2 good; lines 3–5 one record whose notes hold two
    // line breaks; so the bad rows below sit on lines 6, 7, 8, 9, 10 and 11.
    const QString text = csvText({
        headings(RegisterTable::Entities),
        entityRow(QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1)),
        entityRow(QStringLiteral("永清县恒信塑料制品厂"), testCreditCode(2), QStringLiteral("producer"), {}, {}, {},
                  QStringLiteral("第一行\n第二行, 带逗号\n第三行 \"引号\"")),
        entityRow(QStringLiteral("永清县福源包装有限公司"), wrongCheck),
        entityRow(QStringLiteral("永清县金桥机械厂"), testCreditCode(6), QStringLiteral("producer"),
                  QStringLiteral("2026-02-30")),
        entityRow(QStringLiteral("永清县顺达物流有限公司"), testCreditCode(7), QStringLiteral("producer"), {},
                  QStringLiteral("也许")),
        entityRow(QStringLiteral("永清县利民面粉厂"), testCreditCode(8), QStringLiteral("bakery")),
        entityRow(QString(), testCreditCode(9)),
        entityRow(QStringLiteral("永清县新华书店"), testCreditCode(10), QStringLiteral("distributor"),
                  QStringLiteral("2026-04-01")),
    });
    const QString path = writeCsv(dir, QStringLiteral("bad.csv"), text);
    const ImportPlan plan = readOk(t.db(), path);
    INFO(problemsOf(plan));
    CHECK(plan.rows == 8);
    CHECK(plan.entities.size() == 2); // the good ones
    CHECK(plan.lines == QList<int>{2, 3});
    CHECK(plan.problems.size() == 6);

    const ImportProblem *code = problemAt(plan, 6, QStringLiteral("code"));
    REQUIRE(code);
    CHECK(code->column == QStringLiteral("统一社会信用代码"));
    CHECK(code->message.startsWith(QStringLiteral("Column 统一社会信用代码: ")));
    CHECK(code->describe().startsWith(QStringLiteral("Line 6, column 统一社会信用代码: ")));

    const ImportProblem *date = problemAt(plan, 7, QStringLiteral("lastIncidentOn"));
    REQUIRE(date);
    CHECK(date->column == QStringLiteral("最近事故或召回日期"));
    CHECK(date->reason.contains(QStringLiteral("2026-02-30")));

    const ImportProblem *yesNo = problemAt(plan, 8, QStringLiteral("complaintsConfirmed"));
    REQUIRE(yesNo);
    CHECK(yesNo->reason.contains(QStringLiteral("也许")));

    const ImportProblem *kind = problemAt(plan, 9, QStringLiteral("kinds"));
    REQUIRE(kind);
    CHECK(kind->reason.contains(QStringLiteral("bakery")));

    const ImportProblem *name = problemAt(plan, 10, QStringLiteral("name"));
    REQUIRE(name);
    CHECK(name->column == QStringLiteral("单位名称"));

    // A date that cannot lie in the future, by Entity::problems.
    const ImportProblem *future = problemAt(plan, 11, QStringLiteral("lastIncidentOn"));
    REQUIRE(future);
    CHECK(future->reason.contains(QStringLiteral("2026-04-01")));

    auto applied = RegisterImporter(t.db()).apply(admin, plan);
    REQUIRE_FALSE(applied);
    CHECK(applied.error().refusal);
    CHECK(applied.error().message.contains(QStringLiteral("6 problem")));
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 0);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("register import: a row with more cells than headings is a problem; trailing empty cells are not",
          "[register][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    QStringList slipped = entityRow(QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1));
    slipped << QStringLiteral("多余");
    QStringList trailing = entityRow(QStringLiteral("永清县恒信塑料制品厂"), testCreditCode(2));
    trailing << QString() << QString();
    const ImportPlan plan = readOk(t.db(), writeCsv(dir, QStringLiteral("cells.csv"),
                                                    csvText({headings(RegisterTable::Entities), slipped, trailing})));
    REQUIRE(plan.problems.size() == 1);
    CHECK(plan.problems[0].line == 2);
    CHECK(plan.problems[0].field.isEmpty());
    CHECK(plan.problems[0].message.contains(QStringLiteral("13 cells")));
    CHECK(plan.entities.size() == 1);
}

TEST_CASE("register import: a clerk's spreadsheet with its own headings", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QTemporaryDir dir;
    // As a clerk's sheet looks: a running number, spaces and full-width
    // brackets in the headings, another phone column, and no kinds.
    const QString text = csvText({
        {QStringLiteral("序号"), QStringLiteral(" 单位名称 "), QStringLiteral("统一社会信用代码"),
         QStringLiteral("住所"), QStringLiteral("法定代表人（负责人）"), QStringLiteral("联系电话"),
         QStringLiteral("电话"), QStringLiteral("乡镇/街道")},
        {QStringLiteral("1"), QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1),
         QStringLiteral("永清县韩村镇工业园区"), QStringLiteral("王建国"), QStringLiteral("13803161234"),
         QStringLiteral("0316-6610000"), QStringLiteral("韩村镇")},
        {QStringLiteral("2"), QStringLiteral("永清县恒信塑料制品厂"), testCreditCode(2),
         QStringLiteral("永清县别古庄镇"), QStringLiteral("赵志刚"), QStringLiteral("13903165678"), QString(),
         QStringLiteral("别古庄镇")},
    });
    const ImportPlan plan = readOk(t.db(), writeCsv(dir, QStringLiteral("台账.csv"), text, "GB18030"));
    INFO(problemsOf(plan));
    CHECK(plan.table == RegisterTable::Entities);
    CHECK(plan.mapping == QStringList{QString(), QStringLiteral("name"), QStringLiteral("code"),
                                      QStringLiteral("address"), QStringLiteral("legalRepresentative"),
                                      QStringLiteral("phone"), QString(), QStringLiteral("township")});
    CHECK(plan.ignoredColumns() == QStringList{QStringLiteral("序号"), QStringLiteral("电话")});
    CHECK(plan.problems.isEmpty());
    // No kinds: stored as Other, and said so once for the file.
    REQUIRE(plan.warnings.size() == 1);
    CHECK(plan.warnings[0].field == QStringLiteral("kinds"));
    CHECK(plan.warnings[0].message.contains(QStringLiteral("2 row")));
    CHECK(plan.warnings[0].message.contains(QStringLiteral("give no kind")));

    CHECK(stored(t.db(), admin, plan) == 2);
    auto e = EntityRegister(t.db()).findByCode(testCreditCode(1));
    REQUIRE(e);
    CHECK(e->address == QStringLiteral("永清县韩村镇工业园区"));
    CHECK(e->legalRepresentative == QStringLiteral("王建国"));
    CHECK(e->phone == QStringLiteral("13803161234"));
    CHECK(e->township == QStringLiteral("韩村镇"));
    CHECK(e->kinds == EntityKinds{EntityKind::Other});
}

TEST_CASE("register import: an explicit column mapping, and a bad one refused as a whole", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QTemporaryDir dir;
    const QString path =
        writeCsv(dir, QStringLiteral("mapped.csv"),
                 csvText({{QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")},
                          {QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1), QStringLiteral("不要")}}));
    // Guessed: none of the headings mean anything.
    auto guessed = RegisterImporter(t.db()).read(path, RegisterTable::Entities, std::nullopt, kToday);
    REQUIRE_FALSE(guessed);
    CHECK(guessed.error().refusal);
    CHECK(guessed.error().message.contains(QStringLiteral("单位名称")));
    CHECK(guessed.error().message.contains(QStringLiteral("统一社会信用代码")));
    CHECK(guessed.error().message.contains(QStringLiteral("甲, 乙, 丙")));

    const ImportPlan plan =
        readOk(t.db(), path, RegisterTable::Entities, QStringList{QStringLiteral("name"), QStringLiteral("code"), {}});
    CHECK(plan.ignoredColumns() == QStringList{QStringLiteral("丙")});
    CHECK(stored(t.db(), admin, plan) == 1);

    struct Bad {
        QStringList mapping;
        const char *says;
    };
    for (const Bad &bad : {Bad{{QStringLiteral("name"), QStringLiteral("name"), QStringLiteral("code")}, "Several"},
                           Bad{{QStringLiteral("name"), QString(), QString()}, "统一社会信用代码"},
                           Bad{{QStringLiteral("name"), QStringLiteral("code"), QStringLiteral("colour")}, "colour"},
                           Bad{{QStringLiteral("name"), QStringLiteral("code")}, "2 entries"}}) {
        auto refused = RegisterImporter(t.db()).read(path, RegisterTable::Entities, bad.mapping, kToday);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().refusal);
        CHECK(refused.error().message.contains(QString::fromUtf8(bad.says)));
    }
    CHECK_FALSE(
        RegisterCsv::checkMapping(RegisterTable::Licences, {QStringLiteral("entity"), QStringLiteral("number")}));
    CHECK(RegisterCsv::checkMapping(RegisterTable::Licences, {QStringLiteral("entity"), QStringLiteral("kind"),
                                                              QStringLiteral("number"), QStringLiteral("issuedOn")}));
}

TEST_CASE("register import: headings match whatever their spaces, brackets and case", "[register][import]")
{
    CHECK(RegisterCsv::normaliseHeading(QStringLiteral(" 法定代表人（负责人） ")) ==
          RegisterCsv::normaliseHeading(QStringLiteral("法定代表人(负责人)")));
    CHECK(RegisterCsv::normaliseHeading(QStringLiteral("【备注】")) ==
          RegisterCsv::normaliseHeading(QStringLiteral("(备注)")));
    CHECK(RegisterCsv::normaliseHeading(QStringLiteral("Credit Code")) == QStringLiteral("creditcode"));
    // The key counts as the field's own name, so NAME wins over the later
    // 单位名称*, which is ignored as a second name column.
    CHECK(RegisterCsv::guessMapping(RegisterTable::Entities,
                                    {QStringLiteral("NAME"), QStringLiteral("credit code"), QStringLiteral("单位名称*"),
                                     QStringLiteral("Ｐｈｏｎｅ")}) ==
          QStringList{QStringLiteral("name"), QStringLiteral("code"), QString(), QStringLiteral("phone")});
    CHECK(RegisterCsv::detectTable({QStringLiteral("单位名称"), QStringLiteral("统一社会信用代码"),
                                    QStringLiteral("类别"), QStringLiteral("状态")}) == RegisterTable::Entities);
    CHECK(RegisterCsv::detectTable({QStringLiteral("统一社会信用代码"), QStringLiteral("证书编号"),
                                    QStringLiteral("发证日期")}) == RegisterTable::Licences);
    CHECK(RegisterCsv::detectTable({QStringLiteral("使用单位"), QStringLiteral("统一社会信用代码"),
                                    QStringLiteral("注册代码"), QStringLiteral("设备类别")}) ==
          RegisterTable::Equipment);
}

TEST_CASE("register import: dates and yes/no cells in the forms clerks write", "[register][import]")
{
    using namespace RegisterCsvValues;
    for (const char *text : {"2026-03-05", "2026/3/5", "2026.3.5", "20260305", "2026年3月5日", " 2026 年 3 月 5 日 ",
                             "２０２６－０３－０５"}) {
        INFO(text);
        auto date = parseDate(QString::fromUtf8(text));
        REQUIRE(date);
        CHECK(*date == QDate(2026, 3, 5));
    }
    CHECK(parseDate(QString()).ok());
    CHECK_FALSE(parseDate(QString()).value().isValid());
    for (const char *text : {"2026-3/5", "5.3.2026", "2026-02-29", "20261305", "明年", "2026-03"}) {
        INFO(text);
        auto date = parseDate(QString::fromUtf8(text));
        REQUIRE_FALSE(date);
        CHECK(date.error().message.contains(QString::fromUtf8(text).trimmed()));
    }
    for (const char *yes : {"是", "yes", "Y", "1", "TRUE"})
        CHECK(parseYesNo(QString::fromUtf8(yes)).value());
    for (const char *no : {"否", "no", "n", "0", ""})
        CHECK_FALSE(parseYesNo(QString::fromUtf8(no)).value());
    CHECK_FALSE(parseYesNo(QStringLiteral("大概")));
}

TEST_CASE("register import: a code twice in the file or already registered is a problem naming both",
          "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const Entity existing = storeEntity(t.db(), admin, QStringLiteral("永清县宏达食品有限公司"), 1);
    QTemporaryDir dir;
    const ImportPlan plan =
        readOk(t.db(), writeCsv(dir, QStringLiteral("dup.csv"),
                                csvText({headings(RegisterTable::Entities),
                                         entityRow(QStringLiteral("永清县恒信塑料制品厂"), testCreditCode(2)),
                                         entityRow(QStringLiteral("永清县金桥机械厂"), testCreditCode(3)),
                                         // the same code as line 2, typed with a hyphen-less lower case
                                         entityRow(QStringLiteral("恒信塑料"), testCreditCode(2).toLower()),
                                         entityRow(QStringLiteral("宏达食品"), testCreditCode(1))})));
    INFO(problemsOf(plan));
    REQUIRE(plan.problems.size() == 2);
    const ImportProblem *twice = problemAt(plan, 4, QStringLiteral("code"));
    REQUIRE(twice);
    CHECK(twice->reason.contains(testCreditCode(2)));
    CHECK(twice->reason.contains(QStringLiteral("line 2")));
    const ImportProblem *taken = problemAt(plan, 5, QStringLiteral("code"));
    REQUIRE(taken);
    CHECK(taken->reason.contains(existing.name));
    CHECK_FALSE(RegisterImporter(t.db()).apply(admin, plan));
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 1);
}

TEST_CASE("register import: near-duplicate names are warnings naming the other entity", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    storeEntity(t.db(), admin, QStringLiteral("永清县宏达食品有限公司"), 1);
    QTemporaryDir dir;
    const ImportPlan plan =
        readOk(t.db(), writeCsv(dir, QStringLiteral("near.csv"),
                                csvText({headings(RegisterTable::Entities),
                                         entityRow(QStringLiteral("宏达食品有限责任公司"), testCreditCode(2)),
                                         entityRow(QStringLiteral("永清县恒信塑料制品有限公司"), testCreditCode(3)),
                                         entityRow(QStringLiteral("永清县金桥机械厂"), testCreditCode(4)),
                                         entityRow(QStringLiteral("恒信塑料制品公司"), testCreditCode(5))})));
    INFO(problemsOf(plan));
    CHECK(plan.problems.isEmpty());
    REQUIRE(plan.warnings.size() == 2);
    CHECK(plan.warnings[0].line == 2);
    CHECK(plan.warnings[0].field == QStringLiteral("name"));
    CHECK(plan.warnings[0].reason.contains(QStringLiteral("永清县宏达食品有限公司")));
    CHECK(plan.warnings[0].reason.contains(testCreditCode(1)));
    CHECK(plan.warnings[1].line == 5);
    CHECK(plan.warnings[1].reason.contains(QStringLiteral("永清县恒信塑料制品有限公司")));
    CHECK(plan.warnings[1].reason.contains(QStringLiteral("line 3")));
    // Warnings do not stop the import.
    CHECK(stored(t.db(), admin, plan) == 4);
}

TEST_CASE("register import: licences name their holder by code", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const Entity holder = storeEntity(t.db(), admin, QStringLiteral("永清县宏达食品有限公司"), 1);
    const Entity other = storeEntity(t.db(), admin, QStringLiteral("永清县恒信塑料制品厂"), 2);
    QTemporaryDir dir;
    const QStringList header = {QStringLiteral("社会信用代码"), QStringLiteral("企业名称"), QStringLiteral("证书类别"),
                                QStringLiteral("许可证编号"),   QStringLiteral("产品名称"), QStringLiteral("发证日期"),
                                QStringLiteral("有效期截止"),   QStringLiteral("状态"),     QStringLiteral("状态原因")};
    const QString text = csvText({
        header,
        {holder.code,
         holder.name,
         QStringLiteral("production-licence"),
         QStringLiteral("XK13-001-00123"),
         QStringLiteral("食品用塑料包装容器工具"),
         QStringLiteral("2024/5/6"),
         QStringLiteral("2029/5/5"),
         {},
         {}},
        {other.code,
         QStringLiteral("恒信塑料"),
         QStringLiteral("Other licence or certificate"),
         QStringLiteral("QT-9"),
         {},
         QStringLiteral("2023-01-01"),
         {},
         QStringLiteral("withdrawn"),
         QStringLiteral("企业申请")},
        {testCreditCode(9),
         QStringLiteral("不存在的单位"),
         QStringLiteral("production-licence"),
         QStringLiteral("XK13-001-00999"),
         {},
         QStringLiteral("2024-01-01"),
         QStringLiteral("2029-01-01"),
         {},
         {}},
        {holder.code,
         holder.name,
         QStringLiteral("production-licence"),
         QStringLiteral("XK13-001-00123"),
         {},
         QStringLiteral("2024-01-01"),
         QStringLiteral("2029-01-01"),
         {},
         {}},
        {holder.code,
         holder.name,
         QStringLiteral("licence to fly"),
         QStringLiteral("X-1"),
         {},
         QStringLiteral("2024-01-01"),
         QStringLiteral("2029-01-01"),
         {},
         {}},
    });
    const QString path = writeCsv(dir, QStringLiteral("licences.csv"), text, "GB18030");
    ImportPlan plan = readOk(t.db(), path);
    INFO(problemsOf(plan));
    CHECK(plan.table == RegisterTable::Licences);
    CHECK(plan.problems.size() == 3);
    const ImportProblem *unknown = problemAt(plan, 4, QStringLiteral("entity"));
    REQUIRE(unknown);
    CHECK(unknown->column == QStringLiteral("社会信用代码"));
    CHECK(unknown->reason.contains(testCreditCode(9)));
    const ImportProblem *twice = problemAt(plan, 5, QStringLiteral("number"));
    REQUIRE(twice);
    CHECK(twice->reason.contains(QStringLiteral("line 2")));
    const ImportProblem *kind = problemAt(plan, 6, QStringLiteral("kind"));
    REQUIRE(kind);
    CHECK(kind->reason.contains(QStringLiteral("licence to fly")));
    // The name given for a known code differs from the stored one: a warning.
    REQUIRE(plan.warnings.size() == 1);
    CHECK(plan.warnings[0].line == 3);
    CHECK(plan.warnings[0].reason.contains(other.name));
    CHECK_FALSE(RegisterImporter(t.db()).apply(admin, plan));
    CHECK(countRows(t.db(), QStringLiteral("licence")) == 0);

    // The good rows alone.
    const QString good = csvText({header,
                                  {holder.code,
                                   holder.name,
                                   QStringLiteral("production-licence"),
                                   QStringLiteral("XK13-001-00123"),
                                   QStringLiteral("食品用塑料包装容器工具"),
                                   QStringLiteral("2024/5/6"),
                                   QStringLiteral("2029/5/5"),
                                   {},
                                   {}},
                                  {other.code,
                                   other.name,
                                   QStringLiteral("other"),
                                   QStringLiteral("QT-9"),
                                   {},
                                   QStringLiteral("2023-01-01"),
                                   {},
                                   QStringLiteral("Withdrawn"),
                                   QStringLiteral("企业申请")}});
    plan = readOk(t.db(), writeCsv(dir, QStringLiteral("licences-good.csv"), good));
    CHECK(stored(t.db(), admin, plan) == 2);
    auto licences = LicenceRegister(t.db()).ofEntity(holder.id);
    REQUIRE(licences);
    REQUIRE(licences->size() == 1);
    CHECK(licences->first().number == QStringLiteral("XK13-001-00123"));
    CHECK(licences->first().kind == LicenceKind::ProductionLicence);
    CHECK(licences->first().issuedOn == QDate(2024, 5, 6));
    CHECK(licences->first().expiresOn == QDate(2029, 5, 5));
    CHECK(licences->first().status == LicenceStatus::Valid);
    auto withdrawn = LicenceRegister(t.db()).ofEntity(other.id);
    REQUIRE(withdrawn);
    REQUIRE(withdrawn->size() == 1);
    CHECK(withdrawn->first().status == LicenceStatus::Withdrawn);
    CHECK(withdrawn->first().statusReason == QStringLiteral("企业申请"));

    // Importing the same licences again: each number is taken now.
    plan = readOk(t.db(), writeCsv(dir, QStringLiteral("licences-again.csv"), good));
    CHECK(plan.problems.size() == 2);
    REQUIRE(problemAt(plan, 2, QStringLiteral("number")));
    CHECK(problemAt(plan, 2, QStringLiteral("number"))->reason.contains(holder.name));
}

TEST_CASE("register import: special equipment names its user by code", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const Entity school = storeEntity(t.db(), admin, QStringLiteral("永清县第一中学"), 1);
    QTemporaryDir dir;
    const QStringList header = {QStringLiteral("使用单位"),   QStringLiteral("统一社会信用代码"),
                                QStringLiteral("种类"),       QStringLiteral("使用登记证编号"),
                                QStringLiteral("型号"),       QStringLiteral("使用地点"),
                                QStringLiteral("检验到期日"), QStringLiteral("状态")};
    const QString text = csvText({
        header,
        {school.name,
         school.code,
         QStringLiteral("elevator"),
         QStringLiteral("梯11冀R0001(18)"),
         QStringLiteral("曳引式客梯"),
         QStringLiteral("教学楼"),
         QStringLiteral("2026年9月1日"),
         {}},
        {school.name,
         school.code,
         QStringLiteral("气瓶"),
         QStringLiteral("容3LR冀R0002"),
         {},
         QStringLiteral("食堂"),
         {},
         QStringLiteral("stopped")},
        {school.name,
         school.code,
         QStringLiteral("Boiler"),
         QStringLiteral("锅11冀R0003"),
         {},
         QStringLiteral("锅炉房"),
         {},
         {}},
        {school.name,
         testCreditCode(8),
         QStringLiteral("叉车"),
         QStringLiteral("车11冀R0004"),
         {},
         {},
         QStringLiteral("2026-06-30"),
         {}},
        {school.name,
         school.code,
         QStringLiteral("elevator"),
         QStringLiteral("梯11冀R 0001(18)"),
         {},
         {},
         QStringLiteral("2026-06-30"),
         {}},
    });
    ImportPlan plan = readOk(t.db(), writeCsv(dir, QStringLiteral("设备.csv"), text, "UTF-8", true));
    INFO(problemsOf(plan));
    CHECK(plan.table == RegisterTable::Equipment);
    CHECK(plan.problems.size() == 3);
    // In use without the date the next inspection is due.
    CHECK(problemAt(plan, 4, QStringLiteral("nextInspectionOn")));
    CHECK(problemAt(plan, 5, QStringLiteral("entity")));
    // The same registration number, written with a space.
    REQUIRE(problemAt(plan, 6, QStringLiteral("registrationNumber")));
    CHECK(problemAt(plan, 6, QStringLiteral("registrationNumber"))->reason.contains(QStringLiteral("line 2")));
    CHECK(countRows(t.db(), QStringLiteral("equipment")) == 0);

    QStringList lines = text.split(QStringLiteral("\r\n"));
    lines = lines.mid(0, 3);
    plan = readOk(t.db(), writeCsv(dir, QStringLiteral("设备-好.csv"), lines.join(QStringLiteral("\r\n"))));
    CHECK(stored(t.db(), admin, plan) == 2);
    auto units = EquipmentRegister(t.db()).ofEntity(school.id);
    REQUIRE(units);
    REQUIRE(units->size() == 2);
    auto lift = EquipmentRegister(t.db()).findByRegistration(QStringLiteral("梯11冀R0001(18)"));
    REQUIRE(lift);
    CHECK(lift->category == EquipmentCategory::Elevator);
    CHECK(lift->description == QStringLiteral("曳引式客梯"));
    CHECK(lift->location == QStringLiteral("教学楼"));
    CHECK(lift->nextInspectionOn == QDate(2026, 9, 1));
    CHECK(lift->status == EquipmentStatus::InUse);
    auto cylinder = EquipmentRegister(t.db()).findByRegistration(QStringLiteral("容3LR冀R0002"));
    REQUIRE(cylinder);
    CHECK(cylinder->category == EquipmentCategory::PressureVessel);
    CHECK(cylinder->status == EquipmentStatus::Stopped);
}

TEST_CASE("register import: every record is audited, in one transaction", "[register][import][audit]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const int entriesBefore = countRows(t.db(), QStringLiteral("audit_entry"));
    QTemporaryDir dir;
    QList<QStringList> rows{headings(RegisterTable::Entities)};
    for (int i = 0; i < 25; ++i)
        rows << entityRow(QStringLiteral("永清县第%1食品厂").arg(i + 1), testCreditCode(100 + i));
    const ImportPlan plan = readOk(t.db(), writeCsv(dir, QStringLiteral("25.csv"), csvText(rows)));
    CHECK(stored(t.db(), admin, plan) == 25);
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 25);
    CHECK(countRows(t.db(), QStringLiteral("audit_entry")) == entriesBefore + 25);
    auto entity = EntityRegister(t.db()).findByCode(testCreditCode(110));
    REQUIRE(entity);
    auto history = AuditQueries(t.db()).recordHistory(admin, entity->uuid);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().action == QStringLiteral("entities.add"));
    CHECK(history->first().actor == admin.login());
}

TEST_CASE("register import: cancelling through the progress callback writes nothing", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QTemporaryDir dir;
    QList<QStringList> rows{headings(RegisterTable::Entities)};
    for (int i = 0; i < 40; ++i)
        rows << entityRow(QStringLiteral("永清县第%1机械厂").arg(i + 1), testCreditCode(200 + i));
    const ImportPlan plan = readOk(t.db(), writeCsv(dir, QStringLiteral("40.csv"), csvText(rows)));
    const QByteArray before = fingerprint(t.db());
    QList<int> seen;
    auto cancelled = RegisterImporter(t.db()).apply(admin, plan, [&](int done, int total) {
        CHECK(total == 40);
        seen << done;
        return done < 20;
    });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().refusal);
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(seen.first() == 0);
    CHECK(seen.last() >= 20);
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 0);
    CHECK(fingerprint(t.db()) == before);

    // Not cancelled: the callback sees the end.
    QList<int> done;
    auto outcome = RegisterImporter(t.db()).apply(admin, plan, [&](int d, int) {
        done << d;
        return true;
    });
    REQUIRE(outcome);
    CHECK(done.last() == 40);
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 40);
}

TEST_CASE("register import: a code registered after the file was read refuses the whole import", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QTemporaryDir dir;
    const ImportPlan plan =
        readOk(t.db(), writeCsv(dir, QStringLiteral("race.csv"),
                                csvText({headings(RegisterTable::Entities),
                                         entityRow(QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1)),
                                         entityRow(QStringLiteral("永清县恒信塑料制品厂"), testCreditCode(2))})));
    REQUIRE(plan.acceptable());
    storeEntity(t.db(), admin, QStringLiteral("恒信塑料制品厂"), 2); // a colleague, meanwhile
    const QByteArray before = fingerprint(t.db());
    auto refused = RegisterImporter(t.db()).apply(admin, plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);
    CHECK(refused.error().message.contains(QStringLiteral("Line 3")));
    CHECK(refused.error().message.contains(testCreditCode(2)));
    CHECK(fingerprint(t.db()) == before);
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 1);
}

TEST_CASE("register import: a person who may not import is refused and nothing is written", "[register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const Session head = addColleague(t.db(), admin, QStringLiteral("juzhang"), RoleSet{Role::BureauHead});
    QTemporaryDir dir;
    const ImportPlan plan =
        readOk(t.db(), writeCsv(dir, QStringLiteral("e.csv"),
                                csvText({headings(RegisterTable::Entities),
                                         entityRow(QStringLiteral("永清县宏达食品有限公司"), testCreditCode(1))})));
    auto refused = RegisterImporter(t.db()).apply(head, plan);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);
    CHECK(countRows(t.db(), QStringLiteral("entity")) == 0);
}

TEST_CASE("register import: empty files and header-only files are refused", "[register][import]")
{
    TempDatabase t;
    QTemporaryDir dir;
    auto empty = RegisterImporter(t.db()).readText(QString(), QStringLiteral("empty.csv"), QStringLiteral("UTF-8"),
                                                   std::nullopt, std::nullopt, kToday);
    REQUIRE_FALSE(empty);
    const ImportPlan headerOnly =
        readOk(t.db(), writeCsv(dir, QStringLiteral("h.csv"), csvText({headings(RegisterTable::Entities)})));
    CHECK(headerOnly.rows == 0);
    REQUIRE(headerOnly.problems.size() == 1);
    CHECK(headerOnly.problems[0].line == 1);
}

// A timing, not a check of behaviour: run with
// casedesk-core-tests "[.bench]" to see how long 100,000 rows take to read
// against a register of 20,000 entities.
TEST_CASE("register import: reading 100,000 rows", "[.bench][register][import]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QTemporaryDir dir;
    QList<QStringList> existing{headings(RegisterTable::Entities)};
    for (int i = 0; i < 20000; ++i)
        existing << entityRow(QStringLiteral("永清县第%1号食品有限公司").arg(i), testCreditCode(i));
    QElapsedTimer timer;
    timer.start();
    const ImportPlan first = readOk(t.db(), writeCsv(dir, QStringLiteral("20k.csv"), csvText(existing)));
    const qint64 read20k = timer.restart();
    CHECK(stored(t.db(), admin, first) == 20000);
    const qint64 apply20k = timer.restart();

    QList<QStringList> rows{headings(RegisterTable::Entities)};
    for (int i = 0; i < 100000; ++i)
        rows << entityRow(QStringLiteral("河北省廊坊市永清县第%1号机械制造有限公司").arg(100000 + i),
                          testCreditCode(20000 + i));
    const QString path = writeCsv(dir, QStringLiteral("100k.csv"), csvText(rows));
    timer.restart();
    const ImportPlan plan = readOk(t.db(), path);
    const qint64 read100k = timer.elapsed();
    CHECK(plan.entities.size() == 100000);
    WARN("read 20,000 rows: " << read20k << " ms; stored them: " << apply20k
                              << " ms; read 100,000 rows against "
                                 "20,000 stored: "
                              << read100k << " ms; warnings: " << plan.warnings.size());
}
