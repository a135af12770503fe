#include "inspectiondocumentsample.h"

#include "dutylist/supervisiondomain.h"

namespace casedesk::test {

namespace {

InspectionDocumentData bureau(const QDate &printedOn)
{
    InspectionDocumentData d;
    d.bureauName = QStringLiteral("永清县质量技术监督局");
    d.abbreviation = QStringLiteral("永质监");
    d.printedOn = printedOn;
    return d;
}

InspectionInspector inspector(qint64 id, const char *login, const char *name, const char *certificate)
{
    InspectionInspector i;
    i.staffId = id;
    i.login = QString::fromUtf8(login);
    i.name = QString::fromUtf8(name);
    i.certificateNumber = QString::fromUtf8(certificate);
    i.certificateValidUntil = QDate(2028, 12, 31);
    return i;
}

CheckPoint point(const char *label, const char *group, const char *text, CheckResult result, const char *note = "")
{
    return {QString::fromUtf8(label), QString::fromUtf8(group), QString::fromUtf8(text), result,
            QString::fromUtf8(note)};
}

InspectedUnit store()
{
    InspectedUnit u;
    u.entityId = 41;
    u.name = QStringLiteral("永清县华联商厦有限公司");
    u.code = QStringLiteral("91131023MA0CX8L27K");
    u.address = QStringLiteral("河北省廊坊市永清县永安路36号");
    u.legalRepresentative = QStringLiteral("赵立新");
    u.contactPerson = QStringLiteral("钱伟");
    u.phone = QStringLiteral("0316-6623456");
    return u;
}

} // namespace

InspectionDocumentData sampleReportData()
{
    InspectionDocumentData d = bureau(QDate(2026, 3, 6));
    Inspection &r = d.inspection;
    r.id = 17;
    r.uuid = QStringLiteral("0f3c9a62-5a41-4d0e-9b1c-7e2d4c6a8b10");
    r.recordNumber = QStringLiteral("YQ1-2026-J0007");
    r.status = InspectionStatus::Finished;
    r.unit = store();
    r.equipmentId = 5;
    r.equipmentLabel = QStringLiteral("31101310232015060012 曳引驱动乘客电梯");
    r.inspectedOn = QDate(2026, 3, 5);
    r.place = QStringLiteral("永清县永安路36号华联商厦");
    r.kind = InspectionKind::Campaign;
    r.campaign = QStringLiteral("2026年春季电梯安全专项检查");
    r.domain = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    r.systemId = 3;
    r.systemTitle = QStringLiteral("特种设备安全监督检查制度");
    r.section = QStringLiteral("特种设备安全监察股");
    r.inspectors = {inspector(7, "se1", "孙磊", "TS13102301"), inspector(8, "se2", "周敏", "TS13102302")};
    r.itemIds = {52, 53};
    d.itemTexts = {QStringLiteral("对特种设备使用单位的安全管理情况实施监督检查"),
                   QStringLiteral("对发现的事故隐患责令整改，情况紧急时下达安全监察指令")};
    const char *g1 = "（一）使用登记与人员";
    const char *g2 = "（二）维护保养与检验";
    r.checklist = {
        point("1", g1, "电梯是否办理使用登记，登记证是否在有效期内", CheckResult::Conforms),
        point("2.1", g1, "是否设置安全管理机构或配备安全管理人员", CheckResult::Conforms),
        point("2.2", g1, "安全管理人员是否持证上岗", CheckResult::DoesNotConform, "安全管理员钱伟证书已过期"),
        point("3", g2, "是否按期申报定期检验，检验合格标志是否张贴在轿厢内", CheckResult::DoesNotConform,
              "3号梯检验合格标志未张贴"),
        point("4", g2, "是否与取得许可的单位签订维护保养合同，维保记录是否完整", CheckResult::Conforms),
        point("5", g2, "应急救援演练记录", CheckResult::NotApplicable, "本年度演练尚未到期"),
    };
    r.findings = QStringLiteral("1. 安全管理人员钱伟的特种设备作业人员证已于2025年12月过期，仍在岗位上工作；\n"
                                "2. 3号乘客电梯轿厢内未张贴检验合格标志，且紧急报警装置不能正常使用。");
    r.outcomes = {InspectionOutcome::OrderToCorrect, InspectionOutcome::Directive, InspectionOutcome::OpenCase};
    r.correctBy = QDate(2026, 3, 20);
    r.directiveNumber = QStringLiteral("永质监特令〔2026〕第003号");
    r.directiveDemands = QStringLiteral("1. 立即停止使用3号乘客电梯，修复紧急报警装置，经检验合格后方可重新投入使用；\n"
                                        "2. 安排持有效证件的人员担任安全管理人员。");
    r.directiveOralFirst = true;
    r.directiveOralOn = QDate(2026, 3, 5);
    r.caseId = 9;
    r.caseNumber = QStringLiteral("YQ1-A-2026-0011");
    r.unitSignatory = QStringLiteral("赵立新");
    r.finishedAt = QStringLiteral("2026-03-05T06:30:00.000Z");
    r.finishedBy = QStringLiteral("se1");
    return d;
}

InspectionDocumentData sampleDraftReportData()
{
    InspectionDocumentData d = bureau(QDate(2026, 4, 2));
    Inspection &r = d.inspection;
    r.id = 23;
    r.recordNumber = QStringLiteral("YQ1-2026-J0012");
    r.status = InspectionStatus::Draft;
    r.unit.entityId = 12;
    r.unit.name = QStringLiteral("永清县恒通电缆有限公司");
    r.unit.code = QStringLiteral("91131023MA07K5QX3B");
    r.unit.address = QStringLiteral("河北省廊坊市永清县工业园区纬二路8号");
    r.unit.legalRepresentative = QStringLiteral("王建国");
    r.unit.contactPerson = QStringLiteral("王建国");
    r.unit.phone = QStringLiteral("0316-6612345");
    r.inspectedOn = QDate(2026, 4, 1);
    r.kind = InspectionKind::Routine;
    r.domain = QString::fromLatin1(SupervisionDomain::ProductQuality);
    r.systemTitle = QStringLiteral("产品质量监督检查制度");
    r.section = QStringLiteral("质量监督股");
    r.inspectors = {inspector(1, "insp1", "张三", "ZF13102301"), inspector(2, "insp2", "李四", "ZF13102302")};
    r.checklist = {
        point("1", "", "是否按标准组织生产，出厂检验记录是否完整", CheckResult::Conforms),
        point("2", "", "产品标识是否符合规定", CheckResult::Unchecked),
        point("3", "", "原材料进货查验记录", CheckResult::Unchecked),
    };
    r.outcomes = {InspectionOutcome::NothingFound};
    r.unitRefusedToSign = true;
    r.refusalNote = QStringLiteral("负责人王建国称需请示董事会，拒绝在记录上签字。");
    return d;
}

InspectionDocumentData sampleBatchData()
{
    InspectionDocumentData d = bureau(QDate(2026, 4, 8));
    SamplingBatch &b = d.batch;
    b.id = 4;
    b.batchNumber = QStringLiteral("YQ1-2026-C0004");
    b.kind = SamplingKind::Plan;
    b.planName = QStringLiteral("2026年永清县产品质量监督抽查计划");
    b.unit.entityId = 12;
    b.unit.name = QStringLiteral("永清县恒通电缆有限公司");
    b.unit.code = QStringLiteral("91131023MA07K5QX3B");
    b.unit.address = QStringLiteral("河北省廊坊市永清县工业园区纬二路8号");
    b.unit.legalRepresentative = QStringLiteral("王建国");
    b.unit.contactPerson = QStringLiteral("刘芳");
    b.unit.phone = QStringLiteral("0316-6612345");
    b.product = QStringLiteral("聚氯乙烯绝缘电线");
    b.specification = QStringLiteral("BV 2.5mm² 450/750V");
    b.productionBatch = QStringLiteral("2026年3月12日/20260312-02");
    b.trademark = QStringLiteral("恒通");
    b.sampleQuantity = QStringLiteral("2卷（每卷100米）");
    b.sampledFrom = QStringLiteral("成品库");
    b.sampledOn = QDate(2026, 4, 8);
    b.samplers = {inspector(1, "insp1", "张三", "ZF13102301"), inspector(2, "insp2", "李四", "ZF13102302")};
    b.lab = QStringLiteral("河北省电线电缆产品质量监督检验中心");
    b.standard =
        QStringLiteral("GB/T 5023.3-2008《额定电压450/750V及以下聚氯乙烯绝缘电缆 第3部分：固定布线用无护套电缆》");
    b.section = QStringLiteral("质量监督股");
    return d;
}

InspectionDocumentData sampleDrawData()
{
    InspectionDocumentData d = bureau(QDate(2026, 1, 16));
    InspectionDraw &w = d.draw;
    w.id = 2;
    w.drawNumber = QStringLiteral("YQ1-2026-D002");
    w.request.pool.kinds = 0;
    w.request.pool.township = QStringLiteral("永清镇");
    w.request.domain = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    w.request.count = 3;
    w.request.perUnit = 2;
    w.request.seed = QStringLiteral("9f2c41d07ab35e68");
    w.request.drawnOn = QDate(2026, 1, 15);
    w.request.section = QStringLiteral("特种设备安全监察股");
    w.request.purpose = QStringLiteral("2026年第一季度特种设备使用单位双随机抽查");
    w.entityPool = {QStringLiteral("91131023MA07K5QX3B"), QStringLiteral("91131023MA0CX8L27K"),
                    QStringLiteral("91131023MA0D2N8T4P"), QStringLiteral("91131023MA0E7R1W6X"),
                    QStringLiteral("91131023MA0F3H9Y2M")};
    w.inspectorPool = {QStringLiteral("se1"), QStringLiteral("se2"), QStringLiteral("se3")};
    w.recusals = {{QStringLiteral("se3"), QStringLiteral("91131023MA0CX8L27K")}};
    w.entityPoolHash = QStringLiteral("3b6e1f0c9a4d2e7b8c5a1f3e6d9b0c2a4e7f1b3d5c8a0e2f4b6d8c1a3e5f7b90");
    w.inspectorPoolHash = QStringLiteral("a1c3e5f7b9d2f4a6c8e0b2d4f6a8c1e3b5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6");
    w.resultHash = QStringLiteral("5d7f9a2c4e6b8d0f1a3c5e7b9d2f4a6c8e0b2d4f6a8c1e3b5d7f9a2c4e6b8d01");
    w.picks = {
        {41,
         QStringLiteral("91131023MA0CX8L27K"),
         QStringLiteral("永清县华联商厦有限公司"),
         {inspector(7, "se1", "孙磊", "TS13102301"), inspector(8, "se2", "周敏", "TS13102302")},
         0},
        {44,
         QStringLiteral("91131023MA0F3H9Y2M"),
         QStringLiteral("永清县第一中学"),
         {inspector(9, "se3", "吴刚", "TS13102303"), inspector(7, "se1", "孙磊", "TS13102301")},
         0},
        {12,
         QStringLiteral("91131023MA07K5QX3B"),
         QStringLiteral("永清县恒通电缆有限公司"),
         {inspector(8, "se2", "周敏", "TS13102302"), inspector(9, "se3", "吴刚", "TS13102303")},
         0},
    };
    w.drawnBy = QStringLiteral("chief1");
    w.drawnAt = QStringLiteral("2026-01-15T01:20:00.000Z");
    return d;
}

} // namespace casedesk::test
