#pragma once
// BoundaryTableParser reads the 职责边界 table: one BoundaryMatter per
// numbered row, every further row (merged cells left empty) adding another
// department's share of the same matter. A table filled with just "无"
// yields no matters.

#include "responsibilitylist.h"
#include "tablecolumns.h"

#include <QList>
#include <QStringList>

namespace casedesk {

class BoundaryTableParser {
  public:
    void addRow(const TableColumns &columns, const QStringList &cells);
    QList<BoundaryMatter> matters() const { return m_matters; }

  private:
    QList<BoundaryMatter> m_matters;
};

} // namespace casedesk
