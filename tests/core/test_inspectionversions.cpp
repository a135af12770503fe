// What finishing and correcting an inspection record do besides locking
// it: corrections as new versions with the history kept, directive numbers,
// the lead an "open a case" outcome registers in the same transaction, and
// the follow-up deadline an order or a directive keeps open until a
// follow-up inspection is finished.
#include "cases/caserepository.h"
#include "dutylist/dutylistrepository.h"
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "registersupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QDate kDay(2026, 3, 10);
const QString kSpecial = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

QString followUpDueOf(Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT follow_up_due FROM inspection WHERE id = ?"), {id});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toString();
}

int auditCount(Database &db, const QString &action)
{
    auto q = db.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = ?"), {action});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toInt();
}

// A record that ordered a correction by `correctBy`.
Inspection withOrder(Database &db, const InspectionStaff &staff, qint64 entityId, const QDate &day,
                     const QDate &correctBy)
{
    Inspection r = sampleInspection(db, staff, entityId, day);
    r.checklist[1].result = CheckResult::DoesNotConform;
    r.checklist[1].note = QStringLiteral("三月份出厂检验记录缺失");
    r.findings = QStringLiteral("出厂检验记录不全");
    r.outcomes = {InspectionOutcome::OrderToCorrect};
    r.correctBy = correctBy;
    return r;
}

Inspection finish(Database &db, const Session &who, const Inspection &r, const QDate &today)
{
    InspectionRepository repo(db);
    auto created = repo.create(who, r, today);
    REQUIRE(created);
    auto finished = repo.finish(who, created->id, today);
    REQUIRE(finished);
    return *finished;
}

// A finished follow-up of record `of`.
Inspection followUp(Database &db, const InspectionStaff &staff, const Inspection &of, const QDate &day)
{
    Inspection r = sampleInspection(db, staff, of.unit.entityId, day);
    r.kind = InspectionKind::FollowUp;
    r.followUpOf = of.id;
    return finish(db, staff.inspectorB, r, day);
}

} // namespace

