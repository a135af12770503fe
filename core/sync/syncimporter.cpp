#include "sync/syncimporter.h"

#include "audit/audittrail.h"
#include "auth/bureausetup.h"
#include "auth/permissions.h"
#include "auth/session.h"
#include "bureausettings.h"
#include "recordwriter.h"
#include "sync/syncapply.h"
#include "sync/syncaudit.h"
#include "sync/syncconflicts.h"
#include "sync/syncduplicates.h"
#include "sync/syncfile.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncImporter)
};

Status exec(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q)
        return q.error();
    return success();
}

// Who may import: an administrator, or nobody yet on a joining workstation
// whose first file must hold everything.
Status admit(const Database &db, const Session *session, const BureauSettings &settings, const SyncFileHeader &h,
             const QString &path)
{
    if (h.from == settings.site)
        return refusal(Text::tr("%1 was made on this workstation (%2); import it on another one.").arg(path, h.from));
    if (settings.waitingToJoin() && BureauSetup::needed(db)) {
        if (!h.base.isEmpty())
            return refusal(Text::tr("%1 holds only the changes since %2's last exchange with %3; a new workstation "
                                    "joins with a full export (sync export --all).")
                               .arg(path, h.from, h.to));
        return success();
    }
    if (!settings.initialised())
        return refusal(Text::tr("%1 is not set up: run init (a new bureau) or init --site CODE --sync-key-file FILE "
                                "(a workstation that joins) first.")
                           .arg(db.path()));
    if (!session)
        return refusal(Text::tr("sync import: sign in as an administrator (--user)."));
    return Permissions::require(*session, Action::ExchangeData);
}

} // namespace

namespace SyncImporter {

Result<ImportReport> run(Database &db, const Session *session, const QString &path, const SyncProgress &progress)
{
    const BureauSettings settings = BureauSettings::load(db);
    if (settings.site.isEmpty())
        return refusal(Text::tr("%1 is not set up: run init first.").arg(db.path()));
    auto key = SyncKey::current(db);
    if (!key)
        return key.error();
    auto payload = SyncFile::read(path, *key);
    if (!payload)
        return payload.error();
    const SyncFileHeader &h = payload->header;
    if (auto s = admit(db, session, settings, h, path); !s)
        return s.error();

    ImportReport report;
    report.path = path;
    report.from = h.from;
    report.joined = !settings.initialised();
    report.received = int(payload->records.size());

    TransactionGuard tx(db.sql(), TransactionGuard::Mode::Immediate);
    if (!tx.active())
        return failure(Text::tr("Cannot start the import: the database is busy."));
    for (const char *sql : {"PRAGMA defer_foreign_keys = ON", "INSERT INTO sync_applying(flag) VALUES (1)"})
        if (auto s = exec(db, QString::fromLatin1(sql)); !s)
            return s.error();
    auto catalog = SyncCatalog::read(db);
    if (!catalog)
        return catalog.error();
    SyncApply apply(db, *catalog, settings.site, QFileInfo(path).fileName());
    // This workstation's own changes become versions first, so they are
    // compared with what comes in rather than overwritten.
    if (auto s = apply.store().stampChanges(settings.site); !s)
        return s.error();
    auto audit = SyncAudit::apply(db, payload->auditEntries, path);
    if (!audit)
        return audit.error();
    report.auditEntries = *audit;
    if (auto s = apply.records(*payload, report, progress); !s)
        return s.error();
    for (const QJsonObject &c : payload->conflicts)
        if (auto s = SyncConflicts::receive(db, SyncConflict::fromJson(c)); !s)
            return s.error();
    if (auto s = apply.finish(); !s)
        return s.error();
    auto duplicates = SyncDuplicates::detect(db, *catalog, utcNowIso());
    if (!duplicates)
        return duplicates.error();
    report.duplicates = *duplicates;

    // What we now hold of every workstation: all the maker held, when we
    // held everything the file left out (its base).
    SyncStore &store = apply.store();
    const VersionVector known = store.knowledge();
    if (h.base.within(known))
        if (auto s = store.setKnowledge(known.merged(h.knowledge)); !s)
            return s.error();
    auto peer = store.peer(h.from);
    if (!peer)
        return peer.error();
    PeerState p = peer->value_or(PeerState{h.from, {}, {}, {}, {}, {}, {}});
    p.knowledge = p.knowledge.merged(h.knowledge);
    for (auto it = h.auditHeads.begin(); it != h.auditHeads.end(); ++it)
        if (it.value().toInteger() > p.auditHeads.value(it.key()).toInteger())
            p.auditHeads.insert(it.key(), it.value());
    p.lastImportAt = utcNowIso();
    p.lastImportFile = QFileInfo(path).fileName();
    if (auto s = store.savePeer(p); !s)
        return s.error();
    if (report.joined)
        if (auto s = BureauSettings::adoptFromBureau(db, h.bureauName, h.abbreviation, h.bureauUuid); !s)
            return s.error();
    for (const char *sql : {"DELETE FROM sync_dirty", "DELETE FROM sync_applying"})
        if (auto s = exec(db, QString::fromLatin1(sql)); !s)
            return s.error();
    if (session) {
        auto entry = AuditTrail::append(
            db, *session,
            {QStringLiteral("sync.import"), QStringLiteral("sync_peer"), h.from, h.from, {}, report.toJson()},
            p.lastImportAt);
        if (!entry)
            return entry.error();
    }
    if (!tx.commit())
        return failure(Text::tr("%1: the import could not be committed; nothing was changed.").arg(path));
    return report;
}

} // namespace SyncImporter

} // namespace casedesk
