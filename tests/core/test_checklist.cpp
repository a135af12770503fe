// Checklists taken from the supervision systems of both published lists,
// imported with the real importer: for every system, the points an
// inspector answers, their labels, the points split into one question each,
// and the systems that publish a single paragraph.
#include "dutylist/dutylistimporter.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/checklist.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct Expected {
    const char *number;
    const char *domain;
    QStringList labels;
};

QStringList labelsOf(const QList<CheckPoint> &points)
{
    QStringList out;
    for (const CheckPoint &p : points)
        out << p.label;
    return out;
}

QStringList range(int first, int last)
{
    QStringList out;
    for (int n = first; n <= last; ++n)
        out << QString::number(n);
    return out;
}

QStringList bracketed(const QStringList &numerals)
{
    QStringList out;
    for (const QString &n : numerals)
        out << QStringLiteral("（%1）").arg(n);
    return out;
}

// Imports the seed into a fresh database and returns the published list
// read by the same importer (the texts the checks compare with).
ResponsibilityList importSeed(Database &db, const QString &path)
{
    auto imported = ResponsibilityListImporter(db).importFile(adminSession(db), {path, {}});
    REQUIRE(imported);
    auto list = ResponsibilityListImporter::readFile(path);
    REQUIRE(list);
    return *list;
}

QList<CheckPoint> checklistOf(const Database &db, const SystemChoice &choice)
{
    auto points = Checklist::forSystem(db, choice.systemId);
    REQUIRE(points);
    return *points;
}

QString contentBody(const SupervisionSystem &system)
{
    for (const SystemPart &part : system.parts)
        if (part.kind == SystemPartKind::Content)
            return part.body;
    return {};
}

// Every system of the edition in force has the expected domain and
// labels; and the stored checklist is the pure one of the published system.
void checkEverySystem(const Database &db, const ResponsibilityList &list, const QList<Expected> &expected)
{
    const QList<SystemChoice> choices = Checklist::systems(db);
    REQUIRE(choices.size() == expected.size());
    REQUIRE(list.systems.size() == expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        INFO("system " << expected[i].number);
        CHECK(choices[i].number == QString::fromUtf8(expected[i].number));
        CHECK(choices[i].domain == QString::fromLatin1(expected[i].domain));
        CHECK(choices[i].title == list.systems[i].title);
        const QList<CheckPoint> points = checklistOf(db, choices[i]);
        CHECK(labelsOf(points) == expected[i].labels);
        CHECK(points == Checklist::forSystem(list.systems[i]));
        for (const CheckPoint &p : points) {
            CHECK(p.result == CheckResult::Unchecked);
            CHECK(p.note.isEmpty());
            CHECK_FALSE(p.text.isEmpty());
        }
    }
}

