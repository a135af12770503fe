#pragma once
// EntityListModel: the register's entities as a table for the register
// page. The list may hold 100,000 rows, so the model never reads them all:
// it counts the filtered list (EntityQueries::count) and reads the rows the
// view asks for a page at a time (EntityQueries::page), keeping the most
// recently used pages. Filtering and sorting are done by SQL; sort() only
// records the order and reads again.

#include "pagecache.h"
#include "register/entityqueries.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace casedesk {

class Database;

class EntityListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        NameColumn,
        CodeColumn,
        TownshipColumn,
        AddressColumn,
        LegalRepresentativeColumn,
        PhoneColumn,
        KindsColumn,
        RisksColumn,
        LicencesColumn,
        EquipmentColumn,
        ColumnCount
    };
    enum Role { EntityIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    // Pages kept in memory; the view needs only the few around what it shows.
    static constexpr int kCachedPages = 40;

    explicit EntityListModel(Database &db, QObject *parent = nullptr);

    // Counts the filtered list and forgets every page read so far; a
    // failure is reported through loadFailed() and leaves the list empty.
    void reload();
    void setFilter(const EntityFilter &filter);
    const EntityFilter &filter() const { return m_filter; }
    const EntitySort &sortOrder() const { return m_sort; }
    // How many pages are in memory (the rest of the list is never read).
    int cachedPages() const { return m_rows.cachedPages(); }
    int total() const { return m_rows.total(); }

    // The row's entity, read from the database if its page is not in memory;
    // nullptr for a row out of range or a page that could not be read.
    // Valid until the page is dropped from memory (after kCachedPages newer reads).
    const EntityRow *entityAt(int row) const;
    qint64 entityId(int row) const;
    // The row showing the entity, looking first in the pages in memory, then
    // around `hintRow`; -1 when not found (filtered out, or far away in a
    // long list).
    int rowOf(qint64 entityId, int hintRow = 0) const;

    // The SQL order a column sorts by; none for the columns SQL does not sort.
    static std::optional<EntitySortColumn> sortColumn(int column);
    static int columnOf(EntitySortColumn sortColumn);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Columns that SQL cannot sort keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

  signals:
    // Counting or reading a page failed; the message says why.
    void loadFailed(const QString &message);

  private:
    QVariant display(const EntityRow &row, int column) const;
    QVariant toolTip(const EntityRow &row, int column) const;

    Database &m_db;
    EntityFilter m_filter;
    EntitySort m_sort;
    // Read on demand from const data(): a cache, not the model's state.
    PageCache<EntityRow> m_rows;
};

} // namespace casedesk
