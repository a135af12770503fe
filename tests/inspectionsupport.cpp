#include "inspectionsupport.h"

#include "auth/staffdirectory.h"
#include "inspections/inspectionrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace casedesk::test {

namespace {

const QString kSpecialEquipmentSection = QStringLiteral("特种设备安全监察股");

Session specialEquipmentInspector(Database &db, const Session &admin, const QString &login, const QString &name)
{
    const Session session = addColleague(db, admin, login, {Role::Inspector}, name);
    auto member = StaffDirectory(db).find(admin, login);
    REQUIRE(member);
    member->section = kSpecialEquipmentSection;
    member->specialEquipment = {QStringLiteral("TS%1").arg(qHash(login) % 100000000, 8, 10, QLatin1Char('0')),
                                QDate(2024, 1, 1), QDate(2028, 12, 31)};
    auto updated = StaffDirectory(db).update(admin, *member);
    REQUIRE(updated);
    return session;
}

InspectionInspector inspector(const Session &s)
{
    InspectionInspector i;
    i.staffId = s.staffId();
    i.login = s.login();
    i.name = s.name();
    return i;
}

CheckPoint point(const QString &label, const QString &text)
{
    CheckPoint p;
    p.label = label;
    p.text = text;
    p.result = CheckResult::Conforms;
    return p;
}

} // namespace

InspectionStaff setUpInspectionStaff(Database &db, const QString &site)
{
    CaseStaff cases = setUpCaseStaff(db, site);
    Session se1 = specialEquipmentInspector(db, cases.admin, QStringLiteral("se1"), QStringLiteral("孙磊"));
    Session se2 = specialEquipmentInspector(db, cases.admin, QStringLiteral("se2"), QStringLiteral("周敏"));
    return InspectionStaff{std::move(cases), std::move(se1), std::move(se2)};
}

Inspection sampleInspection(Database &, const InspectionStaff &staff, qint64 entityId, const QDate &day,
                            const QString &domain)
{
    const bool special = domain == QLatin1String(SupervisionDomain::SpecialEquipment);
    Inspection record;
    record.unit.entityId = entityId;
    record.inspectedOn = day;
    record.kind = InspectionKind::Routine;
    record.domain = domain;
    record.section = special ? kSpecialEquipmentSection : QStringLiteral("质量监督股");
    record.inspectors = special ? QList<InspectionInspector>{inspector(staff.seA), inspector(staff.seB)}
                                : QList<InspectionInspector>{inspector(staff.inspectorA), inspector(staff.inspectorB)};
    record.checklist = {
        point(QStringLiteral("1"), QStringLiteral("是否取得相应的许可证或登记证")),
        point(QStringLiteral("2"), QStringLiteral("是否建立并执行进货查验和出厂检验制度")),
        point(QStringLiteral("3"), QStringLiteral("是否按规定保存检验记录")),
    };
    record.outcomes = {InspectionOutcome::NothingFound};
    record.unitSignatory = QStringLiteral("赵经理");
    return record;
}

Inspection finishedInspection(Database &db, const InspectionStaff &staff, qint64 entityId, const QDate &day,
                              const QString &domain)
{
    const bool special = domain == QLatin1String(SupervisionDomain::SpecialEquipment);
    const Session &who = special ? staff.seA : staff.inspectorA;
    InspectionRepository repository(db);
    auto created = repository.create(who, sampleInspection(db, staff, entityId, day, domain), day);
    REQUIRE(created);
    auto finished = repository.finish(who, created->id, day);
    REQUIRE(finished);
    return *finished;
}

} // namespace casedesk::test