TEST_CASE("a correction is a new finished version; the old one stays as it was", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    const Inspection original = finishedInspection(t.db(), staff, entity.id, kDay);
    CHECK(original.recordNumber == QStringLiteral("A-2026-J0001"));

    Inspection corrected = original;
    corrected.checklist[0].note = QStringLiteral("证书在有效期内");
    corrected.place = QStringLiteral("成品库");
    corrected.unit.name = QStringLiteral("ignored"); // the unit stays
    const QByteArray before = fingerprint(t.db());
    auto noReason = repo.correct(staff.chief, corrected, QStringLiteral("  "), kDay);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().message.startsWith(QStringLiteral("Reason for the correction:")));
    auto nothing = repo.correct(staff.chief, original, QStringLiteral("复核"), kDay);
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().message.contains(QStringLiteral("changes nothing")));
    const Entity other = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县第二电线厂"), 2);
    const QByteArray withOther = fingerprint(t.db());
    Inspection moved = corrected;
    moved.unit.entityId = other.id;
    auto otherUnit = repo.correct(staff.chief, moved, QStringLiteral("单位有误"), kDay);
    REQUIRE_FALSE(otherUnit);
    CHECK(otherUnit.error().message.startsWith(QStringLiteral("Unit:")));
    Inspection unsigned_ = corrected;
    unsigned_.unitSignatory.clear();
    CHECK_FALSE(repo.correct(staff.chief, unsigned_, QStringLiteral("签字人有误"), kDay)); // the rules still hold
    CHECK(fingerprint(t.db()) == withOther);
    CHECK(before != withOther);

    auto v2 = repo.correct(staff.chief, corrected, QStringLiteral(" 补记检查地点 "), kDay.addDays(2));
    REQUIRE(v2);
    CHECK(v2->recordNumber == original.recordNumber);
    CHECK(v2->version == 2);
    CHECK(v2->current);
    CHECK(v2->status == InspectionStatus::Finished);
    CHECK(v2->id != original.id);
    CHECK(v2->uuid != original.uuid);
    CHECK(v2->unit == original.unit);
    CHECK(v2->place == QStringLiteral("成品库"));
    CHECK(v2->checklist[0].note == QStringLiteral("证书在有效期内"));
    CHECK(v2->correctionReason == QStringLiteral("补记检查地点"));
    CHECK(v2->finishedBy == QStringLiteral("chief"));

    // The old version reads as it was, marked replaced.
    auto v1 = repo.find(original.id);
    REQUIRE(v1);
    CHECK_FALSE(v1->current);
    CHECK(v1->locked());
    Inspection expected = original;
    expected.current = false;
    expected.modifiedAt = v1->modifiedAt;
    expected.modifiedBy = v1->modifiedBy;
    CHECK(*v1 == expected);

    CHECK(repo.findByNumber(original.recordNumber)->id == v2->id);
    const QList<InspectionVersion> history = repo.versions(original.recordNumber);
    REQUIRE(history.size() == 2);
    CHECK(history[0].id == original.id);
    CHECK(history[0].version == 1);
    CHECK(history[0].correctionReason.isEmpty());
    CHECK(history[1].id == v2->id);
    CHECK(history[1].version == 2);
    CHECK(history[1].status == InspectionStatus::Finished);
    CHECK(history[1].correctionReason == QStringLiteral("补记检查地点"));
    CHECK(countRows(t.db(), QStringLiteral("inspection")) == 2);

    // Only the current version is corrected, and only as it was read.
    const QByteArray afterV2 = fingerprint(t.db());
    auto old = repo.correct(staff.chief, corrected, QStringLiteral("again"), kDay);
    REQUIRE_FALSE(old);
    CHECK(old.error().message.contains(QStringLiteral("replaced by a later version")));
    Inspection stale = *v2;
    stale.modifiedAt = QStringLiteral("2000-01-01T00:00:00.000Z");
    stale.findings = QStringLiteral("x");
    CHECK_FALSE(repo.correct(staff.chief, stale, QStringLiteral("again"), kDay));
    CHECK_FALSE(repo.update(staff.chief, *v1, kDay));
    CHECK(fingerprint(t.db()) == afterV2);

    Inspection third = *v2;
    third.place = QStringLiteral("办公室");
    auto v3 = repo.correct(staff.inspectorA, third, QStringLiteral("地点再改"), kDay.addDays(3));
    REQUIRE(v3);
    CHECK(v3->version == 3);
    CHECK(repo.versions(original.recordNumber).size() == 3);
    CHECK(auditCount(t.db(), QStringLiteral("inspection.correct")) == 2);

    // A draft is edited, not corrected.
    auto draft = repo.create(staff.clerk, sampleInspection(t.db(), staff, entity.id, kDay), kDay);
    REQUIRE(draft);
    Inspection changedDraft = *draft;
    changedDraft.place = QStringLiteral("门卫室");
    auto notFinished = repo.correct(staff.clerk, changedDraft, QStringLiteral("why"), kDay);
    REQUIRE_FALSE(notFinished);
    CHECK(notFinished.error().message.contains(QStringLiteral("is a draft")));
}

