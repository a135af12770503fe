// The register's list and what falls due: search (also 2-character Chinese
// words), filters by kind, risk and township, sorting and paging in SQL;
// risk flags as the list and the detail see them; licences expiring,
// equipment due and overdue, entities the rules require to be inspected.
#include "audit/auditedtransaction.h"
#include "inspections/inspectionplan.h"
#include "register/duequeries.h"
#include "register/entityqueries.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kToday(2026, 11, 22);

struct Register {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    Database &db() { return temp.db(); }

    Entity add(const QString &name, int n, const std::function<void(Entity &)> &edit = {})
    {
        Entity e = sampleEntity(name, n);
        if (edit)
            edit(e);
        auto stored = EntityRegister(db()).add(admin, e);
        REQUIRE(stored);
        return *stored;
    }
    Licence licence(qint64 entityId, const QString &number, const QDate &issued, const QDate &expires)
    {
        Licence l;
        l.entityId = entityId;
        l.number = number;
        l.issuedOn = issued;
        l.expiresOn = expires;
        auto stored = LicenceRegister(db()).add(admin, l);
        REQUIRE(stored);
        return *stored;
    }
    Equipment equipment(qint64 entityId, const QString &number, const QDate &due,
                        EquipmentStatus status = EquipmentStatus::InUse)
    {
        Equipment e;
        e.entityId = entityId;
        e.category = EquipmentCategory::Boiler;
        e.registrationNumber = number;
        e.nextInspectionOn = due;
        e.status = status;
        auto stored = EquipmentRegister(db()).add(admin, e);
        REQUIRE(stored);
        return *stored;
    }
    QStringList names(const EntityFilter &filter, const EntitySort &sort = {}, int offset = 0, int limit = 100)
    {
        auto rows = EntityQueries::page(db(), filter, sort, offset, limit);
        REQUIRE(rows);
        QStringList out;
        for (const EntityRow &r : *rows)
            out << r.name;
        auto total = EntityQueries::count(db(), filter);
        REQUIRE(total);
        if (offset == 0 && limit >= *total)
            CHECK(*total == out.size());
        return out;
    }
};

EntityFilter search(const QString &text)
{
    EntityFilter f;
    f.search = text;
    f.today = kToday;
    return f;
}

} // namespace

TEST_CASE("register queries: search finds 2-character Chinese words in name, address and people", "[registerqueries]")
{
    Register r;
    r.add(QStringLiteral("永清县华北食品有限公司"), 1);
    r.add(QStringLiteral("廊坊市宏达机械厂"), 2, [](Entity &e) {
        e.address = QStringLiteral("永清县韩村镇工业园区");
        e.township = QStringLiteral("韩村镇");
        e.legalRepresentative = QStringLiteral("李建国");
    });
    r.add(QStringLiteral("永清县人民医院"), 3, [](Entity &e) {
        e.kinds = {EntityKind::EquipmentUser};
        e.contactPerson = QStringLiteral("赵食品");
    });

    CHECK(r.names(search(QStringLiteral("食品"))) ==
          QStringList{QStringLiteral("永清县人民医院"), QStringLiteral("永清县华北食品有限公司")});
    CHECK(r.names(search(QStringLiteral("韩村"))) == QStringList{QStringLiteral("廊坊市宏达机械厂")});
    CHECK(r.names(search(QStringLiteral("建国"))) == QStringList{QStringLiteral("廊坊市宏达机械厂")});
    // Words are ANDed; codes are found in any case.
    CHECK(r.names(search(QStringLiteral("永清 医院"))) == QStringList{QStringLiteral("永清县人民医院")});
    CHECK(r.names(search(testCreditCode(2).mid(8, 8).toLower())) == QStringList{QStringLiteral("廊坊市宏达机械厂")});
    CHECK(r.names(search(QStringLiteral("不存在"))).isEmpty());
    // Text that would be SQL is only ever searched for.
    CHECK(r.names(search(QStringLiteral("' OR 1=1 --"))).isEmpty());
}

