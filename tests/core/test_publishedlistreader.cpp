// Reading published responsibility lists: the two seeds (one per text
// layout) with their figures and spot checks, and lists written here in
// either layout for another bureau, plus the refusals.
#include "dutylist/publishedlistreader.h"
#include "dutylist/supervisiondomain.h"
#include "testsupport.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

ResponsibilityList readOk(const QString &text, const QString &source = QStringLiteral("list.txt"))
{
    auto r = PublishedListReader::read(text, source);
    if (!r)
        FAIL(r.error().message.toStdString());
    return *r;
}

ResponsibilityList boshan()
{
    static const ResponsibilityList list = readOk(QString::fromUtf8(readAll(boshanSeed())), QStringLiteral("000.txt"));
    return list;
}

ResponsibilityList yongqing()
{
    static const ResponsibilityList list =
        readOk(QString::fromUtf8(readAll(yongqingSeed())), QStringLiteral("004.txt"));
    return list;
}

const MainDuty &duty(const ResponsibilityList &list, const QString &number)
{
    const auto it =
        std::find_if(list.duties.cbegin(), list.duties.cend(), [&](const MainDuty &d) { return d.number == number; });
    REQUIRE(it != list.duties.cend());
    return *it;
}

const ResponsibilityItem *itemContaining(const MainDuty &d, const QString &text)
{
    for (const ResponsibilityItem &item : d.items)
        if (item.text.contains(text))
            return &item;
    return nullptr;
}

bool hasReference(const MainDuty &d, const QString &law, const QString &article)
{
    return std::any_of(d.references.cbegin(), d.references.cend(),
                       [&](const LegalReference &r) { return r.law == law && r.article == article; });
}

} // namespace

TEST_CASE("both seed layouts are recognised, other text is not", "[reader]")
{
    CHECK(PublishedListReader::recognises(QString::fromUtf8(readAll(boshanSeed()))));
    CHECK(PublishedListReader::recognises(QString::fromUtf8(readAll(yongqingSeed()))));
    CHECK_FALSE(PublishedListReader::recognises(s("序号,主要职责\n1,负责计量工作\n")));
    CHECK_FALSE(PublishedListReader::recognises(QString()));
}

TEST_CASE("Boshan: department, date and figures", "[reader]")
{
    const ResponsibilityList list = boshan();
    CHECK(list.label.isEmpty());
    CHECK(list.department == s("淄博市博山区质量技术监督局"));
    CHECK(list.region == s("淄博市博山区"));
    CHECK(list.published == QStringLiteral("2015-07"));
    REQUIRE(list.duties.size() == 10);
    for (int i = 0; i < 10; ++i)
        CHECK(list.duties[i].number == QString::number(i + 1));
    CHECK(list.boundaries.isEmpty());
    CHECK(list.systems.size() == 8);
    CHECK(list.services.size() == 3);
    CHECK(list.accountability.size() == 8);
    REQUIRE(list.notes.size() == 2);
    CHECK(list.notes[0].startsWith(s("1. 追责依据及追责情形栏目中")));
}

TEST_CASE("Boshan: items split per paragraph, sentence and space", "[reader]")
{
    const ResponsibilityList list = boshan();
    const MainDuty &d1 = duty(list, QStringLiteral("1"));
    REQUIRE(d1.items.size() == 3);
    CHECK(d1.items[1].text == s("组织实施质量技术监督行政执法的监督检查。"));
    CHECK(duty(list, QStringLiteral("2")).items.size() == 4);

    // Duty 3 names its unit; the 12365 hotline keeps its space.
    const MainDuty &d3 = duty(list, QStringLiteral("3"));
    CHECK(d3.items.size() == 6);
    for (const ResponsibilityItem &item : d3.items)
        CHECK(item.sections == QStringList{s("稽查队")});
    CHECK(itemContaining(d3, s("“12365 质监热线”")) != nullptr);

    const MainDuty &d9 = duty(list, QStringLiteral("9"));
    CHECK(d9.items.size() == 7);
    CHECK(d9.items.back().text == s("参与较大产品质量事故调查"));
    CHECK(duty(list, QStringLiteral("10")).items.size() == 4);
}

