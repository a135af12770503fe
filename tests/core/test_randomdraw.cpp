// The random draw (双随机) as a pure function: the same record gives the
// same draw, a known vector computed by an independent implementation
// (tests/data/randomdraw_vector.py, Python's hashlib) matches, the draw is
// uniform over the pool, recusals and the inspectors per unit are obeyed,
// and impossible requests are refused with their reason.
#include "inspections/randomdraw.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSet>
#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
QStringList entityCodes(int n)
{
    QStringList out;
    for (int i = 1; i <= n; ++i)
        out << QStringLiteral("E%1").arg(i, 2, 10, QLatin1Char('0'));
    return out;
}

// The input of tests/data/randomdraw_vector.py.
DrawInput vectorInput()
{
    DrawInput in;
    in.seed = QStringLiteral("2026-一季度-7f3a");
    in.entityPool = entityCodes(12);
    in.inspectorPool = {QStringLiteral("insp1"), QStringLiteral("insp2"), QStringLiteral("insp3"),
                        QStringLiteral("se1"), QStringLiteral("se2")};
    in.recusals = {{QStringLiteral("insp1"), QStringLiteral("E03")},
                   {QStringLiteral("se2"), QStringLiteral("E07")},
                   {QStringLiteral("insp3"), QStringLiteral("E11")}};
    in.count = 5;
    in.perUnit = 2;
    return in;
}

DrawnPair pair(const char *code, std::initializer_list<const char *> logins)
{
    DrawnPair p;
    p.entityCode = QString::fromLatin1(code);
    for (const char *l : logins)
        p.inspectorLogins << QString::fromLatin1(l);
    return p;
}

// Pearson's statistic of observed counts against equal expectation.
double chiSquare(const QList<int> &observed, double expected)
{
    double sum = 0;
    for (int o : observed)
        sum += (o - expected) * (o - expected) / expected;
    return sum;
}
} // namespace

TEST_CASE("random draw: a known vector computed independently", "[draw]")
{
    const DrawInput in = vectorInput();
    // python3 tests/data/randomdraw_vector.py
    CHECK(RandomDraw::poolHash(in.entityPool) ==
          QStringLiteral("dc4c99cdc3932de4a7c2fd11ccf4fdbd9be19e701afa9c3c29402470be5113e3"));
    CHECK(RandomDraw::poolHash(in.inspectorPool) ==
          QStringLiteral("087d526bebbaab04b7acdf25b970ca8aa9b15d2b598ffa039c0f5f89c359d369"));
    auto picks = RandomDraw::run(in);
    REQUIRE(picks);
    const QList<DrawnPair> expected{pair("E02", {"insp3", "se1"}), pair("E04", {"insp2", "insp1"}),
                                    pair("E08", {"se1", "insp2"}), pair("E06", {"insp3", "insp2"}),
                                    pair("E03", {"se1", "se2"})};
    CHECK(*picks == expected);
    CHECK(RandomDraw::resultHash(in, *picks) ==
          QStringLiteral("48d934a84b432d24d6b2c067354c81916e158f0b327795bc30b1eb4a25688cdb"));

    // The script's second vector: every unit, three inspectors each (the
    // stream runs on through many blocks).
    DrawInput all = in;
    all.seed = QStringLiteral("seed-b");
    all.count = 12;
    all.perUnit = 3;
    const QList<DrawnPair> expectedAll{pair("E01", {"se1", "se2", "insp2"}),     pair("E07", {"se1", "insp1", "insp2"}),
                                       pair("E06", {"se1", "se2", "insp1"}),     pair("E03", {"insp3", "se1", "se2"}),
                                       pair("E08", {"se2", "se1", "insp3"}),     pair("E04", {"se1", "insp3", "insp2"}),
                                       pair("E12", {"insp1", "insp3", "se1"}),   pair("E02", {"insp3", "se2", "se1"}),
                                       pair("E05", {"insp3", "se1", "insp2"}),   pair("E09", {"se1", "insp2", "se2"}),
                                       pair("E10", {"insp3", "insp2", "insp1"}), pair("E11", {"se1", "se2", "insp1"})};
    auto everyUnit = RandomDraw::run(all);
    REQUIRE(everyUnit);
    CHECK(*everyUnit == expectedAll);
}

TEST_CASE("random draw: the same record gives the same draw, another seed another", "[draw]")
{
    DrawInput in = vectorInput();
    in.entityPool = entityCodes(40);
    in.count = 10;
    auto first = RandomDraw::run(in);
    auto again = RandomDraw::run(in);
    REQUIRE(first);
    REQUIRE(again);
    CHECK(*first == *again);
    CHECK(RandomDraw::resultHash(in, *first) == RandomDraw::resultHash(in, *again));

    DrawInput other = in;
    other.seed = QStringLiteral("2026-一季度-7f3b");
    auto different = RandomDraw::run(other);
    REQUIRE(different);
    CHECK(*different != *first);
    CHECK(RandomDraw::resultHash(other, *different) != RandomDraw::resultHash(in, *first));

    // Units are distinct and from the pool; each unit's inspectors distinct.
    QSet<QString> units;
    for (const DrawnPair &p : *first) {
        CHECK(in.entityPool.contains(p.entityCode));
        units.insert(p.entityCode);
        REQUIRE(p.inspectorLogins.size() == 2);
        CHECK(p.inspectorLogins.at(0) != p.inspectorLogins.at(1));
    }
    CHECK(units.size() == 10);

    // The hash covers the recusals and the pools, not only the picks.
    DrawInput fewerRecusals = in;
    fewerRecusals.recusals.removeLast();
    CHECK(RandomDraw::resultHash(fewerRecusals, *first) != RandomDraw::resultHash(in, *first));
    CHECK(RandomDraw::poolHash(in.entityPool) != RandomDraw::poolHash(entityCodes(39)));
}

