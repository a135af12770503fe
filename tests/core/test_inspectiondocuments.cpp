// InspectionDocuments: the report, the directive, the sampling notice and
// the draw record as pure functions of hand-built data, each compared with
// its reviewed golden HTML (CASEDESK_UPDATE_GOLDEN=1 rewrites them), plus
// the parts that vary with the data (draft, version, kind, certificates,
// outcomes, refusal to sign, oral-first directive, sampling kinds, recusals)
// and when each document may print.
#include "goldenfile.h"
#include "inspectiondocumentsample.h"
#include "inspections/inspectiondocuments.h"
#include "sampling/samplingclock.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// The text a reader sees: the body without tags, entities decoded.
QString plain(const QString &html)
{
    QString body = html.mid(html.indexOf(QStringLiteral("<body>")));
    body.remove(QLatin1Char('\n'));
    body.replace(QRegularExpression(QStringLiteral("<(p|tr|br)[^>]*>")), QStringLiteral("\n"));
    body.replace(QRegularExpression(QStringLiteral("<td[^>]*>")), QStringLiteral("|"));
    body.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    body.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return body.replace(QRegularExpression(QStringLiteral("\n+")), QStringLiteral("\n"));
}

QString reportText(const InspectionDocumentData &data)
{
    return plain(InspectionDocuments::html(InspectionDocumentKind::Report, data));
}

QString directiveText(const InspectionDocumentData &data)
{
    return plain(InspectionDocuments::html(InspectionDocumentKind::Directive, data));
}

} // namespace

TEST_CASE("Each inspection document matches its reviewed golden HTML", "[inspectiondocs][golden]")
{
    SECTION("report")
    {
        checkGolden(QStringLiteral("inspections/report.html"),
                    InspectionDocuments::html(InspectionDocumentKind::Report, sampleReportData()).toUtf8());
    }
    SECTION("draft report")
    {
        checkGolden(QStringLiteral("inspections/report-draft.html"),
                    InspectionDocuments::html(InspectionDocumentKind::Report, sampleDraftReportData()).toUtf8());
    }
    SECTION("directive")
    {
        checkGolden(QStringLiteral("inspections/directive.html"),
                    InspectionDocuments::html(InspectionDocumentKind::Directive, sampleReportData()).toUtf8());
    }
    SECTION("sampling notice")
    {
        checkGolden(QStringLiteral("inspections/sampling-notice.html"),
                    InspectionDocuments::html(InspectionDocumentKind::SamplingNotice, sampleBatchData()).toUtf8());
    }
    SECTION("draw record")
    {
        checkGolden(QStringLiteral("inspections/draw-record.html"),
                    InspectionDocuments::html(InspectionDocumentKind::DrawRecord, sampleDrawData()).toUtf8());
    }
}

TEST_CASE("Inspection documents carry the bureau, the title and the number of their kind", "[inspectiondocs]")
{
    struct Expect {
        InspectionDocumentKind kind;
        InspectionDocumentData data;
        const char *title;
        const char *number;
    };
    const Expect expected[] = {
        {InspectionDocumentKind::Report, sampleReportData(), "监督检查记录", "YQ1-2026-J0007"},
        {InspectionDocumentKind::Directive, sampleReportData(), "特种设备安全监察指令书", "永质监特令〔2026〕第003号"},
        {InspectionDocumentKind::SamplingNotice, sampleBatchData(), "产品质量监督抽查通知书", "YQ1-2026-C0004"},
        {InspectionDocumentKind::DrawRecord, sampleDrawData(), "随机抽查记录", "YQ1-2026-D002"},
    };
    for (const Expect &e : expected) {
        INFO(inspectionDocumentKinds().code(e.kind).toStdString());
        const QString html = InspectionDocuments::html(e.kind, e.data);
        CHECK(html.contains(QStringLiteral("<p class=\"bureau\">永清县质量技术监督局</p>")));
        CHECK(html.contains(QStringLiteral("<p class=\"title\">%1</p>").arg(QString::fromUtf8(e.title))));
        CHECK(html.contains(QStringLiteral("<p class=\"number\">编号：%1</p>").arg(QString::fromUtf8(e.number))));
        CHECK(InspectionDocuments::title(e.kind, e.data) ==
              QString::fromUtf8(e.title) + QLatin1Char(' ') + QString::fromUtf8(e.number));
        CHECK(html.contains(QStringLiteral("Noto Serif CJK SC")));
    }
}