TEST_CASE("Boshan: stray lines are items of duty 4", "[reader]")
{
    const MainDuty &d4 = duty(boshan(), QStringLiteral("4"));
    REQUIRE(d4.items.size() == 6);
    CHECK(d4.items[0].text == s("办理特种设备使用登记。"));
    CHECK(d4.items[1].text == s("对特种设备使用单位实施监督检查。"));
    CHECK(d4.items[2].text.startsWith(s("在依法履行职责过程中，发现违反《特种设备安全法》")));
    CHECK(d4.items[2].text.endsWith(s("应当随后补发特种设备安全监察指令。")));
    CHECK(d4.items[3].text.startsWith(s("在依法履行职责过程中，发现重大违法行为")));
    CHECK(d4.items[4].text == s("按照规定权限参与调查特种设备事故。"));
    CHECK(d4.items[5].text == s("监督检查高耗能特种设备节能保准执行情况"));
    for (const ResponsibilityItem &item : d4.items)
        CHECK(item.heading.isEmpty());
}

TEST_CASE("Boshan: the repeated duty 6 row is merged", "[reader]")
{
    const ResponsibilityList list = boshan();
    CHECK(std::count_if(list.duties.cbegin(), list.duties.cend(),
                        [](const MainDuty &d) { return d.number == QStringLiteral("6"); }) == 1);
    const MainDuty &d6 = duty(list, QStringLiteral("6"));
    CHECK(d6.items.size() == 1); // the repeat differs only in half-width punctuation
    // Its references come from both pages: 行政许可法 on the first, 8 more on the second.
    CHECK(hasReference(d6, s("行政许可法"), s("第七十二条")));
    CHECK(hasReference(d6, s("行政许可法"), s("第七十五条")));
    CHECK(hasReference(d6, s("质量监督检验检疫行政许可实施办法"), s("第五十七条、第五十八条")));
    CHECK(hasReference(d6, s("山东省计量条例"), s("第五十一条")));
    CHECK(d6.references.size() == 11);
}

TEST_CASE("Boshan: legal references of duties 1, 2, 3, 4 and 10", "[reader]")
{
    const ResponsibilityList list = boshan();
    const MainDuty &d1 = duty(list, QStringLiteral("1"));
    REQUIRE(d1.references.size() == 3);
    CHECK(d1.references[0].law == s("公务员法"));
    CHECK(d1.references[2].law == s("事业单位工作人员处分暂行规定"));

    const MainDuty &d2 = duty(list, QStringLiteral("2"));
    REQUIRE(d2.references.size() == 3);
    const QStringList articles{s("第六十五条"), s("第六十七条"), s("第六十八条")};
    for (int i = 0; i < 3; ++i) {
        CHECK(d2.references[i].law == s("产品质量法"));
        CHECK(d2.references[i].article == articles[i]);
        CHECK(d2.references[i].lawEdition.contains(s("2000年7月8日修订")));
        CHECK(d2.references[i].itemIndex == -1);
    }
    CHECK(d2.references[2].situations == s("滥用职权、玩忽职守、徇私舞弊的。"));

    // Duty 3's 产品质量法 text runs over a page break mid-word.
    const MainDuty &d3 = duty(list, QStringLiteral("3"));
    CHECK(d3.references.size() == 7);
    CHECK(hasReference(d3, s("产品质量法"), s("第九条")));
    CHECK(hasReference(d3, s("产品质量法"), s("第六十五条")));
    const auto ninth = std::find_if(d3.references.cbegin(), d3.references.cend(),
                                    [](const LegalReference &r) { return r.article == s("第九条"); });
    CHECK(ninth->situations.contains(s("违反本法规定的行为进行查处。")));
    CHECK(d3.references.back().law.isEmpty());
    CHECK(d3.references.back().situations == s("依法应追究责任的其他情形。"));

    const MainDuty &d4 = duty(list, QStringLiteral("4"));
    CHECK(hasReference(d4, s("特种设备安全监察条例"), s("第九十七条")));
    const auto ninetySeventh = std::find_if(d4.references.cbegin(), d4.references.cend(),
                                            [](const LegalReference &r) { return r.article == s("第九十七条"); });
    CHECK(ninetySeventh->situations.startsWith(s("不按照本条例规定的条件")));
    CHECK(ninetySeventh->lawEdition == s("2003年3月国务院令 第549号 2009年1月修订"));

    const MainDuty &d10 = duty(list, QStringLiteral("10"));
    REQUIRE(d10.references.size() == 3);
    CHECK(d10.references[0].law == s("安全生产法"));
    CHECK(d10.references[0].article == s("第八十七条"));
    CHECK(d10.references[1].law == s("山东省安全生产条例"));
    CHECK(d10.references[1].article == s("第五十条"));
    CHECK(d10.references[1].situations.startsWith(s("对依法应当予以取缔或者关闭的生产经营单位")));
}

