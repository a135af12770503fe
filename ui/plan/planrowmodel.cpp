#include "planrowmodel.h"

#include "duemarking.h"
#include "dutylist/supervisiondomain.h"

#include <QBrush>
#include <QFont>

namespace casedesk {

PlanRowModel::PlanRowModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db),
      m_rows(
          kPageSize, kCachedPages,
          [this](int offset, int limit) { return InspectionPlan::page(m_db, m_filter, offset, limit); },
          [this](const QString &message) { emit loadFailed(message); })
{
}

void PlanRowModel::setFilter(const PlanFilter &filter)
{
    m_filter = filter;
    reload();
}

void PlanRowModel::reload()
{
    beginResetModel();
    const Result<int> counted = InspectionPlan::count(m_db, m_filter);
    if (!counted)
        emit loadFailed(counted.error().message);
    m_rows.reset(counted ? *counted : 0);
    endResetModel();
}

int PlanRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.total();
}

int PlanRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanRowModel::reasonsText(const PlanRow &row)
{
    // The core names a campaign's title among the reasons.
    if (row.reasons.isEmpty())
        return row.planEntryTitle;
    return row.reasons.join(QStringLiteral("；"));
}

QVariant PlanRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != Qt::FontRole &&
        role != EntityIdRole && role != OutstandingRole && role != Qt::TextAlignmentRole)
        return {};
    const PlanRow *row = m_rows.at(index.row());
    if (!row)
        return {};
    switch (role) {
    case EntityIdRole:
        return row->entityId;
    case OutstandingRole:
        return row->outstanding();
    case Qt::ForegroundRole:
        return row->outstanding() ? QVariant(QBrush(DueMarking::warningText())) : QVariant();
    case Qt::FontRole:
        if (row->outstanding()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == InspectionsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == UnitColumn || index.column() == InspectionsColumn)
            return row->outstanding()
                       ? tr("%1: still due, no finished inspection this year").arg(row->name)
                       : tr("%1: inspected %n time(s) this year", nullptr, row->inspections).arg(row->name);
        if (index.column() == ReasonsColumn)
            return reasonsText(*row);
        return data(index, Qt::DisplayRole);
    }
    switch (index.column()) {
    case UnitColumn:
        return row->name;
    case CodeColumn:
        return row->code;
    case TownshipColumn:
        return row->township;
    case DomainColumn:
        return SupervisionDomain::displayName(row->domain);
    case ReasonsColumn:
        return reasonsText(*row);
    case InspectionsColumn:
        return row->inspections;
    case LastInspectedColumn:
        return row->lastInspectedOn.isValid() ? row->lastInspectedOn.toString(Qt::ISODate) : QString();
    }
    return {};
}

QVariant PlanRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case CodeColumn:
        return tr("Credit Code");
    case TownshipColumn:
        return tr("Township");
    case DomainColumn:
        return tr("Domain");
    case ReasonsColumn:
        return tr("Why Due");
    case InspectionsColumn:
        return tr("Inspections");
    case LastInspectedColumn:
        return tr("Last Inspected");
    }
    return {};
}

} // namespace casedesk
