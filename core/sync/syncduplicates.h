#pragma once
// SyncDuplicates: records two workstations created independently for the
// same thing (an enterprise with the same credit code, a unit of equipment
// with the same registration number, an account with the same login…).
// The import keeps both and lists the pair here; a person permitted to
// resolve conflicts merges them: everything that pointed at the one given
// up points at the one kept, and the one given up becomes a tombstone. The
// merge is an ordinary change, so it travels; or the pair is dismissed
// when the two are really different.

#include "database.h"
#include "result.h"
#include "sync/synccatalog.h"

#include <QList>

namespace casedesk {

class Session;

struct DuplicatePair {
    qint64 id = 0;
    QString table;
    QString naturalKey; // the shared value(s), as shown
    QString firstUuid, secondUuid;
    QString firstLabel, secondLabel;
    QString foundAt;
    bool open = true;
    QString settledAt, settledBy, keptUuid; // keptUuid empty: dismissed

    QJsonObject toJson() const;
};

namespace SyncDuplicates {

// Lists every live pair of the catalogue's natural keys not listed yet;
// returns how many new pairs it found. Inside the import's transaction.
Result<int> detect(const Database &db, const SyncCatalog &catalog, const QString &at);
Result<QList<DuplicatePair>> list(const Database &db, bool openOnly);
// Keeps keepUuid (one of the pair), merges the other into it; audited.
Status merge(Database &db, const Session &session, qint64 pairId, const QString &keepUuid);
// The two are different things after all; audited.
Status dismiss(Database &db, const Session &session, qint64 pairId);

} // namespace SyncDuplicates

} // namespace casedesk
