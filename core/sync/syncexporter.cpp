#include "sync/syncexporter.h"

#include "audit/auditedtransaction.h"
#include "auth/session.h"
#include "bureausettings.h"
#include "sync/syncaudit.h"
#include "sync/syncconflicts.h"
#include "sync/syncfile.h"
#include "sync/syncstore.h"
#include "transactionguard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace casedesk {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SyncExporter)
};

QJsonObject objectOf(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

namespace SyncExporter {

Result<ExportReport> run(Database &db, const Session &session, const ExportRequest &request,
                         const SyncProgress &progress)
{
    const QString to = request.to.trimmed();
    if (!request.full && to.isEmpty())
        return refusal(Text::tr("sync export: name the workstation the file is for (--to SITE), or make a full "
                                "export (--all)."));
    if (to == session.site())
        return refusal(Text::tr("sync export: %1 is this workstation.").arg(to));
    const QFileInfo target(request.path);
    if (!target.absoluteDir().exists())
        return refusal(Text::tr("%1: the folder %2 does not exist.").arg(request.path, target.absolutePath()));
    auto key = SyncKey::current(db);
    if (!key)
        return key.error();

    if (auto s = Permissions::require(session, Action::ExchangeData); !s)
        return s.error();
    auto catalog = SyncCatalog::read(db);
    if (!catalog)
        return catalog.error();
    SyncStore store(db, *catalog);
    {
        // Local changes become versions first, committed before any of
        // them is written out: a stamp in a file is never given again.
        TransactionGuard stamping(db.sql(), TransactionGuard::Mode::Immediate);
        if (!stamping.active())
            return failure(Text::tr("Cannot start the export: the database is busy."));
        if (auto s = store.stampChanges(session.site()); !s)
            return s.error();
        if (!stamping.commit())
            return failure(Text::tr("Cannot record the new versions before the export."));
    }
    // One read transaction: the file shows the database at one moment.
    TransactionGuard reading(db.sql());
    std::optional<PeerState> peer;
    if (!to.isEmpty()) {
        auto p = store.peer(to);
        if (!p)
            return p.error();
        peer = *p;
    }
    const bool full = request.full || !peer;
    const VersionVector base = full ? VersionVector() : peer->knowledge;
    const QJsonObject auditBase = full ? QJsonObject() : peer->auditHeads;

    ExportReport report;
    report.path = request.path;
    report.to = to;
    report.full = full;

    SyncPayload payload;
    auto q = db.exec(QStringLiteral("SELECT tbl, uuid, vv, dots, meta, content FROM sync_record ORDER BY id"));
    if (!q)
        return q.error();
    QStringList exported;
    while (q->next()) {
        const VersionVector vv = VersionVector::fromText(q->value(2).toString());
        if (vv.within(base))
            continue;
        const QString table = q->value(0).toString(), uuid = q->value(1).toString();
        const QJsonObject content = objectOf(q->value(5).toString());
        payload.records << QJsonObject{{QStringLiteral("t"), table},
                                       {QStringLiteral("u"), uuid},
                                       {QStringLiteral("vv"), vv.toJson()},
                                       {QStringLiteral("dots"), objectOf(q->value(3).toString())},
                                       {QStringLiteral("meta"), objectOf(q->value(4).toString())},
                                       {QStringLiteral("f"), content}};
        exported << table + QLatin1Char('/') + uuid;
        for (const SyncColumn &c : catalog->table(table)->columns) {
            if (!c.blob || !content.value(c.name).isString())
                continue;
            auto bytes = store.reader().blob(table, uuid, c.name);
            if (!bytes)
                return bytes.error();
            payload.blobs.insert(content.value(c.name).toString().mid(7), *bytes);
        }
        if (progress && payload.records.size() % 1000 == 0 && !progress(int(payload.records.size()), 0))
            return refusal(Text::tr("sync export: cancelled; nothing was written."));
    }
    auto audit = SyncAudit::entriesAfter(db, auditBase);
    if (!audit)
        return audit.error();
    payload.auditEntries = *audit;
    auto conflicts = SyncConflicts::ofRecords(db, exported);
    if (!conflicts)
        return conflicts.error();
    for (const SyncConflict &c : *conflicts)
        payload.conflicts << c.toJson();

    const BureauSettings settings = BureauSettings::load(db);
    const QString now = utcNowIso();
    SyncFileHeader &h = payload.header;
    h.application = QStringLiteral("CaseDesk %1").arg(QStringLiteral(CASEDESK_VERSION));
    h.from = session.site();
    h.to = to;
    h.createdAt = now;
    h.bureauName = settings.bureauName;
    h.abbreviation = settings.abbreviation;
    h.bureauUuid = settings.uuid;
    h.base = base;
    h.knowledge = store.knowledge();
    h.auditBase = auditBase;
    h.auditHeads = SyncAudit::heads(db);
    reading.commit();
    auto bytes = SyncFile::write(request.path, payload, *key);
    if (!bytes)
        return bytes.error();

    // The export itself is recorded after the file is whole; it travels
    // with the next one.
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::ExchangeData); !s)
        return s.error();
    if (!to.isEmpty()) {
        auto latest = store.peer(to);
        if (!latest)
            return latest.error();
        PeerState p = latest->value_or(PeerState{to, {}, {}, {}, {}, {}, {}});
        p.lastExportAt = now;
        p.lastExportFile = target.fileName();
        if (auto s = store.savePeer(p); !s)
            return s.error();
    }
    report.records = int(payload.records.size());
    report.auditEntries = int(payload.auditEntries.size());
    report.conflicts = int(payload.conflicts.size());
    report.attachments = int(payload.blobs.size());
    report.bytes = *bytes;
    if (auto s = tx.record({QStringLiteral("sync.export"),
                            QStringLiteral("sync_peer"),
                            to.isEmpty() ? QStringLiteral("*") : to,
                            to.isEmpty() ? Text::tr("all workstations") : to,
                            {},
                            report.toJson()});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace SyncExporter

} // namespace casedesk
