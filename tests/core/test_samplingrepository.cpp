// SamplingRepository: a batch from sampling to its result, the objection
// re-test and the re-check after rectification, the stored next deadline of
// a batch and of the batch it follows, the lead opened from a failure, the
// frequency limits checked against what is stored, stale edits, discarding,
// the audit trail, and refusals that change nothing.
#include "audit/auditentry.h"
#include "cases/caserepository.h"
#include "registersupport.h"
#include "sampling/samplingclock.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrules.h"
#include "samplingsample.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QStringList auditActions(Database &db, const QString &recordUuid)
{
    QStringList out;
    auto q = db.exec(QStringLiteral("SELECT action FROM audit_entry WHERE record_uuid = ? ORDER BY id"), {recordUuid});
    REQUIRE(q);
    while (q->next())
        out << q->value(0).toString();
    return out;
}

struct Bureau {
    TempDatabase t;
    CaseStaff staff = setUpCaseStaff(t.db());
    Entity entity = storeEntity(t.db(), staff.clerk, QStringLiteral("永清县第1电线电缆有限公司"), 1);
    SamplingRepository repo{t.db()};

    SamplingBatch plan(const QDate &on, const QString &product = QStringLiteral("电线电缆"), qint64 entityId = 0)
    {
        auto b = repo.create(staff.inspectorA, planBatch(staff, entityId ? entityId : entity.id, on, product), on);
        REQUIRE(b);
        return *b;
    }
    SamplingBatch save(const SamplingBatch &b, const QDate &today)
    {
        auto saved = repo.update(staff.inspectorA, b, today);
        REQUIRE(saved);
        return *saved;
    }
    SamplingBatch follow(SamplingKind kind, const SamplingBatch &parent, const QDate &on)
    {
        SamplingBatch f;
        f.kind = kind;
        f.parentId = parent.id;
        f.sampledOn = on;
        auto created = repo.create(staff.inspectorB, f, on);
        REQUIRE(created);
        return *created;
    }
    QString nextDue(const SamplingBatch &b) { return storedColumn(t.db(), "next_due", b.id); }
};

} // namespace

TEST_CASE("sampling repository: a new batch copies the register and gets the site's number", "[sampling][repository]")
{
    Bureau b;
    SamplingBatch given = planBatch(b.staff, b.entity.id, QDate(2026, 3, 2));
    given.unit.name = QStringLiteral("whatever the form said");
    given.lab = QStringLiteral("  廊坊市产品质量监督检验所  ");
    auto first = b.repo.create(b.staff.inspectorA, given, QDate(2026, 3, 2));
    REQUIRE(first);
    CHECK(first->batchNumber == QStringLiteral("A-2026-C0001"));
    CHECK(first->uuid.size() == 36);
    CHECK(first->unit.entityId == b.entity.id);
    CHECK(first->unit.name == b.entity.name);
    CHECK(first->unit.code == b.entity.code);
    CHECK(first->unit.address == b.entity.address);
    CHECK(first->unit.legalRepresentative == b.entity.legalRepresentative);
    CHECK(first->lab == QStringLiteral("廊坊市产品质量监督检验所"));
    REQUIRE(first->samplers.size() == 2);
    CHECK(first->samplers.at(0).name == QStringLiteral("张伟"));
    CHECK(first->samplers.at(1).login == QStringLiteral("insp2"));
    CHECK_FALSE(first->samplers.at(0).certificateNumber.isEmpty());
    CHECK(first->result == SamplingResult::Pending);
    CHECK(first->createdBy == QStringLiteral("insp1"));
    CHECK(b.nextDue(*first).isEmpty());
    CHECK(storedColumn(b.t.db(), "product_key", first->id) == QStringLiteral("电线电缆"));
    CHECK(storedColumn(b.t.db(), "year", first->id) == QStringLiteral("2026"));
    CHECK(storedColumn(b.t.db(), "search_text", first->id).contains(QStringLiteral("a-2026-c0001")));
    CHECK(auditActions(b.t.db(), first->uuid) == QStringList{QStringLiteral("sampling.create")});

    const SamplingBatch second = b.plan(QDate(2026, 3, 3), QStringLiteral("插头插座"));
    CHECK(second.batchNumber == QStringLiteral("A-2026-C0002"));
    CHECK(b.repo.findByNumber(QStringLiteral("A-2026-C0001"))->id == first->id);
    CHECK(b.repo.findByNumber(QStringLiteral(" a-2026-c0002 "))->id == second.id);
    CHECK(b.repo.findByNumber(QString::number(second.id))->id == second.id);
    CHECK_FALSE(b.repo.findByNumber(QStringLiteral("A-2026-C0099")));
}

