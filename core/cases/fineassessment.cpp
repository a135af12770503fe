#include "cases/fineassessment.h"

#include <QCoreApplication>

namespace casedesk::FineAssessment {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(FineAssessment)
};

// The benchmark's cuts, in percent of the span from the minimum.
constexpr qint64 kLighterUpTo = 30;
constexpr qint64 kOrdinaryUpTo = 70;
// A provision rarely allows more than twenty times the basis; a thousand
// times is certainly a typing error, and keeps the arithmetic in 64 bits.
constexpr int kLargestPercent = 100000;

// fen × percent / 100 without leaving 64 bits, rounded up or down.
qint64 percentOf(qint64 fen, int percent, bool roundUp)
{
    const qint64 whole = fen / 100 * percent;
    const qint64 rest = fen % 100 * percent;
    return whole + rest / 100 + (roundUp && rest % 100 != 0 ? 1 : 0);
}

// The cuts between the bands: the last fen of the lighter band and of the
// ordinary band. span × 30 % and span × 70 % are rounded down to the fen, so
// an amount exactly on a cut belongs to the lower tier.
std::pair<Money, Money> cuts(const FineBounds &b)
{
    const qint64 span = b.max.fen() - b.min.fen();
    return {b.min + Money::fromFen(span * kLighterUpTo / 100), b.min + Money::fromFen(span * kOrdinaryUpTo / 100)};
}

QString basisName(FineRange::Basis basis)
{
    return basis == FineRange::Basis::IllegalIncome ? Text::tr("the illegal income") : Text::tr("the goods value");
}

QString provisionName(const CaseProvision &p)
{
    return QStringLiteral("%1 %2").arg(p.law, p.article).trimmed();
}

QString tierName(DiscretionTier tier)
{
    return discretionTiers().name(tier).toLower();
}

QString rangeText(const FineBounds &b, const FineRange &range, Money basisAmount)
{
    if (range.kind == FineRange::Kind::Multiple)
        return Text::tr("%1–%2 yuan (%3%–%4% of %5, %6 yuan)")
            .arg(b.min.toString(), b.max.toString())
            .arg(range.minPercent)
            .arg(range.maxPercent)
            .arg(basisName(range.basis), basisAmount.toString());
    return Text::tr("%1–%2 yuan").arg(b.min.toString(), b.max.toString());
}
} // namespace

Result<FineBounds> bounds(const FineRange &range, Money basisAmount)
{
    switch (range.kind) {
    case FineRange::Kind::None:
        return refusal(Text::tr("The provision gives no fine range."));
    case FineRange::Kind::Fixed:
        if (range.min.fen() < 0 || range.min > range.max)
            return refusal(Text::tr("The fine range %1–%2 yuan is not a range: the minimum must not be above the "
                                    "maximum.")
                               .arg(range.min.toString(), range.max.toString()));
        return FineBounds{range.min, range.max};
    case FineRange::Kind::Multiple:
        if (range.minPercent < 0 || range.minPercent > range.maxPercent || range.maxPercent > kLargestPercent)
            return refusal(Text::tr("The fine range %1%–%2% of %3 is not a range: the percentages must not be "
                                    "negative, the minimum not above the maximum.")
                               .arg(range.minPercent)
                               .arg(range.maxPercent)
                               .arg(basisName(range.basis)));
        if (basisAmount.fen() <= 0)
            return refusal(Text::tr("The fine is a multiple of %1: enter %1 in yuan.").arg(basisName(range.basis)));
        return FineBounds{Money::fromFen(percentOf(basisAmount.fen(), range.minPercent, true)),
                          Money::fromFen(percentOf(basisAmount.fen(), range.maxPercent, false))};
    }
    return refusal(Text::tr("The provision gives no fine range."));
}

QList<TierBand> bands(const FineBounds &b)
{
    const auto [lighterTo, ordinaryTo] = cuts(b);
    const Money fen = Money::fromFen(1);
    QList<TierBand> out;
    // When the span is only a few fen a band can be empty; it is left out.
    const TierBand all[] = {{DiscretionTier::Lighter, b.min, lighterTo},
                            {DiscretionTier::Ordinary, lighterTo + fen, ordinaryTo},
                            {DiscretionTier::Heavier, ordinaryTo + fen, b.max}};
    for (const TierBand &band : all)
        if (band.from <= band.to)
            out << band;
    return out;
}

DiscretionTier tierOf(Money amount, const FineBounds &b)
{
    const auto [lighterTo, ordinaryTo] = cuts(b);
    if (amount <= lighterTo)
        return DiscretionTier::Lighter;
    if (amount <= ordinaryTo)
        return DiscretionTier::Ordinary;
    return DiscretionTier::Heavier;
}

Status check(const Penalty &fine, const EnforcementCase &c)
{
    if (fine.kind != PenaltyKind::Fine)
        return success();
    const QString amount = fine.amount.toString();
    if (fine.amount.fen() <= 0)
        return refusal(Text::tr("A fine needs an amount above zero."));
    if (fine.provisionIndex < 0 || fine.provisionIndex >= c.provisions.size())
        return refusal(
            Text::tr("The fine of %1 yuan names no penalty provision: pick the provision applied.").arg(amount));
    const CaseProvision &p = c.provisions.at(fine.provisionIndex);
    if (p.role != ProvisionRole::Applied)
        return refusal(Text::tr("The fine of %1 yuan is based on %2, which is a provision violated, not a penalty "
                                "provision.")
                           .arg(amount, provisionName(p)));
    if (p.fineRange.kind == FineRange::Kind::None)
        return refusal(Text::tr("%1 gives no fine range: enter the range it allows before fining %2 yuan.")
                           .arg(provisionName(p), amount));
    if (p.fineRange.kind == FineRange::Kind::Multiple && fine.basisAmount.fen() <= 0)
        return refusal(Text::tr("The fine under %1 is a multiple of %2: enter %2 in yuan.")
                           .arg(provisionName(p), basisName(p.fineRange.basis)));
    const auto b = bounds(p.fineRange, fine.basisAmount);
    if (!b)
        return refusal(QStringLiteral("%1 (%2)").arg(b.error().message, provisionName(p)));
    const QString range = rangeText(*b, p.fineRange, fine.basisAmount);
    if (fine.amount < b->min || fine.amount > b->max)
        return refusal(Text::tr("%1 yuan is outside the range %2 of %3.").arg(amount, range, provisionName(p)));
    const DiscretionTier tier = tierOf(fine.amount, *b);
    if (tier != fine.tier) {
        for (const TierBand &band : bands(*b))
            if (band.tier == tier)
                return refusal(Text::tr("%1 yuan falls in the %2 band (%3–%4 yuan) of %5, not in the %6 band.")
                                   .arg(amount, tierName(tier), band.from.toString(), band.to.toString(),
                                        provisionName(p), tierName(fine.tier)));
    }
    if (fine.tierReasons.trimmed().isEmpty())
        return refusal(
            Text::tr("Give the reasons for placing the fine of %1 yuan in the %2 tier.").arg(amount, tierName(tier)));
    return success();
}

} // namespace casedesk::FineAssessment
