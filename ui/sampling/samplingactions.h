#pragma once
// SamplingActions: every change a person makes to sampling from the GUI, as
// slots that open the right dialog, write through SamplingRepository
// (permission, rules, clocks, audit) and report what changed: a new batch,
// its edit, the result, the report delivered, an objection (then the offer
// to create the re-test batch), rectification, a re-check request (then the
// offer to create the re-check batch), opening a case, discarding a batch
// still pending; and the sampling notice printed or saved as PDF. The page
// and the start page listen; they never write themselves.

#include "auth/session.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QObject>

class QWidget;

namespace casedesk {

class Database;

class SamplingActions : public QObject {
    Q_OBJECT

  public:
    // `db` and `session` must outlive this object.
    SamplingActions(Database &db, const Session &session, QWidget *dialogParent);

    void setToday(const QDate &today) { m_today = today; }
    QDate today() const;
    // The batch that follows `parent` (an objection's re-test or a
    // re-check), prefilled from it, for the form.
    static SamplingBatch follower(const SamplingBatch &parent, SamplingKind kind, const QDate &today);

  public slots:
    void newBatch();
    void edit(qint64 batchId);
    void enterResult(qint64 batchId);
    void deliver(qint64 batchId);
    void objection(qint64 batchId);
    void rectified(qint64 batchId);
    void requestRecheck(qint64 batchId);
    void openCase(qint64 batchId);
    void discard(qint64 batchId);
    void printNotice(qint64 batchId);
    void saveNoticePdf(qint64 batchId);
    // Opens the form of a new objection re-test or re-check following the batch.
    void newFollower(qint64 batchId, SamplingKind kind);

  signals:
    void batchAdded(qint64 batchId);
    void batchChanged(qint64 batchId);
    void caseOpened(qint64 caseId);

  private:
    // The stored batch, or nothing after showing why it cannot be read.
    bool read(qint64 batchId, SamplingBatch &batch, const QString &title);
    bool step(qint64 batchId, int step);

    Database &m_db;
    const Session &m_session;
    QWidget *m_parent;
    QDate m_today;
};

} // namespace casedesk