TEST_CASE("sampling repository: result, delivery, objection and the re-test keep both deadlines stored",
          "[sampling][repository]")
{
    Bureau b;
    SamplingBatch batch = b.plan(QDate(2026, 3, 2));
    batch = b.save(withResult(batch, SamplingResult::Fail, QDate(2026, 3, 20)), QDate(2026, 3, 20));
    CHECK(batch.result == SamplingResult::Fail);
    CHECK(batch.failedItems == QStringLiteral("导体电阻、绝缘厚度"));
    CHECK(b.nextDue(batch) == QStringLiteral("2026-04-04")); // the objection period, then rectification by 04-19

    SamplingBatch objection;
    objection.kind = SamplingKind::Objection;
    objection.parentId = batch.id;
    objection.sampledOn = QDate(2026, 3, 25);
    objection.product = QStringLiteral("另一种产品");
    objection.unit.entityId = 999;
    auto retest = b.repo.create(b.staff.inspectorB, objection, QDate(2026, 3, 25));
    REQUIRE(retest);
    CHECK(retest->batchNumber == QStringLiteral("A-2026-C0002"));
    CHECK(retest->parentNumber == batch.batchNumber);
    CHECK(retest->product == QStringLiteral("电线电缆"));
    CHECK(retest->specification == batch.specification);
    CHECK(retest->unit == batch.unit);
    CHECK(retest->lab == batch.lab);
    CHECK(retest->samplers.size() == 2);
    // The objection is made; the rectification waits for the re-test.
    CHECK(b.nextDue(batch).isEmpty());
    CHECK(b.repo.followers(batch.id).size() == 1);
    CHECK(SamplingRules::nextStep(*b.repo.find(batch.id), b.repo.followers(batch.id), QDate(2026, 3, 26)) ==
          SamplingNextStep::AwaitObjection);

    auto twice = b.repo.create(b.staff.inspectorB, objection, QDate(2026, 3, 26));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("A-2026-C0002")));

    // The re-test confirms the failure on 15 April: 30 days to rectify.
    b.save(withResult(*retest, SamplingResult::Fail, QDate(2026, 4, 15), QStringLiteral("LF-2026-0415")),
           QDate(2026, 4, 15));
    CHECK(b.nextDue(batch) == QStringLiteral("2026-05-15"));
    CHECK(b.nextDue(*retest).isEmpty()); // a re-test's result is final
    CHECK(SamplingRules::nextStep(*b.repo.find(batch.id), b.repo.followers(batch.id), QDate(2026, 4, 20)) ==
          SamplingNextStep::Rectify);
}

TEST_CASE("sampling repository: rectification, the request and the re-check batch", "[sampling][repository]")
{
    Bureau b;
    SamplingBatch batch = b.plan(QDate(2026, 3, 2));
    batch = b.save(withResult(batch, SamplingResult::Fail, QDate(2026, 3, 20)), QDate(2026, 3, 20));

    SamplingBatch early;
    early.kind = SamplingKind::Recheck;
    early.parentId = batch.id;
    early.sampledOn = QDate(2026, 4, 1);
    auto refused = b.repo.create(b.staff.inspectorB, early, QDate(2026, 4, 1));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("not asked for a re-check")));

    batch.rectifiedOn = QDate(2026, 4, 10);
    batch.recheckRequestedOn = QDate(2026, 4, 12);
    batch = b.save(batch, QDate(2026, 4, 12));
    // The objection period closed unused on 04-04; the re-check is due by 04-27.
    CHECK(b.nextDue(batch) == QStringLiteral("2026-04-27"));

    const SamplingBatch recheck = b.follow(SamplingKind::Recheck, batch, QDate(2026, 4, 20));
    CHECK(recheck.kind == SamplingKind::Recheck);
    CHECK(recheck.parentNumber == batch.batchNumber);
    CHECK(b.nextDue(batch).isEmpty());
    CHECK(b.nextDue(recheck).isEmpty());
    const auto met = SamplingClock::deadlines(*b.repo.find(batch.id), b.repo.followers(batch.id));
    REQUIRE(met.size() == 3);
    CHECK(met.at(2).metOn == QDate(2026, 4, 20));

    // The batch a re-check follows keeps its failure and the request.
    SamplingBatch undo = *b.repo.find(batch.id);
    undo.recheckRequestedOn = QDate();
    auto kept = b.repo.update(b.staff.inspectorA, undo, QDate(2026, 4, 21));
    REQUIRE_FALSE(kept);
    CHECK(kept.error().message.contains(recheck.batchNumber));

    const SamplingBatch failedAgain =
        b.save(withResult(recheck, SamplingResult::Fail, QDate(2026, 5, 6), QStringLiteral("LF-2026-0506")),
               QDate(2026, 5, 6));
    CHECK(b.nextDue(failedAgain) == QStringLiteral("2026-05-21"));
    CHECK(SamplingRules::nextStep(*b.repo.find(batch.id), b.repo.followers(batch.id), QDate(2026, 5, 7)) ==
          SamplingNextStep::OpenCase);
}

