#pragma once
// SummaryTableModel: one SummaryTable of a computed summary as the page's
// table view shows it: every cell written by SummaryExport::cellText (the
// very text the CSV and PDF carry), numbers right-aligned, the 合计 row
// bold, and the figures that have records behind them looking like links
// (double-click or Enter lists them). It owns a copy of the table.

#include "summary/quartersummary.h"

#include <QAbstractTableModel>

namespace casedesk {

class SummaryTableModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    explicit SummaryTableModel(SummaryTable table, QObject *parent = nullptr);

    const SummaryTable &table() const { return m_table; }
    // The cell at the index; nullptr outside the table.
    const SummaryCell *cell(const QModelIndex &index) const;
    // What the row is about (its first column) and the column's header, for
    // the drill-down's title.
    QString rowLabel(int row) const;
    QString columnLabel(int column) const;
    bool isTotalRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    SummaryColumn columnKind(int column) const;

    SummaryTable m_table;
};

} // namespace casedesk
