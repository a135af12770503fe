// InspectionRepository's drafts: created with a record number and the
// unit copied from the register, edited while a draft (stale edits
// refused, naming who changed the record), finished and then locked,
// discarded as tombstones; every write audited, every refusal leaving the
// database as it was; and the inspectors a domain allows on a day.
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "register/entityregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kDay(2026, 3, 10);

QStringList auditActions(Database &db, const QString &recordLabel)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_entry WHERE record_label = ? ORDER BY site, seq"),
                     {recordLabel});
    while (q && q->next())
        out << q->value(0).toString();
    return out;
}

QStringList loginsOf(const QList<InspectionInspector> &inspectors)
{
    QStringList out;
    for (const InspectionInspector &i : inspectors)
        out << i.login;
    return out;
}

} // namespace

TEST_CASE("a new draft gets a record number of its site and year and a copy of the unit", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());

    Inspection given = sampleInspection(t.db(), staff, entity.id, kDay);
    given.unit.name = QStringLiteral("typed by hand"); // the register's copy wins
    given.recordNumber = QStringLiteral("X-1");        // numbers are the repository's
    given.status = InspectionStatus::Finished;         // a new record is a draft
    auto created = repo.create(staff.inspectorA, given, kDay);
    REQUIRE(created);
    CHECK(created->recordNumber == QStringLiteral("A-2026-J0001"));
    CHECK(created->version == 1);
    CHECK(created->current);
    CHECK(created->status == InspectionStatus::Draft);
    CHECK_FALSE(created->locked());
    CHECK(created->unit.entityId == entity.id);
    CHECK(created->unit.name == entity.name);
    CHECK(created->unit.code == entity.code);
    CHECK(created->unit.address == entity.address);
    CHECK(created->unit.legalRepresentative == entity.legalRepresentative);
    CHECK(loginsOf(created->inspectors) == QStringList{"insp1", "insp2"});
    CHECK(created->inspectors[0].name == QStringLiteral("张伟"));
    CHECK(created->inspectors[0].certificateNumber.startsWith(QStringLiteral("ZF")));
    CHECK(created->inspectors[0].certificateValidUntil == QDate(2028, 12, 31));
    CHECK(created->checklist == given.checklist);
    CHECK(created->outcomes == QList<InspectionOutcome>{InspectionOutcome::NothingFound});
    CHECK(created->createdBy == QStringLiteral("insp1"));
    CHECK_FALSE(created->modifiedAt.isEmpty());
    CHECK(created->uncheckedPoints() == 0);
    CHECK(created->failedPoints() == 0);

    // Per site and year: the next number, a fresh sequence for another year.
    auto second = repo.create(staff.clerk, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(second);
    CHECK(second->recordNumber == QStringLiteral("A-2026-J0002"));
    auto lastYear = repo.create(staff.clerk, sampleInspection(t.db(), staff, entity.id, QDate(2025, 12, 30)), kDay);
    REQUIRE(lastYear);
    CHECK(lastYear->recordNumber == QStringLiteral("A-2025-J0001"));

    auto byNumber = repo.findByNumber(QStringLiteral(" A-2026-J0002 "));
    REQUIRE(byNumber);
    CHECK(byNumber->id == second->id);
    CHECK(repo.findByNumber(QString::number(created->id))->recordNumber == QStringLiteral("A-2026-J0001"));
    CHECK_FALSE(repo.findByNumber(QStringLiteral("A-2026-J0099")));
    CHECK(auditActions(t.db(), QStringLiteral("A-2026-J0001")) == QStringList{"inspection.create"});
}

TEST_CASE("another workstation numbers its own records", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db(), QStringLiteral("B2"));
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    auto created =
        InspectionRepository(t.db()).create(staff.clerk, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(created);
    CHECK(created->recordNumber == QStringLiteral("B2-2026-J0001"));
}

