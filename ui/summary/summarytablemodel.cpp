#include "summarytablemodel.h"

#include "summary/summaryexport.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace casedesk {

SummaryTableModel::SummaryTableModel(SummaryTable table, QObject *parent)
    : QAbstractTableModel(parent), m_table(std::move(table))
{
}

int SummaryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SummaryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

const SummaryCell *SummaryTableModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return nullptr;
    const QList<SummaryCell> &row = m_table.rows.at(index.row());
    return index.column() < row.size() ? &row.at(index.column()) : nullptr;
}

SummaryColumn SummaryTableModel::columnKind(int column) const
{
    return column >= 0 && column < m_table.columns.size() ? m_table.columns.at(column) : SummaryColumn::Label;
}

bool SummaryTableModel::isTotalRow(int row) const
{
    return m_table.totalRow && row == m_table.rows.size() - 1;
}

QString SummaryTableModel::rowLabel(int row) const
{
    if (row < 0 || row >= m_table.rows.size() || m_table.rows.at(row).isEmpty())
        return {};
    return SummaryExport::cellText(m_table.rows.at(row).first(), columnKind(0));
}

QString SummaryTableModel::columnLabel(int column) const
{
    return column >= 0 && column < m_table.headers.size() ? m_table.headers.at(column) : QString();
}

QVariant SummaryTableModel::data(const QModelIndex &index, int role) const
{
    const SummaryCell *shown = cell(index);
    if (!shown)
        return {};
    // The overview's rows each have their own format (a count, an amount, a rate).
    const SummaryColumn kind = m_table.formatOf(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return SummaryExport::cellText(m_table, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter | (kind == SummaryColumn::Label ? Qt::AlignLeft : Qt::AlignRight));
    case Qt::FontRole:
        if (isTotalRow(index.row()) || !shown->trace.isEmpty()) {
            QFont font = QGuiApplication::font();
            font.setBold(isTotalRow(index.row()));
            font.setUnderline(!shown->trace.isEmpty());
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!shown->trace.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::ToolTipRole:
        if (!shown->trace.isEmpty())
            return tr("Double-click or press Enter to list the records behind this figure");
        return {};
    default:
        return {};
    }
}

QVariant SummaryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnLabel(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (columnKind(section) == SummaryColumn::Label ? Qt::AlignLeft : Qt::AlignRight));
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace casedesk