// The points labelled `prefix`1, `prefix`2 … are the clauses of the published
// point `label`, in order, each asking its own question.
void checkSplit(const QList<CheckPoint> &points, const SupervisionSystem &published, const QString &label,
                const QString &prefix, int parts)
{
    INFO("point " << label.toStdString());
    const ContentPoint *source = nullptr;
    for (const ContentPoint &p : published.contentPoints)
        if (p.label == label)
            source = &p;
    REQUIRE(source);
    QStringList clauses;
    for (const QString &c : source->text.split(QStringLiteral("；"), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            clauses << c.trimmed();
    REQUIRE(clauses.size() == parts);
    for (int n = 0; n < parts; ++n) {
        const QString wanted = prefix + QString::number(n + 1);
        auto it = std::find_if(points.begin(), points.end(), [&](const CheckPoint &p) { return p.label == wanted; });
        REQUIRE(it != points.end());
        CHECK(it->text == clauses[n]);
        CHECK(it->text.contains(QStringLiteral("是否")));
        CHECK(it->group == source->group);
    }
}

} // namespace

TEST_CASE("the Boshan list's eight systems give their checklists", "[inspections][checklist]")
{
    TempDatabase t;
    const ResponsibilityList list = importSeed(t.db(), boshanSeed());
    using namespace SupervisionDomain;
    const QList<Expected> expected = {
        {"一", ProductionLicence, {"1", "2.1", "2.2", "2.3", "2.4", "2.5"}},
        {"二", ProductQuality, {"1.1", "1.2"}},
        {"三", TestingBodies, {"1"}},
        {"四", Certification, {"1", "2", "3"}},
        // Point 2 keeps one line: one of its clauses asks no question (是否).
        {"五", Metrology, {"1.1", "1.2", "2"}},
        {"六", SpecialEquipment, {"1"}},
        {"七", Enforcement, {"1"}},
        // 规范行政处罚裁量权 publishes no content to check.
        {"八", Enforcement, {}},
    };
    checkEverySystem(t.db(), list, expected);

    const QList<SystemChoice> choices = Checklist::systems(t.db());
    checkSplit(checklistOf(t.db(), choices[0]), list.systems[0], QStringLiteral("2"), QStringLiteral("2."), 5);
    checkSplit(checklistOf(t.db(), choices[4]), list.systems[4], QStringLiteral("1"), QStringLiteral("1."), 2);
    // 五's second point stays whole.
    CHECK(checklistOf(t.db(), choices[4])[2].text == list.systems[4].contentPoints[1].text);

    // The one-paragraph systems: their content paragraph is the one point
    // (二 asks two questions in it, so it has two).
    for (int i : {2, 5, 6}) {
        INFO("system " << i);
        const QList<CheckPoint> points = checklistOf(t.db(), choices[i]);
        REQUIRE(points.size() == 1);
        CHECK(points[0].text == contentBody(list.systems[i]));
        CHECK(points[0].group.isEmpty());
    }
    const QList<CheckPoint> quality = checklistOf(t.db(), choices[1]);
    CHECK(quality[0].text + QStringLiteral("；") + quality[1].text == contentBody(list.systems[1]));
}

TEST_CASE("the Yongqing list's seven systems give their checklists", "[inspections][checklist]")
{
    TempDatabase t;
    const ResponsibilityList list = importSeed(t.db(), yongqingSeed());
    using namespace SupervisionDomain;
    const QStringList labs = range(1, 5) + QStringList{"6.1", "6.2", "6.3"} + range(7, 16) + range(1, 5);
    const QStringList equipment = {"（一）", "（二）",  "（三）1", "（三）2", "（四）",
                                   "（五）", "（六）1", "（六）2", "（七）",  "（八）"};
    const QList<Expected> expected = {
        {"一", ProductionLicence, {"1"}},
        {"二", TestingBodies, labs},
        {"三", Metrology, bracketed({"一", "二", "三", "四", "五", "六", "七"})},
        {"四", Metrology, bracketed({"一", "二", "三", "四", "五", "六"})},
        {"五", Metrology, range(1, 3) + range(1, 5) + range(1, 4) + range(1, 3)},
        {"六", ProductQuality, {"1"}},
        {"七", SpecialEquipment, equipment},
    };
    checkEverySystem(t.db(), list, expected);

    const QList<SystemChoice> choices = Checklist::systems(t.db());
    checkSplit(checklistOf(t.db(), choices[1]), list.systems[1], QStringLiteral("6"), QStringLiteral("6."), 3);
    checkSplit(checklistOf(t.db(), choices[6]), list.systems[6], QStringLiteral("（三）"), QStringLiteral("（三）"), 2);
    checkSplit(checklistOf(t.db(), choices[6]), list.systems[6], QStringLiteral("（六）"), QStringLiteral("（六）"), 2);

    // Groups stay with their points: 二 has two, 五 four.
    const QList<CheckPoint> labPoints = checklistOf(t.db(), choices[1]);
    CHECK(labPoints.first().group == list.systems[1].contentPoints.first().group);
    CHECK(labPoints.last().group == list.systems[1].contentPoints.last().group);
    CHECK(labPoints.first().group != labPoints.last().group);
    QStringList groups;
    for (const CheckPoint &p : checklistOf(t.db(), choices[4]))
        if (!groups.contains(p.group))
            groups << p.group;
    CHECK(groups.size() == 4);

    // A point whose clauses ask no question of their own stays whole (二, point 11).
    CHECK(labPoints[12].label == QStringLiteral("11"));
    CHECK(labPoints[12].text == list.systems[1].contentPoints[10].text.trimmed());

    for (int i : {0, 5}) {
        INFO("system " << i);
        const QList<CheckPoint> points = checklistOf(t.db(), choices[i]);
        REQUIRE(points.size() == 1);
        CHECK(points[0].text == contentBody(list.systems[i]));
    }
}

TEST_CASE("the systems offered come from the edition in force", "[inspections][checklist]")
{
    TempDatabase t;
    CHECK(Checklist::systems(t.db()).isEmpty());
    CHECK(Checklist::defaultSystem(t.db(), QString::fromLatin1(SupervisionDomain::Metrology)) == 0);
    importSeed(t.db(), boshanSeed());
    const QList<SystemChoice> boshan = Checklist::systems(t.db());
    REQUIRE(boshan.size() == 8);
    CHECK(Checklist::defaultSystem(t.db(), QString::fromLatin1(SupervisionDomain::Metrology)) == boshan[4].systemId);

    // The newer edition replaces the older one in the choices.
    importSeed(t.db(), yongqingSeed());
    const QList<SystemChoice> yongqing = Checklist::systems(t.db());
    REQUIRE(yongqing.size() == 7);
    CHECK(yongqing[0].editionId != boshan[0].editionId);
    CHECK(yongqing[0].editionLabel == QStringLiteral("2015-06-22"));
    const QList<SystemChoice> metrology = Checklist::systems(t.db(), QString::fromLatin1(SupervisionDomain::Metrology));
    QStringList numbers;
    for (const SystemChoice &c : metrology)
        numbers << c.number;
    CHECK(numbers == QStringList{QStringLiteral("三"), QStringLiteral("四"), QStringLiteral("五")});
    CHECK(Checklist::defaultSystem(t.db(), QString::fromLatin1(SupervisionDomain::Metrology)) == metrology[0].systemId);
    CHECK(Checklist::defaultSystem(t.db(), QString::fromLatin1(SupervisionDomain::Certification)) == 0);
    CHECK(Checklist::defaultSystem(t.db(), {}) == 0);

    // An old edition's system still reads by id (records keep pointing at it).
    auto old = Checklist::forSystem(t.db(), boshan[0].systemId);
    REQUIRE(old);
    CHECK(old->size() == 6);
    auto missing = Checklist::forSystem(t.db(), 999999);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("999999")));
}

