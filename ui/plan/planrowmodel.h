#pragma once
// PlanRowModel: the year's plan as a table for the plan page: every unit the
// frequency rules or a campaign make due, with why, how often it has been
// inspected and when last. Like the other long lists it never reads the
// whole plan: it counts the filtered rows (InspectionPlan::count) and reads
// the rows the view asks for a page at a time (InspectionPlan::page, in
// PageCache). The core orders the outstanding rows first; the model shows
// them bold and red, so who is still due shows at a glance.

#include "inspections/inspectionplan.h"
#include "pagecache.h"

#include <QAbstractTableModel>

namespace casedesk {

class PlanRowModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        UnitColumn,
        CodeColumn,
        TownshipColumn,
        DomainColumn,
        ReasonsColumn,
        InspectionsColumn,
        LastInspectedColumn,
        ColumnCount
    };
    enum Role { EntityIdRole = Qt::UserRole + 1, OutstandingRole };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit PlanRowModel(const Database &db, QObject *parent = nullptr);

    // Counts the filtered plan and forgets every page read so far.
    void reload();
    void setFilter(const PlanFilter &filter);
    const PlanFilter &filter() const { return m_filter; }
    int total() const { return m_rows.total(); }
    int cachedPages() const { return m_rows.cachedPages(); }

    // The row's plan entry, read if its page is not in memory; nullptr out of range.
    const PlanRow *rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void loadFailed(const QString &message);

  private:
    static QString reasonsText(const PlanRow &row);

    const Database &m_db;
    PlanFilter m_filter;
    PageCache<PlanRow> m_rows;
};

} // namespace casedesk
