// ListHtmlRenderer: the detail pane's HTML from plain values. Checks the
// structure (headings, tables, grouping), that every published text is
// escaped, and that nothing is silently dropped.
#include "dutylist/listhtmlrenderer.h"
#include "dutylist/supervisiondomain.h"

#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

EditionRow sampleEdition()
{
    EditionRow e;
    e.id = 7;
    e.label = QStringLiteral("2015年6月");
    e.department = QStringLiteral("永清县质量技术监督局");
    e.region = QStringLiteral("永清县");
    e.published = QStringLiteral("2015-06");
    e.importedAt = QStringLiteral("2026-01-02T03:04:05Z");
    e.dutyCount = 9;
    e.itemCount = 58;
    e.boundaryCount = 4;
    e.systemCount = 7;
    e.serviceCount = 4;
    return e;
}

SupervisionSystem sampleSystem()
{
    SupervisionSystem s;
    s.number = QStringLiteral("七");
    s.title = QStringLiteral("特种设备监管");
    s.domain = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    s.intro = QStringLiteral("特种设备包括锅炉、压力容器、电梯。");
    s.parts = {{SystemPartKind::Targets, QStringLiteral("一、监督检查对象"), QStringLiteral("特种设备使用单位。")},
               {SystemPartKind::Content, QStringLiteral("二、监督检查内容"), QStringLiteral("（一）原文\n（二）原文")},
               {SystemPartKind::Handling, QString(), QStringLiteral("依法处理。")}};
    s.contentPoints = {{QStringLiteral("（一）使用单位"), QStringLiteral("1"), QStringLiteral("是否办理使用登记")},
                       {QStringLiteral("（一）使用单位"), QStringLiteral("2"), QStringLiteral("是否定期检验")},
                       {QStringLiteral("（二）电梯"), QStringLiteral("1"), QStringLiteral("是否每日试运行")}};
    return s;
}

ItemDetail sampleDetail()
{
    ItemDetail d;
    d.item.id = 42;
    d.item.dutyId = 6;
    d.item.text = QStringLiteral("负责特种设备的安全监察、监督工作");
    d.item.sections = {QStringLiteral("特种设备安全监察股"), QStringLiteral("稽查股")};
    d.item.domain = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
    d.remarks = QStringLiteral("每年至少一次");
    d.duty.id = 6;
    d.duty.number = QStringLiteral("6");
    d.duty.text = QStringLiteral("承担综合管理本辖区特种设备安全监察、监督工作的责任");
    d.edition = sampleEdition();
    LegalReference ref;
    ref.law = QStringLiteral("特种设备安全法");
    ref.lawEdition = QStringLiteral("2013年6月29日通过");
    ref.article = QStringLiteral("第九十四条");
    ref.situations = QStringLiteral("未依照法律、行政法规规定的条件、程序实施许可的");
    d.references = {ref};
    d.systems = {sampleSystem()};
    return d;
}

// The text a reader sees: the body without tags, entities decoded. (The
// core tests do not link Qt Gui, so no QTextDocument here.)
QString plain(const QString &html)
{
    QString body = html.mid(html.indexOf(QStringLiteral("<body>")));
    body.replace(QRegularExpression(QStringLiteral("<(p|tr|h[1-6]|br)[^>]*>")), QStringLiteral("\n"));
    body.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    body.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&#x27;"), QStringLiteral("'"))
        .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return body;
}

} // namespace