TEST_CASE("Boshan: supervision systems", "[reader]")
{
    const QList<SupervisionSystem> systems = boshan().systems;
    REQUIRE(systems.size() == 8);
    CHECK(systems[0].number == s("一"));
    CHECK(systems[0].title == s("工业产品生产许可的事中事后监管"));
    CHECK(systems[0].intro.startsWith(s("为保证工业产品质量安全")));
    REQUIRE(systems[0].parts.size() == 6);
    CHECK(systems[0].parts[0].kind == SystemPartKind::Targets);
    CHECK(systems[0].parts[2].kind == SystemPartKind::Methods);
    CHECK(systems[0].parts[2].body.startsWith(s("1、对获证企业开展定期或不定期的监督检查；"))); // bullet dropped
    CHECK(systems[0].contentPoints.size() == 2);
    CHECK(systems[0].contentPoints[0].label == QStringLiteral("1"));

    // A page break cut "…产品" / "质量检验机构…" in (二) and "执" / "行情况" in (五).
    CHECK(systems[1].parts[4].body.contains(s("委托具有法定资质的产品质量检验机构承担监督抽查相关工作。")));
    CHECK(systems[1].contentPoints.size() == 1); // no numbered points: the whole text
    CHECK(systems[4].contentPoints.size() == 2);
    CHECK(systems[4].contentPoints[1].text.contains(s("等规定内容的执行情况；")));

    // (三) calls its last part 四、监督检查处理 and numbers its procedure (一)(二)(三).
    REQUIRE(systems[2].parts.size() == 6);
    CHECK(systems[2].parts[5].kind == SystemPartKind::Handling);
    CHECK(systems[3].title == s("认证活动的监督检查"));

    CHECK(systems[6].title == s("重大案件查处制度"));
    CHECK(systems[6].parts[0].kind == SystemPartKind::Other);
    CHECK(systems[6].parts[1].kind == SystemPartKind::Targets);
    CHECK(systems[6].parts[4].kind == SystemPartKind::Measures);

    CHECK(systems[7].title == s("规范行政处罚裁量权"));
    CHECK(systems[7].parts.isEmpty());
    CHECK(systems[7].intro.count(QLatin1Char('\n')) == 2);

    CHECK(systems[5].domain == QLatin1String(SupervisionDomain::SpecialEquipment));
    CHECK(systems[4].domain == QLatin1String(SupervisionDomain::Metrology));
}

