// Fines against the range of the provision applied: fixed ranges and
// multiples of a basis amount (rounded inward to the fen), the discretion
// bands split at 30 % and 70 % of the span with each edge in the lower tier,
// and every refusal naming the amount, the range and the band.
#include "cases/fineassessment.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
Money yuan(const char *text)
{
    const auto m = Money::parse(QString::fromUtf8(text));
    REQUIRE(m);
    return *m;
}

FineRange fixedRange(const char *min, const char *max)
{
    FineRange r;
    r.kind = FineRange::Kind::Fixed;
    r.min = yuan(min);
    r.max = yuan(max);
    return r;
}

FineRange multipleRange(int minPercent, int maxPercent, FineRange::Basis basis = FineRange::Basis::GoodsValue)
{
    FineRange r;
    r.kind = FineRange::Kind::Multiple;
    r.minPercent = minPercent;
    r.maxPercent = maxPercent;
    r.basis = basis;
    return r;
}

// A case with a violated provision (0) and an applied one (1) with `range`.
EnforcementCase caseWith(const FineRange &range)
{
    EnforcementCase c;
    CaseProvision violated;
    violated.role = ProvisionRole::Violated;
    violated.law = QStringLiteral("产品质量法");
    violated.article = QStringLiteral("第十三条");
    CaseProvision applied;
    applied.role = ProvisionRole::Applied;
    applied.law = QStringLiteral("产品质量法");
    applied.article = QStringLiteral("第四十九条");
    applied.fineRange = range;
    c.provisions << violated << applied;
    return c;
}

Penalty fine(const char *amount, DiscretionTier tier, int provisionIndex = 1)
{
    Penalty p;
    p.kind = PenaltyKind::Fine;
    p.amount = yuan(amount);
    p.tier = tier;
    p.provisionIndex = provisionIndex;
    p.tierReasons = QStringLiteral("首次违法，积极配合调查");
    return p;
}

QString refusalOf(const Penalty &p, const EnforcementCase &c)
{
    const Status s = FineAssessment::check(p, c);
    REQUIRE_FALSE(s);
    CHECK(s.error().refusal);
    return s.error().message;
}

FineBounds boundsOf(const FineRange &r, Money basis = {})
{
    const auto b = FineAssessment::bounds(r, basis);
    REQUIRE(b);
    return *b;
}
} // namespace

TEST_CASE("a fixed range splits at 30 % and 70 % of the span", "[cases][fines]")
{
    const FineBounds b = boundsOf(fixedRange("30000", "100000"));
    CHECK(b.min == Money::fromYuan(30000));
    CHECK(b.max == Money::fromYuan(100000));
    const QList<TierBand> bands = FineAssessment::bands(b);
    REQUIRE(bands.size() == 3);
    CHECK(bands[0].tier == DiscretionTier::Lighter);
    CHECK(bands[0].from == yuan("30000"));
    CHECK(bands[0].to == yuan("51000")); // 30,000 + 30 % of 70,000
    CHECK(bands[1].tier == DiscretionTier::Ordinary);
    CHECK(bands[1].from == yuan("51000.01"));
    CHECK(bands[1].to == yuan("79000")); // 30,000 + 70 % of 70,000
    CHECK(bands[2].tier == DiscretionTier::Heavier);
    CHECK(bands[2].from == yuan("79000.01"));
    CHECK(bands[2].to == yuan("100000"));

    // Each edge belongs to the lower tier; the next fen to the next one.
    const struct {
        const char *amount;
        DiscretionTier tier;
    } edges[] = {
        {"30000", DiscretionTier::Lighter},     {"51000", DiscretionTier::Lighter},
        {"51000.01", DiscretionTier::Ordinary}, {"79000", DiscretionTier::Ordinary},
        {"79000.01", DiscretionTier::Heavier},  {"100000", DiscretionTier::Heavier},
    };
    for (const auto &e : edges) {
        INFO(e.amount);
        CHECK(FineAssessment::tierOf(yuan(e.amount), b) == e.tier);
        CHECK(FineAssessment::check(fine(e.amount, e.tier), caseWith(fixedRange("30000", "100000"))));
    }
}

