// The register's records and rules: entities with their codes and near
// duplicates, licences and their status transitions, special equipment,
// stale edits, removal and restore, and the audit entries of each.
#include "audit/auditqueries.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/namesimilarity.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList auditActions(Database &db)
{
    QStringList out;
    QSqlQuery q = db.prepare(QStringLiteral("SELECT action FROM audit_entry ORDER BY id"));
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Licence productionLicence(qint64 entityId, const QString &number)
{
    Licence l;
    l.entityId = entityId;
    l.kind = LicenceKind::ProductionLicence;
    l.number = number;
    l.scope = QStringLiteral("食品用塑料包装容器工具");
    l.issuedOn = QDate(2024, 5, 6);
    l.expiresOn = QDate(2029, 5, 5);
    return l;
}

Equipment elevator(qint64 entityId, const QString &number, const QDate &due)
{
    Equipment e;
    e.entityId = entityId;
    e.category = EquipmentCategory::Elevator;
    e.registrationNumber = number;
    e.description = QStringLiteral("曳引驱动乘客电梯");
    e.location = QStringLiteral("门诊楼东侧");
    e.nextInspectionOn = due;
    return e;
}

QString firstField(const FieldProblems &problems)
{
    return problems.isEmpty() ? QString() : problems.first().field;
}

} // namespace

TEST_CASE("register: an entity is validated field by field", "[register]")
{
    const QDate today(2026, 11, 22);
    Entity e = sampleEntity(QStringLiteral("永清县华北食品有限公司"), 1);
    CHECK(e.problems(today).isEmpty());

    Entity noName = e;
    noName.name = QStringLiteral("  ");
    CHECK(firstField(noName.problems(today)) == QStringLiteral("name"));

    Entity badCode = e;
    badCode.code[17] = badCode.code[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    REQUIRE(badCode.problems(today).size() == 1);
    CHECK(badCode.problems(today).first().field == QStringLiteral("code"));
    CHECK(badCode.problems(today).first().message.contains(QStringLiteral("check character")));

    Entity noKind = e;
    noKind.kinds = {};
    CHECK(firstField(noKind.problems(today)) == QStringLiteral("kinds"));

    Entity future = e;
    future.lastIncidentOn = today.addDays(1);
    CHECK(firstField(future.problems(today)) == QStringLiteral("lastIncidentOn"));

    Entity crowded = e;
    crowded.crowdedPlace = true;
    CHECK(firstField(crowded.problems(today)) == QStringLiteral("crowdedPlace"));
    crowded.kinds.set(EntityKind::EquipmentUser);
    CHECK(crowded.problems(today).isEmpty());

    Entity phone = e;
    phone.phone = QStringLiteral("call me");
    CHECK(firstField(phone.problems(today)) == QStringLiteral("phone"));
    phone.phone = QStringLiteral("0316-6612345 转 802");
    CHECK(phone.problems(today).isEmpty());
}

TEST_CASE("register: kinds parse from codes and names in either language", "[register]")
{
    auto kinds = EntityKinds::parse(QStringLiteral("producer、Special-equipment user"));
    REQUIRE(kinds);
    CHECK(kinds->has(EntityKind::Producer));
    CHECK(kinds->has(EntityKind::EquipmentUser));
    CHECK_FALSE(kinds->has(EntityKind::TestingLab));
    CHECK(kinds->codes() == QStringList{QStringLiteral("producer"), QStringLiteral("equipment-user")});
    auto bad = EntityKinds::parse(QStringLiteral("producer, baker"));
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.startsWith(QStringLiteral("'baker' is not a kind of entity")));
}