TEST_CASE("an item's detail shows its duty, edition, sections, legal basis and checklist", "[renderer]")
{
    const QString html = ListHtmlRenderer::itemDetail(sampleDetail());
    CHECK(html.startsWith(QStringLiteral("<html>")));
    CHECK(html.contains(QStringLiteral("<h2>负责特种设备的安全监察、监督工作</h2>")));
    CHECK(html.contains(QStringLiteral("6. 承担综合管理本辖区特种设备安全监察、监督工作的责任")));
    CHECK(html.contains(QStringLiteral("永清县质量技术监督局 (2015年6月)")));
    CHECK(html.contains(QStringLiteral("特种设备安全监察股, 稽查股")));
    CHECK(html.contains(QStringLiteral("每年至少一次")));
    CHECK(html.contains(QStringLiteral("<h3>Legal basis for accountability</h3>")));
    CHECK(html.contains(QStringLiteral("<b>《特种设备安全法》</b>（2013年6月29日通过）第九十四条")));
    CHECK(html.contains(QStringLiteral("<p class=\"situations\">未依照法律、行政法规规定的条件、程序实施许可的</p>")));
    CHECK(html.contains(QStringLiteral("<h3>Checklist (supervision system)</h3>")));
    CHECK(html.contains(QStringLiteral("<h4>(七) 特种设备监管</h4>")));

    // The points stand under their group headings, in order, each heading once.
    const QString text = plain(html);
    const auto first = text.indexOf(QStringLiteral("（一）使用单位"));
    const auto second = text.indexOf(QStringLiteral("（二）电梯"));
    REQUIRE(first >= 0);
    REQUIRE(second > first);
    CHECK(text.count(QStringLiteral("（一）使用单位")) == 1);
    CHECK(text.indexOf(QStringLiteral("是否办理使用登记")) > first);
    CHECK(text.indexOf(QStringLiteral("是否定期检验")) < second);
    CHECK(text.indexOf(QStringLiteral("是否每日试运行")) > second);
    CHECK(text.contains(QStringLiteral("Special equipment")));
}

TEST_CASE("a legal reference without a law name is shown as its situations alone", "[renderer]")
{
    ItemDetail d = sampleDetail();
    LegalReference catchAll;
    catchAll.situations = QStringLiteral("依法应追责的其他情形。");
    d.references << catchAll;
    const QString html = ListHtmlRenderer::itemDetail(d);
    CHECK_FALSE(html.contains(QStringLiteral("《》")));
    CHECK(html.contains(QStringLiteral("<p class=\"law\">依法应追责的其他情形。</p>")));
    CHECK(html.indexOf(QStringLiteral("依法应追责的其他情形")) > html.indexOf(QStringLiteral("第九十四条")));
}

