// The year's inspection plan: every frequency rule in its domain on a
// hand-built register (licences by kind, key special-equipment users, last
// year's accidents, metrology institutions), what counts as done (a
// finished current inspection of the year in the domain; not a draft, not
// last year's, a corrected record once), campaigns and key periods with
// their targets and progress, filters and paging, the plan entries' rules,
// permissions and audit, and RecordedInspections for the due lists.
#include "audit/auditqueries.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "register/duequeries.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <functional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSE = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
const QString kPL = QString::fromLatin1(SupervisionDomain::ProductionLicence);
const QString kPQ = QString::fromLatin1(SupervisionDomain::ProductQuality);
const QString kMetrology = QString::fromLatin1(SupervisionDomain::Metrology);
const QString kTesting = QString::fromLatin1(SupervisionDomain::TestingBodies);

struct PlanFixture {
    TempDatabase temp;
    InspectionStaff staff = setUpInspectionStaff(temp.db());
    int next = 1;

    Database &db() { return temp.db(); }

    Entity entity(const QString &name, const std::function<void(Entity &)> &edit = {})
    {
        Entity e = sampleEntity(name, next++);
        if (edit)
            edit(e);
        auto stored = EntityRegister(db()).add(staff.clerk, e);
        REQUIRE(stored);
        return *stored;
    }
    Licence licence(qint64 entityId, LicenceKind kind, const QDate &issued = QDate(2020, 1, 1),
                    const QDate &expires = QDate(2030, 1, 1))
    {
        Licence l;
        l.entityId = entityId;
        l.kind = kind;
        l.number = QStringLiteral("L-%1").arg(next++);
        l.issuedOn = issued;
        l.expiresOn = kind == LicenceKind::EquipmentUseRegistration ? QDate() : expires;
        auto stored = LicenceRegister(db()).add(staff.clerk, l);
        REQUIRE(stored);
        return *stored;
    }
    void equipment(qint64 entityId, EquipmentStatus status = EquipmentStatus::InUse)
    {
        Equipment e;
        e.entityId = entityId;
        e.category = EquipmentCategory::Elevator;
        e.registrationNumber = QStringLiteral("R-%1").arg(next++);
        e.nextInspectionOn = QDate(2027, 3, 1);
        e.status = status;
        REQUIRE(EquipmentRegister(db()).add(staff.clerk, e));
    }
    // A finished inspection, changed by `edit` before it is stored.
    Inspection inspected(qint64 entityId, const QDate &day, const QString &domain,
                         const std::function<void(Inspection &)> &edit = {})
    {
        Inspection record = sampleInspection(db(), staff, entityId, day, domain);
        if (edit)
            edit(record);
        const Session &who = domain == kSE ? staff.seA : staff.inspectorA;
        InspectionRepository repository(db());
        auto created = repository.create(who, record, day);
        REQUIRE(created);
        auto finished = repository.finish(who, created->id, day);
        REQUIRE(finished);
        return *finished;
    }
    QList<PlanRow> rows(PlanFilter filter, int offset = 0, int limit = 1000)
    {
        if (!filter.year)
            filter.year = 2026;
        auto page = InspectionPlan::page(db(), filter, offset, limit);
        REQUIRE(page);
        auto total = InspectionPlan::count(db(), filter);
        REQUIRE(total);
        if (offset == 0 && limit >= *total)
            CHECK(*total == page->size());
        return *page;
    }
    // "name domain" per row, in the plan's order.
    QStringList lines(const PlanFilter &filter = {})
    {
        QStringList out;
        for (const PlanRow &r : rows(filter))
            out << r.name + QLatin1Char(' ') + r.domain;
        return out;
    }
    const PlanRow *row(const QList<PlanRow> &list, qint64 entityId, const QString &domain, qint64 entry = 0)
    {
        for (const PlanRow &r : list)
            if (r.entityId == entityId && r.domain == domain && r.planEntryId == entry)
                return &r;
        return nullptr;
    }
    PlanEntry campaign(const QString &title, const QString &domain, const QList<qint64> &targets,
                       const QDate &from = QDate(2026, 5, 1), const QDate &to = QDate(2026, 5, 31))
    {
        PlanEntry p;
        p.year = 2026;
        p.kind = InspectionKind::Campaign;
        p.title = title;
        p.domain = domain;
        p.from = from;
        p.to = to;
        p.section = QStringLiteral("特种设备安全监察股");
        p.entityIds = targets;
        auto stored = PlanRepository(db()).add(staff.chief, p);
        REQUIRE(stored);
        return *stored;
    }
};