TEST_CASE("register: a second entity with the same code is refused, near-duplicate names are pointed out", "[register]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Session clerk = addColleague(t.db(), admin, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("王办事"));
    EntityRegister reg(t.db());

    const Entity first = storeEntity(t.db(), clerk, QStringLiteral("永清县华北食品有限公司"), 1);
    CHECK(first.id > 0);
    CHECK(first.uuid.size() == 36);
    CHECK(first.modifiedBy == QStringLiteral("clerk"));

    // The same code, typed in lower case with spaces, is the same code.
    Entity twin = sampleEntity(QStringLiteral("另一家公司"), 2);
    twin.code = QStringLiteral(" ") + first.code.toLower() + QStringLiteral(" ");
    const QByteArray before = fingerprint(t.db());
    auto refused = reg.add(clerk, twin);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("The code %1 already belongs to 永清县华北食品有限公司.").arg(first.code));
    CHECK(fingerprint(t.db()) == before);
    CHECK(firstField(reg.check(twin, QDate(2026, 11, 22))) == QStringLiteral("code"));

    // Near duplicates: another legal form, the county's prefix, a bracket, one character.
    for (const QString &name : {QStringLiteral("华北食品有限责任公司"), QStringLiteral("华北食品(永清)有限公司"),
                                QStringLiteral("永清县华北食口有限公司")}) {
        INFO(name.toStdString());
        const auto similar = reg.similarNames(name);
        REQUIRE(similar.size() == 1);
        CHECK(similar.first().id == first.id);
    }
    CHECK(reg.similarNames(QStringLiteral("华北机械制造有限公司")).isEmpty());
    CHECK(reg.similarNames(first.name, first.id).isEmpty());
    // The warning does not refuse.
    CHECK(reg.add(clerk, sampleEntity(QStringLiteral("华北食品有限责任公司"), 3)));
}

TEST_CASE("register: name keys drop legal forms, place prefixes, brackets and punctuation", "[register]")
{
    CHECK(NameSimilarity::key(QStringLiteral("永清县华北食品有限公司")) == QStringLiteral("华北食品"));
    CHECK(NameSimilarity::key(QStringLiteral("河北省廊坊市永清县 华北食品股份有限公司")) == QStringLiteral("华北食品"));
    CHECK(NameSimilarity::key(QStringLiteral("华北食品（永清）有限公司")) == QStringLiteral("华北食品"));
    CHECK(NameSimilarity::key(QStringLiteral("华联超市")) == QStringLiteral("华联超市"));
    CHECK(NameSimilarity::key(QStringLiteral("ＡＢＣ Foods Co.")) == QStringLiteral("abcfoodsco"));
    CHECK(NameSimilarity::near(QStringLiteral("华北食品"), QStringLiteral("华北食口")));
    CHECK(NameSimilarity::near(QStringLiteral("华北食品"), QStringLiteral("华北食品厂区")) == false);
    CHECK_FALSE(NameSimilarity::near(QStringLiteral("华北"), QStringLiteral("华南")));
}

TEST_CASE("register: an edit quotes what it read; a change made meanwhile is never overwritten", "[register]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Session clerk = addColleague(t.db(), admin, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("王办事"));
    EntityRegister reg(t.db());
    const Entity stored = storeEntity(t.db(), clerk, QStringLiteral("永清县华北食品有限公司"), 1);

    Entity mine = stored;
    mine.phone = QStringLiteral("0316-6600001");
    Entity theirs = stored;
    theirs.address = QStringLiteral("永清县韩村镇工业园区8号");
    auto saved = reg.update(admin, theirs);
    REQUIRE(saved);
    CHECK(saved->modifiedBy == QStringLiteral("admin"));

    auto stale = reg.update(clerk, mine);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.startsWith(QStringLiteral("永清县华北食品有限公司 was changed by admin at ")));
    CHECK(reg.find(stored.id)->phone == stored.phone);
    CHECK(reg.find(stored.id)->address == QStringLiteral("永清县韩村镇工业园区8号"));

    mine = *reg.find(stored.id);
    mine.phone = QStringLiteral("0316-6600001");
    REQUIRE(reg.update(clerk, mine));
    CHECK(reg.find(stored.id)->phone == QStringLiteral("0316-6600001"));
    CHECK(auditActions(t.db()).mid(auditActions(t.db()).size() - 4) ==
          QStringList{QStringLiteral("users.change-password"), QStringLiteral("entities.add"),
                      QStringLiteral("entities.edit"), QStringLiteral("entities.edit")});
}

