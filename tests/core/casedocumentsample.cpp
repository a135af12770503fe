#include "casedocumentsample.h"

namespace casedesk::test {

namespace {

CaseStep stageStep(CaseStage from, CaseStage to, const QDate &on, const QString &text, const QString &login,
                   const QString &name)
{
    CaseStep s;
    s.kind = QStringLiteral("stage");
    s.fromStage = from;
    s.toStage = to;
    s.on = on;
    s.text = text;
    s.login = login;
    s.name = name;
    s.at = on.toString(Qt::ISODate) + QStringLiteral("T08:00:00Z");
    return s;
}

} // namespace

CaseDocumentData sampleDocumentData()
{
    CaseDocumentData d;
    d.bureauName = QStringLiteral("永清县质量技术监督局");
    d.abbreviation = QStringLiteral("永质监");
    d.printedOn = QDate(2026, 3, 26);

    EnforcementCase &c = d.c;
    c.id = 7;
    c.uuid = QStringLiteral("5b0c2f0e-8d7a-4c41-9a52-0c1d2e3f4a5b");
    c.leadNumber = QStringLiteral("YQ-A-2026-0003");
    c.number = {2026, 7};
    c.stage = CaseStage::Closed;
    c.source = CaseSource::Complaint;
    c.sourceDetail = QStringLiteral("举报登记第2026-012号");
    c.receivedOn = QDate(2026, 1, 5);
    c.title = QStringLiteral("涉嫌生产不合格电线电缆案");
    c.party.kind = PartyKind::Entity;
    c.party.entityId = 12;
    c.party.name = QStringLiteral("永清县恒通电缆有限公司");
    c.party.code = QStringLiteral("91131023MA07K5QX3B");
    c.party.address = QStringLiteral("河北省廊坊市永清县工业园区纬二路8号");
    c.party.representative = QStringLiteral("王建国");
    c.party.phone = QStringLiteral("0316-6612345");
    c.facts =
        QStringLiteral("2026年1月6日，本局执法人员对当事人的生产场所进行检查，发现当事人生产的BV 2.5mm²聚氯乙烯绝缘电线"
                       "（生产日期2025年12月10日）共计320卷，货值金额人民币80,000元。\n"
                       "经河北省电线电缆产品质量监督检验中心检验，该批电线导体电阻项目不符合GB/T 5023.3-2008的要求，"
                       "检验结论为不合格。");
    c.section = QStringLiteral("稽查股");
    c.handlers = {{1, QStringLiteral("insp1"), QStringLiteral("张三"), QStringLiteral("ZF13102301"), QDate(2024, 1, 1),
                   QDate(2028, 12, 31)},
                  {2, QStringLiteral("insp2"), QStringLiteral("李四"), QStringLiteral("ZF13102302"), QDate(2024, 1, 1),
                   QDate(2028, 12, 31)}};
    c.items = {{31, QStringLiteral(
                        "对生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的行为实施行政处罚")}};

    CaseProvision violated;
    violated.role = ProvisionRole::Violated;
    violated.law = QStringLiteral("中华人民共和国产品质量法");
    violated.article = QStringLiteral("第十三条第一款");
    violated.text = QStringLiteral(
        "可能危及人体健康和人身、财产安全的工业产品，必须符合保障人体健康和人身、财产安全的国家标准、行业标准");
    CaseProvision applied;
    applied.role = ProvisionRole::Applied;
    applied.law = QStringLiteral("中华人民共和国产品质量法");
    applied.article = QStringLiteral("第四十九条");
    applied.text = QStringLiteral(
        "生产、销售不符合保障人体健康和人身、财产安全的国家标准、行业标准的产品的，责令停止生产、销售，"
        "没收违法生产、销售的产品，并处违法生产、销售产品（包括已售出和未售出的产品，下同）货值金额等值以上"
        "三倍以下的罚款；有违法所得的，并处没收违法所得");
    applied.fineRange.kind = FineRange::Kind::Multiple;
    applied.fineRange.minPercent = 100;
    applied.fineRange.maxPercent = 300;
    applied.fineRange.basis = FineRange::Basis::GoodsValue;
    c.provisions = {violated, applied};

    Penalty correct;
    correct.kind = PenaltyKind::OrderToCorrect;
    correct.details = QStringLiteral("立即停止生产、销售不合格电线，对库存产品进行清理");
    correct.deadline = QDate(2026, 3, 20);
    Penalty goods;
    goods.kind = PenaltyKind::ConfiscateGoods;
    goods.details = QStringLiteral("不合格BV 2.5mm²聚氯乙烯绝缘电线320卷");
    Penalty fine;
    fine.kind = PenaltyKind::Fine;
    fine.amount = Money::fromYuan(120000);
    fine.provisionIndex = 1;
    fine.basisAmount = Money::fromYuan(80000);
    fine.tier = DiscretionTier::Lighter;
    fine.tierReasons = QStringLiteral("当事人积极配合调查，主动停止生产并召回已售出产品");
    Penalty income;
    income.kind = PenaltyKind::ConfiscateIncome;
    income.amount = Money::fromFen(480050);
    c.penalties = {correct, goods, fine, income};

    c.findings = QStringLiteral("1. 现场检查笔录及现场照片；\n"
                                "2. 检验报告（编号：DL2026-0012）；\n"
                                "3. 当事人营业执照复印件、法定代表人身份证明；\n"
                                "4. 询问笔录二份；\n"
                                "5. 销售记录及出货单。");
    c.filedOn = QDate(2026, 1, 8);
    c.notifiedOn = QDate(2026, 2, 20);
    c.hearingNoticeGiven = true;
    c.decidedOn = QDate(2026, 3, 5);
    c.servedOn = QDate(2026, 3, 6);
    c.serviceMethod = QStringLiteral("直接送达");
    c.executedOn = QDate(2026, 3, 18);
    c.paid = Money::fromFen(12480050);
    c.receiptNumber = QStringLiteral("冀财罚No.0012345");
    c.closedOn = QDate(2026, 3, 25);

    d.steps = {
        stageStep(CaseStage::Lead, CaseStage::Filed, c.filedOn, QStringLiteral("同意立案，由张三、李四承办。"),
                  QStringLiteral("head"), QStringLiteral("赵志刚")),
        stageStep(CaseStage::Filed, CaseStage::Investigating, QDate(2026, 1, 9), {}, QStringLiteral("insp1"),
                  QStringLiteral("张三")),
        stageStep(CaseStage::Investigating, CaseStage::UnderReview, QDate(2026, 2, 10),
                  QStringLiteral("事实清楚，证据确凿。"), QStringLiteral("chief"), QStringLiteral("钱进")),
        stageStep(CaseStage::UnderReview, CaseStage::PartyNotified, c.notifiedOn, {}, QStringLiteral("insp1"),
                  QStringLiteral("张三")),
        stageStep(CaseStage::PartyNotified, CaseStage::Decided, c.decidedOn,
                  QStringLiteral("同意按拟处罚意见作出处罚决定。"), QStringLiteral("head"), QStringLiteral("赵志刚")),
        stageStep(CaseStage::Decided, CaseStage::Served, c.servedOn, {}, QStringLiteral("insp2"),
                  QStringLiteral("李四")),
        stageStep(CaseStage::Served, CaseStage::Executed, c.executedOn, {}, QStringLiteral("insp2"),
                  QStringLiteral("李四")),
        stageStep(CaseStage::Executed, CaseStage::Closed, c.closedOn, QStringLiteral("处罚决定已执行完毕，同意结案。"),
                  QStringLiteral("head"), QStringLiteral("赵志刚")),
    };

    d.clock.phase = ClockState::Phase::Finished;
    d.clock.baseDue = QDate(2026, 4, 8);
    d.clock.due = QDate(2026, 4, 8);
    d.clock.daysLeft = 34;
    d.clock.summary = QStringLiteral("2026年3月5日作出决定，期限至2026年4月8日");
    d.clock.basis =
        QStringLiteral("自2026年1月8日立案之日起三个月内作出处理决定，期限至2026年4月8日；未延长，无中止期间。");
    return d;
}

} // namespace casedesk::test
