#include "caselistmodel.h"

#include "duemarking.h"

#include <QBrush>
#include <algorithm>

namespace casedesk {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

CaseListModel::CaseListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_rows(kPageSize, kCachedPages, [this](int offset, int limit) {
          CaseFilter filter = m_filter;
          filter.today = today();
          return CaseQueries(m_db).page(filter, m_sort, m_ascending, offset, limit);
      })
{
}

QDate CaseListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CaseListModel::setFilter(const CaseFilter &filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    CaseFilter filter = m_filter;
    filter.today = today();
    m_rows.reset(CaseQueries(m_db).count(filter));
    endResetModel();
}

const CaseRow *CaseListModel::caseAt(int row) const
{
    return m_rows.at(row);
}

qint64 CaseListModel::caseId(int row) const
{
    const CaseRow *c = caseAt(row);
    return c ? c->id : 0;
}

int CaseListModel::rowOf(qint64 caseId, int hintRow) const
{
    return m_rows.indexOf(caseId, hintRow);
}

QDate CaseListModel::nearestDue(const CaseRow &row)
{
    // While the clock stands still the decision's date moves day by day: it
    // is not a deadline to count down to.
    const QDate decision = row.clockStopped ? QDate() : row.dueOn;
    if (!decision.isValid())
        return row.seizureDueOn;
    if (!row.seizureDueOn.isValid())
        return decision;
    return std::min(decision, row.seizureDueOn);
}

bool CaseListModel::overdue(const CaseRow &row) const
{
    const QDate due = nearestDue(row);
    return due.isValid() && due < today();
}

std::optional<CaseSort> CaseListModel::sortColumn(int column)
{
    switch (column) {
    case NumberColumn:
        return CaseSort::Number;
    case PartyColumn:
        return CaseSort::Party;
    case StageColumn:
        return CaseSort::Stage;
    case ReceivedColumn:
        return CaseSort::Received;
    case DueColumn:
        return CaseSort::Due;
    default:
        return std::nullopt;
    }
}

int CaseListModel::columnOf(CaseSort sort)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortColumn(column) == sort)
            return column;
    return -1;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CaseSort> by = sortColumn(column);
    if (!by)
        return;
    const bool ascending = order == Qt::AscendingOrder;
    if (*by == m_sort && ascending == m_ascending)
        return;
    m_sort = *by;
    m_ascending = ascending;
    // The count does not change; only the pages are read again.
    beginResetModel();
    m_rows.reset(m_rows.total());
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.total();
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != CaseIdRole && role != Qt::ForegroundRole)
        return {};
    const CaseRow *row = caseAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == DueColumn)
            return dueToolTip(*row);
        if (index.column() == NumberColumn || index.column() == TitleColumn)
            return QStringLiteral("%1\n%2").arg(row->displayNumber, row->title);
        return display(*row, index.column());
    case CaseIdRole:
        return row->id;
    case Qt::ForegroundRole:
        if (index.column() == DueColumn && overdue(*row))
            return QBrush(DueMarking::warningText());
        if (index.column() == DueColumn && row->clockStopped && !nearestDue(*row).isValid())
            return QBrush(DueMarking::soonText());
        return {};
    }
    return {};
}

QString CaseListModel::dueText(const CaseRow &row) const
{
    const QDate due = nearestDue(row);
    if (due.isValid())
        return DueMarking::daysLeft(DueMarking::daysBetween(today(), due));
    if (row.clockStopped)
        return tr("Paused", "the statutory clock of a case is stopped");
    return {};
}

QString CaseListModel::dueToolTip(const CaseRow &row) const
{
    QStringList lines;
    if (row.dueOn.isValid())
        lines << (row.clockStopped ? tr("Decision due %1; the clock is stopped, the date moves on each day")
                                   : tr("Decision due %1"))
                     .arg(dateText(row.dueOn));
    if (row.seizureDueOn.isValid())
        lines << tr("Sealing or seizure ends %1").arg(dateText(row.seizureDueOn));
    return lines.join(QLatin1Char('\n'));
}

QVariant CaseListModel::display(const CaseRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.displayNumber;
    case TitleColumn:
        return row.title;
    case PartyColumn:
        return row.partyName;
    case StageColumn:
        return caseStages().name(row.stage);
    case SourceColumn:
        return caseSources().name(row.source);
    case SectionColumn:
        return row.section;
    case HandlersColumn:
        return row.handlers;
    case ReceivedColumn:
        return dateText(row.receivedOn);
    case DueColumn:
        return dueText(row);
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !sortColumn(section))
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case TitleColumn:
        return tr("Case");
    case PartyColumn:
        return tr("Party");
    case StageColumn:
        return tr("Stage");
    case SourceColumn:
        return tr("Source");
    case SectionColumn:
        return tr("Section");
    case HandlersColumn:
        return tr("Handlers");
    case ReceivedColumn:
        return tr("Received");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace casedesk
