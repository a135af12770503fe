#include "maintenance/sqlitepagecopy.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMaintenance)
};

// About a hundred steps whatever the size, so progress moves smoothly, but
// never so many pages at once that the GUI waits long for one step.
constexpr int kFirstStepPages = 8;
constexpr int kLargestStepPages = 1024;
// Waiting for a lock another connection holds: 250 × 20 ms.
constexpr int kBusyRetries = 250;
constexpr int kBusySleepMs = 20;

int stepPages(int pageCount)
{
    return std::clamp(pageCount / 100, kFirstStepPages, kLargestStepPages);
}

// Finishes the copy (rolling the destination back unless it completed) and
// turns the last step's code into the result.
Result<PageCopy> finish(sqlite3_backup *backup, sqlite3 *destination, int rc, const QString &what, bool cancelled)
{
    const PageCopy copy{sqlite3_backup_pagecount(backup)};
    const int finished = sqlite3_backup_finish(backup);
    if (cancelled)
        return refusal(Text::tr("%1 was cancelled; nothing was changed.").arg(what));
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return failure(Text::tr("%1 failed: the database stayed busy (another program is writing to it); "
                                "please try again.")
                           .arg(what));
    if (rc != SQLITE_DONE)
        return failure(
            Text::tr("%1 failed: %2 (%3)")
                .arg(what, QString::fromUtf8(sqlite3_errstr(rc)), QString::fromUtf8(sqlite3_errmsg(destination))));
    if (finished != SQLITE_OK)
        return failure(Text::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))));
    return copy;
}
} // namespace

Result<PageCopy> copyDatabasePages(sqlite3 *destination, sqlite3 *source, const QString &what,
                                   const MaintenanceProgress &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
    if (!backup)
        return failure(Text::tr("%1 cannot start: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(destination))));

    int pages = kFirstStepPages;
    int steps = 0;
    int busy = 0;
    int stepLimit = -1; // known after the first step
    for (;;) {
        // Writers keep making SQLite start over: past the limit, copy the
        // rest in one step under one read lock.
        const bool lastStep = stepLimit >= 0 && steps >= stepLimit;
        const int rc = sqlite3_backup_step(backup, lastStep ? -1 : pages);
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busy > kBusyRetries)
                return finish(backup, destination, rc, what, false);
            sqlite3_sleep(kBusySleepMs);
            continue;
        }
        if (rc != SQLITE_OK)
            return finish(backup, destination, rc, what, false);
        busy = 0;
        ++steps;
        const int total = sqlite3_backup_pagecount(backup);
        if (stepLimit < 0) {
            pages = stepPages(total);
            stepLimit = 3 * (total / pages + 1) + 20;
        }
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total))
            return finish(backup, destination, SQLITE_OK, what, true);
    }
    auto copy = finish(backup, destination, SQLITE_DONE, what, false);
    if (!copy)
        return copy;
    if (progress)
        progress(copy->pages, copy->pages);
    return copy;
}

} // namespace casedesk
