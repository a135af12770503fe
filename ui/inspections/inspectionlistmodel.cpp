#include "inspectionlistmodel.h"

#include "duemarking.h"
#include "dutylist/supervisiondomain.h"

#include <QBrush>

namespace casedesk {

namespace {
QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

InspectionListModel::InspectionListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db),
      m_rows(
          kPageSize, kCachedPages,
          [this](int offset, int limit) { return InspectionQueries::page(m_db, m_filter, m_sort, offset, limit); },
          [this](const QString &message) { emit loadFailed(message); })
{
}

QDate InspectionListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InspectionListModel::setFilter(const InspectionFilter &filter)
{
    m_filter = filter;
    reload();
}

void InspectionListModel::reload()
{
    beginResetModel();
    const Result<int> counted = InspectionQueries::count(m_db, m_filter);
    m_rows.reset(counted ? counted.value() : 0);
    endResetModel();
    if (!counted)
        emit loadFailed(counted.error().message);
}

qint64 InspectionListModel::inspectionId(int row) const
{
    const InspectionRow *r = rowAt(row);
    return r ? r->id : 0;
}

std::optional<InspectionSortColumn> InspectionListModel::sortColumn(int column)
{
    using S = InspectionSortColumn;
    switch (column) {
    case NumberColumn:
        return S::Number;
    case DateColumn:
        return S::Date;
    case UnitColumn:
        return S::Unit;
    case KindColumn:
        return S::Kind;
    case DomainColumn:
        return S::Domain;
    case SectionColumn:
        return S::Section;
    case StatusColumn:
        return S::Status;
    case FollowUpColumn:
        return S::FollowUpDue;
    default:
        return std::nullopt;
    }
}

int InspectionListModel::columnOf(InspectionSortColumn sort)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (sortColumn(column) == sort)
            return column;
    return -1;
}

void InspectionListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<InspectionSortColumn> by = sortColumn(column);
    if (!by)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*by == m_sort.column && descending == m_sort.descending)
        return;
    m_sort = InspectionSort{*by, descending};
    // The count does not change; only the pages are read again.
    beginResetModel();
    m_rows.reset(m_rows.total());
    endResetModel();
}

QString InspectionListModel::numberText(const InspectionRow &row)
{
    return row.version > 1 ? tr("%1 v%2", "a record number and its version").arg(row.recordNumber).arg(row.version)
                           : row.recordNumber;
}

QString InspectionListModel::outcomesText(const QList<InspectionOutcome> &outcomes)
{
    QStringList names;
    for (const InspectionOutcome outcome : outcomes)
        names << inspectionOutcomes().name(outcome);
    return names.join(tr("; ", "separator of outcomes in a list"));
}

bool InspectionListModel::overdue(const InspectionRow &row) const
{
    return row.followUpDue.isValid() && row.followUpDue < today();
}

QString InspectionListModel::followUpText(const InspectionRow &row) const
{
    if (!row.followUpDue.isValid())
        return {};
    return tr("%1 (%2)", "follow-up due date and the days left")
        .arg(dateText(row.followUpDue), DueMarking::daysLeft(DueMarking::daysBetween(today(), row.followUpDue)));
}

QVariant InspectionListModel::display(const InspectionRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return numberText(row);
    case DateColumn:
        return dateText(row.inspectedOn);
    case UnitColumn:
        return row.unitName;
    case KindColumn:
        return inspectionKinds().name(row.kind);
    case DomainColumn:
        return SupervisionDomain::displayName(row.domain);
    case SectionColumn:
        return row.section;
    case InspectorsColumn:
        return row.inspectors;
    case StatusColumn:
        return inspectionStatuses().name(row.status);
    case OutcomesColumn:
        return outcomesText(row.outcomes);
    case FollowUpColumn:
        return followUpText(row);
    }
    return {};
}

int InspectionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.total();
}

int InspectionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != InspectionIdRole && role != Qt::ForegroundRole)
        return {};
    const InspectionRow *row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn && !row->unitCode.isEmpty())
            return QStringLiteral("%1\n%2").arg(row->unitName, row->unitCode);
        if (index.column() == StatusColumn && row->failedPoints > 0)
            return tr("%n point(s) did not conform", nullptr, row->failedPoints);
        if (index.column() == FollowUpColumn && row->followUpDue.isValid())
            return overdue(*row)
                       ? tr("The follow-up check was due %1 and is not recorded yet").arg(dateText(row->followUpDue))
                       : tr("The follow-up check is due %1").arg(dateText(row->followUpDue));
        return display(*row, index.column());
    case InspectionIdRole:
        return row->id;
    case Qt::ForegroundRole:
        if (index.column() == FollowUpColumn && overdue(*row))
            return QBrush(DueMarking::warningText());
        if (index.column() == StatusColumn && row->status == InspectionStatus::Draft)
            return QBrush(DueMarking::soonText());
        return {};
    }
    return {};
}

QVariant InspectionListModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case DateColumn:
        return tr("Date");
    case UnitColumn:
        return tr("Unit inspected");
    case KindColumn:
        return tr("Kind");
    case DomainColumn:
        return tr("Domain");
    case SectionColumn:
        return tr("Section");
    case InspectorsColumn:
        return tr("Inspectors");
    case StatusColumn:
        return tr("Status");
    case OutcomesColumn:
        return tr("Outcome");
    case FollowUpColumn:
        return tr("Follow-up due");
    }
    return {};
}

} // namespace casedesk
