#pragma once
// LazyListPage: what every list page over a lazy, SQL-sorted model (the
// register, cases, inspections, sampling) does with its table: find a
// record's row, bring a record into view from anywhere, keep the header's
// sort indicator on an order SQL can give. The models differ in their rows
// but all answer rowOf(id, hintRow), total() and sort(column, order).

#include "browserlayout.h"
#include "searchfield.h"

#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableView>
#include <functional>

namespace casedesk::LazyListPage {

// Selects the row of `id` (looked for around `hintRow`) or, with `orFirst`,
// the first row when `id` is no longer listed. Returns the row, or -1 after
// calling `noRow`: a reset clears the current row without a signal, so the
// page must show "nothing selected" itself.
template <class Model>
int reselect(QTableView *table, const Model &model, qint64 id, int hintRow, bool orFirst,
             const std::function<void()> &noRow)
{
    int row = model.rowOf(id, hintRow);
    if (row < 0 && orFirst && model.total() > 0)
        row = 0;
    if (row >= 0)
        BrowserLayout::selectRow(table, row);
    else
        noRow();
    return row;
}

// Brings the record `id` into view, in the middle of the list. When its row
// has not been read, the list is narrowed to `searchKey()` (its number or
// code) rather than read page after page to find it; an empty key means the
// record is not there to show.
template <class Model, class Filters>
bool selectAnywhere(QTableView *table, const Model &model, Filters *filters, qint64 id,
                    const std::function<QString()> &searchKey)
{
    if (id == 0)
        return false;
    int row = model.rowOf(id, table->currentIndex().row());
    if (row < 0) {
        const QString key = searchKey();
        if (key.isEmpty())
            return false;
        filters->clearFilters();
        filters->searchField()->setText(key);
        filters->searchField()->flush();
        row = model.rowOf(id, 0);
    }
    if (row < 0)
        return false;
    BrowserLayout::selectRow(table, row, QAbstractItemView::PositionAtCenter);
    return true;
}

inline void focusSearch(SearchField *search)
{
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

// Into the list, on its first row when none is current.
inline void focusList(QTableView *table, qint64 total)
{
    table->setFocus(Qt::OtherFocusReason);
    if (!table->currentIndex().isValid() && total > 0)
        BrowserLayout::selectRow(table, 0);
}

// A click on a column SQL cannot sort by puts the indicator back on the
// order in force; false then, and the list stays as it is.
inline bool acceptSortColumn(QTableView *table, bool sortable, int columnInForce, bool descendingInForce)
{
    if (sortable)
        return true;
    const QSignalBlocker blocker(table->horizontalHeader());
    table->horizontalHeader()->setSortIndicator(columnInForce,
                                                descendingInForce ? Qt::DescendingOrder : Qt::AscendingOrder);
    return false;
}

// Sorts the model as the header says (its order may come from the last
// session); a column SQL cannot sort by falls back to the default order.
template <class Model>
void sortFromHeader(QTableView *table, Model &model, bool sortable, int defaultColumn, Qt::SortOrder defaultOrder)
{
    QHeaderView *columns = table->horizontalHeader();
    if (!sortable) {
        const QSignalBlocker blocker(columns);
        columns->setSortIndicator(defaultColumn, defaultOrder);
    }
    model.sort(columns->sortIndicatorSection(), columns->sortIndicatorOrder());
}

} // namespace casedesk::LazyListPage
