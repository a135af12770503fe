#pragma once
// SamplingRepository: stores sampling batches with their samplers and
// responsibility items. Every write checks the session's permission
// (EditInspection), SamplingRules (fields and frequency limits) and the
// clocks (SamplingClock), is audited, and refuses stale edits naming who
// changed the batch meanwhile.

#include "auth/session.h"
#include "database.h"
#include "result.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QList>

namespace casedesk {

class SamplingRepository {
  public:
    explicit SamplingRepository(Database &db) : m_db(db) {}

    Result<SamplingBatch> find(qint64 id) const;
    Result<SamplingBatch> findByNumber(const QString &text) const; // id or batch number
    // The objection and re-check batches that follow a batch, oldest first.
    QList<SamplingBatch> followers(qint64 batchId) const;

    // A new batch (a batch number of this site and year); Objection and
    // Recheck need the parent and copy its enterprise and product. A
    // Recheck must be sampled within the re-check deadline: late sampling
    // is recorded but the refusal asks for a reason in `notes`.
    Result<SamplingBatch> create(const Session &session, SamplingBatch batch, const QDate &today);
    // Changes the batch's fields (stale check). The result fields follow
    // their order: report → delivered → objection / rectified → re-check
    // requested; each date not before the one it follows nor in the future.
    Result<SamplingBatch> update(const Session &session, SamplingBatch batch, const QDate &today);
    // A lead (source: sampling; party, product, failed items, samplers as
    // handlers) opened from a failed batch, linked to it.
    Result<SamplingBatch> openCase(const Session &session, qint64 batchId, const QDate &today);
    // Tombstone, only while Pending; `today` brings the deadlines of the
    // batch it follows up to date.
    Status discard(const Session &session, qint64 batchId, const QDate &today = QDate::currentDate());

  private:
    Database &m_db;
};

} // namespace casedesk
