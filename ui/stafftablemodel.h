#pragma once
// StaffTableModel: the bureau's staff accounts as a flat table for the
// staff dialog, one row per person, with their roles by display name and
// their certificates; a certificate that has run out shows in red with a
// tooltip, because an inspector with an expired certificate may not
// inspect.

#include "auth/staffmember.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace casedesk {

class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        LoginColumn,
        NameColumn,
        SectionColumn,
        RolesColumn,
        EnforcementColumn,
        EnforcementUntilColumn,
        EquipmentColumn,
        EquipmentUntilColumn,
        StatusColumn,
        ColumnCount
    };

    explicit StaffTableModel(QObject *parent = nullptr);

    // today decides which certificates count as expired.
    void setMembers(QList<StaffMember> members, const QDate &today = QDate::currentDate());
    const StaffMember &member(int row) const { return m_members.at(row); }
    // The row of the account with this login, -1 when it is not listed.
    int rowOf(const QString &login) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    const Certificate *certificateOf(const StaffMember &m, int column) const;
    QVariant display(const StaffMember &m, int column) const;
    QString certificateTip(const Certificate &c) const;

    QList<StaffMember> m_members;
    QDate m_today;
};

} // namespace casedesk
