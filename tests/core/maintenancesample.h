#pragma once
// What the backup, restore and check tests share: a bureau with a backup
// taken half-way, the rows and files to compare, and a hand that edits a
// database file behind CaseDesk's back.

#include "audit/auditentry.h"
#include "auth/session.h"
#include "database.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace casedesk::test {

// The names of the live entities, sorted.
QStringList entityNames(Database &db);
// Every file and folder in dir, hidden ones too.
QStringList filesIn(const QString &dir);
std::unique_ptr<Database> openFile(const QString &path);
// Runs statements on the file through a connection of its own (no foreign
// keys, no migrations), as somebody editing it by hand would.
void editByHand(const QString &path, const QStringList &statements);
AuditEntry newestEntry(Database &db, const Session &session);
QJsonObject jsonObject(const QString &text);

// A bureau with two entities, a backup of them (备份.sqlite, beside the
// database), and a third entity added after the backup.
struct BackedUpBureau {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    QString backup = temp.dir() + QStringLiteral("/备份.sqlite");

    BackedUpBureau();
    // A copy of the backup, to spoil.
    QString copyOfBackup(const QString &name) const;
};

} // namespace casedesk::test