TEST_CASE("The report shows the unit, the day, the kind, the basis and the inspectors", "[inspectiondocs]")
{
    const QString text = reportText(sampleReportData());
    CHECK(text.contains(QStringLiteral("|被检查单位|名称|永清县华联商厦有限公司")));
    CHECK(text.contains(QStringLiteral("|\n统一社会\n信用代码|91131023MA0CX8L27K|\n法定代表人\n（负责人）|赵立新")));
    CHECK(text.contains(QStringLiteral("|地址|河北省廊坊市永清县永安路36号")));
    CHECK(text.contains(QStringLiteral("|联系人|钱伟|联系电话|0316-6623456")));
    CHECK(text.contains(QStringLiteral("|检查时间|2026年3月5日|检查类别|专项检查（2026年春季电梯安全专项检查）")));
    CHECK(text.contains(QStringLiteral("|检查地点|永清县永安路36号华联商厦")));
    CHECK(text.contains(QStringLiteral("|检查设备|31101310232015060012 曳引驱动乘客电梯")));
    CHECK(text.contains(QStringLiteral("|检查依据|\n事中事后监管制度：特种设备安全监督检查制度\n"
                                       "责任事项一：对特种设备使用单位的安全管理情况实施监督检查\n"
                                       "责任事项二：对发现的事故隐患责令整改，情况紧急时下达安全监察指令")));
    // Special equipment: the special-equipment inspector certificates.
    CHECK(text.contains(QStringLiteral("|执法人员|姓名|孙磊|\n特种设备安全\n监察员证号|TS13102301")));
    CHECK(text.contains(QStringLiteral("|姓名|周敏|\n特种设备安全\n监察员证号|TS13102302")));
    CHECK_FALSE(text.contains(QStringLiteral("草")));
}

TEST_CASE("The report's checklist is a table with a result and a note per point", "[inspectiondocs]")
{
    const QString text = reportText(sampleReportData());
    CHECK(text.contains(QStringLiteral("|序号|检查内容|结果|备注\n|（一）使用登记与人员\n"
                                       "|1|\n电梯是否办理使用登记，登记证是否在有效期内|☑符合|\n")));
    CHECK(text.contains(QStringLiteral("|2.2|\n安全管理人员是否持证上岗|☒不符合|\n安全管理员钱伟证书已过期\n")));
    CHECK(text.contains(QStringLiteral("|（二）维护保养与检验\n|3|")));
    CHECK(text.contains(QStringLiteral("|5|\n应急救援演练记录|不适用|\n本年度演练尚未到期\n")));
    // A draft leaves unchecked points blank to fill in by hand.
    const QString draft = reportText(sampleDraftReportData());
    CHECK(draft.contains(QStringLiteral("|2|\n产品标识是否符合规定||\n")));
}

TEST_CASE("The report words each outcome", "[inspectiondocs]")
{
    const QString text = reportText(sampleReportData());
    CHECK(text.contains(QStringLiteral("|处理措施|\n一、责令于2026年3月20日前改正并复查；\n"
                                       "二、下达特种设备安全监察指令书（永质监特令〔2026〕第003号），"
                                       "已于2026年3月5日口头下达；\n"
                                       "三、立案查处（案件线索号：YQ1-A-2026-0011）。\n")));

    InspectionDocumentData data = sampleReportData();
    Inspection &r = data.inspection;
    r.outcomes = {InspectionOutcome::Directive};
    r.directiveOralFirst = false;
    CHECK(
        reportText(data).contains(QStringLiteral("|处理措施|\n下达特种设备安全监察指令书（永质监特令〔2026〕第003号），"
                                                 "责令于2026年3月20日前改正并复查。\n")));
    r.outcomes = {InspectionOutcome::SealSeize, InspectionOutcome::ReportUpward};
    r.sealSeizeNote = QStringLiteral("查封3号乘客电梯");
    r.reportedTo = QStringLiteral("廊坊市质量技术监督局");
    CHECK(reportText(data).contains(
        QStringLiteral("一、查封、扣押：查封3号乘客电梯；\n二、报告上级（廊坊市质量技术监督局）。\n")));
    r.outcomes = {InspectionOutcome::NothingFound};
    r.findings.clear();
    CHECK(reportText(data).contains(QStringLiteral("|检查发现的问题|\n无\n|处理措施|\n未发现问题。\n")));
}