TEST_CASE("a directive gets its number when the record is finished", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县人民医院"), 1);
    InspectionRepository repo(t.db());
    auto directive = [&](const QDate &day) {
        Inspection r = sampleInspection(t.db(), staff, entity.id, day, kSpecial);
        r.checklist[0].result = CheckResult::DoesNotConform;
        r.checklist[0].note = QStringLiteral("3号电梯超期未检");
        r.findings = QStringLiteral("3号电梯定期检验超期");
        r.outcomes = {InspectionOutcome::Directive};
        r.directiveDemands = QStringLiteral("立即停止使用3号电梯，申报定期检验");
        r.correctBy = day.addDays(10);
        return r;
    };
    auto draft = repo.create(staff.seA, directive(kDay), kDay);
    REQUIRE(draft);
    CHECK(draft->directiveNumber.isEmpty());
    auto first = repo.finish(staff.seA, draft->id, kDay);
    REQUIRE(first);
    CHECK(first->directiveNumber == QStringLiteral("永质监特令〔2026〕A第001号"));
    CHECK(first->inspectors[0].certificateNumber.startsWith(QStringLiteral("TS")));
    const Inspection second = finish(t.db(), staff.seB, directive(kDay.addDays(1)), kDay.addDays(1));
    CHECK(second.directiveNumber == QStringLiteral("永质监特令〔2026〕A第002号"));
    const Inspection lastYear = finish(t.db(), staff.seB, directive(QDate(2025, 12, 1)), kDay);
    CHECK(lastYear.directiveNumber == QStringLiteral("永质监特令〔2025〕A第001号"));

    // A correction keeps the number.
    Inspection corrected = *first;
    corrected.directiveDemands = QStringLiteral("立即停止使用3号电梯，十日内申报定期检验");
    auto v2 = repo.correct(staff.seA, corrected, QStringLiteral("补充整改期限"), kDay);
    REQUIRE(v2);
    CHECK(v2->directiveNumber == first->directiveNumber);
    const Inspection third = finish(t.db(), staff.seA, directive(kDay.addDays(2)), kDay.addDays(2));
    CHECK(third.directiveNumber == QStringLiteral("永质监特令〔2026〕A第003号"));

    // Special equipment only; and a special-equipment inspection refuses an
    // inspector without the special-equipment certificate, by name.
    Inspection quality = directive(kDay);
    quality.domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
    quality.inspectors = sampleInspection(t.db(), staff, entity.id, kDay).inspectors;
    auto created = repo.create(staff.inspectorA, quality, kDay);
    REQUIRE(created);
    auto refused = repo.finish(staff.inspectorA, created->id, kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("special-equipment inspections only")));
    Inspection mixed = directive(kDay);
    mixed.inspectors[1] = sampleInspection(t.db(), staff, entity.id, kDay).inspectors[0];
    created = repo.create(staff.seA, mixed, kDay);
    REQUIRE(created);
    const QByteArray before = fingerprint(t.db());
    refused = repo.finish(staff.seA, created->id, kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("张伟 (insp1) holds no special-equipment")));
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("another workstation's directives carry its code", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db(), QStringLiteral("B"));
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县人民医院"), 1);
    Inspection r = sampleInspection(t.db(), staff, entity.id, kDay, kSpecial);
    r.findings = QStringLiteral("安全管理人员未持证");
    r.outcomes = {InspectionOutcome::Directive};
    r.directiveDemands = QStringLiteral("配备持证安全管理人员");
    r.directiveOralFirst = true;
    r.directiveOralOn = kDay;
    r.correctBy = kDay.addDays(30);
    const Inspection finished = finish(t.db(), staff.seA, r, kDay);
    CHECK(finished.directiveNumber == QStringLiteral("永质监特令〔2026〕B第001号"));
    CHECK(finished.directiveOralFirst);
    CHECK(finished.directiveOralOn == kDay);
}

