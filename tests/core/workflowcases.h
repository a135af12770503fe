#pragma once
// What the workflow suites share: one person per role in a fresh database,
// a complete case at any stage built as a value (dates a few days apart,
// every field each later stage needs), and the complete input of any
// transition. CaseWorkflow is pure, so nothing here is stored.

#include "auth/role.h"
#include "auth/session.h"
#include "cases/caseworkflow.h"
#include "testsupport.h"

#include <QDate>
#include <utility>
#include <vector>

namespace casedesk::test::workflow {

inline QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// The day the checks run, and the day the steps under test take effect.
inline const QDate kToday = day(2026, 4, 30);
inline const QDate kStepDay = day(2026, 4, 1);

// One colleague per role, each holding that role only.
struct People {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    Session clerk = addColleague(temp.db(), admin, QStringLiteral("clerk"), {Role::Clerk});
    Session inspector = addColleague(temp.db(), admin, QStringLiteral("insp"), {Role::Inspector});
    Session chief = addColleague(temp.db(), admin, QStringLiteral("chief"), {Role::SectionChief});
    Session head = addColleague(temp.db(), admin, QStringLiteral("head"), {Role::BureauHead});

    std::vector<std::pair<Role, const Session *>> byRole() const
    {
        return {{Role::Clerk, &clerk},
                {Role::Inspector, &inspector},
                {Role::SectionChief, &chief},
                {Role::BureauHead, &head},
                {Role::Administrator, &admin}};
    }
};

inline CaseHandler handler(qint64 staffId, const QString &login, const QString &name)
{
    CaseHandler h;
    h.staffId = staffId;
    h.login = login;
    h.name = name;
    h.certificateNumber = QStringLiteral("ZF1310%1").arg(staffId, 4, 10, QLatin1Char('0'));
    h.certificateValidFrom = day(2024, 1, 1);
    h.certificateValidUntil = day(2028, 12, 31);
    return h;
}

inline Penalty sampleFine(qint64 yuan = 50000, DiscretionTier tier = DiscretionTier::Lighter)
{
    Penalty p;
    p.kind = PenaltyKind::Fine;
    p.amount = Money::fromYuan(yuan);
    p.provisionIndex = 1;
    p.tier = tier;
    p.tierReasons = QStringLiteral("首次违法，主动停止销售");
    return p;
}

// A case at `stage` with everything the stage and the steps from it need.
inline EnforcementCase caseAt(CaseStage stage)
{
    using S = CaseStage;
    EnforcementCase c;
    c.id = 1;
    c.leadNumber = QStringLiteral("YQ-A-2026-0001");
    c.stage = stage;
    c.source = CaseSource::Complaint;
    c.receivedOn = day(2026, 1, 5);
    c.title = QStringLiteral("涉嫌销售不合格电线电缆案");
    c.party.kind = PartyKind::Entity;
    c.party.entityId = 1;
    c.party.name = QStringLiteral("永清县某电线电缆经销部");
    c.party.code = QStringLiteral("92131025MA0A1B2C3D");
    c.facts = QStringLiteral("经抽查，当事人销售的电线电缆导体电阻不合格。");
    c.section = QStringLiteral("稽查股");
    c.handlers << handler(11, QStringLiteral("insp1"), QStringLiteral("执法甲"))
               << handler(12, QStringLiteral("insp2"), QStringLiteral("执法乙"));
    c.items << CaseItem{101, QStringLiteral("对生产、销售不合格产品的行政处罚")};
    CaseProvision violated;
    violated.role = ProvisionRole::Violated;
    violated.law = QStringLiteral("产品质量法");
    violated.article = QStringLiteral("第十三条");
    CaseProvision applied;
    applied.role = ProvisionRole::Applied;
    applied.law = QStringLiteral("产品质量法");
    applied.article = QStringLiteral("第四十九条");
    applied.fineRange.kind = FineRange::Kind::Fixed;
    applied.fineRange.min = Money::fromYuan(30000);
    applied.fineRange.max = Money::fromYuan(100000);
    c.provisions << violated << applied;
    Penalty correct;
    correct.kind = PenaltyKind::OrderToCorrect;
    correct.details = QStringLiteral("停止销售不合格电线电缆");
    correct.deadline = day(2026, 4, 30);
    c.penalties << sampleFine() << correct;
    c.findings = QStringLiteral("违法事实清楚，证据确凿。");

    const bool filed = stage != S::Lead && stage != S::NotFiled && stage != S::Transferred;
    if (filed) {
        c.filedOn = day(2026, 1, 10);
        c.number = {2026, 7};
    }
    const QList<S> order = {S::PartyNotified, S::Decided, S::Served, S::Executed, S::Closed, S::Archived};
    const qsizetype reached = order.indexOf(stage);
    if (reached >= 0)
        c.notifiedOn = day(2026, 3, 2);
    if (reached >= 1)
        c.decidedOn = day(2026, 3, 10);
    if (reached >= 2) {
        c.servedOn = day(2026, 3, 12);
        c.serviceMethod = QStringLiteral("直接送达");
    }
    if (reached >= 3) {
        c.executedOn = day(2026, 3, 20);
        c.paid = c.totalFines();
        c.receiptNumber = QStringLiteral("No.0012345");
    }
    if (reached >= 4)
        c.closedOn = day(2026, 3, 25);
    if (reached >= 5) {
        c.archivedOn = day(2026, 3, 28);
        c.archiveNumber = QStringLiteral("永质监档〔2026〕12号");
    }
    if (stage == S::NotFiled || stage == S::Transferred || stage == S::Withdrawn)
        c.endedOn = day(2026, 2, 1);
    return c;
}

// The complete input of a step to `to` on kStepDay.
inline TransitionInput inputTo(CaseStage to, const EnforcementCase &c = caseAt(CaseStage::Served))
{
    TransitionInput in;
    in.to = to;
    in.on = kStepDay;
    in.opinion = QStringLiteral("同意。");
    in.transferredTo = QStringLiteral("永清县公安局");
    in.serviceMethod = QStringLiteral("直接送达");
    in.paid = c.totalFines();
    in.receiptNumber = QStringLiteral("No.0012345");
    in.archiveNumber = QStringLiteral("永质监档〔2026〕12号");
    return in;
}

// The refusal of a step, or a failed check when it passed.
inline QString refusalOf(const EnforcementCase &c, const TransitionInput &in, const Session &s,
                         const QDate &today = kToday)
{
    const Status st = CaseWorkflow::check(c, in, s, today);
    REQUIRE_FALSE(st);
    CHECK(st.error().refusal);
    return st.error().message;
}

} // namespace casedesk::test::workflow
