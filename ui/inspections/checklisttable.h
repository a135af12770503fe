#pragma once
// ChecklistTable: the check points of an inspection form, walked from the
// keyboard as fast as an inspector reads them out: on a row, 1 or Y marks it
// conforming, 2 or N not conforming, 3 or 0 not applicable, Space steps
// through the results, Delete clears it; each moves on to the next row. A
// point that does not conform needs its note, so the note opens for typing
// at once; Enter (or F2) edits a note, and Enter again goes on to the next
// row. Each result shows in its colour (InspectionDetailsHtml). Tab leaves
// the table, as in any other field.

#include "inspections/inspection.h"

#include <QTableWidget>

namespace casedesk {

class ChecklistTable : public QTableWidget {
    Q_OBJECT

  public:
    enum Column { LabelColumn, TextColumn, ResultColumn, NoteColumn, ColumnCount };

    explicit ChecklistTable(QWidget *parent = nullptr);

    void setPoints(const QList<CheckPoint> &points);
    const QList<CheckPoint> &points() const { return m_points; }
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Sets a row's result as the keys do (without moving on).
    void setResult(int row, CheckResult result);
    // Every point still unchecked conforms; returns how many were set.
    int markUncheckedConforming();
    // Opens the note of the row for typing.
    void editNote(int row);
    // A note is open for typing.
    bool isEditingNote() const { return state() == QAbstractItemView::EditingState; }

  signals:
    void changed();

  protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

  private:
    void showRow(int row);
    // After a result was set from the keyboard: the note when it is
    // needed, otherwise the next row.
    void advanceFrom(int row);
    void goToRow(int row);
    void noteEdited(QTableWidgetItem *item);

    QList<CheckPoint> m_points;
    bool m_readOnly = false;
    bool m_filling = false;
};

} // namespace casedesk