TEST_CASE("The report has a signature for each inspector and the unit, or the noted refusal", "[inspectiondocs]")
{
    const QString text = reportText(sampleReportData());
    CHECK(
        text.contains(QStringLiteral("|执法人员签名|孙磊|\n \n |日期|2026年3月5日\n|周敏|\n \n |日期|2026年3月5日\n")));
    CHECK(text.contains(QStringLiteral("|被检查单位负责人签名|赵立新|\n \n |日期|2026年3月5日\n")));
    CHECK(
        text.contains(QStringLiteral("告知：本记录由永清县质量技术监督局归档保存，并依法向社会公开，公众可以查阅。")));

    const QString refused = reportText(sampleDraftReportData());
    CHECK(refused.contains(QStringLiteral("|被检查单位负责人签名|\n被检查单位负责人拒绝签字。\n"
                                          "负责人王建国称需请示董事会，拒绝在记录上签字。\n"
                                          "执法人员张三、李四在场见证，2026年4月1日。\n")));
}

TEST_CASE("A draft report is marked and a corrected one gives its version and reason", "[inspectiondocs]")
{
    const InspectionDocumentData draft = sampleDraftReportData();
    const QString html = InspectionDocuments::html(InspectionDocumentKind::Report, draft);
    CHECK(html.contains(QStringLiteral("<p class=\"draft\">草　稿（尚未完成，不作为正式记录）</p>")));
    CHECK(html.indexOf(QStringLiteral("class=\"draft\"")) < html.indexOf(QStringLiteral("class=\"bureau\"")));
    // Not special equipment: the enforcement certificates; a routine check at the unit's address.
    const QString text = plain(html);
    CHECK(text.contains(QStringLiteral("|执法人员|姓名|张三|执法证号|ZF13102301")));
    CHECK(text.contains(QStringLiteral("|检查类别|日常检查")));
    CHECK(text.contains(QStringLiteral("|检查地点|河北省廊坊市永清县工业园区纬二路8号")));
    CHECK_FALSE(text.contains(QStringLiteral("检查设备")));
    CHECK_FALSE(text.contains(QStringLiteral("第1版")));

    InspectionDocumentData corrected = sampleReportData();
    corrected.inspection.version = 3;
    corrected.inspection.correctionReason = QStringLiteral("检查设备的注册代码录入有误");
    const QString correctedText = reportText(corrected);
    CHECK(correctedText.contains(
        QStringLiteral("编号：YQ1-2026-J0007（第3版）\n本记录为第3版，更正原因：检查设备的注册代码录入有误\n")));
    CHECK(InspectionDocuments::title(InspectionDocumentKind::Report, corrected) ==
          QStringLiteral("监督检查记录 YQ1-2026-J0007 第3版"));
}

TEST_CASE("The report names each kind of inspection", "[inspectiondocs]")
{
    InspectionDocumentData data = sampleReportData();
    data.inspection.campaign = QStringLiteral("春节期间特种设备安全检查");
    const QList<QPair<InspectionKind, QString>> kinds = {
        {InspectionKind::Routine, QStringLiteral("日常检查")},
        {InspectionKind::Campaign, QStringLiteral("专项检查（春节期间特种设备安全检查）")},
        {InspectionKind::KeyPeriod, QStringLiteral("重点时段检查（春节期间特种设备安全检查）")},
        {InspectionKind::Complaint, QStringLiteral("举报核查")},
        {InspectionKind::FollowUp, QStringLiteral("复查")},
    };
    for (const auto &kind : kinds) {
        data.inspection.kind = kind.first;
        CHECK(reportText(data).contains(QStringLiteral("|检查类别|") + kind.second + QLatin1Char('\n')));
    }
}

