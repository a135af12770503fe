// The summary as one printed document (the PDF and the print preview): the
// title block, each table with its 合计 row in bold and its note, and the
// charts as bars drawn with table cells, which QTextDocument lays out and
// the PDF keeps as vector shapes with the figures as real text.
#include "documents/documenthtml.h"
#include "summary/summaryexport.h"

#include <QCoreApplication>
#include <algorithm>

namespace casedesk::SummaryExport {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)
};

using DocumentHtml::esc;

const char *const kStyle = "p.stitle { font-size: 18pt; font-weight: bold; text-align: center; margin-bottom: 6px; }\n"
                           "p.meta { font-size: 10pt; text-align: center; }\n"
                           "p.table { font-size: 12pt; font-weight: bold; margin-top: 14px; margin-bottom: 4px; }\n"
                           "p.tnote { font-size: 8.5pt; margin-top: 2px; }\n"
                           "table.stats { font-size: 9pt; }\n"
                           "table.chart { font-size: 8.5pt; }\n"
                           "td.num { text-align: right; }\n"
                           "tr.total td { font-weight: bold; }\n"
                           "th { font-weight: bold; background-color: #e8e8e8; }\n";

// One colour per series, distinct in print and on a grey-scale copy.
const char *const kSeriesColours[] = {"#2f5597", "#c55a11", "#7f7f7f", "#548235"};

QString tableHtml(const SummaryTable &table)
{
    QString html = QStringLiteral("<p class=\"table\">%1</p>\n").arg(esc(table.title));
    html += QStringLiteral("<table class=\"stats\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "style=\"border-collapse: collapse; border-color: #000000;\">\n<thead><tr>");
    for (const QString &header : table.headers)
        html += QStringLiteral("<th>%1</th>").arg(esc(header));
    html += QStringLiteral("</tr></thead>\n");
    for (int r = 0; r < table.rows.size(); ++r) {
        const bool total = table.totalRow && r == table.rows.size() - 1;
        html += total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>");
        for (int c = 0; c < table.rows.at(r).size(); ++c) {
            const bool numeric = table.formatOf(r, c) != SummaryColumn::Label;
            QString text = esc(cellText(table, r, c));
            if (total)
                text = QStringLiteral("<b>%1</b>").arg(text);
            html += numeric ? QStringLiteral("<td class=\"num\">%1</td>").arg(text)
                            : QStringLiteral("<td>%1</td>").arg(text);
        }
        html += QStringLiteral("</tr>\n");
    }
    if (table.rows.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>\n")
                    .arg(table.headers.size())
                    .arg(esc(Text::tr("Nothing in this period.")));
    html += QStringLiteral("</table>\n");
    if (!table.note.isEmpty())
        html += QStringLiteral("<p class=\"tnote\">%1</p>\n").arg(esc(table.note));
    return html;
}

QString number(double value)
{
    return value == double(qint64(value)) ? QString::number(qint64(value)) : QString::number(value, 'f', 2);
}

QString chartHtml(const SummaryChart &chart)
{
    double largest = 0;
    for (const auto &series : chart.series)
        for (double v : series)
            largest = std::max(largest, v);
    QString html = QStringLiteral("<p class=\"table\">%1</p>\n").arg(esc(chart.title));
    if (chart.seriesNames.size() > 1) {
        QStringList legend;
        for (int s = 0; s < chart.seriesNames.size(); ++s)
            legend << QStringLiteral("<span style=\"color: %1;\">■</span> %2")
                          .arg(QLatin1String(kSeriesColours[s % 4]), esc(chart.seriesNames.at(s)));
        html += QStringLiteral("<p class=\"tnote\">%1</p>\n").arg(legend.join(QStringLiteral("　")));
    }
    if (chart.categories.isEmpty())
        return html + QStringLiteral("<p class=\"tnote\">%1</p>\n").arg(esc(Text::tr("Nothing in this period.")));
    html += QStringLiteral("<table class=\"chart\" width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">\n");
    for (int c = 0; c < chart.categories.size(); ++c) {
        for (int s = 0; s < chart.series.size(); ++s) {
            const double value = chart.series.at(s).value(c);
            const int percent = largest > 0 ? int(value * 100.0 / largest + 0.5) : 0;
            QString bar;
            // The bar and the rest of the line as two columns of one
            // table: QTextDocument keeps percentage widths of columns,
            // not of a table inside a cell.
            if (percent > 0)
                bar = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                                     "<td width=\"%1%\" bgcolor=\"%2\" height=\"9\"></td><td width=\"%3%\"></td>"
                                     "</tr></table>")
                          .arg(percent)
                          .arg(QLatin1String(kSeriesColours[s % 4]))
                          .arg(100 - percent);
            html += QStringLiteral("<tr><td width=\"28%\">%1</td><td width=\"60%\">%2</td>"
                                   "<td width=\"12%\" class=\"num\">%3</td></tr>\n")
                        .arg(s == 0 ? esc(chart.categories.at(c)) : QString(), bar, esc(number(value)));
        }
    }
    html += QStringLiteral("</table>\n");
    if (!chart.unit.isEmpty())
        html += QStringLiteral("<p class=\"tnote\">%1</p>\n").arg(esc(Text::tr("Unit: %1").arg(chart.unit)));
    return html;
}
} // namespace

QString html(const QuarterSummary &summary)
{
    QString body = QStringLiteral("<p class=\"stitle\">%1</p>\n").arg(esc(summary.title()));
    body += QStringLiteral("<p class=\"meta\">%1</p>\n")
                .arg(esc(Text::tr("%1 to %2 · states as of %3")
                             .arg(summary.period.from.toString(Qt::ISODate), summary.period.to.toString(Qt::ISODate),
                                  summary.asOf.toString(Qt::ISODate))));
    for (const SummaryTable &table : summary.tables) {
        body += tableHtml(table);
        // The charts follow the main figures, where a reader compares.
        if (table.key == QLatin1String("overview"))
            for (const SummaryChart &chart : summary.charts)
                body += chartHtml(chart);
    }
    return DocumentHtml::page(body, QString::fromLatin1(kStyle));
}

} // namespace casedesk::SummaryExport