PlanFilter inDomain(const QString &domain)
{
    PlanFilter f;
    f.domain = domain;
    return f;
}

} // namespace

TEST_CASE("inspection plan: every frequency rule puts the unit in its domain", "[plan]")
{
    PlanFixture f;
    const Entity a = f.entity(QStringLiteral("A电线厂"));
    f.licence(a.id, LicenceKind::ProductionLicence);
    const Entity b = f.entity(QStringLiteral("B衡器厂"));
    f.licence(b.id, LicenceKind::MetrologyInstrumentLicence);
    const Entity c = f.entity(QStringLiteral("C检测中心"), [](Entity &e) { e.kinds = {EntityKind::TestingLab}; });
    f.licence(c.id, LicenceKind::CmaQualification);
    const Entity d = f.entity(QStringLiteral("D锅炉厂"), [](Entity &e) { e.kinds = {EntityKind::EquipmentProducer}; });
    f.licence(d.id, LicenceKind::EquipmentProductionLicence);
    // A use registration is the equipment's, not a licence of its user.
    const Entity e = f.entity(QStringLiteral("E小区物业"), [](Entity &x) { x.kinds = {EntityKind::EquipmentUser}; });
    f.licence(e.id, LicenceKind::EquipmentUseRegistration);
    f.equipment(e.id);
    const Entity g = f.entity(QStringLiteral("F商贸公司"));
    f.licence(g.id, LicenceKind::Other);
    const Entity school = f.entity(QStringLiteral("G小学"), [](Entity &x) {
        x.kinds = {EntityKind::EquipmentUser};
        x.crowdedPlace = true;
    });
    f.equipment(school.id);
    // Crowded, but its only equipment is stopped.
    const Entity mall = f.entity(QStringLiteral("H商场"), [](Entity &x) {
        x.kinds = {EntityKind::EquipmentUser};
        x.crowdedPlace = true;
    });
    f.equipment(mall.id, EquipmentStatus::Stopped);
    const Entity accidentProducer =
        f.entity(QStringLiteral("J化工厂"), [](Entity &x) { x.lastIncidentOn = QDate(2025, 6, 1); });
    const Entity accidentUser = f.entity(QStringLiteral("K游乐园"), [](Entity &x) {
        x.kinds = {EntityKind::EquipmentUser};
        x.lastIncidentOn = QDate(2025, 12, 31);
    });
    f.entity(QStringLiteral("L食品厂"), [](Entity &x) { x.lastIncidentOn = QDate(2024, 12, 31); }); // two years ago
    const Entity metrology =
        f.entity(QStringLiteral("M计量所"), [](Entity &x) { x.kinds = {EntityKind::MetrologyInstitution}; });
    const Entity revoked = f.entity(QStringLiteral("N塑料厂"));
    const Licence revokedLicence = f.licence(revoked.id, LicenceKind::ProductionLicence);
    REQUIRE(LicenceRegister(f.db()).changeStatus(f.staff.chief, revokedLicence.id, LicenceStatus::Revoked,
                                                 QDate(2025, 3, 1), QStringLiteral("罚没")));
    const Entity expired = f.entity(QStringLiteral("O水泥厂"));
    f.licence(expired.id, LicenceKind::ProductionLicence, QDate(2020, 7, 1), QDate(2025, 6, 30));
    // Two licences in two domains give two rows; a licence and the key-user
    // rule in one domain give one row with both reasons.
    const Entity both = f.entity(QStringLiteral("P电梯公司"), [](Entity &x) {
        x.kinds = {EntityKind::EquipmentUser, EntityKind::EquipmentProducer};
        x.crowdedPlace = true;
    });
    f.licence(both.id, LicenceKind::EquipmentProductionLicence);
    f.equipment(both.id);
    f.licence(both.id, LicenceKind::ProductionLicence);

    const QList<PlanRow> all = f.rows({});
    QStringList lines;
    for (const PlanRow &r : all)
        lines << r.name + QLatin1Char(' ') + r.domain;
    // Outstanding first (all are), then domain, then name.
    CHECK(lines ==
          QStringList{QStringLiteral("B衡器厂 metrology"), QStringLiteral("M计量所 metrology"),
                      QStringLiteral("F商贸公司 product_quality"), QStringLiteral("J化工厂 product_quality"),
                      QStringLiteral("A电线厂 production_licence"), QStringLiteral("P电梯公司 production_licence"),
                      QStringLiteral("D锅炉厂 special_equipment"), QStringLiteral("G小学 special_equipment"),
                      QStringLiteral("K游乐园 special_equipment"), QStringLiteral("P电梯公司 special_equipment"),
                      QStringLiteral("C检测中心 testing_bodies")});

    CHECK(f.row(all, a.id, kPL)->reasons ==
          QStringList{
              QStringLiteral("licensed enterprise (Industrial product production licence): at least once a year")});
    CHECK(f.row(all, school.id, kSE)->reasons ==
          QStringList{QStringLiteral("key special-equipment user: at least once a year")});
    CHECK(f.row(all, accidentProducer.id, kPQ)->reasons ==
          QStringList{QStringLiteral("accident or recall last year: at least once this year")});
    CHECK(f.row(all, accidentUser.id, kSE)->reasons ==
          QStringList{QStringLiteral("accident or recall last year: at least once this year")});
    CHECK(f.row(all, metrology.id, kMetrology)->reasons ==
          QStringList{QStringLiteral("metrology institution: about once a year")});
    const PlanRow *merged = f.row(all, both.id, kSE);
    REQUIRE(merged);
    CHECK(merged->reasons.size() == 2);
    CHECK(merged->reasons.at(1) == QStringLiteral("key special-equipment user: at least once a year"));
    for (const PlanRow &r : all) {
        CHECK(r.outstanding());
        CHECK(r.planEntryId == 0);
        CHECK_FALSE(r.lastInspectedOn.isValid());
    }
    CHECK(f.row(all, b.id, kMetrology)->code == b.code);
    CHECK(f.row(all, b.id, kMetrology)->township == b.township);

    // 2027: last year's accidents are 2026's; J and K drop out.
    PlanFilter next;
    next.year = 2027;
    CHECK(f.rows(next).size() == 9);
    CHECK(f.row(f.rows(next), accidentProducer.id, kPQ) == nullptr);
    // 2024: the expired licence (until 2025-06-30) counted then, the
    // accident of 2024 counts in 2025.
    PlanFilter earlier;
    earlier.year = 2025;
    CHECK(f.row(f.rows(earlier), expired.id, kPL) != nullptr);
    CHECK(f.row(f.rows(earlier), accidentProducer.id, kPQ) == nullptr);
    CHECK(f.rows(earlier).size() == 11); // O in, L (2024) in, J and K (2025) not yet

    // One domain only.
    CHECK(f.lines(inDomain(kSE)) ==
          QStringList{QStringLiteral("D锅炉厂 special_equipment"), QStringLiteral("G小学 special_equipment"),
                      QStringLiteral("K游乐园 special_equipment"), QStringLiteral("P电梯公司 special_equipment")});
    // The rules as the due lists see them, in one place.
    const QList<InspectionPlan::DomainRule> rules = InspectionPlan::rules(2026);
    REQUIRE(rules.size() == 9);
    CHECK(rules.at(0).domain == kPL);
    CHECK(rules.at(2).domain == kTesting);
    CHECK(rules.at(4).domain == kPQ);
}

