#include "checklisttable.h"

#include "inspectiondetailshtml.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <optional>

namespace casedesk {

namespace {
CheckResult nextResult(CheckResult result)
{
    switch (result) {
    case CheckResult::Unchecked:
        return CheckResult::Conforms;
    case CheckResult::Conforms:
        return CheckResult::DoesNotConform;
    case CheckResult::DoesNotConform:
        return CheckResult::NotApplicable;
    case CheckResult::NotApplicable:
        break;
    }
    return CheckResult::Conforms;
}

std::optional<CheckResult> resultOfKey(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return std::nullopt;
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_Y:
        return CheckResult::Conforms;
    case Qt::Key_2:
    case Qt::Key_N:
        return CheckResult::DoesNotConform;
    case Qt::Key_3:
    case Qt::Key_0:
        return CheckResult::NotApplicable;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return CheckResult::Unchecked;
    default:
        return std::nullopt;
    }
}
} // namespace

ChecklistTable::ChecklistTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("No."), tr("Check point"), tr("Result"), tr("Note")});
    setAccessibleName(tr("Checklist"));
    setToolTip(tr("On a point: 1 or Y conforms, 2 or N does not conform, 3 or 0 not applicable, Space steps "
                  "through them, Delete clears. Enter or F2 edits the note."));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setTabKeyNavigation(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *columns = horizontalHeader();
    columns->setSectionResizeMode(LabelColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ResultColumn, QHeaderView::Interactive);
    columns->setSectionResizeMode(NoteColumn, QHeaderView::Interactive);
    setColumnWidth(ResultColumn, 130);
    setColumnWidth(NoteColumn, 200);
    connect(this, &QTableWidget::itemChanged, this, &ChecklistTable::noteEdited);
    connect(this, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != NoteColumn && !m_readOnly && row >= 0 && row < m_points.size())
            setResult(row, nextResult(m_points.at(row).result));
    });
}

void ChecklistTable::setPoints(const QList<CheckPoint> &points)
{
    m_points = points;
    m_filling = true;
    clearContents();
    setRowCount(static_cast<int>(points.size()));
    for (int row = 0; row < points.size(); ++row) {
        const CheckPoint &p = points.at(row);
        auto *label = new QTableWidgetItem(p.label);
        auto *text = new QTableWidgetItem(p.text);
        text->setToolTip(p.group.isEmpty() ? p.text : QStringLiteral("%1\n%2").arg(p.group, p.text));
        auto *result = new QTableWidgetItem;
        auto *note = new QTableWidgetItem(p.note);
        for (QTableWidgetItem *item : {label, text, result})
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        note->setFlags(m_readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable
                                  : Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
        setItem(row, LabelColumn, label);
        setItem(row, TextColumn, text);
        setItem(row, ResultColumn, result);
        setItem(row, NoteColumn, note);
        showRow(row);
    }
    m_filling = false;
    if (!points.isEmpty())
        setCurrentCell(0, ResultColumn);
}

void ChecklistTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    setPoints(m_points);
}

void ChecklistTable::showRow(int row)
{
    const CheckPoint &p = m_points.at(row);
    QTableWidgetItem *result = item(row, ResultColumn);
    if (!result)
        return;
    const bool filling = m_filling;
    m_filling = true;
    result->setText(checkResults().name(p.result));
    result->setForeground(QColor(InspectionDetailsHtml::resultColour(p.result)));
    QFont font = result->font();
    font.setBold(p.result != CheckResult::Unchecked);
    result->setFont(font);
    QTableWidgetItem *note = item(row, NoteColumn);
    if (p.result == CheckResult::DoesNotConform && p.note.trimmed().isEmpty())
        note->setToolTip(tr("A point that does not conform needs a note: what was found"));
    else
        note->setToolTip(p.note);
    m_filling = filling;
}

void ChecklistTable::setResult(int row, CheckResult result)
{
    if (m_readOnly || row < 0 || row >= m_points.size() || m_points.at(row).result == result)
        return;
    m_points[row].result = result;
    showRow(row);
    emit changed();
}

int ChecklistTable::markUncheckedConforming()
{
    if (m_readOnly)
        return 0;
    int set = 0;
    for (int row = 0; row < m_points.size(); ++row) {
        if (m_points.at(row).result != CheckResult::Unchecked)
            continue;
        m_points[row].result = CheckResult::Conforms;
        showRow(row);
        ++set;
    }
    if (set > 0)
        emit changed();
    return set;
}

void ChecklistTable::editNote(int row)
{
    if (m_readOnly || row < 0 || row >= m_points.size())
        return;
    setCurrentCell(row, NoteColumn);
    editItem(item(row, NoteColumn));
}

void ChecklistTable::goToRow(int row)
{
    if (m_points.isEmpty())
        return;
    row = std::clamp(row, 0, static_cast<int>(m_points.size()) - 1);
    setCurrentCell(row, ResultColumn);
    scrollToItem(item(row, ResultColumn));
}

void ChecklistTable::advanceFrom(int row)
{
    if (m_points.at(row).result == CheckResult::DoesNotConform && m_points.at(row).note.trimmed().isEmpty())
        editNote(row);
    else
        goToRow(row + 1);
}

void ChecklistTable::keyPressEvent(QKeyEvent *event)
{
    const int row = currentRow();
    if (state() == QAbstractItemView::EditingState || row < 0 || row >= m_points.size() || m_readOnly)
        return QTableWidget::keyPressEvent(event);
    if (const std::optional<CheckResult> result = resultOfKey(event)) {
        setResult(row, *result);
        if (*result != CheckResult::Unchecked)
            advanceFrom(row);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        setResult(row, nextResult(m_points.at(row).result));
        advanceFrom(row);
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2) &&
        event->modifiers() == Qt::NoModifier) {
        editNote(row);
        event->accept();
        return;
    }
    QTableWidget::keyPressEvent(event);
}

void ChecklistTable::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    const int row = currentRow();
    // The note is done: on to the next point rather than the next note.
    const bool onwards = hint == QAbstractItemDelegate::SubmitModelCache || hint == QAbstractItemDelegate::EditNextItem;
    QTableWidget::closeEditor(editor, onwards ? QAbstractItemDelegate::NoHint : hint);
    if (row < 0 || row >= m_points.size())
        return;
    if (onwards)
        goToRow(row + 1);
    else
        setCurrentCell(row, ResultColumn);
    setFocus(Qt::OtherFocusReason);
}

void ChecklistTable::noteEdited(QTableWidgetItem *changedItem)
{
    if (m_filling || !changedItem || changedItem->column() != NoteColumn)
        return;
    const int row = changedItem->row();
    if (row < 0 || row >= m_points.size())
        return;
    const QString note = changedItem->text().trimmed();
    if (m_points.at(row).note == note)
        return;
    m_points[row].note = note;
    showRow(row);
    emit changed();
}

} // namespace casedesk
