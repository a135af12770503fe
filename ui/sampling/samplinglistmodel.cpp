#include "samplinglistmodel.h"

#include "duemarking.h"

#include <QBrush>

namespace casedesk {

SamplingListModel::SamplingListModel(const Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db),
      m_rows(
          kPageSize, kCachedPages,
          [this](int offset, int limit) { return SamplingQueries::page(m_db, m_filter, offset, limit, today()); },
          [this](const QString &message) { emit loadFailed(message); })
{
}

QDate SamplingListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void SamplingListModel::setFilter(const SamplingFilter &filter)
{
    m_filter = filter;
    reload();
}

void SamplingListModel::reload()
{
    beginResetModel();
    const Result<int> counted = SamplingQueries::count(m_db, m_filter);
    if (!counted)
        emit loadFailed(counted.error().message);
    m_rows.reset(counted ? *counted : 0);
    endResetModel();
}

qint64 SamplingListModel::batchId(int row) const
{
    const SamplingRow *r = m_rows.at(row);
    return r ? r->id : 0;
}

int SamplingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.total();
}

int SamplingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SamplingListModel::overdue(const SamplingRow &row) const
{
    return row.nextDue.isValid() && row.nextDue < today();
}

QVariant SamplingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != BatchIdRole)
        return {};
    const SamplingRow *row = m_rows.at(index.row());
    if (!row)
        return {};
    switch (role) {
    case BatchIdRole:
        return row->id;
    case Qt::ForegroundRole:
        if ((index.column() == NextDueColumn || index.column() == NextStepColumn) && overdue(*row))
            return QBrush(DueMarking::warningText());
        if (index.column() == ResultColumn && row->result == SamplingResult::Fail)
            return QBrush(DueMarking::warningText());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NextDueColumn && row->nextDue.isValid())
            return tr("Due %1").arg(row->nextDue.toString(Qt::ISODate));
        return display(*row, index.column());
    }
    return display(*row, index.column());
}

QVariant SamplingListModel::display(const SamplingRow &row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row.batchNumber;
    case KindColumn:
        return samplingKinds().name(row.kind);
    case PlanColumn:
        return row.planName;
    case EnterpriseColumn:
        return row.unitName;
    case ProductColumn:
        return row.product;
    case SampledOnColumn:
        return row.sampledOn.toString(Qt::ISODate);
    case LabColumn:
        return row.lab;
    case ResultColumn:
        return samplingResults().name(row.result);
    case NextStepColumn:
        return SamplingRules::nextStepName(row.nextStep);
    case NextDueColumn:
        return row.nextDue.isValid() ? DueMarking::daysLeft(DueMarking::daysBetween(today(), row.nextDue)) : QString();
    }
    return {};
}

QVariant SamplingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Batch");
    case KindColumn:
        return tr("Kind");
    case PlanColumn:
        return tr("Plan");
    case EnterpriseColumn:
        return tr("Enterprise");
    case ProductColumn:
        return tr("Product");
    case SampledOnColumn:
        return tr("Sampled On");
    case LabColumn:
        return tr("Lab");
    case ResultColumn:
        return tr("Result");
    case NextStepColumn:
        return tr("Next Step");
    case NextDueColumn:
        return tr("Next Due");
    }
    return {};
}

} // namespace casedesk