TEST_CASE("Boshan: public services and the accountability mechanism", "[reader]")
{
    const ResponsibilityList list = boshan();
    REQUIRE(list.services.size() == 3);
    CHECK(list.services[2].name == s("“5.20世界计量日”主题宣传活动"));
    CHECK(list.services[2].section == s("业务科"));
    CHECK(list.services[2].phone == QStringLiteral("0533-4189440"));

    CHECK(list.accountabilityIntro.startsWith(s("为严格追究纳入责任清单实施范围的部门")));
    REQUIRE(list.accountability.size() == 8);
    const AccountabilityBody &first = list.accountability[0];
    CHECK(first.name == s("行政机关"));
    CHECK(first.share.startsWith(s("行政机关依据《公务员法》")));
    CHECK(first.procedure.startsWith(s("行政机关应当依职权")));
    CHECK(first.text.startsWith(s("参照《公务员法》管理的事业单位")));
    // Paragraphs cut by page breaks are whole again.
    CHECK(list.accountability[2].share.contains(s("《行政机关公务员处分条例》")));
    CHECK(list.accountability[5].name == s("人民检察院"));
    CHECK(list.accountability[5].share.contains(s("追究国家工作人员贪污贿赂犯罪")));
    CHECK(list.accountability[5].procedure.startsWith(s("人民检察院在履行法律监督职责中")));
    CHECK(list.accountability[6].name == s("人民法院"));
    CHECK(list.accountability[7].name == s("协调配合机制"));
    CHECK(list.accountability[7].share.isEmpty());
    CHECK(list.accountability[7].text.count(QLatin1Char('\n')) == 1);
}

TEST_CASE("Yongqing: department, editor and figures", "[reader]")
{
    const ResponsibilityList list = yongqing();
    CHECK(list.department == s("永清县质量技术监督局"));
    CHECK(list.region == s("永清县"));
    CHECK(list.published == QStringLiteral("2015-06-22"));
    CHECK(list.editor == s("金涛"));
    CHECK(list.contact == QStringLiteral("18131678715"));
    REQUIRE(list.duties.size() == 9);
    CHECK(list.duties.back().number == QStringLiteral("9"));
    CHECK(list.boundaries.size() == 4);
    CHECK(list.systems.size() == 7);
    CHECK(list.services.size() == 4);
    CHECK(list.accountability.isEmpty());
    CHECK(list.notes.size() == 2);
}

TEST_CASE("Yongqing: items, sections and merge artefacts", "[reader]")
{
    const ResponsibilityList list = yongqing();
    const MainDuty &d2 = duty(list, QStringLiteral("2"));
    const ResponsibilityItem *supervision = itemContaining(d2, s("实施重大工程设备质量监理制度"));
    REQUIRE(supervision != nullptr);
    CHECK(supervision->sections == QStringList{s("质量监督股"), s("稽查股")});

    const MainDuty &d3 = duty(list, QStringLiteral("3"));
    CHECK(d3.items.size() == 21);
    const ResponsibilityItem *energy = itemContaining(d3, s("对能效标识实施监督管理"));
    REQUIRE(energy != nullptr);
    CHECK(energy->heading.isEmpty()); // the artefact repeats the item's own text
    CHECK(std::count_if(d3.items.cbegin(), d3.items.cend(),
                        [](const ResponsibilityItem &i) { return i.text.contains(s("能效标识")); }) == 1);
    const ResponsibilityItem *complaints = itemContaining(d3, s("投诉、申诉、举报的受理和处理工作"));
    REQUIRE(complaints != nullptr);
    CHECK(complaints->heading == s("负责全省质量技术监督投诉、申诉和举报工作"));
    CHECK(complaints->sections == QStringList{s("质量监督股"), s("稽查股")});
    CHECK(d3.items.back().text == s("承担全县打击生产和经销假冒伪劣商品违法行为的日常协调工作"));
    CHECK(itemContaining(d3, s("区域性、行业性产品质量专项整治"))->sections.isEmpty());

    CHECK(duty(list, QStringLiteral("1")).items.size() == 2);
    CHECK(duty(list, QStringLiteral("6")).items[0].sections == QStringList{s("特种设备安全监察股")});
    CHECK(duty(list, QStringLiteral("9")).items.size() == 1);
    for (const MainDuty &d : list.duties)
        CHECK(d.references.isEmpty());
}

