#pragma once
// CaseListModel: the leads and cases as a table for the case page. Like
// EntityListModel it never reads the whole list: it counts the filtered
// cases (CaseQueries::count) and reads the rows the view asks for a page
// at a time (CaseQueries::page), keeping the most recently used pages.
// Filtering and sorting are done by SQL; sort() records the order and reads
// again. The due column says how many days the nearest deadline (the
// decision, or a seizure's release) is away, overdue in red.

#include "cases/casequeries.h"
#include "pagecache.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <optional>

namespace casedesk {

class Database;

class CaseListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        NumberColumn,
        TitleColumn,
        PartyColumn,
        StageColumn,
        DueColumn, // next to the stage: what decides the next step comes first
        SourceColumn,
        SectionColumn,
        HandlersColumn,
        ReceivedColumn,
        ColumnCount
    };
    enum Role { CaseIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit CaseListModel(const Database &db, QObject *parent = nullptr);

    // Counts the filtered list and forgets every page read so far.
    void reload();
    void setFilter(const CaseFilter &filter);
    const CaseFilter &filter() const { return m_filter; }
    // The day the due column counts from (invalid: the current date).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    CaseSort sortColumnInForce() const { return m_sort; }
    bool ascending() const { return m_ascending; }
    int cachedPages() const { return m_rows.cachedPages(); }
    int total() const { return m_rows.total(); }

    // The row's case, read if its page is not in memory; nullptr out of range.
    const CaseRow *caseAt(int row) const;
    qint64 caseId(int row) const;
    // The row showing the case, looking in the pages in memory, then around
    // `hintRow`; -1 when not found.
    int rowOf(qint64 caseId, int hintRow = 0) const;

    // The nearest deadline of a row (decision or seizure), invalid when none.
    static QDate nearestDue(const CaseRow &row);
    static std::optional<CaseSort> sortColumn(int column);
    static int columnOf(CaseSort sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  private:
    QVariant display(const CaseRow &row, int column) const;
    QString dueText(const CaseRow &row) const;
    QString dueToolTip(const CaseRow &row) const;
    bool overdue(const CaseRow &row) const;

    const Database &m_db;
    CaseFilter m_filter;
    CaseSort m_sort = CaseSort::Received;
    bool m_ascending = false;
    QDate m_today;
    // Read on demand from const data(): a cache, not the model's state.
    PageCache<CaseRow> m_rows;
};

} // namespace casedesk
