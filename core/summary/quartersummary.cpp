#include "summary/quartersummary.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QuarterSummary)
};
} // namespace

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
    const QString who = section.isEmpty() ? bureau : Text::tr("%1, %2").arg(bureau, section);
    return Text::tr("%1: work statistics for %2").arg(who, period.label());
}

} // namespace casedesk
