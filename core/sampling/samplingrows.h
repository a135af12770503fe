#pragma once
// SamplingRows: the stored form of a sampling batch: the sampling_batch row
// and its samplers and responsibility items. SamplingRepository's and
// SamplingQueries' reads and writes go through here, so each column is
// named once; the rules stay in SamplingRules and SamplingClock.

#include "auth/staffmember.h"
#include "database.h"
#include "recordwriter.h"
#include "result.h"
#include "sampling/samplingbatch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>

namespace casedesk::SamplingRows {

// The columns of a `SELECT b.*` row (no samplers, items or numbers of
// other records): what the clock and the next step need.
SamplingBatch fromRow(const QSqlQuery &q);
// The live batch with its samplers, items, parent's and case's numbers; a
// refusal naming the id when there is none.
Result<SamplingBatch> load(const Database &db, qint64 id);
// The id of the live batch with this number; 0 when none.
qint64 idOfNumber(const Database &db, const QString &batchNumber);
// The live followers (objections and re-checks) of each batch, as fromRow
// reads them, in one query.
Result<QHash<qint64, QList<SamplingBatch>>> followersOf(const Database &db, const QList<qint64> &batchIds);
// The enterprise's other live plan batches of the same product in `year`
// (the index sampling_batch_product serves it).
Result<QList<SamplingBatch>> planBatches(const Database &db, qint64 entityId, const QString &productKey, int year,
                                         qint64 excludeId);
// "<site>-<year>-C0007": the next number of this workstation and year
// (removed batches keep theirs: a number once given is never reused).
Result<QString> nextNumber(const Database &db, const QString &site, int year);

// The columns of the row (not the record columns): everything the value
// holds, the product key, the search text and the next deadline pending on
// `today` given its followers (SamplingClock::nextDue).
RecordWriter::Fields rowFields(const SamplingBatch &b, const QList<SamplingBatch> &followers, const QDate &today);
// Replaces the samplers and items of batch `b.id`.
Status writeDetails(const Database &db, const SamplingBatch &b);
// Rewrites the stored next_due of a batch from its row and its followers:
// a derived column, so the batch's modification stamp stays.
Status refreshNextDue(const Database &db, qint64 batchId, const QDate &today);

// Fills each sampler's login, name and enforcement certificate from the
// staff table (by id, or by login when the id is 0) and returns their
// records for SamplingRules; refuses an unknown person.
Result<QList<StaffMember>> fillSamplers(const Database &db, QList<InspectionInspector> &samplers);
// Refuses an item the responsibility list lacks.
Status checkItems(const Database &db, const QList<qint64> &itemIds);

// The batch as the audit trail keeps it.
QJsonObject auditJson(const SamplingBatch &b);

// Recomputes the row's search text and product key from the stored batch
// (after an exchange merged fields of two versions).
Status refreshDerived(const Database &db, qint64 id);

} // namespace casedesk::SamplingRows
