#pragma once
// FineAssessment: checks a fine against the range of the provision applied
// and places it in the discretion tier (裁量基准). The range is fixed
// (30,000–100,000 yuan) or a multiple of a basis amount (once to three times
// the value of the goods). The bureau's benchmark splits the range at 30 %
// and 70 %: lighter from the minimum to 30 % of the span, ordinary to 70 %,
// heavier to the maximum (band edges belong to the lower tier). All in fen.

#include "cases/enforcementcase.h"

#include <QList>

namespace casedesk {

struct FineBounds {
    Money min;
    Money max;
};

struct TierBand {
    DiscretionTier tier;
    Money from;
    Money to;
};

namespace FineAssessment {

// Multiple: min rounds up, max down, to the fen. Refused for a Multiple range
// without a basis amount, and for a range that is not a range (min > max,
// negative percentages).
Result<FineBounds> bounds(const FineRange &range, Money basisAmount);
QList<TierBand> bands(const FineBounds &bounds);
DiscretionTier tierOf(Money amount, const FineBounds &bounds);
// The whole check of one fine of a case: an applied provision with a range,
// the amount inside it, the tier the one the amount falls in, reasons given.
// The refusal names the amount, the range and the band.
Status check(const Penalty &fine, const EnforcementCase &c);

} // namespace FineAssessment

} // namespace casedesk
