#include "audittrailmodel.h"

#include "audit/auditqueries.h"

#include <QDateTime>

namespace casedesk {

AuditTrailModel::AuditTrailModel(Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
}

Status AuditTrailModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_total = 0;
    auto count = AuditQueries(m_db).count(m_session);
    if (count)
        m_total = *count;
    endResetModel();
    if (!count)
        return count.error();
    if (canFetchMore({}))
        fetchMore({});
    return success();
}

int AuditTrailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTrailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTrailModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_entries.size() < m_total;
}

void AuditTrailModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int offset = static_cast<int>(m_entries.size());
    auto page = AuditQueries(m_db).page(m_session, offset, kPageSize);
    if (!page || page->isEmpty()) {
        // Nothing more to read (the trail shrank, or the query failed): stop
        // asking rather than fail on every scroll.
        m_total = offset;
        if (!page)
            emit fetchFailed(page.error().message);
        return;
    }
    const int count = static_cast<int>(page->size());
    beginInsertRows({}, offset, offset + count - 1);
    m_entries += *page;
    endInsertRows();
}

QVariant AuditTrailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == RecordColumn)
        return QStringLiteral("%1 %2").arg(e.table, e.recordUuid);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return localTime(e.at);
    case EntryColumn:
        return e.reference();
    case PersonColumn:
        return person(e);
    case ActionColumn:
        return auditActionName(e.action);
    case RecordColumn:
        return e.recordLabel;
    }
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EntryColumn:
        return tr("Entry");
    case PersonColumn:
        return tr("Person");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    }
    return {};
}

QString AuditTrailModel::localTime(const QString &utcIso)
{
    QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!at.isValid())
        return utcIso;
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditTrailModel::person(const AuditEntry &entry)
{
    return QStringLiteral("%1 (%2)").arg(entry.actorName, entry.actor);
}

} // namespace casedesk
