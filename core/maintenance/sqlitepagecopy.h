#pragma once
// copyDatabasePages: SQLite's online backup API, stepped a chunk of pages at
// a time so the caller can report progress (and the GUI stay responsive).
// Between steps other connections may keep writing to the source; SQLite
// then starts the copy afresh, and after a number of such restarts the rest
// is copied in one step, so a busy database is still backed up. The
// destination is written in one transaction: a cancelled or failed copy
// leaves it as it was.

#include "maintenance/maintenanceprogress.h"
#include "result.h"

struct sqlite3;

namespace casedesk {

struct PageCopy {
    qint64 pages = 0; // the pages copied: the size of the copy
};

// Copies source's main database over destination's. what names the copy in
// messages ("the backup of casedesk.sqlite to …").
Result<PageCopy> copyDatabasePages(sqlite3 *destination, sqlite3 *source, const QString &what,
                                   const MaintenanceProgress &progress = {});

} // namespace casedesk
