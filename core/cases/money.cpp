#include "cases/money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Money)
};

constexpr qint64 kMaxYuan = 1000000000000ll; // 10^12 yuan
constexpr qint64 kFenPerYuan = 100;
constexpr qint64 kYuanPerWan = 10000;

const QString kDigitCapitals = QStringLiteral("零壹贰叁肆伍陆柒捌玖");

QString capitalDigit(qint64 d)
{
    return kDigitCapitals.at(int(d));
}

// 1..9999 without leading zeros: 壹仟零伍拾, 叁佰零壹.
QString capitalBelowTenThousand(qint64 n)
{
    static const QString units[] = {QStringLiteral("仟"), QStringLiteral("佰"), QStringLiteral("拾"), QString()};
    const qint64 digits[] = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
    QString out;
    bool pendingZero = false;
    for (int i = 0; i < 4; ++i) {
        if (digits[i] == 0) {
            pendingZero = !out.isEmpty();
            continue;
        }
        if (pendingZero)
            out += capitalDigit(0);
        pendingZero = false;
        out += capitalDigit(digits[i]) + units[i];
    }
    return out;
}

// Whole yuan above zero: groups of four digits under 万 and 亿; a 零 stands
// for the zeros between two non-zero digits, once (壹拾万零伍佰, 壹亿零壹元).
QString capitalYuan(qint64 n)
{
    constexpr qint64 kYi = 100000000;
    if (n >= kYi) {
        const qint64 low = n % kYi;
        QString out = capitalYuan(n / kYi) + QStringLiteral("亿");
        if (low == 0)
            return out;
        return out + (low < kYi / 10 ? capitalDigit(0) : QString()) + capitalYuan(low);
    }
    if (n >= kYuanPerWan) {
        const qint64 low = n % kYuanPerWan;
        QString out = capitalBelowTenThousand(n / kYuanPerWan) + QStringLiteral("万");
        if (low == 0)
            return out;
        return out + (low < kYuanPerWan / 10 ? capitalDigit(0) : QString()) + capitalBelowTenThousand(low);
    }
    return capitalBelowTenThousand(n);
}

Error notAnAmount(const QString &text)
{
    return refusal(Text::tr("'%1' is not an amount in yuan; write it like 30000, 30,000.50 or 3万.").arg(text));
}

// Digits and commas as typed with a Chinese input method in full-width mode
// folded to ASCII (NFKC); the yuan sign and 元 dropped.
QString folded(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    t.remove(QLatin1Char(' '));
    if (t.startsWith(QChar(0x00A5)))
        t.remove(0, 1);
    if (t.endsWith(QStringLiteral("人民币")))
        t.chop(3);
    if (t.endsWith(QStringLiteral("元")))
        t.chop(1);
    return t;
}
} // namespace

Result<Money> Money::parse(const QString &text)
{
    QString t = folded(text);
    if (t.isEmpty())
        return refusal(text.trimmed().isEmpty() ? Text::tr("Enter an amount in yuan, e.g. 30,000.00.")
                                                : notAnAmount(text).message);
    if (t.startsWith(QLatin1Char('-')))
        return refusal(Text::tr("'%1' is negative; an amount cannot be below zero.").arg(text));
    const bool wan = t.endsWith(QStringLiteral("万"));
    if (wan)
        t.chop(1);

    // Whole part with optional thousands separators in the right places.
    static const QRegularExpression shape(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d*))?$|^\\.(\\d+)$"));
    const auto m = shape.match(t);
    if (!m.hasMatch())
        return notAnAmount(text);
    QString whole = m.captured(1);
    whole.remove(QLatin1Char(','));
    const QString decimals = m.captured(1).isEmpty() ? m.captured(3) : m.captured(2);
    // In 万 the decimals reach down to the fen at the sixth place.
    const int maxDecimals = wan ? 6 : 2;
    if (decimals.size() > maxDecimals)
        return refusal(
            wan ? Text::tr("'%1' has more than six decimals before 万; amounts are in yuan and fen.").arg(text)
                : Text::tr("'%1' has more than two decimals; amounts are in yuan and fen.").arg(text));

    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    const qint64 maxWhole = wan ? kMaxYuan / kYuanPerWan : kMaxYuan;
    if (whole.size() > 13 || whole.toLongLong() > maxWhole)
        return refusal(Text::tr("'%1' is more than 1,000,000,000,000 yuan.").arg(text));

    const qint64 scale = wan ? kYuanPerWan * kFenPerYuan : kFenPerYuan;
    const qint64 fraction = decimals.isEmpty() ? 0 : decimals.leftJustified(maxDecimals, QLatin1Char('0')).toLongLong();
    const qint64 fen = whole.toLongLong() * scale + fraction;
    if (fen > kMaxYuan * kFenPerYuan)
        return refusal(Text::tr("'%1' is more than 1,000,000,000,000 yuan.").arg(text));
    return Money(fen);
}

QString Money::toString() const
{
    const qint64 absFen = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(absFen / kFenPerYuan);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(absFen % kFenPerYuan, 2, 10, QLatin1Char('0'));
}

QString Money::yuanText() const
{
    return toString() + QStringLiteral("元");
}

// The People's Bank rules for amounts in capitals (正确填写票据和结算凭证的基本规定):
// 整 after 元 when there are no jiao and fen; a 零 between 元 and 分 when
// there are no jiao; no 元 for an amount below one yuan.
QString Money::capital() const
{
    if (m_fen < 0)
        return QStringLiteral("负") + Money(-m_fen).capital();
    if (m_fen == 0)
        return QStringLiteral("零元整");
    const qint64 yuan = m_fen / kFenPerYuan;
    const qint64 jiao = m_fen / 10 % 10;
    const qint64 fen = m_fen % 10;
    QString out;
    if (yuan > 0)
        out = capitalYuan(yuan) + QStringLiteral("元");
    if (jiao == 0 && fen == 0)
        return out + QStringLiteral("整");
    if (jiao > 0)
        out += capitalDigit(jiao) + QStringLiteral("角");
    else if (yuan > 0)
        out += capitalDigit(0);
    if (fen > 0)
        out += capitalDigit(fen) + QStringLiteral("分");
    return out;
}

} // namespace casedesk
