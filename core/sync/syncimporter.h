#pragma once
// SyncImporter: applies an exchange file in one transaction. Records this
// workstation does not hold are added, newer versions replace older ones,
// and versions changed on both sides are merged (SyncMerge) with the
// fields both changed put in the conflict queue. The audit entries continue
// their chains, conflicts settled elsewhere are settled here, duplicates are
// listed, and what the other workstation holds is remembered for the next
// export to it. Importing the same file twice changes nothing. A file that
// is refused, or any failure on the way, leaves the database as it was.
//
// A workstation set up to join (BureauSettings::prepareToJoin) imports its
// first, full export without signing in: it has no accounts until then.

#include "database.h"
#include "result.h"
#include "sync/syncreport.h"

namespace casedesk {

class Session;

namespace SyncImporter {

// session may be null only while the workstation waits to join.
Result<ImportReport> run(Database &db, const Session *session, const QString &path, const SyncProgress &progress = {});

} // namespace SyncImporter

} // namespace casedesk
