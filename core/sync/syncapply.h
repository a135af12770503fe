#pragma once
// SyncApply: the import's work on the records of one file, inside the
// import's transaction: decides for each record whether it is new, older,
// newer or changed on both sides, writes the outcome, raises conflicts, and
// afterwards brings what is derived from the records up to date (the case
// numbers given, the responsibility list's search text, conflicts settled
// by a later version).

#include "database.h"
#include "result.h"
#include "sync/recordcontent.h"
#include "sync/syncfile.h"
#include "sync/syncreport.h"
#include "sync/syncstore.h"

#include <QSet>

namespace casedesk {

class SyncApply {
  public:
    SyncApply(const Database &db, const SyncCatalog &catalog, QString site, QString file);

    SyncStore &store() { return m_store; }
    Status records(const SyncPayload &payload, ImportReport &report, const SyncProgress &progress);
    Status finish();

  private:
    Status applyOne(const RecordVersion &incoming, const QHash<QString, QByteArray> &blobs, ImportReport &report);
    Status checkCaseNumber(const RecordVersion &version);

    const Database &m_db;
    const SyncCatalog &m_catalog;
    QString m_site;
    QString m_file;
    SyncStore m_store;
    RecordApplier m_applier;
    QSet<QString> m_touchedTables;
    QStringList m_touched; // table/uuid
};

} // namespace casedesk