TEST_CASE("inspection plan: a finished inspection of the year in the domain covers the unit", "[plan]")
{
    PlanFixture f;
    const Entity a = f.entity(QStringLiteral("A电线厂"));
    f.licence(a.id, LicenceKind::ProductionLicence);
    f.licence(a.id, LicenceKind::Other); // also due in product quality
    const Entity b = f.entity(QStringLiteral("B电缆厂"));
    f.licence(b.id, LicenceKind::ProductionLicence);
    const Entity c = f.entity(QStringLiteral("C线材厂"));
    f.licence(c.id, LicenceKind::ProductionLicence);
    const Entity d = f.entity(QStringLiteral("D铜材厂"));
    f.licence(d.id, LicenceKind::ProductionLicence);

    f.inspected(a.id, QDate(2026, 3, 10), kPL);
    f.inspected(b.id, QDate(2025, 12, 30), kPL); // last year: does not count
    // A draft does not count.
    auto draft = InspectionRepository(f.db()).create(
        f.staff.inspectorA, sampleInspection(f.db(), f.staff, c.id, QDate(2026, 2, 1), kPL), QDate(2026, 2, 1));
    REQUIRE(draft);
    // A corrected record counts once, with the corrected day.
    const Inspection first = f.inspected(d.id, QDate(2026, 4, 1), kPL);
    Inspection corrected = first;
    corrected.inspectedOn = QDate(2026, 4, 2);
    auto second = InspectionRepository(f.db()).correct(f.staff.inspectorA, corrected, QStringLiteral("日期笔误"),
                                                       QDate(2026, 4, 3));
    REQUIRE(second);

    const QList<PlanRow> all = f.rows({});
    REQUIRE(all.size() == 5);
    // Outstanding first: A in product quality, B, C; then the covered rows.
    CHECK(all.at(0).name + all.at(0).domain == QStringLiteral("A电线厂product_quality"));
    CHECK(all.at(0).outstanding());
    CHECK(f.row(all, b.id, kPL)->outstanding());
    CHECK(f.row(all, c.id, kPL)->outstanding());
    const PlanRow *covered = f.row(all, a.id, kPL);
    CHECK(covered->inspections == 1);
    CHECK(covered->lastInspectedOn == QDate(2026, 3, 10));
    const PlanRow *correctedRow = f.row(all, d.id, kPL);
    CHECK(correctedRow->inspections == 1);
    CHECK(correctedRow->lastInspectedOn == QDate(2026, 4, 2));
    CHECK_FALSE(all.at(3).outstanding());
    CHECK_FALSE(all.at(4).outstanding());

    // The inspection in production licences does not cover product quality.
    CHECK(f.row(all, a.id, kPQ)->outstanding());
    // A second inspection of A in the year counts too.
    f.inspected(a.id, QDate(2026, 9, 1), kPL);
    CHECK(f.row(f.rows({}), a.id, kPL)->inspections == 2);
    CHECK(f.row(f.rows({}), a.id, kPL)->lastInspectedOn == QDate(2026, 9, 1));

    PlanFilter outstanding;
    outstanding.outstandingOnly = true;
    CHECK(f.lines(outstanding) == QStringList{QStringLiteral("A电线厂 product_quality"),
                                              QStringLiteral("B电缆厂 production_licence"),
                                              QStringLiteral("C线材厂 production_licence")});
    // Last year B was covered.
    PlanFilter lastYear;
    lastYear.year = 2025;
    CHECK_FALSE(f.row(f.rows(lastYear), b.id, kPL)->outstanding());

    // RecordedInspections: any finished current inspection of the year.
    const RecordedInspections recorded(f.db());
    CHECK(recorded.inspectedIn(a.id, 2026));
    CHECK(recorded.inspectedIn(d.id, 2026));
    CHECK_FALSE(recorded.inspectedIn(b.id, 2026));
    CHECK(recorded.inspectedIn(b.id, 2025));
    CHECK_FALSE(recorded.inspectedIn(c.id, 2026)); // a draft
    auto due = DueQueries::entitiesUninspected(f.db(), 2026, recorded);
    REQUIRE(due);
    QStringList names;
    for (const InspectionDue &x : *due)
        names << x.name;
    CHECK(names == QStringList{QStringLiteral("B电缆厂"), QStringLiteral("C线材厂")});
    auto summary = DueQueries::summary(f.db(), QDate(2026, 11, 1), 30, recorded);
    REQUIRE(summary);
    CHECK(summary->entitiesUninspected == 2);
}