TEST_CASE("sampling repository: a failed batch opens a lead in the same transaction", "[sampling][repository]")
{
    Bureau b;
    SamplingBatch batch = b.plan(QDate(2026, 3, 2));
    auto notFailed = b.repo.openCase(b.staff.inspectorA, batch.id, QDate(2026, 3, 5));
    REQUIRE_FALSE(notFailed);
    CHECK(notFailed.error().message.contains(QStringLiteral("did not fail")));

    batch = b.save(withResult(batch, SamplingResult::Fail, QDate(2026, 3, 20)), QDate(2026, 3, 20));
    auto opened = b.repo.openCase(b.staff.inspectorA, batch.id, QDate(2026, 4, 25));
    REQUIRE(opened);
    CHECK(opened->caseId > 0);
    CHECK(opened->caseNumber == QStringLiteral("A-2026-0001"));

    auto lead = CaseRepository(b.t.db()).find(opened->caseId);
    REQUIRE(lead);
    CHECK(lead->stage == CaseStage::Lead);
    CHECK(lead->source == CaseSource::Sampling);
    CHECK(lead->sourceDetail == batch.batchNumber);
    CHECK(lead->receivedOn == QDate(2026, 4, 25));
    CHECK(lead->title == QStringLiteral("电线电缆监督抽查不合格"));
    CHECK(lead->party.entityId == b.entity.id);
    CHECK(lead->party.name == b.entity.name);
    CHECK(lead->facts.contains(batch.batchNumber));
    CHECK(lead->facts.contains(QStringLiteral("电线电缆")));
    CHECK(lead->facts.contains(QStringLiteral("导体电阻、绝缘厚度")));
    CHECK(lead->facts.contains(QStringLiteral("LF-2026-0311")));
    CHECK(lead->section == QStringLiteral("质量监督股"));
    REQUIRE(lead->handlers.size() == 2);
    CHECK(lead->handlers.at(0).login == QStringLiteral("insp1"));
    CHECK(lead->handlers.at(1).login == QStringLiteral("insp2"));
    CHECK(storedColumn(b.t.db(), "case_id", batch.id) == QString::number(lead->id));
    CHECK(auditActions(b.t.db(), batch.uuid) ==
          QStringList({QStringLiteral("sampling.create"), QStringLiteral("sampling.edit"),
                       QStringLiteral("sampling.open-case")}));
    CHECK(auditActions(b.t.db(), lead->uuid) == QStringList{QStringLiteral("case.lead")});
    CHECK(SamplingRules::nextStep(*opened, {}, QDate(2026, 4, 25)) == SamplingNextStep::Done);

    auto again = b.repo.openCase(b.staff.inspectorA, batch.id, QDate(2026, 4, 26));
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("A-2026-0001")));
    SamplingBatch passed = *opened;
    passed.result = SamplingResult::Pass;
    passed.failedItems.clear();
    auto unfail = b.repo.update(b.staff.inspectorA, passed, QDate(2026, 4, 26));
    REQUIRE_FALSE(unfail);
    CHECK(unfail.error().message.contains(QStringLiteral("A-2026-0001")));
}