TEST_CASE("register queries: filters by kind, risk and township; sorting and paging", "[registerqueries]")
{
    Register r;
    const Entity food = r.add(QStringLiteral("A食品厂"), 1);
    const Entity hospital = r.add(QStringLiteral("B医院"), 2, [](Entity &e) {
        e.kinds = {EntityKind::EquipmentUser};
        e.crowdedPlace = true;
        e.township = QStringLiteral("韩村镇");
    });
    const Entity lab = r.add(QStringLiteral("C检测站"), 3, [](Entity &e) {
        e.kinds = {EntityKind::TestingLab, EntityKind::MetrologyInstitution};
        e.complaintsConfirmed = true;
    });
    const Entity recalled = r.add(QStringLiteral("D电器厂"), 4, [](Entity &e) {
        e.lastIncidentOn = kToday.addYears(-2).addDays(1);
        e.township = QStringLiteral("韩村镇");
    });
    const Entity oldIncident =
        r.add(QStringLiteral("E纸业"), 5, [](Entity &e) { e.lastIncidentOn = kToday.addYears(-2).addDays(-1); });
    // Licensed 200 days ago: new. Another first licensed 3 years ago and renewed lately: not new.
    r.licence(food.id, QStringLiteral("SC-1"), kToday.addDays(-200), kToday.addYears(5));
    r.licence(oldIncident.id, QStringLiteral("SC-2"), kToday.addYears(-3), kToday.addYears(-1).addDays(-1));
    r.licence(oldIncident.id, QStringLiteral("SC-3"), kToday.addDays(-30), kToday.addYears(5));
    r.equipment(hospital.id, QStringLiteral("R-1"), kToday.addDays(10));

    EntityFilter f;
    f.today = kToday;
    f.kinds = int(EntityKind::EquipmentUser) | int(EntityKind::TestingLab);
    CHECK(r.names(f) == QStringList{QStringLiteral("B医院"), QStringLiteral("C检测站")});

    auto risk = [&](RiskFlag flag) {
        EntityFilter rf;
        rf.today = kToday;
        rf.risks = int(flag);
        return r.names(rf);
    };
    CHECK(risk(RiskFlag::NewlyLicensed) == QStringList{QStringLiteral("A食品厂")});
    CHECK(risk(RiskFlag::RecentIncident) == QStringList{QStringLiteral("D电器厂")});
    CHECK(risk(RiskFlag::ConfirmedComplaints) == QStringList{QStringLiteral("C检测站")});
    CHECK(risk(RiskFlag::CrowdedPlace) == QStringList{QStringLiteral("B医院")});

    // The detail's assessment is the list's.
    for (const Entity &e : {food, hospital, lab, recalled, oldIncident}) {
        auto flags = EntityRisk::assess(r.db(), e.id, kToday);
        REQUIRE(flags);
        EntityFilter one = search(e.code);
        auto row = EntityQueries::page(r.db(), one, {}, 0, 1);
        REQUIRE(row);
        REQUIRE(row->size() == 1);
        CHECK(row->first().risks == *flags);
    }
    CHECK(EntityRisk::assess(r.db(), food.id, kToday)->names() == QStringLiteral("Licensed less than a year ago"));

    EntityFilter town;
    town.township = QStringLiteral("韩村镇");
    CHECK(r.names(town) == QStringList{QStringLiteral("B医院"), QStringLiteral("D电器厂")});
    CHECK(*EntityQueries::townships(r.db()) == QStringList{QStringLiteral("永清镇"), QStringLiteral("韩村镇")});

    EntityFilter all;
    all.today = kToday;
    CHECK(r.names(all, {EntitySortColumn::Name, true}) ==
          QStringList{QStringLiteral("E纸业"), QStringLiteral("D电器厂"), QStringLiteral("C检测站"),
                      QStringLiteral("B医院"), QStringLiteral("A食品厂")});
    CHECK(r.names(all, {EntitySortColumn::Name, false}, 1, 2) ==
          QStringList{QStringLiteral("B医院"), QStringLiteral("C检测站")});
    CHECK(r.names(all, {EntitySortColumn::Township, false}, 0, 1) == QStringList{QStringLiteral("A食品厂")});
    auto rows = EntityQueries::page(r.db(), search(QStringLiteral("B医院")), {}, 0, 10);
    CHECK(rows->first().equipment == 1);
    CHECK(rows->first().licences == 0);
    CHECK(rows->first().kinds == EntityKinds{EntityKind::EquipmentUser});
}

