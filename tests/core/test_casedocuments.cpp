// CaseDocuments: the five documents as pure functions of hand-built data,
// each compared with its reviewed golden HTML (CASEDESK_UPDATE_GOLDEN=1
// rewrites them), plus the parts that vary with the data (party kind,
// hearing, numbers before filing, lateness, revocation, escaping) and when
// each document becomes available.
#include "casedocumentsample.h"
#include "cases/casedocumenthtml.h"
#include "cases/casedocuments.h"
#include "goldenfile.h"

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
    body.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    body.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return body.replace(QRegularExpression(QStringLiteral("\n+")), QStringLiteral("\n"));
}

EnforcementCase atStage(CaseStage stage)
{
    EnforcementCase c = sampleDocumentData().c;
    c.stage = stage;
    return c;
}

} // namespace

TEST_CASE("Each case document matches its reviewed golden HTML", "[cases][casedocs][golden]")
{
    const CaseDocumentData data = sampleDocumentData();
    for (CaseDocumentKind kind : caseDocumentKinds().values()) {
        const QString code = caseDocumentKinds().code(kind);
        SECTION(code.toStdString())
        {
            checkGolden(QStringLiteral("cases/%1.html").arg(code), CaseDocuments::html(kind, data).toUtf8());
        }
    }
}

TEST_CASE("Case documents carry the bureau, the title and the number of their kind", "[cases][casedocs]")
{
    const CaseDocumentData data = sampleDocumentData();
    struct Expect {
        CaseDocumentKind kind;
        const char *title;
        const char *number;
    };
    const Expect expected[] = {
        {CaseDocumentKind::FilingApproval, "立案审批表", "永质监罚字〔2026〕第007号"},
        {CaseDocumentKind::CorrectionOrder, "责令改正通知书", "永质监责改字〔2026〕第007号"},
        {CaseDocumentKind::PenaltyNotice, "行政处罚告知书", "永质监罚告字〔2026〕第007号"},
        {CaseDocumentKind::PenaltyDecision, "行政处罚决定书", "永质监罚字〔2026〕第007号"},
        {CaseDocumentKind::ClosingApproval, "结案审批表", "永质监罚字〔2026〕第007号"},
    };
    for (const Expect &e : expected) {
        const QString html = CaseDocuments::html(e.kind, data);
        INFO(caseDocumentKinds().code(e.kind).toStdString());
        CHECK(html.contains(QStringLiteral("<p class=\"bureau\">永清县质量技术监督局</p>")));
        CHECK(html.contains(QStringLiteral("<p class=\"title\">%1</p>").arg(QString::fromUtf8(e.title))));
        CHECK(html.contains(QString::fromUtf8(e.number)));
        CHECK(CaseDocuments::title(e.kind, data) ==
              QString::fromUtf8(e.title) + QLatin1Char(' ') + QString::fromUtf8(e.number));
    }
}

TEST_CASE("The decision states the penalties, payment, late fee, rights, seal and date", "[cases][casedocs]")
{
    const QString text = plain(CaseDocuments::html(CaseDocumentKind::PenaltyDecision, sampleDocumentData()));
    CHECK(text.contains(QStringLiteral("当事人：永清县恒通电缆有限公司")));
    CHECK(text.contains(QStringLiteral("统一社会信用代码：91131023MA07K5QX3B")));
    CHECK(text.contains(QStringLiteral("三、罚款人民币壹拾贰万元整（¥120,000.00）；")));
    CHECK(text.contains(QStringLiteral("四、没收违法所得人民币肆仟捌佰元伍角（¥4,800.50）。")));
    CHECK(text.contains(
        QStringLiteral("一、责令改正：立即停止生产、销售不合格电线，对库存产品进行清理，于2026年3月20日前改正完毕；")));
    CHECK(
        text.contains(QStringLiteral("鉴于当事人积极配合调查，主动停止生产并召回已售出产品，依据本局行政处罚裁量基准，"
                                     "对当事人的罚款按从轻档次裁量。")));
    CHECK(text.contains(QStringLiteral("自收到本决定书之日起十五日内")));
    CHECK(text.contains(QStringLiteral("每日按罚款数额的百分之三加处罚款")));
    CHECK(text.contains(QStringLiteral("六十日内向上一级主管部门或者本级人民政府申请行政复议")));
    CHECK(text.contains(QStringLiteral("六个月内依法向人民法院提起行政诉讼")));
    CHECK(text.contains(QStringLiteral("《行政处罚告知书》（永质监罚告字〔2026〕第007号）")));
    CHECK(text.contains(QStringLiteral("永清县质量技术监督局（印章）\n二〇二六年三月五日")));
}

