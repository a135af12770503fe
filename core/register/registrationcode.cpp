#include "register/registrationcode.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>

namespace casedesk::RegistrationCodes {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegistrationCodes)
};

constexpr int kCreditCodeLength = 18;
constexpr int kOrganisationCodeLength = 9;

// GB 32100-2015: 0-9 and A-Z without I, O, Z, S and V (too easily read as 1,
// 0, 2, 5 and U); a character's value is its index here.
constexpr QLatin1String kCreditCharset("0123456789ABCDEFGHJKLMNPQRTUWXY");
// Position i (from 0) weighs 3^i mod 31.
constexpr std::array<int, 17> kCreditWeights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
// GB 11714-1997.
constexpr std::array<int, 8> kOrganisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};
// The first character of a credit code: the registering authority (1 机构编制,
// 5 民政, 9 工商/市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他, the other
// digits for the other departments the State Council assigned).
constexpr QLatin1String kAuthorityCodes("123456789ANY");

int creditValue(QChar c)
{
    return int(kCreditCharset.indexOf(c));
}

int organisationValue(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        return c.unicode() - 'A' + 10;
    return -1;
}

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Upper case, without spaces, full-width forms folded to ASCII (NFKC), and
// without the hyphen an organisation code is often printed with
// ("12345678-9").
QString normalise(const QString &input)
{
    QString text;
    const QString folded = input.normalized(QString::NormalizationForm_KC);
    text.reserve(folded.size());
    for (QChar c : folded) {
        if (!c.isSpace())
            text += c.toUpper();
    }
    if (text.size() == kOrganisationCodeLength + 1 && text.at(kOrganisationCodeLength - 1) == QLatin1Char('-'))
        text.remove(kOrganisationCodeLength - 1, 1);
    return text;
}

// A character as a message shows it: itself, or its code point when it
// cannot be seen.
QString shown(QChar c)
{
    if (c.isPrint())
        return QString(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

Error wrongCharacter(const QString &code, qsizetype index, CodeKind kind)
{
    if (kind == CodeKind::CreditCode)
        return refusal(Text::tr("Registration code %1: the character '%2' at position %3 is not allowed; a unified "
                                "social credit code uses the digits 0-9 and the capital letters A-Z except I, O, Z, "
                                "S and V.")
                           .arg(code, shown(code.at(index)))
                           .arg(index + 1));
    if (index == kOrganisationCodeLength - 1)
        return refusal(Text::tr("Registration code %1: the character '%2' at position 9 is not allowed; the check "
                                "character of an organisation code is a digit or X.")
                           .arg(code, shown(code.at(index))));
    return refusal(Text::tr("Registration code %1: the character '%2' at position %3 is not allowed; an "
                            "organisation code uses the digits 0-9 and the capital letters A-Z.")
                       .arg(code, shown(code.at(index)))
                       .arg(index + 1));
}

Error wrongCheckCharacter(const QString &code, QChar expected)
{
    return refusal(Text::tr("Registration code %1: the check character is '%2' but the other characters give '%3': "
                            "a character was probably mistyped.")
                       .arg(code, QString(code.back()), QString(expected)));
}

// Characters 9 to 17 of a credit code are meant to be the holder's
// organisation code (GB 11714), check character included. We do not refuse a
// credit code whose embedded organisation code fails that check:
// - the credit code's own check character (position 18) already catches
//   every single mistyped character and every swap of two neighbours in
//   positions 1 to 17 (31 is prime, every weight is non-zero and so is the
//   difference of two neighbouring weights), so a second check would add
//   refusals without catching the usual typing mistakes any better;
// - a refusal stops a clerk from recording a real enterprise, and issued
//   codes do not always follow the standards: Xiamen's credit codes from
//   before 2016 (91350203M0001QKT19) do not even follow GB 32100 at position
//   18, and we cannot rule out registries that assigned positions 9 to 17
//   (individual businesses, 92…) without an organisation code behind them.
// Every real code we checked (large companies; individual businesses in
// Guangdong, Shanxi, Anhui, Sichuan, Heilongjiang…) does carry a valid
// organisation code, so trusting position 18 alone loses nothing in practice.
// The Xiamen codes above are still refused: telling them from a mistyped
// code would need the registry itself.
Result<RegistrationCode> checkCreditCode(const QString &code)
{
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (creditValue(code.at(i)) < 0)
            return wrongCharacter(code, i, CodeKind::CreditCode);
    }
    if (!kAuthorityCodes.contains(code.front()))
        return refusal(Text::tr("Registration code %1: '%2' (position 1, the registration authority) is not an "
                                "authority code; it is one of 1-9, A, N and Y.")
                           .arg(code, QString(code.front())));
    const QString division = code.mid(2, 6);
    if (!std::all_of(division.cbegin(), division.cend(), isDigit))
        return refusal(Text::tr("Registration code %1: characters 3 to 8 (the administrative division of the "
                                "registering office) are '%2'; they must be six digits.")
                           .arg(code, division));
    const QChar expected = creditCodeCheckCharacter(QStringView(code).first(kCreditCodeLength - 1));
    if (code.back() != expected)
        return wrongCheckCharacter(code, expected);
    return RegistrationCode{code, CodeKind::CreditCode};
}

Result<RegistrationCode> checkOrganisationCode(const QString &code)
{
    for (qsizetype i = 0; i < kOrganisationCodeLength - 1; ++i) {
        if (organisationValue(code.at(i)) < 0)
            return wrongCharacter(code, i, CodeKind::OrganisationCode);
    }
    if (!isDigit(code.back()) && code.back() != QLatin1Char('X'))
        return wrongCharacter(code, kOrganisationCodeLength - 1, CodeKind::OrganisationCode);
    const QChar expected = organisationCodeCheckCharacter(QStringView(code).first(kOrganisationCodeLength - 1));
    if (code.back() != expected)
        return wrongCheckCharacter(code, expected);
    return RegistrationCode{code, CodeKind::OrganisationCode};
}
} // namespace