TEST_CASE("register queries: licences expiring, equipment due and overdue", "[registerqueries]")
{
    Register r;
    const Entity a = r.add(QStringLiteral("A食品厂"), 1);
    const Entity b = r.add(QStringLiteral("B医院"), 2, [](Entity &e) { e.kinds = {EntityKind::EquipmentUser}; });
    r.licence(a.id, QStringLiteral("SC-expired"), QDate(2021, 1, 1), kToday.addDays(-3));
    r.licence(a.id, QStringLiteral("SC-soon"), QDate(2022, 1, 1), kToday.addDays(30));
    r.licence(a.id, QStringLiteral("SC-later"), QDate(2022, 1, 1), kToday.addDays(31));
    const Licence revoked = r.licence(b.id, QStringLiteral("SC-revoked"), QDate(2022, 1, 1), kToday.addDays(5));
    const Session chief = addColleague(r.db(), r.admin, QStringLiteral("chief"), {Role::SectionChief});
    REQUIRE(LicenceRegister(r.db()).changeStatus(chief, revoked.id, LicenceStatus::Revoked, kToday.addDays(-1),
                                                 QStringLiteral("罚没")));

    auto expiring = DueQueries::licencesExpiring(r.db(), kToday, 30);
    REQUIRE(expiring);
    REQUIRE(expiring->size() == 2);
    CHECK(expiring->at(0).licence.number == QStringLiteral("SC-expired"));
    CHECK(expiring->at(0).daysLeft == -3);
    CHECK(expiring->at(0).entityName == QStringLiteral("A食品厂"));
    CHECK(expiring->at(1).licence.number == QStringLiteral("SC-soon"));
    CHECK(expiring->at(1).daysLeft == 30);
    CHECK(DueQueries::licencesExpiring(r.db(), kToday, 31)->size() == 3);
    CHECK(DueQueries::licencesExpiring(r.db(), kToday, 30, 1)->size() == 1);

    r.equipment(b.id, QStringLiteral("R-overdue"), kToday.addDays(-10));
    r.equipment(b.id, QStringLiteral("R-today"), kToday);
    r.equipment(b.id, QStringLiteral("R-later"), kToday.addDays(60));
    r.equipment(b.id, QStringLiteral("R-stopped"), kToday.addDays(-100), EquipmentStatus::Stopped);
    auto due = DueQueries::equipmentDue(r.db(), kToday, kToday.addDays(30));
    REQUIRE(due);
    REQUIRE(due->size() == 2);
    CHECK(due->at(0).equipment.registrationNumber == QStringLiteral("R-overdue"));
    CHECK(due->at(0).daysLeft == -10);
    CHECK(due->at(1).equipment.registrationNumber == QStringLiteral("R-today"));
    CHECK(due->at(1).daysLeft == 0);

    const RecordedInspections none(r.db()); // nothing recorded yet
    auto summary = DueQueries::summary(r.db(), kToday, 30, none);
    REQUIRE(summary);
    CHECK(summary->licencesExpiring == 1);
    CHECK(summary->licencesExpired == 1);
    CHECK(summary->equipmentDue == 1);
    CHECK(summary->equipmentOverdue == 1);
    CHECK(summary->entitiesUninspected == 1); // A食品厂 holds valid licences

    // Removing the holder takes its licences off the lists.
    REQUIRE(EntityRegister(r.db()).remove(r.admin, a.id));
    CHECK(DueQueries::licencesExpiring(r.db(), kToday, 30)->isEmpty());
}

TEST_CASE("register queries: entities the rules require to be inspected, until inspections are recorded",
          "[registerqueries]")
{
    Register r;
    const Entity licensed = r.add(QStringLiteral("A食品厂"), 1);
    r.licence(licensed.id, QStringLiteral("SC-1"), QDate(2020, 1, 1), QDate(2030, 1, 1));
    const Entity keyUser = r.add(QStringLiteral("B小学"), 2, [](Entity &e) {
        e.kinds = {EntityKind::EquipmentUser};
        e.crowdedPlace = true;
    });
    r.equipment(keyUser.id, QStringLiteral("R-1"), QDate(2027, 1, 1));
    r.add(QStringLiteral("C小区物业"), 3, [](Entity &e) { e.kinds = {EntityKind::EquipmentUser}; });
    r.add(QStringLiteral("D化工厂"), 4, [](Entity &e) { e.lastIncidentOn = QDate(2025, 6, 1); });
    r.add(QStringLiteral("E计量所"), 5, [](Entity &e) { e.kinds = {EntityKind::MetrologyInstitution}; });

    const RecordedInspections none(r.db()); // nothing recorded yet
    auto due = DueQueries::entitiesUninspected(r.db(), 2026, none);
    REQUIRE(due);
    QStringList names;
    for (const InspectionDue &d : *due)
        names << d.name;
    CHECK(names == QStringList{QStringLiteral("A食品厂"), QStringLiteral("B小学"), QStringLiteral("D化工厂"),
                               QStringLiteral("E计量所")});
    CHECK(due->at(1).reasons == QStringList{QStringLiteral("key special-equipment user: at least once a year")});
    CHECK(due->at(2).reasons == QStringList{QStringLiteral("accident or recall last year: at least once this year")});
    // The accident of 2025 requires an inspection in 2026, not in 2027.
    CHECK(DueQueries::entitiesUninspected(r.db(), 2027, none)->size() == 3);

    // The hook inspections will fill: an entity inspected this year drops out.
    struct Inspected : InspectionLog {
        qint64 id;
        explicit Inspected(qint64 i) : id(i) {}
        bool inspectedIn(qint64 entityId, int year) const override { return entityId == id && year == 2026; }
    } inspected(licensed.id);
    CHECK(DueQueries::entitiesUninspected(r.db(), 2026, inspected)->size() == 3);
}