TEST_CASE("The directive states the problems, the basis, the demands, the deadline and the oral order",
          "[inspectiondocs]")
{
    const QString text = directiveText(sampleReportData());
    CHECK(text.contains(QStringLiteral("\n永清县华联商厦有限公司：\n")));
    CHECK(text.contains(
        QStringLiteral("2026年3月5日，本局执法人员孙磊、周敏依法对你单位（永清县永安路36号华联商厦）"
                       "使用的特种设备（31101310232015060012 曳引驱动乘客电梯）进行了特种设备安全监督检查，"
                       "发现存在下列问题：\n　　1. 安全管理人员钱伟的特种设备作业人员证")));
    CHECK(text.contains(QStringLiteral("上述问题不符合《中华人民共和国特种设备安全法》的有关规定。"
                                       "依据《中华人民共和国特种设备安全法》，现责令你单位：\n"
                                       "　　1. 立即停止使用3号乘客电梯")));
    CHECK(text.contains(QStringLiteral("请于2026年3月20日前改正完毕，并将改正情况书面报告本局，本局将进行复查。")));
    CHECK(text.contains(QStringLiteral("本指令已于2026年3月5日口头下达，现予书面补发。")));
    CHECK(text.contains(QStringLiteral("执法人员：孙磊（特种设备安全监察员证号：TS13102301）、"
                                       "周敏（特种设备安全监察员证号：TS13102302）")));
    CHECK(text.contains(QStringLiteral("被检查单位签收人：")));
    CHECK(text.contains(QStringLiteral("永清县质量技术监督局（印章）\n二〇二六年三月五日")));
    // No article is cited that the record does not hold.
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("第[一二三四五六七八九十百0-9]+条"))));

    InspectionDocumentData written = sampleReportData();
    written.inspection.directiveOralFirst = false;
    CHECK_FALSE(directiveText(written).contains(QStringLiteral("口头下达")));
}

TEST_CASE("The sampling notice lists the samples and the enterprise's rights", "[inspectiondocs]")
{
    const InspectionDocumentData data = sampleBatchData();
    const QString text = plain(InspectionDocuments::html(InspectionDocumentKind::SamplingNotice, data));
    CHECK(text.contains(QStringLiteral("根据2026年永清县产品质量监督抽查计划，本局依法抽查你单位的下列产品：")));
    CHECK(text.contains(QStringLiteral("|产品名称|聚氯乙烯绝缘电线|规格型号|BV 2.5mm² 450/750V")));
    CHECK(text.contains(QStringLiteral("|生产日期/批号|2026年3月12日/20260312-02|商标|恒通")));
    CHECK(text.contains(QStringLiteral("|抽样数量|2卷（每卷100米）|抽样地点|成品库")));
    CHECK(text.contains(QStringLiteral("|抽查类别|计划抽查|抽样日期|2026年4月8日")));
    CHECK(text.contains(QStringLiteral("|检验机构|河北省电线电缆产品质量监督检验中心")));
    CHECK(text.contains(QStringLiteral("|抽样人员|张三（执法证号：ZF13102301）、李四（执法证号：ZF13102302）")));
    CHECK(text.contains(QStringLiteral("不得由你单位自行选送")));
    CHECK(text.contains(QStringLiteral("无正当理由不得拒绝")));
    CHECK(text.contains(QStringLiteral("不得擅自更换、隐匿、处理已抽查封存的样品")));
    // The periods are SamplingClock's, in Chinese numbers.
    REQUIRE(SamplingClock::kObjectionDays == 15);
    CHECK(text.contains(QStringLiteral("可以自收到检验报告之日起十五日内向本局申请复检")));
    CHECK(text.contains(QStringLiteral("自收到检验报告之日起三十日内完成整改")));
    CHECK(text.contains(QStringLiteral("受检单位（签名、盖章）：|\n永清县质量技术监督局（印章）\n二〇二六年四月八日")));

    InspectionDocumentData objection = data;
    objection.batch.kind = SamplingKind::Objection;
    objection.batch.parentNumber = QStringLiteral("YQ1-2026-C0001");
    CHECK(plain(InspectionDocuments::html(InspectionDocumentKind::SamplingNotice, objection))
              .contains(QStringLiteral("|抽查类别|复检（原抽查编号：YQ1-2026-C0001）|")));
}

