#pragma once
// Money: an amount in fen (1/100 yuan) held as an integer, so fines, illegal
// income and payments add up exactly (never floating point). Parses what
// clerks type ("30000", "30,000.50", "3万", "30000元") and prints the forms
// documents need: "30,000.00" and the capital form 叁万元整 of decisions.

#include "result.h"

#include <QString>
#include <compare>

namespace casedesk {

class Money {
  public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // Refuses negative amounts, more than two decimals, letters, and amounts
    // above 10^12 yuan; names what was wrong.
    static Result<Money> parse(const QString &text);

    constexpr qint64 fen() const { return m_fen; }
    constexpr bool isZero() const { return m_fen == 0; }

    // "30,000.00" (thousands separated, always two decimals).
    QString toString() const;
    // "30,000.00元".
    QString yuanText() const;
    // The capital form used on decisions and receipts: 叁万元整, 壹佰元伍角.
    QString capital() const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

  private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace casedesk