TEST_CASE("a system without numbered points gives one point of its content paragraph", "[inspections][checklist]")
{
    SupervisionSystem system;
    system.parts = {
        {SystemPartKind::Targets, QStringLiteral("监督检查对象"), QStringLiteral("获证企业")},
        {SystemPartKind::Content, QStringLiteral("监督检查内容"), QStringLiteral("  企业执行条例的情况。 ")}};
    const QList<CheckPoint> points = Checklist::forSystem(system);
    REQUIRE(points.size() == 1);
    CHECK(points[0].label == QStringLiteral("1"));
    CHECK(points[0].text == QStringLiteral("企业执行条例的情况。"));
    CHECK(points[0].group.isEmpty());

    // Clauses split only when each asks a question; empty clauses drop.
    system.contentPoints = {{QStringLiteral("甲"), QStringLiteral("3"), QStringLiteral("是否持证；是否建档；")},
                            {{}, QStringLiteral("4"), QStringLiteral("是否持证；档案情况")},
                            {{}, QStringLiteral("(五)"), QStringLiteral("是否公正;是否客观")}};
    const QList<CheckPoint> split = Checklist::forSystem(system);
    CHECK(labelsOf(split) == QStringList{"3.1", "3.2", "4", "(五)1", "(五)2"});
    CHECK(split[0].group == QStringLiteral("甲"));
    CHECK(split[1].group == QStringLiteral("甲"));
    CHECK(split[1].text == QStringLiteral("是否建档"));
    CHECK(split[2].text == QStringLiteral("是否持证；档案情况"));
    CHECK(split[4].text == QStringLiteral("是否客观"));

    CHECK(Checklist::forSystem(SupervisionSystem{}).isEmpty());
}
