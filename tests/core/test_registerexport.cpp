// Exporting the register: the CSV template (UTF-8 with BOM) reads back
// unchanged into an empty database, removed records stay out, and the XLSX
// workbook holds the three tables with the holders' names and dates as dates.
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/registercsv.h"
#include "register/registerimporter.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A register with every field in use, text that needs quoting, several
// kinds, an organisation code, a withdrawn licence and a scrapped unit.
struct SampleRegister {
    Entity producer;
    Entity school;
    Entity oldFactory;
};

SampleRegister fillRegister(Database &db)
{
    const Session admin = adminSession(db);
    const Session chief = addColleague(db, admin, QStringLiteral("guzhang"), RoleSet{Role::SectionChief});
    EntityRegister entities(db);

    Entity producer = sampleEntity(QStringLiteral("永清县宏达食品有限公司"), 1);
    producer.kinds = EntityKinds{EntityKind::Producer, EntityKind::Distributor};
    producer.contactPerson = QStringLiteral("李秀英");
    producer.lastIncidentOn = QDate(2025, 6, 1);
    producer.complaintsConfirmed = true;
    producer.notes = QStringLiteral("冷库一座, \"速冻\"车间\n2024年扩建");
    auto storedProducer = entities.add(admin, producer);
    REQUIRE(storedProducer);

    Entity school = sampleEntity(QStringLiteral("永清县第一中学"), 2);
    school.code = testOrganisationCode(2);
    school.kinds = EntityKinds{EntityKind::EquipmentUser};
    school.crowdedPlace = true;
    auto storedSchool = entities.add(admin, school);
    REQUIRE(storedSchool);

    Entity gone = sampleEntity(QStringLiteral("永清县已注销机械厂"), 3);
    auto storedGone = entities.add(admin, gone);
    REQUIRE(storedGone);

    LicenceRegister licences(db);
    Licence production;
    production.entityId = storedProducer->id;
    production.kind = LicenceKind::ProductionLicence;
    production.number = QStringLiteral("XK13-001-00123");
    production.scope = QStringLiteral("食品用塑料包装容器工具, 复合膜袋");
    production.issuedOn = QDate(2024, 5, 6);
    production.expiresOn = QDate(2029, 5, 5);
    REQUIRE(licences.add(admin, production));
    Licence registration;
    registration.entityId = storedSchool->id;
    registration.kind = LicenceKind::EquipmentUseRegistration;
    registration.number = QStringLiteral("梯11冀R0001(18)");
    registration.issuedOn = QDate(2018, 3, 1);
    auto storedRegistration = licences.add(admin, registration);
    REQUIRE(storedRegistration);
    REQUIRE(licences.changeStatus(chief, storedRegistration->id, LicenceStatus::Deregistered, QDate(2025, 1, 2),
                                  QStringLiteral("电梯报废")));
    Licence goneLicence = production;
    goneLicence.entityId = storedGone->id;
    goneLicence.number = QStringLiteral("XK13-001-00999");
    REQUIRE(licences.add(admin, goneLicence));

    EquipmentRegister equipment(db);
    Equipment lift;
    lift.entityId = storedSchool->id;
    lift.category = EquipmentCategory::Elevator;
    lift.registrationNumber = QStringLiteral("31101310232018030001");
    lift.description = QStringLiteral("曳引式客梯");
    lift.location = QStringLiteral("教学楼东侧");
    lift.nextInspectionOn = QDate(2026, 9, 1);
    REQUIRE(equipment.add(admin, lift));
    Equipment boiler = lift;
    boiler.category = EquipmentCategory::Boiler;
    boiler.registrationNumber = QStringLiteral("11101310232010010001");
    boiler.description = QStringLiteral("燃气热水锅炉");
    boiler.location = QStringLiteral("锅炉房");
    boiler.nextInspectionOn = QDate();
    boiler.status = EquipmentStatus::Scrapped;
    REQUIRE(equipment.add(admin, boiler));

    REQUIRE(entities.remove(admin, storedGone->id));
    return {*storedProducer, *storedSchool, *storedGone};
}