Result<RegistrationCode> check(const QString &input)
{
    const QString code = normalise(input);
    if (code.isEmpty())
        return refusal(Text::tr("The registration code is empty: enter the 18-character unified social credit code "
                                "or the 9-character organisation code."));
    if (code.size() == kCreditCodeLength)
        return checkCreditCode(code);
    if (code.size() == kOrganisationCodeLength)
        return checkOrganisationCode(code);
    return refusal(Text::tr("The registration code has %n character(s); a unified social credit code has 18, an "
                            "organisation code 9.",
                            nullptr, int(code.size())));
}

QChar creditCodeCheckCharacter(QStringView first17)
{
    if (first17.size() != kCreditCodeLength - 1)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const int value = creditValue(first17[i]);
        if (value < 0)
            return {};
        sum += value * kCreditWeights[size_t(i)];
    }
    const int modulus = int(kCreditCharset.size()); // 31
    return kCreditCharset[(modulus - sum % modulus) % modulus];
}

QChar organisationCodeCheckCharacter(QStringView first8)
{
    if (first8.size() != kOrganisationCodeLength - 1)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first8.size(); ++i) {
        const int value = organisationValue(first8[i]);
        if (value < 0)
            return {};
        sum += value * kOrganisationWeights[size_t(i)];
    }
    const int check = 11 - sum % 11; // 1..11
    if (check == 10)
        return QLatin1Char('X');
    if (check == 11)
        return QLatin1Char('0');
    return QChar(u'0' + check);
}

QString kindName(CodeKind kind)
{
    switch (kind) {
    case CodeKind::CreditCode:
        return Text::tr("Unified social credit code");
    case CodeKind::OrganisationCode:
        return Text::tr("Organisation code");
    }
    return {};
}

} // namespace casedesk::RegistrationCodes