TEST_CASE("register: removing an entity takes its licences and equipment; restore brings them back", "[register]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    EntityRegister entities(t.db());
    LicenceRegister licences(t.db());
    EquipmentRegister equipment(t.db());
    const Entity hospital = storeEntity(t.db(), admin, QStringLiteral("永清县人民医院"), 7);
    REQUIRE(licences.add(admin, productionLicence(hospital.id, QStringLiteral("XK16-205-00001"))));
    REQUIRE(equipment.add(admin, elevator(hospital.id, QStringLiteral("31101310232015060001"), QDate(2027, 3, 1))));

    REQUIRE(entities.remove(admin, hospital.id));
    CHECK_FALSE(entities.find(hospital.id));
    CHECK(licences.ofEntity(hospital.id)->isEmpty());
    CHECK(equipment.ofEntity(hospital.id)->isEmpty());
    // The code is free again while the entity is removed; restore refuses then.
    const Entity taker = [&] {
        Entity e = sampleEntity(QStringLiteral("另一家单位"), 7);
        return *entities.add(admin, e);
    }();
    auto blocked = entities.restore(admin, hospital.id);
    REQUIRE_FALSE(blocked);
    CHECK(blocked.error().message.contains(QStringLiteral("already belongs to 另一家单位")));
    REQUIRE(entities.remove(admin, taker.id));

    auto back = entities.restore(admin, hospital.id);
    REQUIRE(back);
    CHECK(back->name == QStringLiteral("永清县人民医院"));
    CHECK(licences.ofEntity(hospital.id)->size() == 1);
    CHECK(equipment.ofEntity(hospital.id)->size() == 1);
    // The removed licence's and equipment's histories record both steps.
    const QStringList actions = auditActions(t.db());
    CHECK(actions.contains(QStringLiteral("licences.remove-with-entity")));
    CHECK(actions.contains(QStringLiteral("equipment.restore-with-entity")));
    CHECK(actions.last() == QStringLiteral("entities.restore"));
    CHECK_FALSE(entities.restore(admin, hospital.id));
}

TEST_CASE("register: licence status moves only from valid, once, with a reason and a history", "[register]")
{
    CHECK(LicenceStatusRules::allowed(LicenceStatus::Valid, LicenceStatus::Revoked));
    CHECK(LicenceStatusRules::allowed(LicenceStatus::Valid, LicenceStatus::Deregistered));
    CHECK_FALSE(LicenceStatusRules::allowed(LicenceStatus::Revoked, LicenceStatus::Valid));
    CHECK_FALSE(LicenceStatusRules::allowed(LicenceStatus::Withdrawn, LicenceStatus::Deregistered));
    CHECK_FALSE(LicenceStatusRules::allowed(LicenceStatus::Valid, LicenceStatus::Valid));
    for (LicenceStatus s : allLicenceStatuses())
        CHECK(LicenceStatusRules::next(s).isEmpty() == (s != LicenceStatus::Valid));

    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Session chief =
        addColleague(t.db(), admin, QStringLiteral("chief"), {Role::SectionChief}, QStringLiteral("李股长"));
    const Entity holder = storeEntity(t.db(), admin, QStringLiteral("永清县华北食品有限公司"), 1);
    LicenceRegister reg(t.db());
    auto licence = reg.add(admin, productionLicence(holder.id, QStringLiteral("SC10613102300123")));
    REQUIRE(licence);

    // Not through an ordinary edit.
    Licence edited = *licence;
    edited.status = LicenceStatus::Revoked;
    auto viaEdit = reg.update(admin, edited);
    REQUIRE_FALSE(viaEdit);
    CHECK(viaEdit.error().message.contains(QStringLiteral("changes only through Change Status")));

    CHECK_FALSE(reg.changeStatus(chief, licence->id, LicenceStatus::Revoked, QDate(2026, 10, 9), QString()));
    auto revoked = reg.changeStatus(chief, licence->id, LicenceStatus::CancelledByPenalty, QDate(2026, 10, 9),
                                    QStringLiteral("永质监罚字〔2026〕第007号"));
    REQUIRE(revoked);
    CHECK(reg.find(licence->id)->status == LicenceStatus::CancelledByPenalty);
    CHECK(reg.find(licence->id)->statusOn == QDate(2026, 10, 9));

    auto again = reg.changeStatus(chief, licence->id, LicenceStatus::Deregistered, QDate(2026, 11, 1),
                                  QStringLiteral("企业申请"));
    REQUIRE_FALSE(again);
    CHECK(again.error().message == QStringLiteral("A licence that is Cancelled by penalty cannot become "
                                                  "Deregistered: only a valid licence changes status; issue a new "
                                                  "licence instead."));
    const auto history = reg.history(licence->id);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->first().from == LicenceStatus::Valid);
    CHECK(history->first().to == LicenceStatus::CancelledByPenalty);
    CHECK(history->first().reason == QStringLiteral("永质监罚字〔2026〕第007号"));
    CHECK(history->first().recordedBy == QStringLiteral("chief"));
    CHECK(auditActions(t.db()).last() == QStringLiteral("licences.status"));
}

