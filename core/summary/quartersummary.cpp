#include "summary/quartersummary.h"

#include <QCoreApplication>

namespace casedesk {

SummaryColumn SummaryTable::formatOf(int row, int column) const
{
    const SummaryColumn own = columns.value(column, SummaryColumn::Label);
    if (own == SummaryColumn::Label || rowColumns.isEmpty())
        return own;
    return rowColumns.value(row, own);
}

const SummaryTable *QuarterSummary::table(const QString &key) const
{
    for (const SummaryTable &t : tables)
        if (t.key == key)
            return &t;
    return nullptr;
}

QString QuarterSummary::title() const
{
    const QString who =
        section.isEmpty() ? bureau : QCoreApplication::translate("QuarterSummary", "%1, %2").arg(bureau, section);
    return QCoreApplication::translate("QuarterSummary", "%1: work statistics for %2").arg(who, period.label());
}

} // namespace casedesk
