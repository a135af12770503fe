#pragma once
// SyncAudit: the audit trail travels with the data. Each workstation's
// chain goes to the others entry by entry, unchanged, so every workstation
// can verify every chain (audit verify) after any sequence of exchanges.
// An entry that arrives must continue the chain held here exactly; one that
// is already here must be the same entry.

#include "database.h"
#include "result.h"

#include <QJsonObject>
#include <QList>

namespace casedesk::SyncAudit {

// site → the last sequence number held here.
QJsonObject heads(const Database &db);
// The entries after `base` (site → sequence number), in chain order.
Result<QList<QJsonObject>> entriesAfter(const Database &db, const QJsonObject &base);
// Checks and appends the entries; returns how many were new. `file` names
// the source in refusals.
Result<int> apply(const Database &db, const QList<QJsonObject> &entries, const QString &file);

} // namespace casedesk::SyncAudit
