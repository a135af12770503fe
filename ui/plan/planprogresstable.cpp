#include "planprogresstable.h"

#include "duemarking.h"
#include "dutylist/supervisiondomain.h"

#include <QHeaderView>

namespace casedesk {

namespace {
const QColor kDoneText(0x1b, 0x6e, 0x20);
} // namespace

PlanProgressTable::PlanProgressTable(QWidget *parent)
    : RecordTable({tr("Domain or Campaign"), tr("Due"), tr("Done"), tr("Still Due"), tr("Done %")}, parent)
{
    // The numbers keep their width; the names take what is left.
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int column : {DueColumn, DoneColumn, StillDueColumn, ShareColumn}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        setColumnWidth(column,
                       std::max(64, fontMetrics().horizontalAdvance(horizontalHeaderItem(column)->text()) + 20));
    }
    setToolTip(tr("Double-click a line, or press Enter, to show its units below."));
    connect(this, &QTableWidget::activated, this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_lines.size())
            return;
        const PlanProgress &line = m_lines.at(index.row());
        if (line.planEntryId > 0)
            emit planEntryChosen(line.planEntryId);
        else
            emit domainChosen(line.domain);
    });
}

QString PlanProgressTable::shareText(const PlanProgress &line)
{
    if (line.due == 0)
        return QStringLiteral("—");
    return tr("%1%", "share of the plan done").arg(line.done * 100 / line.due);
}

void PlanProgressTable::setProgress(const QList<PlanProgress> &lines)
{
    m_lines = lines;
    resetRows(static_cast<int>(lines.size()));
    for (int row = 0; row < lines.size(); ++row) {
        const PlanProgress &line = lines.at(row);
        const bool total = line.planEntryId == 0 && line.domain.isEmpty();
        QString what = line.title;
        if (what.isEmpty())
            what = total ? tr("Whole bureau") : SupervisionDomain::displayName(line.domain);
        const int stillDue = std::max(0, line.due - line.done);
        setRecord(
            row, line.planEntryId,
            {what, QString::number(line.due), QString::number(line.done), QString::number(stillDue), shareText(line)});
        for (int column : {DueColumn, DoneColumn, StillDueColumn, ShareColumn})
            item(row, column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (total)
            for (int column = 0; column < columnCount(); ++column) {
                QFont bold = item(row, column)->font();
                bold.setBold(true);
                item(row, column)->setFont(bold);
            }
        if (line.due == 0)
            continue;
        if (stillDue == 0) {
            item(row, ShareColumn)->setForeground(kDoneText);
        } else {
            const Marking marking = line.done * 2 < line.due ? Marking::Overdue : Marking::Soon;
            markCell(row, ShareColumn, marking);
            markCell(row, StillDueColumn, marking);
        }
    }
}

} // namespace casedesk