TEST_CASE("The notice gives the hearing right only when the hearing notice was given", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    QString text = plain(CaseDocuments::html(CaseDocumentKind::PenaltyNotice, data));
    CHECK(text.contains(QStringLiteral("永清县恒通电缆有限公司：")));
    CHECK(text.contains(QStringLiteral("收到本告知书之日起三日内向本局提出陈述和申辩")));
    CHECK(text.contains(QStringLiteral("收到本告知书之日起五日内向本局提出")));
    CHECK(text.contains(QStringLiteral("本局拟对你单位作出如下行政处罚：")));
    CHECK(text.contains(QStringLiteral("二〇二六年二月二十日")));

    data.c.hearingNoticeGiven = false;
    text = plain(CaseDocuments::html(CaseDocumentKind::PenaltyNotice, data));
    CHECK_FALSE(text.contains(QStringLiteral("听证")));
    CHECK(text.contains(QStringLiteral("陈述和申辩")));
    const QString decision = plain(CaseDocuments::html(CaseDocumentKind::PenaltyDecision, data));
    CHECK(decision.contains(QStringLiteral("依法享有的陈述、申辩的权利")));
    CHECK_FALSE(decision.contains(QStringLiteral("听证")));
}

TEST_CASE("A person as the party is named with the ID number and addressed as 你", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    data.c.party = {PartyKind::Person,
                    0,
                    QStringLiteral("刘小明"),
                    QStringLiteral("13102319800101001X"),
                    QStringLiteral("永清县城关镇东街1号"),
                    {},
                    QStringLiteral("13900000000")};
    const QString decision = plain(CaseDocuments::html(CaseDocumentKind::PenaltyDecision, data));
    CHECK(decision.contains(QStringLiteral("身份证号码：13102319800101001X")));
    CHECK(decision.contains(QStringLiteral("住址：永清县城关镇东街1号")));
    CHECK_FALSE(decision.contains(QStringLiteral("法定代表人（负责人）")));
    const QString order = plain(CaseDocuments::html(CaseDocumentKind::CorrectionOrder, data));
    CHECK(order.contains(QStringLiteral("刘小明：")));
    CHECK(order.contains(QStringLiteral("本局责令你：")));
    CHECK_FALSE(order.contains(QStringLiteral("你单位")));
    const QString form = plain(CaseDocuments::html(CaseDocumentKind::FilingApproval, data));
    CHECK(form.contains(QStringLiteral("姓名")));
    CHECK(form.contains(QStringLiteral("身份证号码")));
}

