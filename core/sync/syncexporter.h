#pragma once
// SyncExporter: writes the exchange file for another workstation: every
// record version it may not hold yet (judged by what it last told us it
// holds, so a lost file only means the next one carries more), the audit
// entries after its heads, the conflicts of those records and the bytes of
// their attachments. A full export (for a new workstation, or to start
// over) carries everything.

#include "database.h"
#include "result.h"
#include "sync/syncreport.h"

namespace casedesk {

class Session;

struct ExportRequest {
    QString path;
    QString to;        // the workstation it is for
    bool full = false; // everything, for anyone
};

namespace SyncExporter {

Result<ExportReport> run(Database &db, const Session &session, const ExportRequest &request,
                         const SyncProgress &progress = {});

} // namespace SyncExporter

} // namespace casedesk
