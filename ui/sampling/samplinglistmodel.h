#pragma once
// SamplingListModel: the sampling batches as a table for the sampling page.
// It counts the filtered batches (SamplingQueries::count) and reads the rows
// the view asks for a page at a time (SamplingQueries::page, in PageCache),
// newest sampling first. The next-due column counts the days to the open
// deadline (SamplingClock's), overdue in red.

#include "pagecache.h"
#include "sampling/samplingqueries.h"

#include <QAbstractTableModel>
#include <QDate>

namespace casedesk {

class SamplingListModel : public QAbstractTableModel {
    Q_OBJECT

  public:
    // What decides the next step comes first; the plan and the lab last.
    enum Column {
        NumberColumn,
        EnterpriseColumn,
        ProductColumn,
        ResultColumn,
        NextStepColumn,
        NextDueColumn,
        SampledOnColumn,
        KindColumn,
        PlanColumn,
        LabColumn,
        ColumnCount
    };
    enum Role { BatchIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 40;

    explicit SamplingListModel(const Database &db, QObject *parent = nullptr);

    void reload();
    void setFilter(const SamplingFilter &filter);
    const SamplingFilter &filter() const { return m_filter; }
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    int total() const { return m_rows.total(); }

    const SamplingRow *batchAt(int row) const { return m_rows.at(row); }
    qint64 batchId(int row) const;
    int rowOf(qint64 batchId, int hintRow = 0) const { return m_rows.indexOf(batchId, hintRow); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  signals:
    void loadFailed(const QString &message);

  private:
    QVariant display(const SamplingRow &row, int column) const;
    bool overdue(const SamplingRow &row) const;

    const Database &m_db;
    SamplingFilter m_filter;
    QDate m_today;
    PageCache<SamplingRow> m_rows;
};

} // namespace casedesk
