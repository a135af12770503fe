#include "stafftablemodel.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace casedesk {

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

StaffTableModel::StaffTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffTableModel::setMembers(QList<StaffMember> members, const QDate &today)
{
    beginResetModel();
    m_members = std::move(members);
    m_today = today;
    endResetModel();
}

int StaffTableModel::rowOf(const QString &login) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members.at(row).login == login)
            return row;
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

int StaffTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Certificate *StaffTableModel::certificateOf(const StaffMember &m, int column) const
{
    switch (column) {
    case EnforcementColumn:
    case EnforcementUntilColumn:
        return &m.enforcement;
    case EquipmentColumn:
    case EquipmentUntilColumn:
        return &m.specialEquipment;
    default:
        return nullptr;
    }
}

QVariant StaffTableModel::display(const StaffMember &m, int column) const
{
    switch (column) {
    case LoginColumn:
        return m.login;
    case NameColumn:
        return m.name;
    case SectionColumn:
        return m.section;
    case RolesColumn:
        return m.roles.names();
    case EnforcementColumn:
        return m.enforcement.number;
    case EnforcementUntilColumn:
        return dateText(m.enforcement.validUntil);
    case EquipmentColumn:
        return m.specialEquipment.number;
    case EquipmentUntilColumn:
        return dateText(m.specialEquipment.validUntil);
    case StatusColumn:
        return m.active ? tr("Active") : tr("Deactivated");
    }
    return {};
}

QString StaffTableModel::certificateTip(const Certificate &c) const
{
    if (!c.present())
        return {};
    if (c.validUntil.isValid() && c.validUntil < m_today)
        return tr("Certificate %1 expired on %2.").arg(c.number, dateText(c.validUntil));
    if (c.validFrom.isValid() && m_today < c.validFrom)
        return tr("Certificate %1 is valid only from %2.").arg(c.number, dateText(c.validFrom));
    if (c.validFrom.isValid())
        return tr("Certificate %1 is valid from %2 until %3.")
            .arg(c.number, dateText(c.validFrom), dateText(c.validUntil));
    return tr("Certificate %1 is valid until %2.").arg(c.number, dateText(c.validUntil));
}

QVariant StaffTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const StaffMember &m = m_members.at(index.row());
    const Certificate *certificate = certificateOf(m, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(m, index.column());
    case Qt::ToolTipRole:
        return certificate ? certificateTip(*certificate) : QVariant();
    case Qt::ForegroundRole:
        if (certificate && certificate->present() && !certificate->validOn(m_today))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        // A deactivated person stays listed for the records they made, but
        // greyed: they can no longer sign in.
        if (!m.active)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    return {};
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case SectionColumn:
        return tr("Section");
    case RolesColumn:
        return tr("Roles");
    case EnforcementColumn:
        return tr("Enforcement certificate");
    case EnforcementUntilColumn:
        return tr("Valid until");
    case EquipmentColumn:
        return tr("Special-equipment certificate");
    case EquipmentUntilColumn:
        return tr("Valid until");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace casedesk
