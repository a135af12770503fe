#pragma once
// InspectionRepository: stores inspection records with their inspectors,
// responsibility items and checklist. Every write checks the session's
// permission and InspectionRules, is audited in one AuditedTransaction, and
// quotes the modifiedAt it read (a change made meanwhile is refused, naming
// who made it). A finished record is locked: it is never changed again; a
// correction writes the whole corrected record as a new finished version
// with the same record number, and the old version stays readable.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspection.h"
#include "result.h"

#include <QDate>
#include <QList>

namespace casedesk {

class InspectionRepository {
  public:
    explicit InspectionRepository(Database &db) : m_db(db) {}

    // One version by its row id.
    Result<Inspection> find(qint64 id) const;
    // An id or a record number (the current version).
    Result<Inspection> findByNumber(const QString &text) const;
    // Every version of a record, oldest first.
    QList<InspectionVersion> versions(const QString &recordNumber) const;
    // Active staff who may inspect in `domain` on `day` (InspectionRules::mayInspect),
    // with the certificate that counts; needs only ViewInspections.
    QList<InspectionInspector> eligibleInspectors(const QString &domain, const QDate &day) const;

    // A new draft: a record number of this site and year; the unit copied
    // from the register (record.unit.entityId); the checklist as given (the
    // caller takes it from Checklist::forSystem).
    Result<Inspection> create(const Session &session, Inspection record, const QDate &today);
    // Changes a draft (refused once finished, or when stale).
    Result<Inspection> update(const Session &session, Inspection record, const QDate &today);
    // Locks a draft after InspectionRules::finishProblems. A directive gets
    // its number (<abbrev>特令〔year〕第NNN号, per site and year); OpenCase
    // registers a lead (source: inspection; party, facts, items and
    // handlers from the record) in the same transaction and links it.
    Result<Inspection> finish(const Session &session, qint64 id, const QDate &today);
    // A correction of a finished record: `corrected` (read from the current
    // version, changed) becomes version n+1, finished at once; `reason` is
    // required. The unit, the record number and an opened case stay.
    Result<Inspection> correct(const Session &session, Inspection corrected, const QString &reason, const QDate &today);
    // Removes a draft (tombstone); refused for finished records.
    Status discard(const Session &session, qint64 id);

  private:
    Database &m_db;
};

} // namespace casedesk