TEST_CASE("sampling repository: a stale edit is refused, naming who changed the batch", "[sampling][repository]")
{
    Bureau b;
    const SamplingBatch read = b.plan(QDate(2026, 3, 2));
    SamplingBatch theirs = read;
    theirs.notes = QStringLiteral("企业负责人在场");
    REQUIRE(b.repo.update(b.staff.inspectorB, theirs, QDate(2026, 3, 3)));
    SamplingBatch mine = read;
    mine.sampleQuantity = QStringLiteral("8 卷");
    auto stale = b.repo.update(b.staff.inspectorA, mine, QDate(2026, 3, 3));
    REQUIRE_FALSE(stale);
    CHECK(stale.error().message.contains(QStringLiteral("insp2")));
    CHECK(b.repo.find(read.id)->sampleQuantity == QStringLiteral("6 卷"));

    // Saving what was read changes nothing and records nothing.
    const SamplingBatch current = *b.repo.find(read.id);
    auto same = b.repo.update(b.staff.inspectorA, current, QDate(2026, 3, 3));
    REQUIRE(same);
    CHECK(same->modifiedAt == current.modifiedAt);
    CHECK(auditActions(b.t.db(), read.uuid).size() == 2);
}

TEST_CASE("sampling repository: discarding a batch still waiting for its result", "[sampling][repository]")
{
    Bureau b;
    SamplingBatch batch = b.plan(QDate(2026, 3, 2));
    const SamplingBatch mistaken = b.plan(QDate(2026, 3, 2), QStringLiteral("插头插座"));
    REQUIRE(b.repo.discard(b.staff.inspectorA, mistaken.id, QDate(2026, 3, 2)));
    CHECK(countRows(b.t.db(), QStringLiteral("sampling_batch")) == 1);
    CHECK_FALSE(b.repo.find(mistaken.id));
    CHECK(auditActions(b.t.db(), mistaken.uuid) ==
          QStringList({QStringLiteral("sampling.create"), QStringLiteral("sampling.discard")}));
    // Its number is never given again.
    CHECK(b.plan(QDate(2026, 3, 3), QStringLiteral("插头插座")).batchNumber == QStringLiteral("A-2026-C0003"));

    batch = b.save(withResult(batch, SamplingResult::Pass, QDate(2026, 3, 20)), QDate(2026, 3, 20));
    auto kept = b.repo.discard(b.staff.inspectorA, batch.id, QDate(2026, 3, 21));
    REQUIRE_FALSE(kept);
    CHECK(kept.error().message.contains(QStringLiteral("Pass")));

    // Discarding a re-test reopens the objection period of the batch it follows.
    const SamplingBatch retest = b.follow(SamplingKind::Objection, batch, QDate(2026, 3, 25));
    CHECK(b.nextDue(batch).isEmpty());
    REQUIRE(b.repo.discard(b.staff.inspectorB, retest.id, QDate(2026, 3, 26)));
    CHECK(b.nextDue(batch) == QStringLiteral("2026-04-04"));
    CHECK(b.repo.followers(batch.id).isEmpty());
}

TEST_CASE("sampling repository: the frequency limits against the stored plan batches",
          "[sampling][repository][frequency]")
{
    Bureau b;
    const SamplingBatch first = b.plan(QDate(2026, 2, 3), QStringLiteral("Wire Cable"));
    auto sameQuarter = b.repo.create(
        b.staff.inspectorA, planBatch(b.staff, b.entity.id, QDate(2026, 3, 20), QStringLiteral("ｗｉｒｅ　ｃａｂｌｅ")),
        QDate(2026, 3, 20));
    REQUIRE_FALSE(sameQuarter);
    CHECK(sameQuarter.error().message.contains(QStringLiteral("A-2026-C0001 on 2026-02-03")));

    const SamplingBatch second = b.plan(QDate(2026, 5, 6), QStringLiteral("WIRE CABLE"));
    auto third = b.repo.create(b.staff.inspectorA,
                               planBatch(b.staff, b.entity.id, QDate(2026, 11, 2), QStringLiteral("wire cable")),
                               QDate(2026, 11, 2));
    REQUIRE_FALSE(third);
    CHECK(third.error().message.contains(first.batchNumber));
    CHECK(third.error().message.contains(second.batchNumber));

    b.plan(QDate(2026, 11, 2), QStringLiteral("插头插座"));
    const Entity neighbour = storeEntity(b.t.db(), b.staff.clerk, QStringLiteral("永清县第2电线电缆有限公司"), 2);
    b.plan(QDate(2026, 11, 2), QStringLiteral("Wire Cable"), neighbour.id);
    b.plan(QDate(2027, 1, 5), QStringLiteral("Wire Cable"));

    // Moving a batch into a quarter taken by another is refused too.
    SamplingBatch moved = second;
    moved.sampledOn = QDate(2026, 3, 1);
    auto collide = b.repo.update(b.staff.inspectorA, moved, QDate(2026, 6, 1));
    REQUIRE_FALSE(collide);
    CHECK(collide.error().message.contains(first.batchNumber));

    // A discarded batch no longer counts.
    REQUIRE(b.repo.discard(b.staff.inspectorA, second.id, QDate(2026, 6, 1)));
    b.plan(QDate(2026, 11, 2), QStringLiteral("Wire Cable"));
}

