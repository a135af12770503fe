#pragma once
// The pieces the schema's upgrade functions share (Migrations), and the
// upgrades that live in files of their own to keep migrations.cpp small.

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace casedesk::Migrations::detail {

// CREATE TABLE text with RECORD_COLUMNS replaced by the columns every record
// that travels between workstations carries.
QString withRecordColumns(const char *table);
// Runs the statements in order; the first failure names the statement.
Status execAll(QSqlDatabase &db, const QStringList &statements);

// Enforcement cases (issue 5), in migrationsv4.cpp.
Status upgradeToV4(QSqlDatabase &db);
// Inspections, draws, plan entries and sampling (issue 6), in migrationsv5.cpp.
Status upgradeToV5(QSqlDatabase &db);
// Data exchange between workstations (issue 8), in migrationsv6.cpp.
Status upgradeToV6(QSqlDatabase &db);

} // namespace casedesk::Migrations::detail
