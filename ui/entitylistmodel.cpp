#include "entitylistmodel.h"

#include "duemarking.h"

#include <QBrush>

namespace casedesk {

EntityListModel::EntityListModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db),
      m_rows(
          kPageSize, kCachedPages,
          [this](int offset, int limit) { return EntityQueries::page(m_db, m_filter, m_sort, offset, limit); },
          // data() is const, the signal is not; reporting a failure changes
          // nothing the view reads.
          [this](const QString &message) { emit loadFailed(message); })
{
}

void EntityListModel::setFilter(const EntityFilter &filter)
{
    m_filter = filter;
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    const Result<int> counted = EntityQueries::count(m_db, m_filter);
    m_rows.reset(counted ? *counted : 0);
    endResetModel();
    if (!counted)
        emit loadFailed(counted.error().message);
}

const EntityRow *EntityListModel::entityAt(int row) const
{
    return m_rows.at(row);
}

qint64 EntityListModel::entityId(int row) const
{
    const EntityRow *entity = entityAt(row);
    return entity ? entity->id : 0;
}

int EntityListModel::rowOf(qint64 entityId, int hintRow) const
{
    return m_rows.indexOf(entityId, hintRow);
}

std::optional<EntitySortColumn> EntityListModel::sortColumn(int column)
{
    switch (column) {
    case NameColumn:
        return EntitySortColumn::Name;
    case CodeColumn:
        return EntitySortColumn::Code;
    case TownshipColumn:
        return EntitySortColumn::Township;
    case AddressColumn:
        return EntitySortColumn::Address;
    case LegalRepresentativeColumn:
        return EntitySortColumn::LegalRepresentative;
    default:
        return std::nullopt;
    }
}

int EntityListModel::columnOf(EntitySortColumn sortColumn)
{
    for (int column = 0; column < ColumnCount; ++column)
        if (EntityListModel::sortColumn(column) == sortColumn)
            return column;
    return -1;
}

void EntityListModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<EntitySortColumn> by = sortColumn(column);
    if (!by)
        return;
    const EntitySort sort{*by, order == Qt::DescendingOrder};
    if (sort.column == m_sort.column && sort.descending == m_sort.descending)
        return;
    m_sort = sort;
    // The count does not change; only the pages are read again.
    beginResetModel();
    m_rows.reset(m_rows.total());
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.total();
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == LicencesColumn || index.column() == EquipmentColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != EntityIdRole && role != Qt::ForegroundRole)
        return {};
    const EntityRow *row = entityAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case EntityIdRole:
        return row->id;
    case Qt::ForegroundRole:
        if (index.column() == RisksColumn && !row->risks.isEmpty())
            return QBrush(DueMarking::warningText());
        return {};
    }
    return {};
}

QVariant EntityListModel::display(const EntityRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case CodeColumn:
        return row.code;
    case TownshipColumn:
        return row.township;
    case AddressColumn:
        return row.address;
    case LegalRepresentativeColumn:
        return row.legalRepresentative;
    case PhoneColumn:
        return row.phone;
    case KindsColumn:
        return row.kinds.names();
    case RisksColumn:
        return row.risks.names();
    case LicencesColumn:
        return row.licences;
    case EquipmentColumn:
        return row.equipment;
    }
    return {};
}

QVariant EntityListModel::toolTip(const EntityRow &row, int column) const
{
    // The full text of what a narrow column elides.
    switch (column) {
    case NameColumn:
    case CodeColumn:
        return QStringLiteral("%1\n%2").arg(row.name, row.code);
    case AddressColumn:
    case TownshipColumn:
        return row.township.isEmpty() ? row.address : QStringLiteral("%1（%2）").arg(row.address, row.township);
    case LegalRepresentativeColumn:
    case PhoneColumn:
        if (row.contactPerson.isEmpty())
            return row.phone;
        return tr("Contact: %1 %2").arg(row.contactPerson, row.phone).trimmed();
    case KindsColumn:
        return row.kinds.names();
    case RisksColumn:
        return row.risks.names();
    case LicencesColumn:
        return tr("%n valid licence(s)", nullptr, row.licences);
    case EquipmentColumn:
        return tr("%n unit(s) of special equipment not scrapped", nullptr, row.equipment);
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && !sortColumn(section))
        return tr("This column cannot be sorted");
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Credit Code");
    case TownshipColumn:
        return tr("Township");
    case AddressColumn:
        return tr("Address");
    case LegalRepresentativeColumn:
        return tr("Legal Representative");
    case PhoneColumn:
        return tr("Phone");
    case KindsColumn:
        return tr("Kinds");
    case RisksColumn:
        return tr("Risks");
    case LicencesColumn:
        return tr("Licences");
    case EquipmentColumn:
        return tr("Equipment");
    }
    return {};
}

} // namespace casedesk
