#include "listhtmlfragments.h"

#include <QCoreApplication>
#include <QDateTime>

// Every translated literal is spelt out as QCoreApplication::translate(
// "ListHtmlRenderer", …) at its call site so lupdate finds it.

namespace casedesk::ListHtml {

namespace {
// Qt's rich text engine understands this much CSS; the pane inherits the
// widget's font, so only sizes relative to it and colours are set here.
const char *const kStyle = "body { line-height: 135%; }"
                           "h2 { font-size: large; margin-top: 0px; margin-bottom: 6px; }"
                           "h3 { font-size: medium; color: #1d4f91; margin-top: 14px; margin-bottom: 4px; }"
                           "h4 { font-size: medium; margin-top: 10px; margin-bottom: 2px; }"
                           "p { margin-top: 2px; margin-bottom: 4px; }"
                           "td { vertical-align: top; }"
                           "td.key { color: #555555; white-space: nowrap; padding-right: 12px; }"
                           "td.label { white-space: nowrap; padding-right: 6px; }"
                           "th { background-color: #eef2f7; text-align: left; }"
                           "p.group { font-weight: bold; margin-top: 6px; }"
                           "p.law { margin-top: 8px; }"
                           "p.situations { margin-left: 18px; color: #333333; }"
                           "p.muted { color: #777777; }";
} // namespace

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString document(const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><style>%1</style></head><body>%2</body></html>")
        .arg(QLatin1String(kStyle), body);
}

QString heading(int level, const QString &text)
{
    return QStringLiteral("<h%1>%2</h%1>").arg(level).arg(esc(text));
}

// Published text keeps its paragraphs as '\n'-separated lines.
QString paragraphs(const QString &text, const QString &cssClass)
{
    const QString open = cssClass.isEmpty() ? QStringLiteral("<p>") : QStringLiteral("<p class=\"%1\">").arg(cssClass);
    QString html;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            html += open + esc(trimmed) + QStringLiteral("</p>");
    }
    return html;
}

QString muted(const QString &text)
{
    return QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(text));
}

FactTable &FactTable::add(const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        m_rows << QStringLiteral("<tr><td class=\"key\">%1</td><td>%2</td></tr>").arg(esc(key), esc(value));
    return *this;
}

QString FactTable::html() const
{
    if (m_rows.isEmpty())
        return {};
    return QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(m_rows.join(QString()));
}

QString joinSections(const QStringList &sections)
{
    return sections.join(QCoreApplication::translate("ListHtmlRenderer", ", ", "separator between section names"));
}

QString editionName(const EditionRow &edition)
{
    if (edition.department.isEmpty() || edition.label.contains(edition.department))
        return edition.label;
    return QCoreApplication::translate("ListHtmlRenderer", "%1 (%2)", "department (edition label)")
        .arg(edition.department, edition.label);
}

QString dutyName(const QString &number, const QString &text)
{
    if (number.isEmpty())
        return text;
    return QCoreApplication::translate("ListHtmlRenderer", "%1. %2", "duty number. duty text").arg(number, text);
}

QString numbered(const QString &number, const QString &title)
{
    if (number.isEmpty())
        return title;
    return QCoreApplication::translate("ListHtmlRenderer", "(%1) %2", "system number in brackets, then its title")
        .arg(number, title);
}

QString localTime(const QString &isoUtc)
{
    const QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString editionLine(const EditionRow &edition)
{
    return FactTable().add(QCoreApplication::translate("ListHtmlRenderer", "Edition"), editionName(edition)).html();
}

} // namespace casedesk::ListHtml