TEST_CASE("open a case: finishing registers a lead from the record in the same transaction", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    REQUIRE(ResponsibilityListRepository(t.db()).save(staff.admin, sampleList()));
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    auto items = t.db().exec(QStringLiteral("SELECT id FROM item ORDER BY id LIMIT 2"));
    REQUIRE(items);
    QList<qint64> itemIds;
    while (items->next())
        itemIds << items->value(0).toLongLong();
    REQUIRE(itemIds.size() == 2);
    InspectionRepository repo(t.db());

    Inspection r = withOrder(t.db(), staff, entity.id, kDay, kDay.addDays(20));
    r.outcomes << InspectionOutcome::OpenCase;
    r.findings = QStringLiteral("\n涉嫌生产不合格电线\n现场查见BV2.5电线导体截面不足。");
    r.itemIds = itemIds;
    r.section = QStringLiteral("稽查股");

    // Refused while something is missing: no lead either.
    Inspection incomplete = r;
    incomplete.correctBy = QDate();
    auto draft = repo.create(staff.inspectorA, incomplete, kDay);
    REQUIRE(draft);
    const QByteArray before = fingerprint(t.db());
    REQUIRE_FALSE(repo.finish(staff.inspectorA, draft->id, kDay));
    CHECK(fingerprint(t.db()) == before);
    CHECK(countRows(t.db(), QStringLiteral("enforcement_case")) == 0);

    Inspection fixed = *draft;
    fixed.correctBy = kDay.addDays(20);
    REQUIRE(repo.update(staff.inspectorA, fixed, kDay));
    auto finished = repo.finish(staff.inspectorA, draft->id, kDay.addDays(1));
    REQUIRE(finished);
    REQUIRE(finished->caseId > 0);
    CHECK(finished->caseNumber == QStringLiteral("A-2026-0001"));

    auto lead = CaseRepository(t.db()).find(finished->caseId);
    REQUIRE(lead);
    CHECK(lead->stage == CaseStage::Lead);
    CHECK(lead->leadNumber == QStringLiteral("A-2026-0001"));
    CHECK(lead->source == CaseSource::Inspection);
    CHECK(lead->sourceDetail == finished->recordNumber);
    CHECK(lead->receivedOn == kDay);
    CHECK(lead->title == QStringLiteral("涉嫌生产不合格电线"));
    CHECK(lead->facts == finished->findings);
    CHECK(lead->party.kind == PartyKind::Entity);
    CHECK(lead->party.entityId == entity.id);
    CHECK(lead->party.name == entity.name);
    CHECK(lead->section == QStringLiteral("稽查股"));
    REQUIRE(lead->handlers.size() == 2);
    CHECK(lead->handlers[0].staffId == staff.inspectorA.staffId());
    CHECK(lead->handlers[1].staffId == staff.inspectorB.staffId());
    REQUIRE(lead->items.size() == 2);
    CHECK(lead->items[0].itemId == itemIds[0]);
    CHECK(lead->items[1].itemId == itemIds[1]);
    CHECK(auditCount(t.db(), QStringLiteral("case.lead")) == 1);
    CHECK(auditCount(t.db(), QStringLiteral("inspection.finish")) == 1);

    // A correction keeps the lead and may not drop the outcome.
    Inspection corrected = *finished;
    corrected.outcomes.removeAll(InspectionOutcome::OpenCase);
    auto dropped = repo.correct(staff.inspectorA, corrected, QStringLiteral("不立案"), kDay.addDays(2));
    REQUIRE_FALSE(dropped);
    CHECK(dropped.error().message.contains(QStringLiteral("A-2026-0001")));
    corrected = *finished;
    corrected.place = QStringLiteral("生产车间");
    auto v2 = repo.correct(staff.inspectorA, corrected, QStringLiteral("补记地点"), kDay.addDays(2));
    REQUIRE(v2);
    CHECK(v2->caseId == finished->caseId);
    CHECK(countRows(t.db(), QStringLiteral("enforcement_case")) == 1);
}