TEST_CASE("random draw: every unit and every inspector equally likely over many seeds", "[draw]")
{
    DrawInput in;
    in.entityPool = entityCodes(20);
    in.inspectorPool = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                        QStringLiteral("d"), QStringLiteral("e"), QStringLiteral("f")};
    in.count = 1;
    in.perUnit = 2;
    constexpr int kDraws = 20000;
    QList<int> unitCounts(20, 0), inspectorCounts(6, 0), firstSlot(6, 0);
    for (int n = 0; n < kDraws; ++n) {
        in.seed = QStringLiteral("uniform-%1").arg(n);
        auto picks = RandomDraw::run(in);
        REQUIRE(picks);
        ++unitCounts[in.entityPool.indexOf(picks->first().entityCode)];
        for (const QString &login : picks->first().inspectorLogins)
            ++inspectorCounts[in.inspectorPool.indexOf(login)];
        ++firstSlot[in.inspectorPool.indexOf(picks->first().inspectorLogins.first())];
    }
    // 19 and 5 degrees of freedom: the statistic's mean is 19 (5) and it
    // exceeds 80 (40) with a probability below 1e-8 for a fair draw, while
    // a draw that favoured one unit by a tenth would give about 100.
    CHECK(chiSquare(unitCounts, kDraws / 20.0) < 80.0);
    CHECK(chiSquare(inspectorCounts, kDraws * 2 / 6.0) < 40.0);
    CHECK(chiSquare(firstSlot, kDraws / 6.0) < 40.0);
    // Every unit did come up (a draw stuck on a few units fails here too).
    CHECK(*std::min_element(unitCounts.begin(), unitCounts.end()) > 800);
}

TEST_CASE("random draw: recusals and the inspectors per unit", "[draw]")
{
    DrawInput in;
    in.entityPool = entityCodes(6);
    in.inspectorPool = {QStringLiteral("insp1"), QStringLiteral("insp2"), QStringLiteral("insp3"),
                        QStringLiteral("insp4")};
    in.count = 6;
    in.perUnit = 3;
    // insp1 and insp2 may never inspect E02.
    in.recusals = {{QStringLiteral("insp1"), QStringLiteral("E02")}, {QStringLiteral("insp2"), QStringLiteral("E02")}};
    for (int n = 0; n < 50; ++n) {
        in.seed = QStringLiteral("recusal-%1").arg(n);
        in.perUnit = 2;
        auto picks = RandomDraw::run(in);
        REQUIRE(picks);
        for (const DrawnPair &p : *picks) {
            CHECK(p.inspectorLogins.size() == 2);
            if (p.entityCode == QLatin1String("E02"))
                CHECK(QSet<QString>(p.inspectorLogins.begin(), p.inspectorLogins.end()) ==
                      QSet<QString>{QStringLiteral("insp3"), QStringLiteral("insp4")});
        }
    }

    in.perUnit = 3;
    auto tooFew = RandomDraw::run(in);
    REQUIRE_FALSE(tooFew);
    CHECK(tooFew.error().refusal);
    CHECK(tooFew.error().message.contains(QStringLiteral("E02")));
    CHECK(tooFew.error().message.contains(QStringLiteral("only 2 inspectors")));

    // The same request without E02 in the pool goes through with three each.
    in.entityPool.removeAll(QStringLiteral("E02"));
    in.count = 5;
    auto three = RandomDraw::run(in);
    REQUIRE(three);
    for (const DrawnPair &p : *three)
        CHECK(p.inspectorLogins.size() == 3);
}

TEST_CASE("random draw: refusals name what is wrong", "[draw]")
{
    DrawInput in = vectorInput();

    DrawInput one = in;
    one.perUnit = 1;
    auto single = RandomDraw::run(one);
    REQUIRE_FALSE(single);
    CHECK(single.error().message.contains(QStringLiteral("at least 2 inspectors")));

    DrawInput tooMany = in;
    tooMany.count = 13;
    auto big = RandomDraw::run(tooMany);
    REQUIRE_FALSE(big);
    CHECK(big.error().refusal);
    CHECK(big.error().message == QStringLiteral("Count: the pool holds 12 units, fewer than the 13 asked for."));

    DrawInput none = in;
    none.count = 0;
    CHECK_FALSE(RandomDraw::run(none));

    DrawInput noSeed = in;
    noSeed.seed.clear();
    CHECK_FALSE(RandomDraw::run(noSeed));

    DrawInput unsorted = in;
    unsorted.entityPool.swapItemsAt(0, 1);
    auto bad = RandomDraw::run(unsorted);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("entity pool")));
    DrawInput twice = in;
    twice.inspectorPool.insert(1, QStringLiteral("insp1"));
    CHECK_FALSE(RandomDraw::run(twice));

    // Every unit exactly once, as many as the pool holds.
    DrawInput whole = in;
    whole.count = 12;
    auto all = RandomDraw::run(whole);
    REQUIRE(all);
    QStringList codes;
    for (const DrawnPair &p : *all)
        codes << p.entityCode;
    codes.sort();
    CHECK(codes == in.entityPool);
}

TEST_CASE("random draw: a new seed is 16 hex digits and differs each time", "[draw]")
{
    const QString a = RandomDraw::newSeed(), b = RandomDraw::newSeed();
    CHECK(a.size() == 16);
    CHECK(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(a).hasMatch());
    CHECK(a != b);
}