TEST_CASE("every published text is HTML-escaped", "[renderer]")
{
    ItemDetail d = sampleDetail();
    d.item.text = QStringLiteral("<script>alert('x')</script> & <b>");
    d.item.sections = {QStringLiteral("A&B股")};
    d.references[0].law = QStringLiteral("<i>法</i>");
    d.systems[0].contentPoints[0].text = QStringLiteral("1 < 2 > 0");
    const QString html = ListHtmlRenderer::itemDetail(d);
    CHECK_FALSE(html.contains(QStringLiteral("<script>")));
    CHECK_FALSE(html.contains(QStringLiteral("<i>法")));
    CHECK((html.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;")) ||
           html.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;"))));
    CHECK(html.contains(QStringLiteral("A&amp;B股")));
    CHECK(html.contains(QStringLiteral("1 &lt; 2 &gt; 0")));
    // Round trip through Qt's rich text: the user reads the original text.
    CHECK(plain(html).contains(QStringLiteral("<script>alert('x')</script> & <b>")));

    BoundaryMatter m;
    m.matter = QStringLiteral("<危险化学品>");
    m.shares = {{QStringLiteral("安监局&"), QStringLiteral("<综合监管>")}};
    const QString boundary = ListHtmlRenderer::boundary(m, sampleEdition());
    CHECK(boundary.contains(QStringLiteral("&lt;危险化学品&gt;")));
    CHECK(boundary.contains(QStringLiteral("安监局&amp;")));
    CHECK_FALSE(boundary.contains(QStringLiteral("<综合监管>")));
}

TEST_CASE("an item without basis, sections or system says so instead of leaving gaps", "[renderer]")
{
    ItemDetail d = sampleDetail();
    d.item.sections.clear();
    d.references.clear();
    d.systems.clear();
    d.item.domain.clear();
    const QString text = plain(ListHtmlRenderer::itemDetail(d));
    CHECK(text.contains(QStringLiteral("The list names no responsible section for this item.")));
    CHECK(text.contains(QStringLiteral("The list gives no legal basis for this item.")));
    CHECK(text.contains(QStringLiteral("No supervision system of this edition covers the item's domain.")));
    CHECK_FALSE(text.contains(QStringLiteral("Supervision domain")));
}

TEST_CASE("an edition's summary lists its source, counts and duties", "[renderer]")
{
    DutyRow duty;
    duty.id = 1;
    duty.number = QStringLiteral("5");
    duty.text = QStringLiteral("负责统一监督管理全县计量工作");
    duty.itemCount = 6;
    const QString html = ListHtmlRenderer::edition(sampleEdition(), {duty});
    const QString text = plain(html);
    CHECK(html.contains(QStringLiteral("<h2>永清县质量技术监督局 (2015年6月)</h2>")));
    CHECK(html.contains(QStringLiteral("Edition label</td><td>2015年6月</td>")));
    CHECK(text.contains(QStringLiteral("永清县质量技术监督局")));
    CHECK(text.contains(QStringLiteral("2015-06")));
    CHECK(html.contains(QStringLiteral("Responsibility items</td><td align=\"right\">58</td>")));
    CHECK(html.contains(QStringLiteral("Boundary matters</td><td align=\"right\">4</td>")));
    CHECK(html.contains(QStringLiteral("Supervision systems</td><td align=\"right\">7</td>")));
    CHECK(text.contains(QStringLiteral("5. 负责统一监督管理全县计量工作")));
    CHECK((text.contains(QStringLiteral("(6 item(s))")) || text.contains(QStringLiteral("(6 items)"))));
}

TEST_CASE("a duty lists its items with their sections", "[renderer]")
{
    DutyRow duty;
    duty.number = QStringLiteral("5");
    duty.text = QStringLiteral("负责统一监督管理全县计量工作");
    ItemRow a;
    a.text = QStringLiteral("依法监督管理计量器具");
    a.sections = {QStringLiteral("标准计量股")};
    ItemRow b;
    b.text = QStringLiteral("承担能源计量的监督管理工作");
    const QString html = ListHtmlRenderer::duty(duty, sampleEdition(), {a, b});
    CHECK(html.contains(QStringLiteral("<h2>Main duty 5</h2>")));
    CHECK(html.contains(QStringLiteral("<tr><td>1</td><td>依法监督管理计量器具</td><td>标准计量股</td></tr>")));
    CHECK(html.contains(QStringLiteral("<tr><td>2</td><td>承担能源计量的监督管理工作</td><td></td></tr>")));
    CHECK(html.contains(QStringLiteral("The list gives no legal basis for this duty.")));

    const LegalReference law{QStringLiteral("计量法"), QStringLiteral("2013年12月修正"), QStringLiteral("第三十条"),
                             QStringLiteral("计量监督人员违法失职"), -1};
    const QString withBasis = ListHtmlRenderer::duty(duty, sampleEdition(), {a, b}, {law});
    CHECK(withBasis.contains(QStringLiteral("Legal basis for accountability")));
    CHECK(withBasis.contains(QStringLiteral("《计量法》")));
    CHECK(withBasis.contains(QStringLiteral("第三十条")));
    CHECK(withBasis.contains(QStringLiteral("计量监督人员违法失职")));
    CHECK_FALSE(withBasis.contains(QStringLiteral("no legal basis")));
}

TEST_CASE("a boundary matter shows each department's share, the basis and the example", "[renderer]")
{
    BoundaryMatter m;
    m.number = QStringLiteral("1");
    m.matter = QStringLiteral("危险化学品监管");
    m.shares = {{QStringLiteral("质监局"), QStringLiteral("负责生产环节")},
                {QStringLiteral("安监局"), QStringLiteral("综合监管")}};
    m.basis = QStringLiteral("《危险化学品安全管理条例》第六条");
    m.example = QStringLiteral("某企业无证生产\n已移交处理");
    const QString html = ListHtmlRenderer::boundary(m, sampleEdition());
    CHECK(html.contains(QStringLiteral("<h2>危险化学品监管</h2>")));
    CHECK(html.contains(QStringLiteral("质监局</td><td><p>负责生产环节</p></td>")));
    CHECK(html.contains(QStringLiteral("安监局</td><td><p>综合监管</p></td>")));
    CHECK(html.contains(QStringLiteral("<h3>Basis</h3><p>《危险化学品安全管理条例》第六条</p>")));
    CHECK(html.contains(QStringLiteral("<h3>Example</h3><p>某企业无证生产</p><p>已移交处理</p>")));
}

TEST_CASE("a supervision system shows all its parts, its content as the checklist", "[renderer]")
{
    const QString html = ListHtmlRenderer::system(sampleSystem(), sampleEdition());
    const QString text = plain(html);
    CHECK(html.contains(QStringLiteral("<h2>(七) 特种设备监管</h2>")));
    CHECK(html.contains(QStringLiteral("<h3>一、监督检查对象</h3><p>特种设备使用单位。</p>")));
    // The content part is shown as its points, not as the raw paragraphs.
    CHECK(html.contains(QStringLiteral("<h3>二、监督检查内容</h3>")));
    CHECK_FALSE(text.contains(QStringLiteral("（一）原文")));
    CHECK(text.contains(QStringLiteral("是否每日试运行")));
    // A part without a published heading gets its kind's name.
    CHECK(html.contains(QStringLiteral("<h3>Handling</h3><p>依法处理。</p>")));
    CHECK(text.contains(QStringLiteral("特种设备包括锅炉、压力容器、电梯。")));
}

TEST_CASE("services, accountability bodies and the group overviews render their entries", "[renderer]")
{
    PublicService service;
    service.number = QStringLiteral("2");
    service.name = QStringLiteral("5·20世界计量日");
    service.content = QStringLiteral("开展计量宣传");
    service.section = QStringLiteral("标准计量股");
    service.phone = QStringLiteral("0316-6612345");
    const QString s = plain(ListHtmlRenderer::service(service, sampleEdition()));
    CHECK(s.contains(QStringLiteral("5·20世界计量日")));
    CHECK(s.contains(QStringLiteral("标准计量股")));
    CHECK(s.contains(QStringLiteral("0316-6612345")));
    CHECK(s.contains(QStringLiteral("开展计量宣传")));

    AccountabilityBody body;
    body.name = QStringLiteral("监察机关");
    body.share = QStringLiteral("对行政机关及其工作人员实施监察");
    body.procedure = QStringLiteral("立案、调查、处理");
    const QString b = ListHtmlRenderer::accountabilityBody(body, sampleEdition());
    CHECK(b.contains(QStringLiteral("<h2>监察机关</h2>")));
    CHECK(b.contains(QStringLiteral("<h3>Division of duties</h3><p>对行政机关及其工作人员实施监察</p>")));
    CHECK(b.contains(QStringLiteral("<h3>Accountability procedure</h3><p>立案、调查、处理</p>")));
    CHECK_FALSE(b.contains(QStringLiteral("Further provisions")));

    const QString services = plain(ListHtmlRenderer::serviceOverview({service}, sampleEdition()));
    CHECK(services.contains(QStringLiteral("2. 5·20世界计量日")));
    const QString systems = plain(ListHtmlRenderer::systemOverview({sampleSystem()}, sampleEdition()));
    CHECK(systems.contains(QStringLiteral("(七) 特种设备监管")));
    CHECK((systems.contains(QStringLiteral("3 check point(s)")) || systems.contains(QStringLiteral("3 check points"))));
    const QString mechanism = plain(ListHtmlRenderer::accountabilityOverview(
        QStringLiteral("为严格追究责任，制定本机制。"), {body}, sampleEdition()));
    CHECK(mechanism.contains(QStringLiteral("为严格追究责任，制定本机制。")));
    CHECK(mechanism.contains(QStringLiteral("监察机关")));

    // Empty groups say the edition has none.
    CHECK(plain(ListHtmlRenderer::boundaryOverview({}, sampleEdition()))
              .contains(QStringLiteral("This edition lists no boundary matters.")));
    CHECK(plain(ListHtmlRenderer::accountabilityOverview({}, {}, sampleEdition()))
              .contains(QStringLiteral("This edition describes no accountability mechanism.")));
}