TEST_CASE("Yongqing: boundary matters", "[reader]")
{
    const QList<BoundaryMatter> matters = yongqing().boundaries;
    REQUIRE(matters.size() == 4);
    const BoundaryMatter &chemicals = matters[0];
    CHECK(chemicals.number == QStringLiteral("1"));
    CHECK(chemicals.matter == s("危险化学品监管"));
    REQUIRE(chemicals.shares.size() == 8);
    CHECK(chemicals.shares[0].department == s("县质监局"));
    CHECK(chemicals.shares[7].department == s("县邮政局"));
    CHECK(chemicals.basis == s("《危险化学品安全管理条例》（国务院令第591号）"));
    CHECK(chemicals.example.startsWith(s("一辆装载有四氯乙烷"))); // the case cell after two blank lines
    CHECK(matters[1].shares.size() == 4);
    CHECK(matters[1].example.startsWith(s("县质监部门对某企业进行抽查")));
    CHECK(matters[2].shares.size() == 7);
    CHECK(matters[3].matter == s("机动车安全技术检验机构监管"));
    CHECK(matters[3].shares.size() == 2);
}

TEST_CASE("Yongqing: supervision systems and content points", "[reader]")
{
    const QList<SupervisionSystem> systems = yongqing().systems;
    REQUIRE(systems.size() == 7);
    CHECK(systems[0].title == s("工业产品生产许可证获证企业监管"));
    CHECK(systems[0].parts.last().kind == SystemPartKind::Measures); // 监督检查措施及处理
    CHECK(systems[0].parts.last().heading == s("监督检查措施及处理"));
    CHECK(systems[0].contentPoints.size() == 1);

    // (二): two groups of 16 and 5 points; nested (三) headings are not systems.
    const SupervisionSystem &testing = systems[1];
    CHECK(testing.title == s("检验检测机构监管"));
    REQUIRE(testing.contentPoints.size() == 21);
    CHECK(testing.contentPoints[0].group == s("检验检测机构监管主要内容"));
    CHECK(testing.contentPoints[0].label == QStringLiteral("1"));
    CHECK(testing.contentPoints[15].text == s("其他相关法律法规规定的内容。"));
    CHECK(testing.contentPoints[16].group == s("评审活动监管主要内容"));
    CHECK(testing.parts.size() == 6);

    CHECK(systems[2].title == s("法定计量检定机构监管"));
    CHECK(systems[2].contentPoints.size() == 7);
    CHECK(systems[2].contentPoints[0].group.isEmpty());
    CHECK(systems[3].contentPoints.size() == 6);
    CHECK(systems[4].contentPoints.size() == 15);
    CHECK(systems[4].contentPoints[14].group.startsWith(s("检查组织考核单位的考核工作质量")));
    CHECK(systems[5].parts[0].kind == SystemPartKind::Targets);      // 一、检查对象
    CHECK(systems[5].parts.last().kind == SystemPartKind::Measures); // 五、措施及处理
    CHECK(systems[5].contentPoints.size() == 1);
    REQUIRE(systems[6].contentPoints.size() == 8);
    CHECK(systems[6].contentPoints[7].text == s("其他法律、法规规定的检查事项。"));
    CHECK(systems[6].domain == QLatin1String(SupervisionDomain::SpecialEquipment));
    for (const SupervisionSystem &system : systems)
        CHECK_FALSE(system.intro.isEmpty());
}

TEST_CASE("Yongqing: public services", "[reader]")
{
    const QList<PublicService> services = yongqing().services;
    REQUIRE(services.size() == 4);
    CHECK(services[0].name.contains(s("国际消费者权益保护日")));
    CHECK(services[3].name == s("“12.4”国家宪法日法律宣传活动"));
    CHECK(services[1].section == s("标准计量股"));
    CHECK(services[1].phone == QStringLiteral("0316-6686036"));
}