TEST_CASE("The filing form of a lead shows the lead number, blank approvals and the three months", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    data.c.stage = CaseStage::Lead;
    data.c.number = {};
    data.c.filedOn = {};
    data.steps.clear();
    data.clock = {};
    const QString html = CaseDocuments::html(CaseDocumentKind::FilingApproval, data);
    const QString text = plain(html);
    CHECK(text.contains(QStringLiteral("编号：YQ-A-2026-0003")));
    CHECK_FALSE(text.contains(QStringLiteral("〔2026〕")));
    CHECK(text.contains(QStringLiteral("自立案之日起三个月内作出处理决定。")));
    // Three opinions to sign by hand: blank name and date.
    CHECK(text.count(QRegularExpression(QStringLiteral("签名：\\x{3000}+年\\x{3000}+月\\x{3000}+日"))) == 3);
    CHECK_FALSE(text.contains(QStringLiteral("赵志刚")));
    CHECK(CaseDocuments::title(CaseDocumentKind::FilingApproval, data) == QStringLiteral("立案审批表 YQ-A-2026-0003"));

    // Once filed, the head's approval prints with the signer and the date.
    const QString filed = plain(CaseDocuments::html(CaseDocumentKind::FilingApproval, sampleDocumentData()));
    CHECK(filed.contains(QStringLiteral("同意立案，由张三、李四承办。\n签名：赵志刚　　　2026年1月8日")));
    CHECK(filed.contains(QStringLiteral("自2026年1月8日立案之日起三个月内作出处理决定，至2026年4月8日。\n"
                                        "办案期限届满日：2026年4月8日。")));
    CHECK(filed.contains(QStringLiteral("ZF13102301")));
}

TEST_CASE("The closing form says whether the decision kept the deadline", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    QString text = plain(CaseDocuments::html(CaseDocumentKind::ClosingApproval, data));
    CHECK(
        text.contains(QStringLiteral("办案期限届满日：2026年4月8日。\n于2026年3月5日作出处理决定，未超过办案期限。")));
    CHECK(text.contains(
        QStringLiteral("2026年3月6日直接送达处罚决定书；2026年3月18日执行完毕；"
                       "已缴纳罚没款人民币壹拾贰万肆仟捌佰元伍角（¥124,800.50），票据号码：冀财罚No.0012345。")));
    CHECK(text.contains(QStringLiteral("处罚决定已执行完毕，同意结案。\n签名：赵志刚　　　2026年3月25日")));

    data.c.decidedOn = QDate(2026, 4, 11);
    text = plain(CaseDocuments::html(CaseDocumentKind::ClosingApproval, data));
    CHECK(text.contains(QStringLiteral("于2026年4月11日作出处理决定，超过办案期限3日。")));
}

TEST_CASE("The approval forms print the clock's extension and stops in Chinese", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    data.c.extension = ClockExtension{QDate(2026, 3, 1), 30, QStringLiteral("案情复杂"), QStringLiteral("赵志刚")};
    data.c.stops = {{1, ClockStopKind::Testing, QDate(2026, 1, 20), QDate(2026, 1, 29), QStringLiteral("送检")},
                    {2, ClockStopKind::Hearing, QDate(2026, 3, 2), QDate(), QStringLiteral("当事人要求听证")}};
    data.clock.basis = QStringLiteral("English words the documents do not print");
    data.clock.extensionDays = 30;
    data.clock.stoppedDays = 35;
    data.clock.due = QDate(2026, 6, 12);
    for (CaseDocumentKind kind : {CaseDocumentKind::FilingApproval, CaseDocumentKind::ClosingApproval}) {
        const QString text = plain(CaseDocuments::html(kind, data));
        CHECK(
            text.contains(QStringLiteral("自2026年1月8日立案之日起三个月内作出处理决定，至2026年4月8日。\n"
                                         "2026年3月1日经负责人赵志刚批准延长30日（案情复杂）。\n"
                                         "检测、检验、检疫、技术鉴定期间2026年1月20日至2026年1月29日不计入办案期限。\n"
                                         "听证期间自2026年3月2日起，尚未结束，不计入办案期限。\n"
                                         "不计入办案期限的期间共计35日。\n"
                                         "办案期限届满日：2026年6月12日。")));
        CHECK_FALSE(text.contains(QStringLiteral("English")));
    }
}