TEST_CASE("a draft is edited until it is finished, then locked", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity first = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    const Entity second = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县第二电线厂"), 2);
    InspectionRepository repo(t.db());
    Inspection draft = sampleInspection(t.db(), staff, first.id, kDay);
    draft.unitSignatory.clear();
    draft.checklist[2].result = CheckResult::Unchecked;
    auto created = repo.create(staff.inspectorA, draft, kDay);
    REQUIRE(created);

    // Saving what was read changes nothing and records nothing.
    auto same = repo.update(staff.inspectorA, *created, kDay);
    REQUIRE(same);
    CHECK(same->modifiedAt == created->modifiedAt);

    Inspection edited = *created;
    edited.place = QStringLiteral("  二号车间 ");
    edited.checklist[2].result = CheckResult::NotApplicable;
    edited.unit.entityId = second.id; // a draft may still change its unit: copied again
    auto updated = repo.update(staff.inspectorB, edited, kDay);
    REQUIRE(updated);
    CHECK(updated->place == QStringLiteral("二号车间"));
    CHECK(updated->checklist[2].result == CheckResult::NotApplicable);
    CHECK(updated->unit.name == second.name);
    CHECK(updated->unit.code == second.code);
    CHECK(updated->recordNumber == created->recordNumber);
    CHECK(updated->modifiedBy == QStringLiteral("insp2"));
    CHECK(updated->createdBy == QStringLiteral("insp1"));

    // Finishing asks the rules: the signature is missing.
    const QByteArray beforeFinish = fingerprint(t.db());
    auto refused = repo.finish(staff.inspectorA, updated->id, kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);
    CHECK(refused.error().message.startsWith(QStringLiteral("Signature:")));
    CHECK(fingerprint(t.db()) == beforeFinish);

    edited = *updated;
    edited.unitSignatory = QStringLiteral("赵经理");
    updated = repo.update(staff.inspectorA, edited, kDay);
    REQUIRE(updated);
    auto finished = repo.finish(staff.inspectorA, updated->id, kDay.addDays(1));
    REQUIRE(finished);
    CHECK(finished->status == InspectionStatus::Finished);
    CHECK(finished->locked());
    CHECK(finished->finishedBy == QStringLiteral("insp1"));
    CHECK_FALSE(finished->finishedAt.isEmpty());
    CHECK(finished->directiveNumber.isEmpty());
    CHECK(finished->caseId == 0);

    // Locked: no edit, no second finish, no discard; nothing changes.
    const QByteArray locked = fingerprint(t.db());
    Inspection late = *finished;
    late.findings = QStringLiteral("补记");
    auto edit = repo.update(staff.inspectorA, late, kDay);
    REQUIRE_FALSE(edit);
    CHECK(edit.error().message.contains(QStringLiteral("finished and locked")));
    auto again = repo.finish(staff.inspectorA, finished->id, kDay);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("finished already")));
    auto discarded = repo.discard(staff.inspectorA, finished->id);
    REQUIRE_FALSE(discarded);
    CHECK(discarded.error().message.contains(QStringLiteral("only a draft can be discarded")));
    CHECK(fingerprint(t.db()) == locked);

    CHECK(auditActions(t.db(), finished->recordNumber) ==
          QStringList{"inspection.create", "inspection.edit", "inspection.edit", "inspection.finish"});
}

