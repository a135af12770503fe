#include "casesupport.h"

#include "auth/staffdirectory.h"
#include "cases/caserepository.h"
#include "cases/fineassessment.h"
#include "dutylist/dutylistrepository.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace casedesk::test {

namespace {
CaseHandler handler(const Session &s)
{
    CaseHandler h;
    h.staffId = s.staffId();
    h.login = s.login();
    return h;
}

// The first item of a responsibility list, importing sampleList() when
// the database holds none (filing needs an item the case carries out).
qint64 firstItem(Database &db, const Session &admin)
{
    auto q = db.exec(QStringLiteral("SELECT min(id) FROM item WHERE deleted_at IS NULL"));
    REQUIRE(q);
    if (q->next() && !q->value(0).isNull())
        return q->value(0).toLongLong();
    REQUIRE(ResponsibilityListRepository(db).save(admin, sampleList()));
    return firstItem(db, admin);
}

void step(Database &db, EnforcementCase &c, const Session &who, TransitionInput input)
{
    auto moved = CaseRepository(db).advance(who, c.id, input, input.on);
    INFO("to " << caseStages().code(input.to).toStdString() << " on " << input.on.toString(Qt::ISODate).toStdString());
    REQUIRE(moved);
    c = *moved;
}

TransitionInput to(CaseStage stage, const QDate &on, const QString &opinion = {})
{
    TransitionInput input;
    input.to = stage;
    input.on = on;
    input.opinion = opinion;
    return input;
}
} // namespace

CaseStaff setUpCaseStaff(Database &db, const QString &site)
{
    const Session admin = setUpBureau(db, site);
    const Session head = addColleague(db, admin, QStringLiteral("head"), {Role::BureauHead}, QStringLiteral("王建国"));
    const Session chief =
        addColleague(db, admin, QStringLiteral("chief"), {Role::SectionChief}, QStringLiteral("李明"));
    auto member = StaffDirectory(db).find(admin, QStringLiteral("chief"));
    REQUIRE(member);
    member->section = QStringLiteral("稽查股");
    REQUIRE(StaffDirectory(db).update(admin, *member));
    const Session insp1 = addColleague(db, admin, QStringLiteral("insp1"), {Role::Inspector}, QStringLiteral("张伟"));
    const Session insp2 = addColleague(db, admin, QStringLiteral("insp2"), {Role::Inspector}, QStringLiteral("刘洋"));
    const Session clerk = addColleague(db, admin, QStringLiteral("clerk"), {Role::Clerk}, QStringLiteral("陈静"));
    return CaseStaff{admin, head, chief, insp1, insp2, clerk};
}

EnforcementCase sampleLead(Database &db, const CaseStaff &staff, const QDate &receivedOn, int n)
{
    const Entity entity = storeEntity(db, staff.clerk, QStringLiteral("永清县第%1电线电缆有限公司").arg(n), n);
    EnforcementCase lead;
    lead.source = CaseSource::Complaint;
    lead.sourceDetail = QStringLiteral("12345 投诉 第%1号").arg(n);
    lead.receivedOn = receivedOn;
    lead.title = QStringLiteral("涉嫌生产销售不合格电线电缆案");
    lead.party.kind = PartyKind::Entity;
    lead.party.entityId = entity.id;
    lead.facts = QStringLiteral("当事人生产的BV2.5电线经抽样检验，导体电阻不合格。");
    lead.section = QStringLiteral("稽查股");
    lead.handlers = {handler(staff.inspectorA), handler(staff.inspectorB)};
    CaseProvision violated;
    violated.role = ProvisionRole::Violated;
    violated.law = QStringLiteral("产品质量法");
    violated.article = QStringLiteral("第十三条");
    violated.text = QStringLiteral("可能危及人体健康和人身、财产安全的工业产品，必须符合保障人体健康和人身、财产安全的"
                                   "国家标准、行业标准");
    CaseProvision applied;
    applied.role = ProvisionRole::Applied;
    applied.law = QStringLiteral("产品质量法");
    applied.article = QStringLiteral("第四十九条");
    applied.fineRange.kind = FineRange::Kind::Fixed;
    applied.fineRange.min = Money::fromYuan(30000);
    applied.fineRange.max = Money::fromYuan(100000);
    lead.provisions = {violated, applied};
    return lead;
}