TEST_CASE("another bureau's list in tab rows with other columns", "[reader]")
{
    const QString text =
        s("某某县市场监督管理局\n"
          "二〇二一年三月\n\n"
          "目录\n\n"
          "一、部门主要职责......(1)\n\n"
          "四、事中事后监管制度......(5)\n\n"
          "一、部门主要职责\n\n"
          "序号\t具体责任事项\t责任股室\t主要职责\t追责依据及追责情形\n"
          "1\t<p>组织计量器具检定工作</p> <p>监督管理计量器具</p>\t计量股\t负责计量工作\t"
          "1.《计量法》（2018年修正）第二十九条：计量监督人员违法失职的。\n"
          "2\t受理质量投诉举报\t办公室/稽查股\t负责投诉举报工作\t《产品质量法》第六十八条：滥用职权的。\n"
          "\t处理“12365”热线来电\t稽查股\t\t\n\n"
          "序号\t具体责任事项\t责任股室\t主要职责\t追责依据及追责情形\n"
          "3\t开展标准化工作\t标准股\t负责标准化工作\t\n\n"
          "二、部门职责边界\n\n"
          "序号\t相关部门\t管理事项\t职责分工\t相关依据\t案例\n"
          "1\t县市场监管局\t电梯安全监管\t负责电梯安全监察\t《特种设备安全法》\t某小区电梯困人事件\n"
          "\t县住建局\t\t负责住宅电梯维修资金\t\t\n\n"
          "三、公共服务事项\n\n"
          "序号\t联系电话\t服务事项\t承办机构\t主要内容\n"
          "1\t0000-1234567\t世界计量日宣传\t计量股\t宣传计量知识\n\n"
          "四、事中事后监管制度\n\n"
          "（一）计量器具使用单位监督检查\n"
          "一、检查对象\n"
          "使用强制检定计量器具的单位。\n"
          "二、检查内容\n"
          "1、是否使用未经检定的计量器具；\n"
          "2、是否使用不合格的\n\n- 3 -\n\n计量器具。\n"
          "（二）标准实施监督检查\n"
          "一、检查方式\n"
          "随机抽查。\n");
    REQUIRE(PublishedListReader::recognises(text));
    const ResponsibilityList list = readOk(text);
    CHECK(list.department == s("某某县市场监督管理局"));
    CHECK(list.region == s("某某县"));
    CHECK(list.published == QStringLiteral("2021-03"));
    REQUIRE(list.duties.size() == 3);
    CHECK(list.duties[0].text == s("负责计量工作"));
    REQUIRE(list.duties[0].items.size() == 2);
    CHECK(list.duties[0].items[1].text == s("监督管理计量器具"));
    CHECK(list.duties[0].items[1].sections == QStringList{s("计量股")});
    REQUIRE(list.duties[0].references.size() == 1);
    CHECK(list.duties[0].references[0].law == s("计量法"));
    CHECK(list.duties[0].references[0].lawEdition == s("2018年修正"));
    CHECK(list.duties[0].references[0].article == s("第二十九条"));
    REQUIRE(list.duties[1].items.size() == 2);
    CHECK(list.duties[1].items[0].sections == QStringList{s("办公室"), s("稽查股")});
    CHECK(list.duties[1].items[1].text == s("处理“12365”热线来电"));
    CHECK(list.duties[1].references[0].article == s("第六十八条"));
    CHECK(list.duties[2].items[0].sections == QStringList{s("标准股")});

    REQUIRE(list.boundaries.size() == 1);
    CHECK(list.boundaries[0].matter == s("电梯安全监管"));
    REQUIRE(list.boundaries[0].shares.size() == 2);
    CHECK(list.boundaries[0].shares[1].department == s("县住建局"));
    CHECK(list.boundaries[0].example == s("某小区电梯困人事件"));

    REQUIRE(list.services.size() == 1);
    CHECK(list.services[0].name == s("世界计量日宣传"));
    CHECK(list.services[0].phone == QStringLiteral("0000-1234567"));
    CHECK(list.services[0].content == s("宣传计量知识"));

    REQUIRE(list.systems.size() == 2);
    REQUIRE(list.systems[0].contentPoints.size() == 2);
    CHECK(list.systems[0].contentPoints[1].text ==
          s("是否使用不合格的计量器具。")); // page number dropped, halves joined
    CHECK(list.systems[1].parts[0].kind == SystemPartKind::Methods);
}

