// CaseNumber's text forms. CaseNumbering (the allocation from each site's
// blocks) lives in casenumbering.cpp.
#include "cases/casenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseNumber)
};

constexpr int kFirstYear = 1990;
constexpr int kLastYear = 2999;
constexpr int kSequenceWidth = 3;
} // namespace

QString CaseNumber::format(const QString &abbreviation, const QString &kind) const
{
    if (isNull())
        return {};
    return QStringLiteral("%1%2字〔%3〕第%4号")
        .arg(abbreviation, kind)
        .arg(year)
        .arg(sequence, kSequenceWidth, 10, QLatin1Char('0'));
}

QString CaseNumber::shortForm() const
{
    if (isNull())
        return {};
    return QStringLiteral("%1-%2").arg(year).arg(sequence, kSequenceWidth, 10, QLatin1Char('0'));
}

Result<CaseNumber> CaseNumber::parse(const QString &text)
{
    // Full-width digits and brackets folded to ASCII (NFKC); 〔〕 and 【】 stay.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression full(
        QStringLiteral("^(?:\\S*字)?\\s*[〔\\[(【]\\s*(\\d{4})\\s*[〕\\])】]\\s*第?\\s*(\\d{1,6})\\s*号?$"));
    static const QRegularExpression shortForm(QStringLiteral("^(\\d{4})\\s*-\\s*(\\d{1,6})$"));
    QRegularExpressionMatch m = full.match(t);
    if (!m.hasMatch())
        m = shortForm.match(t);
    if (!m.hasMatch())
        return refusal(
            Text::tr("'%1' is not a case number; write it as 永质监罚字〔2026〕第007号 or 2026-007.").arg(text));
    const CaseNumber number{m.captured(1).toInt(), m.captured(2).toInt()};
    if (number.year < kFirstYear || number.year > kLastYear)
        return refusal(Text::tr("'%1' is not a case number: %2 is not a year of filing.").arg(text).arg(number.year));
    if (number.sequence < 1)
        return refusal(Text::tr("'%1' is not a case number: the sequence starts at 1.").arg(text));
    return number;
}

} // namespace casedesk
