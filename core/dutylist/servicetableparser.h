#pragma once
// ServiceTableParser reads the 公共服务事项 table into PublicService values;
// empty rows (the cell-per-line layout keeps a few) are skipped and a row
// without its own service continues the previous one.

#include "responsibilitylist.h"
#include "tablecolumns.h"

#include <QList>
#include <QStringList>

namespace casedesk {

class ServiceTableParser {
  public:
    void addRow(const TableColumns &columns, const QStringList &cells);
    QList<PublicService> services() const { return m_services; }

  private:
    QList<PublicService> m_services;
};

} // namespace casedesk
