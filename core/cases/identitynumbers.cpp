// IdentityNumbers::check (declared in cases/caseworkflow.h): the resident
// ID number of a person who is party to a case, GB 11643-1999.
#include "cases/caseworkflow.h"

#include <QCoreApplication>
#include <array>

namespace casedesk::IdentityNumbers {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IdentityNumbers)
};

constexpr int kLength = 18;
// ISO 7064 MOD 11-2: position i (from 0) weighs 2^(17-i) mod 11; the sum
// mod 11 picks the check character.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr QLatin1String kCheckCharacters("10X98765432");

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QChar checkCharacter(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * kWeights[i];
    return kCheckCharacters.at(sum % 11);
}
} // namespace

Result<QString> check(const QString &text)
{
    // Full-width digits folded (NFKC), spaces dropped, x as X.
    QString n;
    for (QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            n += c.toUpper();
    if (n.isEmpty())
        return refusal(Text::tr("Enter the person's resident ID number (18 characters)."));
    if (n.size() != kLength)
        return refusal(
            Text::tr("The ID number %1 has %n character(s); a resident ID number has 18.", nullptr, int(n.size()))
                .arg(text.trimmed()));
    for (int i = 0; i < kLength - 1; ++i)
        if (!isDigit(n.at(i)))
            return refusal(Text::tr("The ID number %1 has '%2' at position %3; the first 17 characters are digits.")
                               .arg(text.trimmed(), n.at(i))
                               .arg(i + 1));
    if (!isDigit(n.back()) && n.back() != QLatin1Char('X'))
        return refusal(Text::tr("The ID number %1 ends in '%2'; the last character is a digit or X.")
                           .arg(text.trimmed(), n.back()));
    const QString birth = n.mid(6, 8);
    const QDate born = QDate::fromString(birth, QStringLiteral("yyyyMMdd"));
    if (!born.isValid())
        return refusal(Text::tr("The ID number %1 gives the birth date %2, which is not a date.").arg(n, birth));
    if (born < QDate(1900, 1, 1) || born > QDate::currentDate())
        return refusal(Text::tr("The ID number %1 gives the birth date %2, which is not between 1900-01-01 and today.")
                           .arg(n, born.toString(Qt::ISODate)));
    const QChar expected = checkCharacter(n.left(17));
    if (n.back() != expected)
        return refusal(Text::tr("The ID number %1 ends in %2, but its check character should be %3: a character is "
                                "mistyped.")
                           .arg(n, n.back(), expected));
    return n;
}

} // namespace casedesk::IdentityNumbers
