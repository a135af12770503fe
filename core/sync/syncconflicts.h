#pragma once
// SyncConflicts: the queue of fields two workstations changed independently.
// The import raises them (SyncMerge decided what the record holds for now);
// a person permitted to resolve them (sync.resolve) chooses, field by field,
// side a, side b or the common ancestor. The choice is written to the
// record as a new version, so it travels and settles the same conflict on
// every other workstation; the conflicts themselves travel too, so every
// workstation sees what is still open.

#include "database.h"
#include "result.h"
#include "sync/syncmerge.h"

#include <QJsonValue>
#include <QList>

namespace casedesk {

class Session;

struct ConflictSide {
    QJsonValue value;
    QString dot;
    QString site; // the workstation whose stamp wrote it
    QString by;   // the login that changed the record last
    QString at;
};

struct SyncConflict {
    qint64 id = 0;
    QString table;
    QString recordUuid;
    QString recordLabel;
    QString field;
    ConflictSide a, b;
    QJsonValue ancestor;
    bool keptA = false;
    QString raisedAt, raisedOn;
    bool open = true;
    QString settledAt, settledBy, resolution; // "a", "b", "ancestor" or "superseded"

    // The side written on this workstation, if one was.
    const ConflictSide *mine(const QString &site) const;
    QJsonObject toJson() const;
    static SyncConflict fromJson(const QJsonObject &json);
};

enum class ConflictChoice { A, B, Ancestor };

namespace SyncConflicts {

// Inside the import's transaction.
Status raise(const Database &db, const QString &table, const QString &uuid, const QString &label,
             const FieldConflict &conflict, const QJsonValue &ancestor, const QString &site, const QString &at);
// A conflict that came in a file: added, or settled when it was settled there.
Status receive(const Database &db, const SyncConflict &conflict);
// Open conflicts of the record that a later version has settled (it holds
// both sides and wrote the field again) are marked settled by that version.
Status settleSuperseded(const Database &db, const QString &table, const QString &uuid);

Result<QList<SyncConflict>> list(const Database &db, bool openOnly);
Result<QList<SyncConflict>> ofRecords(const Database &db, const QStringList &tableSlashUuid);
Result<int> openCount(const Database &db);

// Writes the chosen value into the record as a new version, audited.
Status resolve(Database &db, const Session &session, qint64 conflictId, ConflictChoice choice);

} // namespace SyncConflicts

} // namespace casedesk
