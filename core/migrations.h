#pragma once
// Migrations: the schema's history. PRAGMA user_version holds the version;
// each version has one upgrade function, run in its own transaction, so a
// file is always at a whole version. PRAGMA application_id marks the file as
// CaseDesk's, so a foreign SQLite file is refused rather than altered.

#include "result.h"

#include <QSqlDatabase>

namespace casedesk::Migrations {

constexpr int kApplicationId = 0x43446b31; // "CDk1"

int latestVersion();
// The schema version of an open connection; refuses a SQLite file that
// belongs to another program and a file that is not SQLite at all.
Result<int> readVersion(QSqlDatabase &db);
// Brings the schema from its version to latestVersion().
Status migrate(QSqlDatabase &db);

} // namespace casedesk::Migrations
