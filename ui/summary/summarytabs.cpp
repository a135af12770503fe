#include "summarytabs.h"

#include "summarychartwidget.h"
#include "summarytablemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

SummaryTabs::SummaryTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("summaryTabs"));
    setAccessibleName(tr("Summary tables"));
    setDocumentMode(true);
    setUsesScrollButtons(true);
}

void SummaryTabs::clearSummary()
{
    m_views.clear();
    while (count() > 0) {
        QWidget *page = widget(0);
        removeTab(0);
        // Never called from the views' own signals, so they can go now.
        delete page;
    }
}

void SummaryTabs::setSummary(const QuarterSummary &summary)
{
    const int current = currentIndex();
    clearSummary();
    for (const SummaryTable &table : summary.tables)
        addTab(makeTablePage(table), table.title);
    if (!summary.charts.isEmpty())
        addTab(makeChartsPage(summary.charts), tr("Charts"));
    // The same tab again after recomputing, as the clerk compares periods.
    if (current >= 0 && current < count())
        setCurrentIndex(current);
}

QWidget *SummaryTabs::makeTablePage(const SummaryTable &table)
{
    auto *page = new QWidget(this);
    page->setObjectName(table.key + QStringLiteral("Page"));
    auto *view = new QTableView(page);
    view->setObjectName(table.key);
    view->setAccessibleName(table.title);
    auto *model = new SummaryTableModel(table, view);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    // Tab leaves the table; the arrow keys walk its cells.
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(false);
    view->resizeColumnsToContents();
    // Room for the widest Chinese label without eliding it.
    if (table.headers.size() > 0)
        view->setColumnWidth(0, std::max(view->columnWidth(0) + 16, 160));
    for (int column = 1; column < table.headers.size(); ++column)
        view->setColumnWidth(column, std::max(view->columnWidth(column) + 12, 80));
    if (model->rowCount() > 0)
        view->setCurrentIndex(model->index(0, std::min(1, model->columnCount() - 1)));
    // activated: a double-click, or Enter on the current cell.
    connect(view, &QTableView::activated, this, [this, model](const QModelIndex &index) {
        if (const SummaryCell *cell = model->cell(index); cell && !cell->trace.isEmpty())
            emit figureActivated(model, index);
    });
    m_views << view;

    auto *note = new QLabel(table.note, page);
    note->setObjectName(table.key + QStringLiteral("Note"));
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setVisible(!table.note.isEmpty());
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    note->setPalette(muted);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(view, 1);
    layout->addWidget(note);
    return page;
}

QWidget *SummaryTabs::makeChartsPage(const QList<SummaryChart> &charts)
{
    auto *area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("summaryChartsPage"));
    area->setWidgetResizable(true);
    auto *inner = new QWidget(area);
    auto *grid = new QGridLayout(inner);
    grid->setSpacing(12);
    for (int i = 0; i < charts.size(); ++i) {
        auto *chart = new SummaryChartWidget(charts.at(i), inner);
        chart->setObjectName(charts.at(i).key + QStringLiteral("Chart"));
        grid->addWidget(chart, i / 2, i % 2);
    }
    grid->setRowStretch(int((charts.size() + 1) / 2), 1);
    area->setWidget(inner);
    return area;
}

QTableView *SummaryTabs::tableView(const QString &key) const
{
    for (QTableView *view : m_views)
        if (view->objectName() == key)
            return view;
    return nullptr;
}

SummaryTableModel *SummaryTabs::tableModel(const QString &key) const
{
    QTableView *view = tableView(key);
    return view ? static_cast<SummaryTableModel *>(view->model()) : nullptr;
}

QList<SummaryChartWidget *> SummaryTabs::charts() const
{
    return findChildren<SummaryChartWidget *>();
}

QTableView *SummaryTabs::currentTableView() const
{
    QWidget *page = currentWidget();
    return page ? page->findChild<QTableView *>() : nullptr;
}

} // namespace casedesk
