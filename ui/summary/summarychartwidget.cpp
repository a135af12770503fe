#include "summarychartwidget.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace casedesk {

namespace {
constexpr int kMargin = 10;
constexpr int kLegendSwatch = 12;
} // namespace

SummaryChartWidget::SummaryChartWidget(SummaryChart chart, QWidget *parent) : QWidget(parent), m_chart(std::move(chart))
{
    setAccessibleName(m_chart.title);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // The numbers themselves, for a screen reader and a tool tip.
    QStringList lines{m_chart.title};
    for (int s = 0; s < m_chart.series.size(); ++s) {
        QStringList values;
        for (int c = 0; c < m_chart.categories.size() && c < m_chart.series.at(s).size(); ++c)
            values << QStringLiteral("%1 %2").arg(m_chart.categories.at(c), valueText(m_chart.series.at(s).at(c)));
        const QString name = s < m_chart.seriesNames.size() ? m_chart.seriesNames.at(s) : QString();
        lines << (name.isEmpty() ? values.join(QStringLiteral("，"))
                                 : name + QStringLiteral("：") + values.join(QStringLiteral("，")));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    setToolTip(lines.join(QLatin1Char('\n')));
}

QColor SummaryChartWidget::seriesColor(int series)
{
    // Distinguishable in print and for the common colour blindnesses.
    static const QColor colors[] = {QColor(0x2b, 0x6c, 0xb0), QColor(0xe0, 0x8a, 0x1e), QColor(0x3a, 0x9a, 0x5b),
                                    QColor(0xc0, 0x39, 0x2b), QColor(0x7b, 0x52, 0xab), QColor(0x6b, 0x6b, 0x6b)};
    return colors[series % int(std::size(colors))];
}

QString SummaryChartWidget::valueText(double value)
{
    if (std::abs(value - std::round(value)) < 0.005)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'f', value >= 100 ? 0 : 1);
}

QSize SummaryChartWidget::sizeHint() const
{
    const int bars =
        int(std::max<qsizetype>(1, m_chart.categories.size() * std::max<qsizetype>(1, m_chart.series.size())));
    return {std::clamp(bars * 28 + 120, 360, 900), fontMetrics().height() * 6 + 200};
}

QSize SummaryChartWidget::minimumSizeHint() const
{
    return {280, fontMetrics().height() * 6 + 140};
}

double SummaryChartWidget::largestValue() const
{
    double largest = 0;
    for (const QList<double> &values : m_chart.series)
        for (double value : values)
            largest = std::max(largest, value);
    return largest;
}

void SummaryChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    QRect area = rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);

    QFont titleFont = font();
    titleFont.setBold(true);
    painter.setFont(titleFont);
    QString title = m_chart.title;
    if (!m_chart.unit.isEmpty())
        title += tr(" (%1)").arg(m_chart.unit);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, title);
    area.setTop(area.top() + QFontMetrics(titleFont).height() + 6);
    painter.setFont(font());

    if (m_chart.categories.isEmpty() || m_chart.series.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Nothing to show for this period."));
        return;
    }
    area.setTop(area.top() + paintLegend(painter, area));
    // Two lines for the category names under the bars.
    const int labelsHeight = metrics.height() * 2 + 6;
    const QRect plot(area.left(), area.top() + metrics.height() + 2, area.width(),
                     area.height() - labelsHeight - metrics.height() - 2);
    const QRect labels(area.left(), plot.bottom() + 4, area.width(), labelsHeight);
    paintBars(painter, plot, labels);
}

int SummaryChartWidget::paintLegend(QPainter &painter, const QRect &area) const
{
    if (m_chart.series.size() < 2)
        return 0;
    const QFontMetrics metrics = fontMetrics();
    int x = area.left();
    int y = area.top();
    for (int s = 0; s < m_chart.series.size(); ++s) {
        const QString name = s < m_chart.seriesNames.size() ? m_chart.seriesNames.at(s) : QString::number(s + 1);
        const int width = kLegendSwatch + 4 + metrics.horizontalAdvance(name) + 16;
        if (x + width > area.right() && x > area.left()) {
            x = area.left();
            y += metrics.height() + 4;
        }
        painter.fillRect(QRect(x, y + (metrics.height() - kLegendSwatch) / 2, kLegendSwatch, kLegendSwatch),
                         seriesColor(s));
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QPoint(x + kLegendSwatch + 4, y + metrics.ascent()), name);
        x += width;
    }
    return y - area.top() + metrics.height() + 8;
}

void SummaryChartWidget::paintBars(QPainter &painter, const QRect &plot, const QRect &labels) const
{
    const QFontMetrics metrics = fontMetrics();
    const int categories = int(m_chart.categories.size());
    const int seriesCount = int(m_chart.series.size());
    const double largest = largestValue();
    const double groupWidth = double(plot.width()) / categories;
    const double barWidth = std::max(4.0, std::min(48.0, groupWidth * 0.8 / seriesCount));
    const QColor text = palette().color(QPalette::Text);

    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    for (int c = 0; c < categories; ++c) {
        const double groupLeft = plot.left() + c * groupWidth + (groupWidth - barWidth * seriesCount) / 2;
        for (int s = 0; s < seriesCount; ++s) {
            const double value = c < m_chart.series.at(s).size() ? m_chart.series.at(s).at(c) : 0.0;
            const double height = largest > 0 ? std::max(0.0, value) / largest * plot.height() : 0.0;
            const QRectF bar(groupLeft + s * barWidth, plot.bottom() - height, barWidth - 2, height);
            painter.fillRect(bar, seriesColor(s));
            painter.setPen(text);
            const QString written = valueText(value);
            const QRectF over(bar.left() - 20, bar.top() - metrics.height() - 1, bar.width() + 40, metrics.height());
            painter.drawText(over, Qt::AlignHCenter | Qt::AlignBottom, written);
        }
        const QRect name(int(plot.left() + c * groupWidth) + 1, labels.top(), int(groupWidth) - 2, labels.height());
        painter.setPen(text);
        painter.drawText(name, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         metrics.elidedText(m_chart.categories.at(c), Qt::ElideRight, name.width() * 2));
    }
}

} // namespace casedesk
