#pragma once
// SummaryDrillDownDialog: the records behind one figure of a summary
// (SummaryTraces::records, the same condition the figure counted), titled
// with the figure's row and column and how many there are. Double-click or
// Enter on a record closes the dialog with that record chosen, for the
// main window to open it on its page. It owns the list it shows.

#include "summary/summarytrace.h"

#include <QDialog>
#include <QList>

class QLabel;

namespace casedesk {

class RecordTable;

class SummaryDrillDownDialog : public QDialog {
    Q_OBJECT

  public:
    enum Column { NumberColumn, DateColumn, NameColumn, DetailColumn, SectionColumn };

    // `figure`: what the figure is ("质量监督股 — 检查次数"); `shown`: the figure as the table says it;
    // `total`: how many records are behind it, when `records` holds only the newest of them.
    SummaryDrillDownDialog(const QString &figure, const QString &shown, const QList<TracedRecord> &records, int total,
                           QWidget *parent = nullptr);

    // The record chosen (double-click or Enter); nullptr before one is.
    const TracedRecord *chosenRecord() const;
    // The records' numbers in the order listed.
    QStringList numbers() const;
    RecordTable *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

  private:
    void choose(qint64 id);

    QList<TracedRecord> m_records;
    int m_chosen = -1;
    RecordTable *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace casedesk
