#pragma once
// SamplingDetailView: the selected sampling batch on the sampling page: the
// enterprise, product, samples, samplers, lab, the result and its report,
// the next step (SamplingRules::nextStep), the deadlines that apply
// (SamplingClock::deadlines: due, met or open, overdue in red), the batch
// it follows and the objection and re-check batches that follow it (links
// that select them), and the case opened.

#include "sampling/samplingbatch.h"
#include "sampling/samplingclock.h"

#include <QDate>
#include <QTextBrowser>

namespace casedesk {

class Database;

class SamplingDetailView : public QTextBrowser {
    Q_OBJECT

  public:
    explicit SamplingDetailView(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    // Reads and shows the batch; false (and a placeholder) when it cannot be read.
    bool showBatch(qint64 batchId);
    void reload() { showBatch(m_batch.id); }
    void showPlaceholder(const QString &text);

    const SamplingBatch &batch() const { return m_batch; }
    const QList<SamplingBatch> &followers() const { return m_followers; }
    const QList<SamplingDeadline> &deadlines() const { return m_deadlines; }

  signals:
    void batchRequested(qint64 batchId);

  private:
    QString html() const;
    QString deadlinesHtml() const;

    Database *m_db = nullptr;
    QDate m_today;
    SamplingBatch m_batch;
    QList<SamplingBatch> m_followers;
    QList<SamplingDeadline> m_deadlines;
};

} // namespace casedesk
