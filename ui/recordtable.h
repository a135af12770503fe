#pragma once
// RecordTable: a small read-only table of records (an entity's licences,
// its equipment, what falls due), one row per record with its id kept in
// the row, selected a row at a time. Rows can be marked overdue (warning
// colours) or inactive (greyed).

#include <QStringList>
#include <QTableWidget>

namespace casedesk {

class RecordTable : public QTableWidget {
    Q_OBJECT

  public:
    enum class Marking { None, Soon, Overdue, Inactive };

    RecordTable(const QStringList &headers, QWidget *parent = nullptr);

    // Replaces the rows by `count` empty ones.
    void resetRows(int count);
    void setRecord(int row, qint64 id, const QStringList &cells, Marking marking = Marking::None,
                   const QString &toolTip = {});
    // Marks one cell only (the date that is overdue).
    void markCell(int row, int column, Marking marking, const QString &toolTip = {});
    qint64 idAt(int row) const;
    // The selected record's id, 0 when none is selected.
    qint64 selectedId() const;
    int rowOfId(qint64 id) const;
    // Selects the record's row; false when it is not in the table.
    bool selectId(qint64 id);
    // After the rows were read again: the record selected before, else the
    // row that took the place of formerRow, else nothing.
    void reselect(qint64 id, int formerRow);
    // Every cell's text, row by row, tab-separated.
    QString plainText() const;

  signals:
    // A row was double-clicked or Enter was pressed on it.
    void recordActivated(qint64 id);
};

} // namespace casedesk
