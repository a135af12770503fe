#pragma once
// InspectionListModel: the inspection records as a table for the inspection
// page. Like the case list it never reads the whole list: it counts the
// filtered records (InspectionQueries::count) and reads the rows the view
// asks for a page at a time (InspectionQueries::page through PageCache).
// Filtering and sorting are done by SQL; sort() records the order and reads
// again. Only current versions are listed; a corrected record shows its
// version after the number. The follow-up column says when the check of an
// order to correct or a directive is due, overdue in red.

#include "inspections/inspectionqueries.h"
#include "pagecache.h"

#include <QAbstractTableModel>
#include <QDate>
#include <optional>

namespace casedesk {

class InspectionListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        NumberColumn,
        DateColumn,
        UnitColumn,
        KindColumn,
        DomainColumn,
        SectionColumn,
        InspectorsColumn,
        StatusColumn,
        OutcomesColumn,
        FollowUpColumn,
        ColumnCount
    };
    enum Role { InspectionIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit InspectionListModel(const Database &db, QObject *parent = nullptr);

    // Counts the filtered list and forgets every page read so far.
    void reload();
    void setFilter(const InspectionFilter &filter);
    const InspectionFilter &filter() const { return m_filter; }
    // The day the follow-up column counts from (invalid: the current date).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    InspectionSort sortInForce() const { return m_sort; }
    int cachedPages() const { return m_rows.cachedPages(); }
    int total() const { return m_rows.total(); }

    // The row's record, read if its page is not in memory; nullptr out of range.
    const InspectionRow *rowAt(int row) const { return m_rows.at(row); }
    qint64 inspectionId(int row) const;
    // The row showing the record, looking in the pages in memory, then around
    // `hintRow`; -1 when not found.
    int rowOf(qint64 id, int hintRow = 0) const { return m_rows.indexOf(id, hintRow); }

    static std::optional<InspectionSortColumn> sortColumn(int column);
    static int columnOf(InspectionSortColumn sort);
    // "YQ1-2026-J0007 v2" for a corrected record.
    static QString numberText(const InspectionRow &row);
    static QString outcomesText(const QList<InspectionOutcome> &outcomes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  signals:
    // A count or a page could not be read (the database went away).
    void loadFailed(const QString &message);

  private:
    QVariant display(const InspectionRow &row, int column) const;
    QString followUpText(const InspectionRow &row) const;
    bool overdue(const InspectionRow &row) const;

    const Database &m_db;
    InspectionFilter m_filter;
    InspectionSort m_sort;
    QDate m_today;
    // Read on demand from const data(): a cache, not the model's state.
    PageCache<InspectionRow> m_rows;
};

} // namespace casedesk
