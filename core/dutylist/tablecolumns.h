#pragma once
// TableColumns recognises the tables of a published list by their header
// cells and remembers which column holds which field. Columns are found by
// name, never by position, so a bureau that orders or names its columns a
// little differently (具体工作事项 instead of 具体责任事项, 案例 instead of 事例)
// still imports.

#include <QHash>
#include <QString>
#include <QStringList>

namespace casedesk {

enum class TableKind { None, Duties, Boundaries, Services };

enum class TableColumn {
    Number,
    Duty,
    Item,
    Sections,
    Remarks,
    Basis,
    Matter,
    Department,
    Share,
    Example,
    ServiceName,
    Content,
    Unit,
    Phone,
};

class TableColumns {
  public:
    // A header row names the table's columns; any other row gives kind None.
    static TableColumns fromHeader(const QStringList &cells);

    TableKind kind() const { return m_kind; }
    bool has(TableColumn column) const { return m_index.contains(column); }
    // The raw cell of that column in a data row ("" when absent or short).
    QString cell(const QStringList &row, TableColumn column) const;
    // A header the layout repeated after a page break.
    bool isSameHeader(const QStringList &row) const;

  private:
    TableKind m_kind = TableKind::None;
    QHash<TableColumn, qsizetype> m_index;
    QStringList m_header;
};

} // namespace casedesk