TEST_CASE("A revocation names the licence number", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    Penalty revoke;
    revoke.kind = PenaltyKind::RevokeLicence;
    revoke.licenceId = 44;
    revoke.details = QStringLiteral("全国工业产品生产许可证");
    data.c.penalties = {revoke};
    data.licenceNumbers = {{43, QStringLiteral("XK06-001-00001")}, {44, QStringLiteral("XK06-001-00044")}};
    const QString text = plain(CaseDocuments::html(CaseDocumentKind::PenaltyDecision, data));
    CHECK(text.contains(QStringLiteral("一、吊销全国工业产品生产许可证（编号：XK06-001-00044）。")));
    CHECK_FALSE(text.contains(QStringLiteral("每日按罚款数额")));
    CHECK_FALSE(text.contains(QStringLiteral("缴纳罚没款")));
}

TEST_CASE("Every value in a case document is escaped and printed as typed", "[cases][casedocs]")
{
    CaseDocumentData data = sampleDocumentData();
    data.c.party.name = QStringLiteral("<b>A&B</b> \"公司\"");
    data.c.facts = QStringLiteral("<script>x</script>");
    data.c.title = QStringLiteral("<i>案</i>");
    data.c.handlers.first().name = QStringLiteral("张%2三%1");
    for (CaseDocumentKind kind : caseDocumentKinds().values()) {
        const QString html = CaseDocuments::html(kind, data);
        INFO(caseDocumentKinds().code(kind).toStdString());
        CHECK_FALSE(html.contains(QStringLiteral("<b>A")));
        CHECK_FALSE(html.contains(QStringLiteral("<i>")));
        CHECK_FALSE(html.contains(QStringLiteral("<script>")));
        CHECK(html.contains(QStringLiteral("&lt;b&gt;A&amp;B&lt;/b&gt; &quot;公司&quot;")));
        if (kind == CaseDocumentKind::FilingApproval || kind == CaseDocumentKind::PenaltyNotice)
            CHECK(html.contains(QStringLiteral("张%2三%1"))); // placeholders in values stay as typed
    }
}

TEST_CASE("Case documents do not depend on the day they are rendered", "[cases][casedocs]")
{
    const CaseDocumentData data = sampleDocumentData();
    for (CaseDocumentKind kind : caseDocumentKinds().values())
        CHECK(CaseDocuments::html(kind, data) == CaseDocuments::html(kind, sampleDocumentData()));
    // Undated letters fall back to the printing day, never to the clock.
    CaseDocumentData draft = sampleDocumentData();
    draft.c.decidedOn = {};
    CHECK(plain(CaseDocuments::html(CaseDocumentKind::CorrectionOrder, draft))
              .contains(QStringLiteral("（印章）\n二〇二六年三月二十六日")));
}

TEST_CASE("Documents dates and numbers are written the Chinese way", "[cases][casedocs]")
{
    using namespace CaseDocumentHtml;
    CHECK(chineseDateText(QDate(2026, 3, 5)) == QStringLiteral("二〇二六年三月五日"));
    CHECK(chineseDateText(QDate(2030, 12, 31)) == QStringLiteral("二〇三〇年十二月三十一日"));
    CHECK(chineseDateText(QDate(2026, 10, 20)) == QStringLiteral("二〇二六年十月二十日"));
    CHECK(chineseDateText(QDate()).isEmpty());
    CHECK(dateText(QDate(2026, 3, 5)) == QStringLiteral("2026年3月5日"));
    CHECK(chineseNumberText(1) == QStringLiteral("一"));
    CHECK(chineseNumberText(10) == QStringLiteral("十"));
    CHECK(chineseNumberText(15) == QStringLiteral("十五"));
    CHECK(chineseNumberText(60) == QStringLiteral("六十"));
    CHECK(chineseNumberText(99) == QStringLiteral("九十九"));
}

