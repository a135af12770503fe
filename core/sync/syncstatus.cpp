#include "sync/syncstatus.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "sync/synckey.h"

#include <QJsonArray>

namespace casedesk {

namespace {

int count(const Database &db, const char *sql)
{
    auto q = db.exec(QString::fromLatin1(sql));
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace

Status SyncStatus::requireView(const Session &session)
{
    if (Permissions::allowed(session, Action::ExchangeData))
        return success();
    return Permissions::require(session, Action::ResolveConflicts);
}

Result<SyncStatus> SyncStatus::read(const Database &db, const Session &session)
{
    if (auto s = requireView(session); !s)
        return s.error();
    auto catalog = SyncCatalog::read(db);
    if (!catalog)
        return catalog.error();
    SyncStore store(db, *catalog);
    SyncStatus out;
    out.site = session.site();
    if (SyncKey::isStored(db))
        if (auto key = SyncKey::current(db))
            out.keyFingerprint = key->fingerprint();
    out.pendingChanges = count(db, "SELECT count(*) FROM sync_dirty");
    out.openConflicts = count(db, "SELECT count(*) FROM sync_conflict WHERE status = 'open'");
    out.openDuplicates = count(db, "SELECT count(*) FROM sync_duplicate WHERE status = 'open'");
    out.knowledge = store.knowledge();
    auto peers = store.peers();
    if (!peers)
        return peers.error();
    out.peers = *peers;
    return out;
}

QJsonObject SyncStatus::toJson() const
{
    QJsonArray peerList;
    for (const PeerState &p : peers)
        peerList.append(QJsonObject{{QStringLiteral("site"), p.site},
                                    {QStringLiteral("lastImportAt"), p.lastImportAt},
                                    {QStringLiteral("lastImportFile"), p.lastImportFile},
                                    {QStringLiteral("lastExportAt"), p.lastExportAt},
                                    {QStringLiteral("lastExportFile"), p.lastExportFile},
                                    {QStringLiteral("holds"), p.knowledge.toJson()}});
    return {{QStringLiteral("site"), site},
            {QStringLiteral("keyFingerprint"), keyFingerprint},
            {QStringLiteral("pendingChanges"), pendingChanges},
            {QStringLiteral("openConflicts"), openConflicts},
            {QStringLiteral("openDuplicates"), openDuplicates},
            {QStringLiteral("knowledge"), knowledge.toJson()},
            {QStringLiteral("peers"), peerList}};
}

} // namespace casedesk