QString exportTo(Database &db, RegisterTable table, const QString &path)
{
    auto written = RegisterCsv::exportCsv(db, table, path);
    REQUIRE(written);
    return path;
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QString unzipEntry(const QString &zip, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

} // namespace

TEST_CASE("register export: the CSV template with BOM, live records only", "[register][export]")
{
    TempDatabase t;
    const SampleRegister r = fillRegister(t.db());
    QTemporaryDir dir;
    const QByteArray entities =
        readAll(exportTo(t.db(), RegisterTable::Entities, dir.filePath(QStringLiteral("e.csv"))));
    REQUIRE(entities.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(entities.mid(3));
    CHECK(text.startsWith(QStringLiteral("单位名称,统一社会信用代码,地址,乡镇,法定代表人,联系人,联系电话,类别,"
                                         "最近事故或召回日期,投诉属实,人员密集场所,备注\r\n")));
    CHECK(text.contains(r.producer.code));
    CHECK(text.contains(r.school.code));
    CHECK_FALSE(text.contains(r.oldFactory.name)); // removed
    CHECK(text.contains(QStringLiteral("2025-06-01")));
    CHECK(text.contains(QStringLiteral("\"冷库一座, \"\"速冻\"\"车间\n2024年扩建\"")));
    CHECK(text.contains(EntityKinds{EntityKind::Producer, EntityKind::Distributor}.names()));

    const QString licences =
        QString::fromUtf8(readAll(exportTo(t.db(), RegisterTable::Licences, dir.filePath(QStringLiteral("l.csv")))));
    CHECK(licences.contains(
        QStringLiteral("统一社会信用代码,单位名称,证书类别,证书编号,许可范围,发证日期,有效期至,状态")));
    CHECK(licences.contains(QStringLiteral("XK13-001-00123")));
    CHECK_FALSE(licences.contains(QStringLiteral("XK13-001-00999"))); // removed with its holder
    CHECK(licences.contains(licenceStatusName(LicenceStatus::Deregistered)));
    CHECK(licences.contains(QStringLiteral("2025-01-02")));

    const QString equipment =
        QString::fromUtf8(readAll(exportTo(t.db(), RegisterTable::Equipment, dir.filePath(QStringLiteral("q.csv")))));
    CHECK(equipment.contains(
        QStringLiteral("统一社会信用代码,使用单位,设备类别,注册代码,设备名称,设备地点,下次检验日期,状态")));
    CHECK(equipment.contains(r.school.name));
    CHECK(equipment.contains(equipmentStatusName(EquipmentStatus::Scrapped)));
}

TEST_CASE("register export: exported files import back unchanged into an empty register", "[register][export]")
{
    TempDatabase source;
    fillRegister(source.db());
    QTemporaryDir dir;
    const QList<std::pair<RegisterTable, QString>> files = {
        {RegisterTable::Entities, dir.filePath(QStringLiteral("entities.csv"))},
        {RegisterTable::Licences, dir.filePath(QStringLiteral("licences.csv"))},
        {RegisterTable::Equipment, dir.filePath(QStringLiteral("equipment.csv"))},
    };
    for (const auto &[table, path] : files)
        exportTo(source.db(), table, path);

    TempDatabase target;
    const Session admin = adminSession(target.db());
    for (const auto &[table, path] : files) {
        // The table is found from the headings, as the CLI and GUI do.
        auto plan = RegisterImporter(target.db()).read(path);
        REQUIRE(plan);
        QStringList problems;
        for (const ImportProblem &p : plan->problems)
            problems << p.describe();
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(plan->table == table);
        CHECK(plan->encoding == QStringLiteral("UTF-8 (BOM)"));
        CHECK(plan->problems.isEmpty());
        CHECK(plan->warnings.isEmpty());
        CHECK(plan->ignoredColumns().isEmpty());
        auto applied = RegisterImporter(target.db()).apply(admin, *plan);
        REQUIRE(applied);
    }
    CHECK(countRows(target.db(), QStringLiteral("entity")) == 2);
    CHECK(countRows(target.db(), QStringLiteral("licence")) == 2);
    CHECK(countRows(target.db(), QStringLiteral("equipment")) == 2);
    for (const auto &[table, path] : files) {
        const QString again =
            dir.filePath(QStringLiteral("again-") + registerTableCode(table) + QStringLiteral(".csv"));
        exportTo(target.db(), table, again);
        CHECK(readAll(again) == readAll(path));
    }
    auto school = EntityRegister(target.db()).findByCode(testOrganisationCode(2));
    REQUIRE(school);
    CHECK(school->codeKind == CodeKind::OrganisationCode);
    CHECK(school->crowdedPlace);
}

TEST_CASE("register export: the XLSX workbook holds the three tables", "[register][export][xlsx]")
{
    if (!haveUnzip()) {
        WARN("unzip is not installed; the workbook's content is not checked");
        return;
    }
    TempDatabase t;
    const SampleRegister r = fillRegister(t.db());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("监管对象.xlsx"));
    auto written = RegisterCsv::exportXlsx(t.db(), path);
    REQUIRE(written);
    const QString workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    for (RegisterTable table : {RegisterTable::Entities, RegisterTable::Licences, RegisterTable::Equipment})
        CHECK(workbook.contains(QStringLiteral("name=\"%1\"").arg(registerTableName(table))));
    const QString strings = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(r.producer.name));
    CHECK(strings.contains(r.school.name));
    CHECK(strings.contains(QStringLiteral("统一社会信用代码")));
    CHECK(strings.contains(QStringLiteral("XK13-001-00123")));
    CHECK(strings.contains(QStringLiteral("曳引式客梯")));
    CHECK_FALSE(strings.contains(r.oldFactory.name));
    // Dates are date cells, not text.
    CHECK_FALSE(strings.contains(QStringLiteral("2024-05-06")));
    CHECK_FALSE(strings.contains(QStringLiteral("2026-09-01")));
    // The licences sheet names each holder by name and code.
    const QString licences = unzipEntry(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    CHECK(licences.contains(QStringLiteral("<c r=\"A2\"")));
    CHECK(licences.contains(QStringLiteral("<c r=\"B2\"")));
}