TEST_CASE("sampling repository: refused writes change nothing", "[sampling][repository]")
{
    Bureau b;
    SamplingBatch batch = b.plan(QDate(2026, 2, 3));
    batch = b.save(withResult(batch, SamplingResult::Pass, QDate(2026, 2, 20)), QDate(2026, 2, 20));
    const QByteArray before = fingerprint(b.t.db());

    CHECK_FALSE(b.repo.create(b.staff.inspectorA, planBatch(b.staff, b.entity.id, QDate(2026, 3, 1)),
                              QDate(2026, 3, 1))); // same quarter
    SamplingBatch noLab = planBatch(b.staff, b.entity.id, QDate(2026, 5, 1));
    noLab.lab.clear();
    auto lab = b.repo.create(b.staff.inspectorA, noLab, QDate(2026, 5, 1));
    REQUIRE_FALSE(lab);
    CHECK(lab.error().message.contains(QStringLiteral("lab")));
    auto admin = b.repo.create(b.staff.admin, planBatch(b.staff, b.entity.id, QDate(2026, 5, 1)), QDate(2026, 5, 1));
    REQUIRE_FALSE(admin);
    SamplingBatch oneSampler = planBatch(b.staff, b.entity.id, QDate(2026, 5, 1));
    oneSampler.samplers.removeLast();
    CHECK_FALSE(b.repo.create(b.staff.inspectorA, oneSampler, QDate(2026, 5, 1)));
    SamplingBatch recheck;
    recheck.kind = SamplingKind::Recheck;
    recheck.parentId = batch.id;
    recheck.sampledOn = QDate(2026, 3, 1);
    CHECK_FALSE(b.repo.create(b.staff.inspectorA, recheck, QDate(2026, 3, 1))); // the batch passed
    SamplingBatch late = batch;
    late.objectionOn = QDate(2026, 3, 8);
    auto objection = b.repo.update(b.staff.inspectorA, late, QDate(2026, 3, 8));
    REQUIRE_FALSE(objection);
    CHECK(objection.error().message.contains(QStringLiteral("2026-03-07")));
    CHECK_FALSE(b.repo.openCase(b.staff.inspectorA, batch.id, QDate(2026, 3, 8)));
    CHECK_FALSE(b.repo.discard(b.staff.inspectorA, batch.id, QDate(2026, 3, 8)));
    SamplingBatch stale = batch;
    stale.modifiedAt = QStringLiteral("2000-01-01T00:00:00.000Z");
    stale.notes = QStringLiteral("x");
    CHECK_FALSE(b.repo.update(b.staff.inspectorA, stale, QDate(2026, 3, 8)));

    CHECK(fingerprint(b.t.db()) == before);
}

TEST_CASE("sampling repository: the audit trail names the sampling actions", "[sampling][repository]")
{
    CHECK(auditActionName(QStringLiteral("sampling.create")) == QStringLiteral("Recorded a sampling batch"));
    CHECK(auditActionName(QStringLiteral("sampling.edit")) == QStringLiteral("Edited a sampling batch"));
    CHECK(auditActionName(QStringLiteral("sampling.open-case")) ==
          QStringLiteral("Opened a case from a failed sampling batch"));
    CHECK(auditActionName(QStringLiteral("sampling.discard")) == QStringLiteral("Discarded a sampling batch"));
}
