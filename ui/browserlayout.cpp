#include "browserlayout.h"

#include "listfilterbar.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casedesk {

QSplitter *BrowserLayout::makeSplitter(QWidget *parent, const QString &objectName, QWidget *list, QWidget *detail)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->setObjectName(objectName);
    splitter->addWidget(list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void BrowserLayout::layOutPage(QWidget *page, ListFilterBar *filters, QWidget *toolBar, QSplitter *splitter,
                               QTableView *table)
{
    auto *layout = new QVBoxLayout(page);
    // A little room on the right, where the count would touch the window's edge.
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    filters->setLeadingWidget(toolBar);
    layout->addWidget(filters);
    layout->addWidget(splitter, 1);
    QWidget::setTabOrder(filters->lastFilter(), table);
}

QAction *BrowserLayout::makeAction(QObject *parent, const QString &text, const QString &objectName, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

QTableView *BrowserLayout::makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                     int sortColumn, Qt::SortOrder order)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setTabKeyNavigation(false);
    table->setCornerButtonEnabled(false);
    QHeaderView *rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(table->fontMetrics().height() + 10);
    QHeaderView *columns = table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setStretchLastSection(false);
    if (sortColumn >= 0) {
        columns->setSectionsClickable(true);
        columns->setSortIndicatorShown(true);
        columns->setSortIndicator(sortColumn, order);
    }
    return table;
}

QString BrowserLayout::key(const char *part) const
{
    return m_page + QLatin1Char('/') + QLatin1String(part);
}

bool BrowserLayout::restore(QSplitter *splitter, QTableView *table, const QList<int> &defaultSizes) const
{
    const QSettings settings;
    if (!splitter->restoreState(settings.value(key("splitter")).toByteArray()))
        splitter->setSizes(defaultSizes);
    const QByteArray header = settings.value(key("header")).toByteArray();
    return !header.isEmpty() && table->horizontalHeader()->restoreState(header);
}

void BrowserLayout::save(const QSplitter *splitter, const QTableView *table) const
{
    QSettings settings;
    settings.setValue(key("splitter"), splitter->saveState());
    settings.setValue(key("header"), table->horizontalHeader()->saveState());
}

void BrowserLayout::selectRow(QTableView *table, int row, QAbstractItemView::ScrollHint hint)
{
    const QModelIndex index = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index, hint);
}

} // namespace casedesk