TEST_CASE("another bureau's list with one cell per line", "[reader]")
{
    const QString text = s("部门名称：某某区质量技术监督局（盖章）\n\n"
                           "\t序号\n\t具体工作事项\n\t主要职责\n\t备注\n\t责任股室\n\n"
                           "\t1\n\t组织开展计量器具监督检查\n\t负责计量监督工作\n\t\n\t计量股\n\n"
                           "\t\n\t受理计量纠纷仲裁检定\n\t\n\t\n\t办公室、计量股\n\n"
                           "\t2\n\t组织产品质量监督抽查\n\t负责产品质量监督工作\n\t\n\t质量股\n\n"
                           "\t3\n\t查处质量违法行为\n\t负责行政执法工作\n\t依据上级文件\n\t稽查股\n\n"
                           "填报人：张三      填报时间：2020年1月5日      联系电话：0123-4567890\n\n"
                           "二、与相关部门的职责边界登记表\n\n"
                           "\t序号\n\t管理事项\n\t相关部门\n\t职责分工\n\t相关依据\n\t案例\n\n"
                           "\t1\n\t电梯安全监管\n\t区质监局\n\t负责电梯安全监察\n\t《特种设备安全法》\n\n\n"
                           "\t某小区电梯困人事件\n\n"
                           "\t\n\t\n\t区住建局\n\t负责维修资金\n\t\n\t\n");
    REQUIRE(PublishedListReader::recognises(text));
    const ResponsibilityList list = readOk(text);
    CHECK(list.department == s("某某区质量技术监督局"));
    CHECK(list.region == s("某某区"));
    CHECK(list.editor == s("张三"));
    CHECK(list.published == QStringLiteral("2020-01-05"));
    CHECK(list.contact == QStringLiteral("0123-4567890"));
    REQUIRE(list.duties.size() == 3);
    REQUIRE(list.duties[0].items.size() == 2);
    CHECK(list.duties[0].items[1].text == s("受理计量纠纷仲裁检定"));
    CHECK(list.duties[0].items[1].sections == QStringList{s("办公室"), s("计量股")});
    CHECK(list.duties[2].text == s("负责行政执法工作"));
    CHECK(list.duties[2].items[0].remarks == s("依据上级文件"));
    REQUIRE(list.boundaries.size() == 1);
    CHECK(list.boundaries[0].example == s("某小区电梯困人事件"));
    CHECK(list.boundaries[0].basis == s("《特种设备安全法》"));
    REQUIRE(list.boundaries[0].shares.size() == 2);
    CHECK(list.boundaries[0].shares[1].department == s("区住建局"));
}

TEST_CASE("text without a duties table is refused, naming the file", "[reader]")
{
    const auto r = PublishedListReader::read(s("某某局\n这里只有一段说明文字。\n"), QStringLiteral("notes.txt"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().refusal);
    CHECK(r.error().message.contains(QStringLiteral("notes.txt")));
    CHECK(r.error().message.contains(QStringLiteral("no table of main duties")));
    CHECK(r.error().message.contains(s("主要职责")));
}

TEST_CASE("a malformed duties row is refused with its line number", "[reader]")
{
    const auto orphan = PublishedListReader::read(
        s("一、部门主要职责\n序号\t主要职责\t具体责任事项\n\t\t没有职责的事项\n1\t负责某项工作\t某事项\n"),
        QStringLiteral("orphan.txt"));
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message.contains(QStringLiteral("orphan.txt")));
    CHECK(orphan.error().message.contains(QStringLiteral("line 3")));
    CHECK(orphan.error().message.contains(QStringLiteral("before the first main duty")));

    const auto untitled = PublishedListReader::read(
        s("序号\t主要职责\t具体责任事项\n1\t负责某项工作\t某事项\n\n2\t\t另一事项\n"), QStringLiteral("untitled.txt"));
    REQUIRE_FALSE(untitled.ok());
    CHECK(untitled.error().message.contains(QStringLiteral("line 4")));
    CHECK(untitled.error().message.contains(QStringLiteral("main duty 2 has no text")));
}

TEST_CASE("a duties table with a header only is refused", "[reader]")
{
    const auto r = PublishedListReader::read(s("序号\t主要职责\t具体责任事项\n"), QStringLiteral("empty.txt"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("empty.txt")));
    CHECK(r.error().message.contains(QStringLiteral("no duties")));
}
