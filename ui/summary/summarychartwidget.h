#pragma once
// SummaryChartWidget: one SummaryChart of a computed summary painted as a
// bar chart with QPainter (no chart library): the title, a legend when
// there are several series, the bars of each category side by side, the
// value written on every bar and the category names under them. It owns a
// copy of the chart and nothing else.

#include "summary/quartersummary.h"

#include <QWidget>

namespace casedesk {

class SummaryChartWidget : public QWidget {
    Q_OBJECT

  public:
    explicit SummaryChartWidget(SummaryChart chart, QWidget *parent = nullptr);

    const SummaryChart &chart() const { return m_chart; }
    // The colour of series `series` (the legend and its bars).
    static QColor seriesColor(int series);
    // A value as written on a bar: whole numbers without decimals.
    static QString valueText(double value);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

  protected:
    void paintEvent(QPaintEvent *event) override;

  private:
    double largestValue() const;
    int paintLegend(QPainter &painter, const QRect &area) const;
    void paintBars(QPainter &painter, const QRect &plot, const QRect &labels) const;

    SummaryChart m_chart;
};

} // namespace casedesk