TEST_CASE("Document kinds have stable codes and English names", "[cases][casedocs]")
{
    CHECK(caseDocumentKinds().code(CaseDocumentKind::FilingApproval) == QStringLiteral("filing-approval"));
    CHECK(caseDocumentKinds().code(CaseDocumentKind::CorrectionOrder) == QStringLiteral("correction-order"));
    CHECK(caseDocumentKinds().code(CaseDocumentKind::PenaltyNotice) == QStringLiteral("penalty-notice"));
    CHECK(caseDocumentKinds().code(CaseDocumentKind::PenaltyDecision) == QStringLiteral("penalty-decision"));
    CHECK(caseDocumentKinds().code(CaseDocumentKind::ClosingApproval) == QStringLiteral("closing-approval"));
    CHECK(caseDocumentKinds().name(CaseDocumentKind::FilingApproval) == QStringLiteral("Filing approval form"));
    CHECK(caseDocumentKinds().parse(QStringLiteral("Penalty decision")) == CaseDocumentKind::PenaltyDecision);
    CHECK(caseDocumentKinds().parse(QStringLiteral("closing-approval")) == CaseDocumentKind::ClosingApproval);
    CHECK_FALSE(caseDocumentKinds().parse(QStringLiteral("receipt")).has_value());
}

TEST_CASE("Each document is available from the stage it belongs to", "[cases][casedocs]")
{
    using K = CaseDocumentKind;
    using S = CaseStage;
    struct Row {
        S stage;
        QList<K> kinds;
    };
    const QList<Row> rows = {
        {S::Lead, {K::FilingApproval}},
        {S::Filed, {K::FilingApproval, K::CorrectionOrder}},
        {S::Investigating, {K::FilingApproval, K::CorrectionOrder}},
        {S::UnderReview, {K::FilingApproval, K::CorrectionOrder}},
        {S::PartyNotified, {K::FilingApproval, K::CorrectionOrder, K::PenaltyNotice}},
        {S::Decided, {K::FilingApproval, K::CorrectionOrder, K::PenaltyNotice, K::PenaltyDecision}},
        {S::Served, {K::FilingApproval, K::CorrectionOrder, K::PenaltyNotice, K::PenaltyDecision}},
        {S::Executed, caseDocumentKinds().values()},
        {S::Closed, caseDocumentKinds().values()},
        {S::Archived, caseDocumentKinds().values()},
        {S::Withdrawn, {K::FilingApproval}},
        {S::Transferred, {K::FilingApproval}},
    };
    for (const Row &row : rows) {
        EnforcementCase c = atStage(row.stage);
        if (row.stage == S::Lead)
            c.number = {};
        if (row.stage == S::Withdrawn || row.stage == S::Transferred) {
            c.decidedOn = {};
            c.endedOn = QDate(2026, 2, 25);
        }
        INFO(caseStages().code(row.stage).toStdString());
        CHECK(CaseDocuments::availableKinds(c) == row.kinds);
    }

    SECTION("a lead that was not filed still has its filing form, with the refusal")
    {
        EnforcementCase c = atStage(S::NotFiled);
        c.number = {};
        c.endedOn = QDate(2026, 1, 8);
        CHECK(CaseDocuments::availableKinds(c) == QList<K>{K::FilingApproval});
    }
    SECTION("an archive of a withdrawn case holds no decision")
    {
        EnforcementCase c = atStage(S::Archived);
        c.decidedOn = {};
        c.endedOn = QDate(2026, 2, 25);
        CHECK(CaseDocuments::availableKinds(c) == QList<K>{K::FilingApproval});
    }
    SECTION("no correction order without an order to correct")
    {
        EnforcementCase c = atStage(S::Closed);
        c.penalties.removeFirst();
        const Status s = CaseDocuments::available(K::CorrectionOrder, c);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().refusal);
        CHECK(s.error().message.contains(QStringLiteral("order to correct")));
        CHECK(CaseDocuments::available(K::PenaltyDecision, c).ok());
    }
    SECTION("a refusal names the document and the stage")
    {
        const Status s = CaseDocuments::available(K::PenaltyDecision, atStage(S::PartyNotified));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("penalty decision")));
        CHECK(s.error().message.contains(caseStages().name(S::PartyNotified)));
    }
}