EnforcementCase caseAtStage(Database &db, const CaseStaff &staff, CaseStage stage, const QDate &filedOn, int n)
{
    EnforcementCase lead = sampleLead(db, staff, filedOn.addDays(-3), n);
    lead.items = {CaseItem{firstItem(db, staff.admin), {}}};
    auto registered = CaseRepository(db).registerLead(staff.clerk, lead, filedOn.addDays(-3));
    REQUIRE(registered);
    EnforcementCase c = *registered;
    if (stage == CaseStage::Lead)
        return c;
    if (stage == CaseStage::NotFiled) {
        step(db, c, staff.head, to(CaseStage::NotFiled, filedOn, QStringLiteral("证据不足，不予立案")));
        return c;
    }
    step(db, c, staff.head, to(CaseStage::Filed, filedOn, QStringLiteral("同意立案")));
    if (stage == CaseStage::Filed)
        return c;
    step(db, c, staff.inspectorA, to(CaseStage::Investigating, filedOn.addDays(1)));
    if (stage == CaseStage::Transferred) {
        TransitionInput input =
            to(CaseStage::Transferred, filedOn.addDays(5), QStringLiteral("涉嫌犯罪，移送公安机关"));
        input.transferredTo = QStringLiteral("永清县公安局");
        step(db, c, staff.head, input);
        return c;
    }
    if (stage == CaseStage::Withdrawn) {
        step(db, c, staff.head, to(CaseStage::Withdrawn, filedOn.addDays(5), QStringLiteral("违法事实不能成立")));
        return c;
    }
    if (stage == CaseStage::Investigating)
        return c;

    // The investigation's result: a fine within 第四十九条's range and an
    // order to correct.
    Penalty fine;
    fine.kind = PenaltyKind::Fine;
    fine.amount = Money::fromYuan(50000);
    fine.provisionIndex = 1;
    fine.tier = FineAssessment::tierOf(fine.amount, {Money::fromYuan(30000), Money::fromYuan(100000)});
    fine.tierReasons = QStringLiteral("初次违法，积极配合调查");
    Penalty correct;
    correct.kind = PenaltyKind::OrderToCorrect;
    correct.details = QStringLiteral("停止生产销售不合格电线，召回已售产品");
    correct.deadline = filedOn.addDays(40);
    EnforcementCase edited = c;
    edited.penalties = {fine, correct};
    edited.findings = QStringLiteral("经调查，当事人生产销售不合格电线，货值金额人民币五万元，事实清楚，证据确凿。");
    auto updated = CaseRepository(db).update(staff.inspectorA, edited, filedOn.addDays(8));
    REQUIRE(updated);
    c = *updated;

    step(db, c, staff.inspectorA, to(CaseStage::UnderReview, filedOn.addDays(10)));
    if (stage == CaseStage::UnderReview)
        return c;
    step(db, c, staff.chief, to(CaseStage::PartyNotified, filedOn.addDays(12), QStringLiteral("事实清楚，拟予处罚")));
    if (stage == CaseStage::PartyNotified)
        return c;
    step(db, c, staff.head, to(CaseStage::Decided, filedOn.addDays(17), QStringLiteral("同意处罚")));
    if (stage == CaseStage::Decided)
        return c;
    TransitionInput served = to(CaseStage::Served, filedOn.addDays(19));
    served.serviceMethod = QStringLiteral("直接送达");
    step(db, c, staff.inspectorA, served);
    if (stage == CaseStage::Served)
        return c;
    TransitionInput executed = to(CaseStage::Executed, filedOn.addDays(25));
    executed.paid = Money::fromYuan(50000);
    executed.receiptNumber = QStringLiteral("冀财罚0012345");
    step(db, c, staff.inspectorA, executed);
    if (stage == CaseStage::Executed)
        return c;
    step(db, c, staff.head, to(CaseStage::Closed, filedOn.addDays(30), QStringLiteral("同意结案")));
    if (stage == CaseStage::Closed)
        return c;
    TransitionInput archived = to(CaseStage::Archived, filedOn.addDays(35));
    archived.archiveNumber = QStringLiteral("永质监档〔%1〕%2号").arg(filedOn.year()).arg(n);
    step(db, c, staff.inspectorA, archived);
    return c;
}

} // namespace casedesk::test
