#include "sync/conflictcomparison.h"

#include "sync/syncfieldtext.h"

#include <QHeaderView>

namespace casedesk {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

} // namespace

ConflictComparison::ConflictComparison(SyncFieldText &text, QWidget *parent)
    : QTableWidget(HeldRow + 1, AncestorColumn + 1, parent), m_text(text)
{
    setAccessibleName(tr("The field on each side"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    // Tab leaves the table for the buttons below.
    setTabKeyNavigation(false);
    setVerticalHeaderLabels(
        {tr("Value"), tr("Workstation"), tr("Changed by"), tr("Changed at"), tr("The record holds")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    showNothing();
}

const ConflictSide &ConflictComparison::mineOf(const SyncConflict &c, const QString &site)
{
    const ConflictSide *mine = c.mine(site);
    return mine ? *mine : c.a;
}

const ConflictSide &ConflictComparison::theirsOf(const SyncConflict &c, const QString &site)
{
    return &mineOf(c, site) == &c.a ? c.b : c.a;
}

int ConflictComparison::heldColumn(const SyncConflict &c, const QString &site)
{
    const auto columnOf = [&](const ConflictSide &side) {
        return &side == &mineOf(c, site) ? MineColumn : TheirsColumn;
    };
    if (c.open)
        return columnOf(c.keptA ? c.a : c.b);
    if (c.resolution == QLatin1String("ancestor"))
        return AncestorColumn;
    if (c.resolution == QLatin1String("a") || c.resolution == QLatin1String("b"))
        return columnOf(c.resolution == QLatin1String("a") ? c.a : c.b);
    return -1;
}

void ConflictComparison::showNothing()
{
    clearContents();
    setHorizontalHeaderLabels({tr("Mine"), tr("Theirs"), tr("Common ancestor")});
}

void ConflictComparison::setCell(int row, int column, const QString &text, bool strong)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
    item->setToolTip(text);
    QFont font = this->font();
    font.setBold(strong);
    item->setFont(font);
    setItem(row, column, item);
}

void ConflictComparison::showConflict(const SyncConflict &c, const QString &site)
{
    const ConflictSide &mine = mineOf(c, site);
    const ConflictSide &theirs = theirsOf(c, site);
    const int held = heldColumn(c, site);
    const QString headers[] = {c.mine(site) ? tr("Mine: this workstation (%1)").arg(mine.site)
                                            : tr("Workstation %1").arg(mine.site),
                               tr("Theirs: workstation %1").arg(theirs.site), tr("Common ancestor")};
    clearContents();
    for (int column = MineColumn; column <= AncestorColumn; ++column) {
        auto *header = new QTableWidgetItem(headers[column]);
        QFont font = this->font();
        font.setBold(column == held);
        header->setFont(font);
        setHorizontalHeaderItem(column, header);
    }
    const std::pair<int, const ConflictSide *> sides[] = {{MineColumn, &mine}, {TheirsColumn, &theirs}};
    for (const auto &[column, side] : sides) {
        setCell(ValueRow, column, m_text.valueText(c.table, c.field, side->value), column == held);
        setCell(WorkstationRow, column, side->site);
        setCell(ChangedByRow, column, side->by.isEmpty() ? dash() : side->by);
        setCell(ChangedAtRow, column, side->at.isEmpty() ? dash() : SyncFieldText::localTime(side->at));
    }
    setCell(ValueRow, AncestorColumn,
            c.ancestor.isUndefined() ? tr("(none: created on both workstations)")
                                     : m_text.valueText(c.table, c.field, c.ancestor),
            held == AncestorColumn);
    for (int row : {WorkstationRow, ChangedByRow, ChangedAtRow})
        setCell(row, AncestorColumn, dash());
    for (int column = MineColumn; column <= AncestorColumn; ++column)
        setCell(HeldRow, column, column != held ? QString() : c.open ? tr("✔ for now") : tr("✔ chosen"), true);
    resizeRowsToContents();
}

} // namespace casedesk
