#include "recordtable.h"

#include "duemarking.h"

#include <QHeaderView>
#include <algorithm>

namespace casedesk {

RecordTable::RecordTable(const QStringList &headers, QWidget *parent) : QTableWidget(0, headers.size(), parent)
{
    setHorizontalHeaderLabels(headers);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(false);
    // Tab leaves the table instead of walking its cells.
    setTabKeyNavigation(false);
    connect(this, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = idAt(index.row()))
            emit recordActivated(id);
    });
}

void RecordTable::resetRows(int count)
{
    clearContents();
    setRowCount(count);
}

void RecordTable::setRecord(int row, qint64 id, const QStringList &cells, Marking marking, const QString &toolTip)
{
    for (int column = 0; column < columnCount(); ++column) {
        auto *item = new QTableWidgetItem(cells.value(column));
        item->setData(Qt::UserRole, id);
        // A cell's own text, in full, where the column elides it.
        item->setToolTip(toolTip.isEmpty() ? cells.value(column) : toolTip);
        setItem(row, column, item);
        markCell(row, column, marking, toolTip);
    }
}

void RecordTable::markCell(int row, int column, Marking marking, const QString &toolTip)
{
    QTableWidgetItem *cell = item(row, column);
    if (!cell)
        return;
    switch (marking) {
    case Marking::None:
        break;
    case Marking::Soon:
        cell->setForeground(DueMarking::soonText());
        break;
    case Marking::Overdue:
        cell->setForeground(DueMarking::warningText());
        cell->setBackground(DueMarking::warningBackground());
        break;
    case Marking::Inactive:
        cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        break;
    }
    if (!toolTip.isEmpty())
        cell->setToolTip(toolTip);
}

qint64 RecordTable::idAt(int row) const
{
    const QTableWidgetItem *cell = item(row, 0);
    return cell ? cell->data(Qt::UserRole).toLongLong() : 0;
}

qint64 RecordTable::selectedId() const
{
    const QModelIndexList rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : idAt(rows.constFirst().row());
}

int RecordTable::rowOfId(qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

bool RecordTable::selectId(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

void RecordTable::reselect(qint64 id, int formerRow)
{
    int next = id ? rowOfId(id) : -1;
    if (next < 0 && rowCount() > 0)
        next = std::clamp(formerRow, 0, rowCount() - 1);
    if (next >= 0)
        selectRow(next);
    else
        clearSelection();
}

QString RecordTable::plainText() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columnCount(); ++column)
            cells << (item(row, column) ? item(row, column)->text() : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace casedesk
