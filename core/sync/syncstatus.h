#pragma once
// SyncStatus: where this workstation stands with the others: its code and
// sync key's fingerprint, how many records changed since they were last
// stamped for an exchange, the conflicts and duplicates waiting for a
// person, and when it last exchanged files with each other workstation.

#include "database.h"
#include "result.h"
#include "sync/syncstore.h"

#include <QList>

namespace casedesk {

class Session;

struct SyncStatus {
    QString site;
    QString keyFingerprint; // empty: no key yet
    int pendingChanges = 0;
    int openConflicts = 0;
    int openDuplicates = 0;
    VersionVector knowledge;
    QList<PeerState> peers;

    QJsonObject toJson() const;

    // Those who exchange files or resolve what an exchange leaves may look.
    static Status requireView(const Session &session);
    static Result<SyncStatus> read(const Database &db, const Session &session);
};

} // namespace casedesk
