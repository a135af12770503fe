#include "browserlayout.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace casedesk {

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