TEST_CASE("The draw record gives the seed, the pools' hashes, the recusals, the result and how to re-run it",
          "[inspectiondocs]")
{
    const InspectionDocumentData data = sampleDrawData();
    const QString text = plain(InspectionDocuments::html(InspectionDocumentKind::DrawRecord, data));
    CHECK(text.contains(QStringLiteral("|抽取日期|2026年1月15日|监管领域|特种设备")));
    CHECK(text.contains(QStringLiteral("|抽查事项|2026年第一季度特种设备使用单位双随机抽查")));
    CHECK(text.contains(QStringLiteral("|对象库筛选条件|") + data.draw.request.pool.toText() + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("|随机种子|9f2c41d07ab35e68|抽取数量|3户，每户执法人员2名")));
    CHECK(text.contains(QStringLiteral("|检查对象库|\n共5户\nSHA-256：") + data.draw.entityPoolHash));
    CHECK(text.contains(QStringLiteral("|执法人员库|\n共3人\nSHA-256：") + data.draw.inspectorPoolHash));
    CHECK(text.contains(
        QStringLiteral("|回避情况|\n执法人员吴刚（se3）回避永清县华联商厦有限公司（91131023MA0CX8L27K）\n")));
    CHECK(text.contains(QStringLiteral("|序号|单位|统一社会信用代码|执法人员\n"
                                       "|1|永清县华联商厦有限公司|91131023MA0CX8L27K|孙磊、周敏\n"
                                       "|2|永清县第一中学|91131023MA0F3H9Y2M|吴刚、孙磊\n"
                                       "|3|永清县恒通电缆有限公司|91131023MA07K5QX3B|周敏、吴刚\n")));
    CHECK(text.contains(QStringLiteral("\n结果校验值（SHA-256）：") + data.draw.resultHash + QLatin1Char('\n')));
    CHECK(text.contains(QStringLiteral("“随机种子:i”（UTF-8编码）的SHA-256值")));
    CHECK(text.contains(QStringLiteral("部分Fisher–Yates洗牌")));
    CHECK(text.contains(QStringLiteral("se1、se2、se3")));
    CHECK(text.contains(data.draw.entityPool.join(QStringLiteral("、"))));

    // Without a pick to name them, the login and the code.
    InspectionDocumentData unnamed = data;
    unnamed.draw.picks.clear();
    CHECK(plain(InspectionDocuments::html(InspectionDocumentKind::DrawRecord, unnamed))
              .contains(QStringLiteral("|回避情况|\n执法人员se3回避91131023MA0CX8L27K\n")));

    InspectionDocumentData plainDraw = data;
    plainDraw.draw.recusals.clear();
    plainDraw.draw.request.pool = {};
    const QString other = plain(InspectionDocuments::html(InspectionDocumentKind::DrawRecord, plainDraw));
    CHECK(other.contains(QStringLiteral("|回避情况|无\n")));
    CHECK(other.contains(QStringLiteral("|对象库筛选条件|全部在册单位\n")));
}

TEST_CASE("A draw record of a very large pool prints its size and hash, not the list", "[inspectiondocs]")
{
    InspectionDocumentData data = sampleDrawData();
    QStringList pool;
    for (int i = 0; i < 2001; ++i)
        pool << QStringLiteral("91131023MA%1").arg(i, 8, 10, QLatin1Char('0'));
    data.draw.entityPool = pool;
    const QString text = plain(InspectionDocuments::html(InspectionDocumentKind::DrawRecord, data));
    CHECK(text.contains(QStringLiteral("共2001户，超过打印上限，完整清单保存在本局的抽取记录中。")));
    CHECK_FALSE(text.contains(pool.at(1000)));
}

