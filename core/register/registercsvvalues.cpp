#include "register/registercsvvalues.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk::RegisterCsvValues {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RegisterCsv)
};
} // namespace

Result<QDate> parseDate(const QString &text)
{
    // NFKC folds full-width digits and separators typed with a Chinese
    // input method (２０２６／３／５) to ASCII.
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty())
        return QDate();
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"));
    static const QRegularExpression chinese(
        QStringLiteral("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    for (const QRegularExpression *pattern : {&separated, &chinese, &compact}) {
        const QRegularExpressionMatch m = pattern->match(t);
        if (!m.hasMatch())
            continue;
        // The separators must agree (2026-3/5 is more likely a typing slip).
        if (pattern == &separated) {
            QString separators;
            for (QChar c : t)
                if (c == QLatin1Char('-') || c == QLatin1Char('/') || c == QLatin1Char('.'))
                    separators += c;
            if (separators[0] != separators[1])
                break;
        }
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (date.isValid())
            return date;
        return refusal(Text::tr("'%1' is not a day of the calendar.").arg(text.trimmed()));
    }
    return refusal(
        Text::tr("'%1' is not a date; write it as 2026-03-05 (2026/3/5, 2026.3.5, 20260305 and 2026年3月5日 are read "
                 "too).")
            .arg(text.trimmed()));
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

Result<bool> parseYesNo(const QString &text)
{
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed().toCaseFolded();
    if (t.isEmpty())
        return false;
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("yes"),  QStringLiteral("y"),
                                    QStringLiteral("1"),  QStringLiteral("true"), QStringLiteral("有"),
                                    QStringLiteral("√"),  QStringLiteral("✓")};
    static const QStringList no = {QStringLiteral("否"),   QStringLiteral("no"),    QStringLiteral("n"),
                                   QStringLiteral("0"),    QStringLiteral("false"), QStringLiteral("无"),
                                   QStringLiteral("不是"), QStringLiteral("×")};
    if (yes.contains(t) || t == formatYesNo(true).toCaseFolded())
        return true;
    if (no.contains(t) || t == formatYesNo(false).toCaseFolded())
        return false;
    return refusal(
        Text::tr("'%1' is neither yes nor no; write 是 or 否 (Y/N, 1/0 and yes/no are read too).").arg(text.trimmed()));
}

QString formatYesNo(bool value)
{
    return value ? Text::tr("Yes") : Text::tr("No");
}

} // namespace casedesk::RegisterCsvValues
