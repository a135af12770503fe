#include "documents/documenthtml.h"

#include <QStringList>

namespace casedesk::DocumentHtml {

namespace {

// A4 at 12 pt (小四) in a serif CJK face (宋体 where Windows has it), the
// forms' tables at 10.5 pt (五号), the bureau in 16 pt, the title in 22 pt
// (二号), as the printed templates are. Table borders are set on each table
// (border="1", solid black, collapsed). Paragraphs open with two ideographic
// spaces, as Chinese documents are typed (Qt's text-indent is in device
// pixels and would shrink on a printer), kept by white-space: pre-wrap.
const char *const kStyle =
    "body { font-family: 'Noto Serif CJK SC', 'Source Han Serif SC', 'SimSun', 'Songti SC', serif;"
    " font-size: 12pt; }\n"
    "p { margin-top: 0px; margin-bottom: 0px; line-height: 150%; }\n"
    "p.bureau { font-size: 16pt; font-weight: bold; text-align: center; margin-bottom: 4px; }\n"
    "p.title { font-size: 22pt; font-weight: bold; text-align: center; margin-bottom: 6px; }\n"
    "p.number { text-align: right; margin-bottom: 12px; }\n"
    "p.body { white-space: pre-wrap; }\n"
    "p.address { margin-top: 6px; }\n"
    "p.sealfirst { text-align: right; margin-top: 36px; }\n"
    "p.seal { text-align: right; margin-right: 32px; white-space: pre-wrap; }\n"
    "p.sign { text-align: right; white-space: pre-wrap; }\n"
    "p.note { font-size: 10.5pt; margin-top: 18px; }\n"
    "table.form { font-size: 10.5pt; }\n"
    "td { vertical-align: middle; }\n"
    "td p { line-height: 120%; }\n"
    "td.label { text-align: center; }\n"
    "td.tall { vertical-align: top; }\n";

const QChar kDigits[] = {u'〇', u'一', u'二', u'三', u'四', u'五', u'六', u'七', u'八', u'九'};

} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString page(const QString &body, const QString &extraStyle)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>\n%1</style></head>\n<body>\n%2</body></html>\n")
        .arg(QLatin1String(kStyle) + extraStyle, body);
}

QString header(const QString &bureauName, const QString &title, const QString &number)
{
    return QStringLiteral("<p class=\"bureau\">%1</p>\n<p class=\"title\">%2</p>\n<p class=\"number\">%3</p>\n")
        .arg(esc(bureauName), esc(title), esc(number));
}

QString paragraphs(const QString &text, const QString &lead)
{
    QString html;
    QString prefix = lead;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += paragraphHtml(esc(prefix + trimmed));
        prefix.clear();
    }
    if (!prefix.isEmpty())
        html += paragraphHtml(esc(prefix));
    return html;
}

QString paragraphHtml(const QString &html)
{
    return QStringLiteral("<p class=\"body\">　　%1</p>\n").arg(html);
}

QString cellLines(const QString &text)
{
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(line.trimmed()));
    return html;
}

QString sealBlock(const QString &bureauName, const QDate &date)
{
    const QString day = date.isValid() ? chineseDateText(date) : blankDateText();
    return QStringLiteral("<p class=\"sealfirst\">%1（印章）</p>\n<p class=\"seal\">%2</p>\n")
        .arg(esc(bureauName), esc(day));
}

QString footnote(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(text));
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseDateText(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString year;
    for (const QChar c : QString::number(date.year()))
        year += kDigits[c.digitValue()];
    return QStringLiteral("%1年%2月%3日").arg(year, chineseNumberText(date.month()), chineseNumberText(date.day()));
}

QString blankDateText()
{
    return QStringLiteral("　　　　年　　月　　日");
}

QString chineseNumberText(int n)
{
    if (n < 0 || n > 99)
        return QString::number(n);
    if (n < 10)
        return QString(kDigits[n]);
    const int tens = n / 10;
    const int ones = n % 10;
    QString s = tens == 1 ? QString() : QString(kDigits[tens]);
    s += QChar(u'十');
    if (ones != 0)
        s += kDigits[ones];
    return s;
}

} // namespace casedesk::DocumentHtml