TEST_CASE("an order's follow-up stays due until a follow-up inspection is finished", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    const Entity other = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县第二电线厂"), 2);
    InspectionRepository repo(t.db());

    // A draft's order is not given yet.
    auto draft = repo.create(staff.inspectorA, withOrder(t.db(), staff, entity.id, kDay, QDate(2026, 3, 25)), kDay);
    REQUIRE(draft);
    CHECK(followUpDueOf(t.db(), draft->id).isEmpty());
    auto ordered = repo.finish(staff.inspectorA, draft->id, kDay);
    REQUIRE(ordered);
    CHECK(followUpDueOf(t.db(), ordered->id) == QStringLiteral("2026-03-25"));
    const Inspection nothing = finishedInspection(t.db(), staff, entity.id, kDay);
    CHECK(followUpDueOf(t.db(), nothing.id).isEmpty());

    // A follow-up must check a finished order of the same unit.
    Inspection wrong = sampleInspection(t.db(), staff, other.id, kDay);
    wrong.kind = InspectionKind::FollowUp;
    wrong.followUpOf = ordered->id;
    auto created = repo.create(staff.inspectorB, wrong, kDay);
    REQUIRE(created);
    auto refused = repo.finish(staff.inspectorB, created->id, kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("inspected another unit")));
    wrong.unit.entityId = entity.id;
    wrong.followUpOf = nothing.id;
    created = repo.create(staff.inspectorB, wrong, kDay);
    REQUIRE(created);
    refused = repo.finish(staff.inspectorB, created->id, kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("ordered no correction")));

    // Corrected before the follow-up: the new version carries the deadline.
    Inspection later = *ordered;
    later.correctBy = QDate(2026, 4, 10);
    auto v2 = repo.correct(staff.inspectorA, later, QStringLiteral("延长整改期限"), kDay.addDays(1));
    REQUIRE(v2);
    CHECK(followUpDueOf(t.db(), v2->id) == QStringLiteral("2026-04-10"));
    CHECK(followUpDueOf(t.db(), ordered->id).isEmpty());

    // A draft follow-up settles nothing; a finished one of the old version
    // settles the record's current version.
    Inspection check = sampleInspection(t.db(), staff, entity.id, QDate(2026, 4, 12));
    check.kind = InspectionKind::FollowUp;
    check.followUpOf = ordered->id;
    auto pending = repo.create(staff.inspectorB, check, QDate(2026, 4, 12));
    REQUIRE(pending);
    CHECK(followUpDueOf(t.db(), v2->id) == QStringLiteral("2026-04-10"));
    REQUIRE(repo.finish(staff.inspectorB, pending->id, QDate(2026, 4, 12)));
    CHECK(followUpDueOf(t.db(), v2->id).isEmpty());

    // A later correction of the record keeps it settled.
    Inspection third = *repo.find(v2->id);
    third.place = QStringLiteral("成品库");
    auto v3 = repo.correct(staff.inspectorA, third, QStringLiteral("补记地点"), QDate(2026, 4, 13));
    REQUIRE(v3);
    CHECK(followUpDueOf(t.db(), v3->id).isEmpty());
}

TEST_CASE("a follow-up of a follow-up's record reopens when the follow-up is corrected away", "[inspections][versions]")
{
    TempDatabase t;
    const InspectionStaff staff = setUpInspectionStaff(t.db());
    const Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县电线电缆厂"), 1);
    InspectionRepository repo(t.db());
    const Inspection first =
        finish(t.db(), staff.inspectorA, withOrder(t.db(), staff, entity.id, kDay, kDay.addDays(5)), kDay);
    const Inspection second =
        finish(t.db(), staff.inspectorA, withOrder(t.db(), staff, entity.id, kDay, kDay.addDays(9)), kDay);
    const Inspection check = followUp(t.db(), staff, first, kDay.addDays(6));
    CHECK(followUpDueOf(t.db(), first.id).isEmpty());
    CHECK(followUpDueOf(t.db(), second.id) == kDay.addDays(9).toString(Qt::ISODate));

    // The follow-up was of the second order after all.
    Inspection corrected = check;
    corrected.followUpOf = second.id;
    auto v2 = repo.correct(staff.inspectorB, corrected, QStringLiteral("复查对象有误"), kDay.addDays(7));
    REQUIRE(v2);
    CHECK(followUpDueOf(t.db(), first.id) == kDay.addDays(5).toString(Qt::ISODate));
    CHECK(followUpDueOf(t.db(), second.id).isEmpty());
}