TEST_CASE("a multiple range rounds its bounds inward and its cuts down, to the fen", "[cases][fines]")
{
    // Once to three times the goods value of 12,345.67 yuan.
    const Money goods = yuan("12,345.67");
    const FineBounds b = boundsOf(multipleRange(100, 300), goods);
    CHECK(b.min == yuan("12345.67"));
    CHECK(b.max == yuan("37037.01"));
    // Span 24,691.34: 30 % is 7,407.402 → 7,407.40; 70 % is 17,283.938 → 17,283.93.
    const QList<TierBand> bands = FineAssessment::bands(b);
    REQUIRE(bands.size() == 3);
    CHECK(bands[0].to == yuan("19753.07"));
    CHECK(bands[1].from == yuan("19753.08"));
    CHECK(bands[1].to == yuan("29629.60"));
    CHECK(bands[2].from == yuan("29629.61"));
    CHECK(bands[2].to == yuan("37037.01"));

    EnforcementCase c = caseWith(multipleRange(100, 300));
    Penalty p = fine("19753.07", DiscretionTier::Lighter);
    p.basisAmount = goods;
    CHECK(FineAssessment::check(p, c));
    p.amount = yuan("19753.08");
    p.tier = DiscretionTier::Ordinary;
    CHECK(FineAssessment::check(p, c));
    p.amount = yuan("29629.61");
    p.tier = DiscretionTier::Heavier;
    CHECK(FineAssessment::check(p, c));
    p.amount = yuan("37037.02");
    CHECK(refusalOf(p, c) ==
          QStringLiteral("37,037.02 yuan is outside the range 12,345.67–37,037.01 yuan "
                         "(100%–300% of the goods value, 12,345.67 yuan) of 产品质量法 第四十九条."));
    p.amount = yuan("12345.66");
    p.tier = DiscretionTier::Lighter;
    CHECK(refusalOf(p, c).startsWith(QStringLiteral("12,345.66 yuan is outside the range 12,345.67–37,037.01")));

    // Half to one and a half times 33.33 yuan: 16.665 rounds up, 49.995 down.
    const FineBounds odd = boundsOf(multipleRange(50, 150, FineRange::Basis::IllegalIncome), yuan("33.33"));
    CHECK(odd.min == yuan("16.67"));
    CHECK(odd.max == yuan("49.99"));
    // Large bases stay exact: twenty times 10^11 yuan.
    const FineBounds big = boundsOf(multipleRange(100, 2000), Money::fromYuan(100000000000ll));
    CHECK(big.max == Money::fromYuan(2000000000000ll));
}

TEST_CASE("degenerate ranges: a single amount, a span of a few fen", "[cases][fines]")
{
    const FineBounds single = boundsOf(fixedRange("5000", "5000"));
    const QList<TierBand> one = FineAssessment::bands(single);
    REQUIRE(one.size() == 1);
    CHECK(one[0].tier == DiscretionTier::Lighter);
    CHECK(FineAssessment::tierOf(yuan("5000"), single) == DiscretionTier::Lighter);

    const FineBounds tiny = boundsOf(fixedRange("100.00", "100.02"));
    const QList<TierBand> three = FineAssessment::bands(tiny);
    REQUIRE(three.size() == 3);
    CHECK(three[0].to == yuan("100.00"));
    CHECK(three[1].from == yuan("100.01"));
    CHECK(three[1].to == yuan("100.01"));
    CHECK(three[2].from == yuan("100.02"));
}