TEST_CASE("register: licence fields, holder and number are checked", "[register]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Entity holder = storeEntity(t.db(), admin, QStringLiteral("永清县华北食品有限公司"), 1);
    LicenceRegister reg(t.db());
    const QDate today(2026, 11, 22);
    REQUIRE(reg.add(admin, productionLicence(holder.id, QStringLiteral("SC001"))));

    Licence same = productionLicence(holder.id, QStringLiteral(" SC001 "));
    CHECK(firstField(reg.check(same, today)) == QStringLiteral("number"));
    same.kind = LicenceKind::MetrologyInstrumentLicence; // another kind may share the number
    CHECK(reg.check(same, today).isEmpty());

    Licence backwards = productionLicence(holder.id, QStringLiteral("SC002"));
    backwards.expiresOn = backwards.issuedOn.addDays(-1);
    CHECK(firstField(reg.check(backwards, today)) == QStringLiteral("expiresOn"));
    Licence noExpiry = productionLicence(holder.id, QStringLiteral("SC003"));
    noExpiry.expiresOn = {};
    CHECK(firstField(reg.check(noExpiry, today)) == QStringLiteral("expiresOn"));
    noExpiry.kind = LicenceKind::EquipmentUseRegistration;
    CHECK(reg.check(noExpiry, today).isEmpty());
    Licence orphan = productionLicence(holder.id + 100, QStringLiteral("SC004"));
    CHECK(firstField(reg.check(orphan, today)) == QStringLiteral("entity"));
}

TEST_CASE("register: equipment status and registration numbers", "[register]")
{
    CHECK(EquipmentStatusRules::allowed(EquipmentStatus::InUse, EquipmentStatus::Stopped));
    CHECK(EquipmentStatusRules::allowed(EquipmentStatus::Stopped, EquipmentStatus::InUse));
    CHECK(EquipmentStatusRules::allowed(EquipmentStatus::Stopped, EquipmentStatus::Scrapped));
    CHECK_FALSE(EquipmentStatusRules::allowed(EquipmentStatus::Scrapped, EquipmentStatus::InUse));
    CHECK(parseEquipmentCategory(QStringLiteral("气瓶")).value() == EquipmentCategory::PressureVessel);
    CHECK(parseEquipmentCategory(QStringLiteral("elevator")).value() == EquipmentCategory::Elevator);
    CHECK_FALSE(parseEquipmentCategory(QStringLiteral("自行车")));
    CHECK(allEquipmentCategories().size() == 8);

    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Entity owner = storeEntity(t.db(), admin, QStringLiteral("永清县人民医院"), 7);
    EquipmentRegister reg(t.db());
    auto unit = reg.add(admin, elevator(owner.id, QStringLiteral("3110 1310 2320 1506 0001"), QDate(2027, 3, 1)));
    REQUIRE(unit);
    CHECK(unit->registrationNumber == QStringLiteral("31101310232015060001"));
    CHECK(reg.findByRegistration(QStringLiteral("31101310232015060001"))->id == unit->id);
    CHECK(firstField(reg.check(elevator(owner.id, QStringLiteral("31101310232015060001"), QDate(2027, 1, 1)))) ==
          QStringLiteral("registrationNumber"));

    Equipment noDue = elevator(owner.id, QStringLiteral("X-2"), {});
    CHECK(firstField(noDue.problems()) == QStringLiteral("nextInspectionOn"));
    noDue.status = EquipmentStatus::Stopped;
    CHECK(noDue.problems().isEmpty());

    Equipment scrapped = *unit;
    scrapped.status = EquipmentStatus::Scrapped;
    auto s = reg.update(admin, scrapped);
    REQUIRE(s);
    Equipment revived = *s;
    revived.status = EquipmentStatus::InUse;
    auto refused = reg.update(admin, revived);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.startsWith(QStringLiteral("Scrapped equipment cannot become In use again")));
}

TEST_CASE("register: writes are refused without the permission", "[register]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Session head =
        addColleague(t.db(), admin, QStringLiteral("head"), {Role::BureauHead}, QStringLiteral("赵局长"));
    const QByteArray before = fingerprint(t.db());
    auto r = EntityRegister(t.db()).add(head, sampleEntity(QStringLiteral("某单位"), 1));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("may not edit the register of entities")));
    CHECK(fingerprint(t.db()) == before);
}