TEST_CASE("Every value in an inspection document is escaped and printed as typed", "[inspectiondocs]")
{
    InspectionDocumentData data = sampleReportData();
    data.inspection.unit.name = QStringLiteral("A&B <电梯> \"公司\"");
    data.inspection.checklist.first().note = QStringLiteral("<b>粗</b>");
    for (InspectionDocumentKind kind : {InspectionDocumentKind::Report, InspectionDocumentKind::Directive}) {
        const QString html = InspectionDocuments::html(kind, data);
        CHECK(html.contains(QStringLiteral("A&amp;B &lt;电梯&gt; &quot;公司&quot;")));
        CHECK_FALSE(html.contains(QStringLiteral("<电梯>")));
    }
    CHECK(InspectionDocuments::html(InspectionDocumentKind::Report, data)
              .contains(QStringLiteral("&lt;b&gt;粗&lt;/b&gt;")));
}

TEST_CASE("Inspection documents do not depend on the day they are rendered", "[inspectiondocs]")
{
    InspectionDocumentData data = sampleReportData();
    const QString before = InspectionDocuments::html(InspectionDocumentKind::Report, data);
    data.printedOn = QDate(2030, 1, 1);
    CHECK(InspectionDocuments::html(InspectionDocumentKind::Report, data) == before);
}

TEST_CASE("Inspection document kinds have stable codes and English names", "[inspectiondocs]")
{
    CHECK(inspectionDocumentKinds().code(InspectionDocumentKind::Report) == QStringLiteral("report"));
    CHECK(inspectionDocumentKinds().code(InspectionDocumentKind::Directive) == QStringLiteral("directive"));
    CHECK(inspectionDocumentKinds().code(InspectionDocumentKind::SamplingNotice) == QStringLiteral("sampling-notice"));
    CHECK(inspectionDocumentKinds().code(InspectionDocumentKind::DrawRecord) == QStringLiteral("draw-record"));
    CHECK(inspectionDocumentKinds().name(InspectionDocumentKind::Report) == QStringLiteral("Inspection report"));
    CHECK(inspectionDocumentKinds().parse(QStringLiteral("sampling-notice")) == InspectionDocumentKind::SamplingNotice);
}

TEST_CASE("A directive prints only from a finished record that gave one; a report prints from a draft too",
          "[inspectiondocs]")
{
    const InspectionDocumentData finished = sampleReportData();
    CHECK(InspectionDocuments::available(InspectionDocumentKind::Report, finished));
    CHECK(InspectionDocuments::available(InspectionDocumentKind::Directive, finished));

    const InspectionDocumentData draft = sampleDraftReportData();
    CHECK(InspectionDocuments::available(InspectionDocumentKind::Report, draft));

    SECTION("a draft with the directive outcome")
    {
        InspectionDocumentData data = sampleReportData();
        data.inspection.status = InspectionStatus::Draft;
        const Status s = InspectionDocuments::available(InspectionDocumentKind::Directive, data);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().refusal);
        CHECK(s.error().message ==
              QStringLiteral("The directive of inspection YQ1-2026-J0007 prints once the record is finished; it is "
                             "still a draft."));
    }
    SECTION("a finished record without the directive outcome")
    {
        InspectionDocumentData data = sampleReportData();
        data.inspection.outcomes = {InspectionOutcome::OrderToCorrect};
        const Status s = InspectionDocuments::available(InspectionDocumentKind::Directive, data);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().refusal);
        CHECK(s.error().message == QStringLiteral("Inspection YQ1-2026-J0007 gave no safety supervision directive."));
    }
    SECTION("nothing loaded")
    {
        const InspectionDocumentData empty;
        for (InspectionDocumentKind kind : inspectionDocumentKinds().values()) {
            INFO(inspectionDocumentKinds().code(kind).toStdString());
            const Status s = InspectionDocuments::available(kind, empty);
            REQUIRE_FALSE(s.ok());
            CHECK(s.error().refusal);
        }
        CHECK(InspectionDocuments::available(InspectionDocumentKind::SamplingNotice, sampleBatchData()));
        CHECK(InspectionDocuments::available(InspectionDocumentKind::DrawRecord, sampleDrawData()));
        CHECK_FALSE(InspectionDocuments::available(InspectionDocumentKind::DrawRecord, sampleBatchData()));
    }
}