TEST_CASE("ranges that are not ranges are refused", "[cases][fines]")
{
    CHECK_FALSE(FineAssessment::bounds(FineRange{}, {}));
    const auto inverted = FineAssessment::bounds(fixedRange("100000", "30000"), {});
    REQUIRE_FALSE(inverted);
    CHECK(inverted.error().message.contains(QStringLiteral("100,000.00–30,000.00")));
    const auto noBasis = FineAssessment::bounds(multipleRange(100, 300), {});
    REQUIRE_FALSE(noBasis);
    CHECK(noBasis.error().message.contains(QStringLiteral("goods value")));
    CHECK_FALSE(FineAssessment::bounds(multipleRange(300, 100), yuan("1000")));
    CHECK_FALSE(FineAssessment::bounds(multipleRange(-50, 100), yuan("1000")));
}

TEST_CASE("a fine's check names the amount, the range and the band", "[cases][fines]")
{
    const EnforcementCase c = caseWith(fixedRange("30000", "100000"));
    CHECK(FineAssessment::check(fine("60000", DiscretionTier::Ordinary), c));

    // Not a fine: nothing to check here.
    Penalty warning;
    warning.kind = PenaltyKind::Warning;
    CHECK(FineAssessment::check(warning, c));

    CHECK(refusalOf(fine("0", DiscretionTier::Lighter), c).contains(QStringLiteral("amount above zero")));
    CHECK(refusalOf(fine("50000", DiscretionTier::Ordinary, -1), c) ==
          QStringLiteral("The fine of 50,000.00 yuan names no penalty provision: pick the provision applied."));
    CHECK(refusalOf(fine("50000", DiscretionTier::Ordinary, 2), c)
              .contains(QStringLiteral("names no penalty provision")));
    CHECK(refusalOf(fine("50000", DiscretionTier::Ordinary, 0), c) ==
          QStringLiteral("The fine of 50,000.00 yuan is based on 产品质量法 第十三条, which is a provision violated, "
                         "not a penalty provision."));
    CHECK(refusalOf(fine("50000", DiscretionTier::Ordinary), caseWith(FineRange{})) ==
          QStringLiteral("产品质量法 第四十九条 gives no fine range: enter the range it allows before fining 50,000.00 "
                         "yuan."));
    CHECK(refusalOf(fine("20000", DiscretionTier::Lighter), c) ==
          QStringLiteral("20,000.00 yuan is outside the range 30,000.00–100,000.00 yuan of 产品质量法 第四十九条."));
    CHECK(refusalOf(fine("100000.01", DiscretionTier::Heavier), c)
              .contains(QStringLiteral("100,000.01 yuan is outside the range")));
    CHECK(
        refusalOf(fine("50000", DiscretionTier::Heavier), c) ==
        QStringLiteral("50,000.00 yuan falls in the lighter band (30,000.00–51,000.00 yuan) of 产品质量法 第四十九条, "
                       "not in the heavier band."));
    CHECK(refusalOf(fine("60000", DiscretionTier::Lighter), c) ==
          QStringLiteral("60,000.00 yuan falls in the ordinary band (51,000.01–79,000.00 yuan) of 产品质量法 "
                         "第四十九条, not in the lighter band."));
    CHECK(refusalOf(fine("90000", DiscretionTier::Ordinary), c).contains(QStringLiteral("heavier band (79,000.01–")));

    Penalty noReasons = fine("50000", DiscretionTier::Lighter);
    noReasons.tierReasons = QStringLiteral("  ");
    CHECK(refusalOf(noReasons, c) ==
          QStringLiteral("Give the reasons for placing the fine of 50,000.00 yuan in the lighter tier."));

    // A multiple range without the basis amount.
    Penalty noBasis = fine("20000", DiscretionTier::Lighter);
    CHECK(refusalOf(noBasis, caseWith(multipleRange(100, 300, FineRange::Basis::IllegalIncome))) ==
          QStringLiteral("The fine under 产品质量法 第四十九条 is a multiple of the illegal income: enter the illegal "
                         "income in yuan."));
}
