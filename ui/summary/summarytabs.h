#pragma once
// SummaryTabs: a computed summary's tables, one tab each (the table, its
// note under it), and a last tab with its charts. Double-click or Enter on
// a figure with records behind it asks for the drill-down
// (figureActivated). It owns the views and their models, replaced as a
// whole by each new summary.

#include "summary/quartersummary.h"

#include <QTabWidget>

class QTableView;

namespace casedesk {

class SummaryChartWidget;
class SummaryTableModel;

class SummaryTabs : public QTabWidget {
    Q_OBJECT

  public:
    explicit SummaryTabs(QWidget *parent = nullptr);

    void setSummary(const QuarterSummary &summary);
    void clearSummary();

    // The view of the table with that key (SummaryTable::key); nullptr when none.
    QTableView *tableView(const QString &key) const;
    SummaryTableModel *tableModel(const QString &key) const;
    QList<SummaryChartWidget *> charts() const;
    // The table view of the current tab, nullptr on the charts' tab.
    QTableView *currentTableView() const;

  signals:
    // A figure with a trace was activated: its model (and so its table) and the cell.
    void figureActivated(SummaryTableModel *model, const QModelIndex &index);

  private:
    QWidget *makeTablePage(const SummaryTable &table);
    QWidget *makeChartsPage(const QList<SummaryChart> &charts);

    QList<QTableView *> m_views;
};

} // namespace casedesk