TEST_CASE("an edit of a record changed meanwhile is refused, naming who changed it", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    auto created = repo.create(staff.inspectorA, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(created);

    Inspection mine = *created, theirs = *created;
    theirs.place = QStringLiteral("仓库");
    REQUIRE(repo.update(staff.inspectorB, theirs, kDay));
    const QByteArray before = fingerprint(t.db());
    mine.place = QStringLiteral("车间");
    auto stale = repo.update(staff.inspectorA, mine, kDay);
    REQUIRE_FALSE(stale);
    CHECK(stale.error().refusal);
    CHECK(stale.error().message.contains(QStringLiteral("A-2026-J0001 was changed by insp2")));
    CHECK(fingerprint(t.db()) == before);
    CHECK(repo.find(created->id)->place == QStringLiteral("仓库"));
}

TEST_CASE("bad input is refused naming the field, and nothing is stored", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    const QByteArray empty = fingerprint(t.db());
    auto refuse = [&](Inspection r, const QString &start) {
        auto created = repo.create(staff.clerk, r, kDay);
        REQUIRE_FALSE(created);
        CHECK(created.error().refusal);
        CHECK(created.error().message.startsWith(start));
        CHECK(fingerprint(t.db()) == empty);
    };
    Inspection r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.unit.entityId = 0;
    refuse(r, QStringLiteral("Unit:"));
    r.unit.entityId = 999;
    refuse(r, QStringLiteral("Unit: entity 999"));
    r = sampleInspection(t.db(), staff, entity.id, kDay.addDays(1));
    refuse(r, QStringLiteral("Date:"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.section.clear();
    refuse(r, QStringLiteral("Section:"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.inspectors << InspectionInspector{0, QStringLiteral("nobody"), {}, {}, {}};
    refuse(r, QStringLiteral("Inspectors: there is no colleague nobody"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.itemIds = {424242};
    refuse(r, QStringLiteral("Responsibility items: item 424242"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.systemId = 77;
    refuse(r, QStringLiteral("Supervision system:"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.equipmentId = 5;
    refuse(r, QStringLiteral("Equipment:"));
    r = sampleInspection(t.db(), staff, entity.id, kDay);
    r.kind = InspectionKind::FollowUp;
    r.followUpOf = 31;
    refuse(r, QStringLiteral("Follow-up of: there is no inspection 31"));
}

TEST_CASE("inspections are written by those allowed to", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    auto created = repo.create(staff.clerk, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(created);
    const QByteArray before = fingerprint(t.db());

    // The administrator manages the system, not inspections.
    auto add = repo.create(staff.admin, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE_FALSE(add);
    CHECK(add.error().refusal);
    CHECK(add.error().message.contains(QStringLiteral("管理员甲")));
    CHECK_FALSE(repo.update(staff.admin, *created, kDay));
    CHECK_FALSE(repo.finish(staff.admin, created->id, kDay));
    CHECK_FALSE(repo.discard(staff.admin, created->id));
    CHECK_FALSE(repo.correct(staff.admin, *created, QStringLiteral("why"), kDay));
    CHECK(fingerprint(t.db()) == before);

    // Reading needs no more than the case lists do.
    CHECK(repo.find(created->id));
    CHECK(repo.versions(created->recordNumber).size() == 1);
}

TEST_CASE("a discarded draft is kept as a tombstone and its number is not given again", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    auto created = repo.create(staff.inspectorA, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(created);
    REQUIRE(repo.discard(staff.inspectorA, created->id));
    CHECK_FALSE(repo.find(created->id));
    CHECK_FALSE(repo.findByNumber(created->recordNumber));
    CHECK(repo.versions(created->recordNumber).isEmpty());
    CHECK(countRows(t.db(), QStringLiteral("inspection")) == 0);
    auto q = t.db().exec(QStringLiteral("SELECT deleted_at IS NOT NULL FROM inspection WHERE id = ?"), {created->id});
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toBool());
    CHECK(auditActions(t.db(), created->recordNumber) == QStringList{"inspection.create", "inspection.discard"});

    auto next = repo.create(staff.inspectorA, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(next);
    CHECK(next->recordNumber == QStringLiteral("A-2026-J0002"));
    CHECK_FALSE(repo.discard(staff.inspectorA, created->id)); // gone already
}

TEST_CASE("the inspectors a domain allows on a day", "[inspections][repository]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    InspectionRepository repo(t.db());
    auto logins = [&](const char *domain, const QDate &day) {
        QStringList out = loginsOf(repo.eligibleInspectors(QString::fromLatin1(domain), day));
        out.sort();
        return out;
    };
    CHECK(logins(SupervisionDomain::ProductQuality, kDay) == QStringList{"insp1", "insp2", "se1", "se2"});
    CHECK(logins(SupervisionDomain::SpecialEquipment, kDay) == QStringList{"se1", "se2"});
    CHECK(logins(SupervisionDomain::SpecialEquipment, QDate(2029, 1, 1)).isEmpty());
    const QList<InspectionInspector> special =
        repo.eligibleInspectors(QString::fromLatin1(SupervisionDomain::SpecialEquipment), kDay);
    REQUIRE(special.size() == 2);
    CHECK(special[0].certificateNumber.startsWith(QStringLiteral("TS")));
    CHECK(special[0].certificateValidUntil == QDate(2028, 12, 31));
}