TEST_CASE("inspection plan: campaigns and key periods with their targets and progress", "[plan]")
{
    PlanFixture f;
    auto user = [&](const QString &name) {
        const Entity e = f.entity(name, [](Entity &x) {
            x.kinds = {EntityKind::EquipmentUser};
            x.crowdedPlace = true;
        });
        f.equipment(e.id);
        return e;
    };
    const Entity a = user(QStringLiteral("A商场"));
    const Entity b = user(QStringLiteral("B医院"));
    const Entity c = user(QStringLiteral("C车站"));
    const Entity plain =
        f.entity(QStringLiteral("D小区物业"), [](Entity &x) { x.kinds = {EntityKind::EquipmentUser}; });
    const PlanEntry elevators = f.campaign(QStringLiteral("2026年电梯安全专项检查"), kSE, {a.id, b.id, c.id, plain.id});
    PlanEntry holiday;
    holiday.year = 2026;
    holiday.kind = InspectionKind::KeyPeriod;
    holiday.title = QStringLiteral("国庆期间特种设备安全检查");
    holiday.domain = kSE;
    holiday.from = QDate(2026, 9, 25);
    holiday.to = QDate(2026, 10, 7);
    holiday.entityIds = {a.id};
    auto storedHoliday = PlanRepository(f.db()).add(f.staff.head, holiday);
    REQUIRE(storedHoliday);

    // A: an inspection that names the campaign (even outside its dates).
    f.inspected(a.id, QDate(2026, 4, 20), kSE, [&](Inspection &r) {
        r.kind = InspectionKind::Campaign;
        r.campaign = elevators.title;
        r.planEntryId = elevators.id;
    });
    // B: a campaign inspection of the same domain within the dates.
    f.inspected(b.id, QDate(2026, 5, 12), kSE, [&](Inspection &r) {
        r.kind = InspectionKind::Campaign;
        r.campaign = QStringLiteral("电梯专项");
    });
    // C: a routine inspection within the dates covers the yearly rule only.
    f.inspected(c.id, QDate(2026, 5, 15), kSE);

    PlanFilter campaignRows;
    campaignRows.planEntryId = elevators.id;
    const QList<PlanRow> rows = f.rows(campaignRows);
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).name == QStringLiteral("C车站"));
    CHECK(rows.at(1).name == QStringLiteral("D小区物业"));
    CHECK(rows.at(0).outstanding());
    CHECK(rows.at(1).outstanding());
    CHECK(rows.at(2).name == QStringLiteral("A商场"));
    CHECK(rows.at(2).inspections == 1);
    CHECK(rows.at(3).lastInspectedOn == QDate(2026, 5, 12));
    for (const PlanRow &r : rows) {
        CHECK(r.planEntryId == elevators.id);
        CHECK(r.planEntryTitle == elevators.title);
        CHECK(r.reasons == QStringList{QStringLiteral("Special campaign: 2026年电梯安全专项检查")});
    }
    // The frequency rules alone: A, B, C are key users, all inspected.
    PlanFilter yearly;
    yearly.planEntryId = 0;
    CHECK(f.rows(yearly).size() == 3);
    for (const PlanRow &r : f.rows(yearly))
        CHECK_FALSE(r.outstanding());
    // Every row: 3 yearly + 4 campaign + 1 key period.
    CHECK(f.rows({}).size() == 8);

    auto progress = InspectionPlan::progress(f.db(), 2026);
    REQUIRE(progress);
    REQUIRE(progress->size() == 4);
    CHECK(progress->at(0).domain == kSE);
    CHECK(progress->at(0).planEntryId == 0);
    CHECK(progress->at(0).due == 3);
    CHECK(progress->at(0).done == 3);
    CHECK(progress->at(1).planEntryId == elevators.id);
    CHECK(progress->at(1).title == elevators.title);
    CHECK(progress->at(1).due == 4);
    CHECK(progress->at(1).done == 2);
    CHECK(progress->at(2).planEntryId == storedHoliday->id);
    CHECK(progress->at(2).due == 1);
    CHECK(progress->at(2).done == 0);
    CHECK(progress->at(3).domain.isEmpty());
    CHECK(progress->at(3).planEntryId == 0);
    CHECK(progress->at(3).due == 8);
    CHECK(progress->at(3).done == 5);

    // A key-period check of A within its dates covers the key period.
    f.inspected(a.id, QDate(2026, 10, 2), kSE, [&](Inspection &r) {
        r.kind = InspectionKind::KeyPeriod;
        r.campaign = holiday.title;
    });
    CHECK(InspectionPlan::progress(f.db(), 2026)->at(2).done == 1);

    // A removed entry leaves the plan.
    REQUIRE(PlanRepository(f.db()).remove(f.staff.chief, storedHoliday->id));
    CHECK(InspectionPlan::progress(f.db(), 2026)->size() == 3);
    CHECK(f.rows({}).size() == 7);
}

