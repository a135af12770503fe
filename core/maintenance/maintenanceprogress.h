#pragma once
// MaintenanceProgress: how a backup, a restore or a check reports what it
// has done, so the GUI can show a progress bar (and stay responsive) and
// the person can cancel.

#include <QtGlobal>
#include <functional>

namespace casedesk {

// Called now and then with the work done so far and the whole (pages,
// thousandths); a total of 0 means the whole is not known yet. Return false
// to cancel.
using MaintenanceProgress = std::function<bool(qint64 done, qint64 total)>;

} // namespace casedesk