TEST_CASE("inspection plan: progress per domain, count and page with filters", "[plan]")
{
    PlanFixture f;
    QList<Entity> producers;
    for (int i = 0; i < 7; ++i) {
        const Entity e = f.entity(QStringLiteral("生产企业%1号").arg(i), [&](Entity &x) {
            x.township = i < 3 ? QStringLiteral("城关镇") : QStringLiteral("永清镇");
        });
        f.licence(e.id, LicenceKind::ProductionLicence);
        producers << e;
    }
    const Entity lab =
        f.entity(QStringLiteral("计量测试所"), [](Entity &x) { x.kinds = {EntityKind::MetrologyInstitution}; });
    f.inspected(producers.at(2).id, QDate(2026, 2, 2), kPL);
    f.inspected(producers.at(5).id, QDate(2026, 2, 3), kPL);
    f.inspected(lab.id, QDate(2026, 2, 4), kMetrology);

    auto progress = InspectionPlan::progress(f.db(), 2026);
    REQUIRE(progress);
    REQUIRE(progress->size() == 3);
    CHECK(progress->at(0).domain == kMetrology); // SupervisionDomain::codes() order
    CHECK(progress->at(0).due == 1);
    CHECK(progress->at(0).done == 1);
    CHECK(progress->at(1).domain == kPL);
    CHECK(progress->at(1).title == SupervisionDomain::displayName(kPL));
    CHECK(progress->at(1).due == 7);
    CHECK(progress->at(1).done == 2);
    CHECK(progress->at(2).due == 8);
    CHECK(progress->at(2).done == 3);

    // Paging: outstanding first, then domain and name.
    const QStringList everything = f.lines();
    REQUIRE(everything.size() == 8);
    CHECK(everything.first() == QStringLiteral("生产企业0号 production_licence"));
    CHECK(everything.at(4) == QStringLiteral("生产企业6号 production_licence"));
    CHECK(everything.at(5) == QStringLiteral("计量测试所 metrology"));
    QStringList paged;
    for (int offset = 0; offset < 8; offset += 3)
        for (const PlanRow &r : f.rows({}, offset, 3))
            paged << r.name + QLatin1Char(' ') + r.domain;
    CHECK(paged == everything);

    PlanFilter search;
    search.search = QStringLiteral("城关");
    CHECK(f.rows(search).size() == 3);
    search.outstandingOnly = true;
    CHECK(f.lines(search) == QStringList{QStringLiteral("生产企业0号 production_licence"),
                                         QStringLiteral("生产企业1号 production_licence")});
    search.search = producers.at(4).code.toLower();
    CHECK(f.lines(search) == QStringList{QStringLiteral("生产企业4号 production_licence")});
    PlanFilter metrology = inDomain(kMetrology);
    metrology.year = 2026;
    metrology.outstandingOnly = true;
    CHECK(f.rows(metrology).isEmpty());
    CHECK(*InspectionPlan::count(f.db(), metrology) == 0);
    CHECK_FALSE(InspectionPlan::count(f.db(), PlanFilter{})); // no year
    CHECK_FALSE(InspectionPlan::progress(f.db(), 0));
    PlanFilter unknownEntry;
    unknownEntry.planEntryId = 999;
    CHECK(f.rows(unknownEntry).isEmpty());
}

TEST_CASE("plan entries: the rules, permissions, stale edits and the audit trail", "[plan]")
{
    PlanFixture f;
    const Entity a = f.entity(QStringLiteral("A商场"));
    const Entity b = f.entity(QStringLiteral("B医院"));
    PlanEntry p;
    p.year = 2026;
    p.kind = InspectionKind::Campaign;
    p.title = QStringLiteral("  2026年电梯安全专项检查 ");
    p.domain = kSE;
    p.from = QDate(2026, 5, 1);
    p.to = QDate(2026, 5, 31);
    p.entityIds = {a.id, b.id, a.id};

    PlanRepository plans(f.db());
    const QByteArray before = fingerprint(f.db());
    auto refused = [&](const Session &who, const std::function<void(PlanEntry &)> &edit, const QString &words) {
        PlanEntry bad = p;
        edit(bad);
        auto r = plans.add(who, bad);
        REQUIRE_FALSE(r);
        CHECK(r.error().refusal);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(words));
    };
    refused(
        f.staff.chief, [](PlanEntry &x) { x.title = QStringLiteral(" "); }, QStringLiteral("Title"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.kind = InspectionKind::Routine; }, QStringLiteral("Kind"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.to = QDate(2027, 1, 5); }, QStringLiteral("within 2026"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.from = QDate(2026, 6, 1); }, QStringLiteral("comes after"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.from = QDate(); }, QStringLiteral("Dates"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.domain = QStringLiteral("elevators"); }, QStringLiteral("Domain"));
    refused(
        f.staff.chief, [](PlanEntry &x) { x.entityIds << 4242; }, QStringLiteral("4242"));
    refused(
        f.staff.inspectorA, [](PlanEntry &) {}, QStringLiteral("张伟"));
    refused(
        f.staff.clerk, [](PlanEntry &) {}, QStringLiteral("陈静"));
    CHECK(fingerprint(f.db()) == before);

    auto stored = plans.add(f.staff.chief, p);
    REQUIRE(stored);
    CHECK(stored->title == QStringLiteral("2026年电梯安全专项检查"));
    CHECK(stored->entityIds == QList<qint64>{a.id, b.id});
    CHECK(stored->modifiedBy == QStringLiteral("chief"));
    CHECK(plans.entries(2026) == QList<PlanEntry>{*stored});
    CHECK(plans.entries(2025).isEmpty());

    PlanEntry edited = *stored;
    edited.entityIds = {b.id};
    edited.to = QDate(2026, 6, 15);
    auto updated = plans.update(f.staff.head, edited);
    REQUIRE(updated);
    CHECK(updated->entityIds == QList<qint64>{b.id});
    CHECK(updated->to == QDate(2026, 6, 15));
    // The chief's copy is stale now.
    PlanEntry stale = *stored;
    stale.title = QStringLiteral("改名");
    auto late = plans.update(f.staff.chief, stale);
    REQUIRE_FALSE(late);
    CHECK(late.error().message.contains(QStringLiteral("head")));
    CHECK_FALSE(plans.remove(f.staff.inspectorA, stored->id));
    REQUIRE(plans.remove(f.staff.chief, stored->id));
    CHECK_FALSE(plans.find(stored->id));
    CHECK(plans.entries(2026).isEmpty());

    auto q = f.db().exec(QStringLiteral("SELECT action, record_label FROM audit_entry WHERE record_table = "
                                        "'plan_entry' ORDER BY seq"));
    REQUIRE(q);
    QStringList actions;
    while (q->next())
        actions << q->value(0).toString();
    CHECK(actions ==
          QStringList{QStringLiteral("plan.add"), QStringLiteral("plan.edit"), QStringLiteral("plan.remove")});
    CHECK(auditActionName(QStringLiteral("plan.add")) == QStringLiteral("Planned a campaign or key-period check"));
}
