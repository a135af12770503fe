// sync: exchanging data with the bureau's other workstations by file, the
// conflicts and duplicates an exchange leaves for a person, and the
// bureau's sync key.
#include "clisession.h"
#include "commands.h"
#include "sync/syncconflicts.h"
#include "sync/syncduplicates.h"
#include "sync/syncexporter.h"
#include "sync/syncimporter.h"
#include "sync/synckey.h"
#include "sync/syncstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace casedesk::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return Text::tr("(empty)");
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

void printConflict(Printer &out, const SyncConflict &c, const QString &site)
{
    const auto sideName = [&](const ConflictSide &s) {
        return s.site == site ? Text::tr("mine (%1)").arg(s.site) : Text::tr("theirs (%1)").arg(s.site);
    };
    out.line(Text::tr("Conflict %1: %2 %3 \"%4\", field %5 (%6)")
                 .arg(c.id)
                 .arg(c.table, c.recordUuid.left(8), c.recordLabel, c.field,
                      c.open ? Text::tr("open")
                             : Text::tr("settled by %1 %2 (%3)").arg(c.settledBy, c.settledAt, c.resolution)));
    out.line(QStringLiteral("    a %1 %2, %3: %4").arg(sideName(c.a), c.a.by, c.a.at, valueText(c.a.value)));
    out.line(QStringLiteral("    b %1 %2, %3: %4").arg(sideName(c.b), c.b.by, c.b.at, valueText(c.b.value)));
    out.line(Text::tr("    ancestor: %1; the record holds %2 for now")
                 .arg(valueText(c.ancestor), c.keptA ? QStringLiteral("a") : QStringLiteral("b")));
}

} // namespace

int commandSyncExport(const CommandLine &cl, Printer &out)
{
    if (!cl.has("--output"))
        return refuse(Text::tr("sync export: give the file to write (-o FILE)"));
    if (cl.has("--to") == cl.flag("--all"))
        return refuse(Text::tr("sync export: give either --to SITE (the changes that workstation does not hold yet) "
                               "or --all (everything)"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync export"));
    if (!session)
        return fail(session.error());
    auto report = SyncExporter::run(**db, *session, {cl.option("--output"), cl.option("--to"), cl.flag("--all")});
    if (!report)
        return fail(report.error());
    if (cl.json)
        out.json(report->toJson());
    else
        out.line(Text::tr("%1: %2 records, %3 audit entries, %4 conflicts, %5 attachments, %6 bytes (%7)")
                     .arg(report->path)
                     .arg(report->records)
                     .arg(report->auditEntries)
                     .arg(report->conflicts)
                     .arg(report->attachments)
                     .arg(report->bytes)
                     .arg(report->full ? Text::tr("everything") : Text::tr("changes for %1").arg(report->to)));
    return Done;
}

int commandSyncImport(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() != 3)
        return refuse(Text::tr("sync import: give one exchange file"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    std::optional<Session> session;
    if (!cl.user.isEmpty()) {
        auto signedIn = signIn(cl, **db, QStringLiteral("sync import"));
        if (!signedIn)
            return fail(signedIn.error());
        session = *signedIn;
    }
    auto report = SyncImporter::run(**db, session ? &*session : nullptr, cl.words[2]);
    if (!report)
        return fail(report.error());
    if (cl.json) {
        out.json(report->toJson());
        return Done;
    }
    out.line(Text::tr("%1 (from %2): %3 records received: %4 added, %5 updated, %6 unchanged, %7 merged; %8 audit "
                      "entries")
                 .arg(report->path, report->from)
                 .arg(report->received)
                 .arg(report->added)
                 .arg(report->updated)
                 .arg(report->unchanged)
                 .arg(report->merged)
                 .arg(report->auditEntries));
    if (report->joined)
        out.line(Text::tr("This workstation has joined the bureau; sign in with an account of the bureau."));
    if (report->conflicts)
        out.line(Text::tr("%1 fields were changed on both workstations: see sync conflicts.").arg(report->conflicts));
    if (report->duplicates)
        out.line(Text::tr("%1 pairs of records look like duplicates: see sync duplicates.").arg(report->duplicates));
    return Done;
}

int commandSyncStatus(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync status"));
    if (!session)
        return fail(session.error());
    auto status = SyncStatus::read(**db, *session);
    if (!status)
        return fail(status.error());
    if (cl.json) {
        out.json(status->toJson());
        return Done;
    }
    out.line(Text::tr("Workstation %1; sync key %2; changes not yet exchanged: %3; open conflicts: %4; open "
                      "duplicates: %5")
                 .arg(status->site, status->keyFingerprint.isEmpty() ? Text::tr("none") : status->keyFingerprint)
                 .arg(status->pendingChanges)
                 .arg(status->openConflicts)
                 .arg(status->openDuplicates));
    for (const PeerState &p : status->peers)
        out.line(Text::tr("  %1: last import %2 (%3), last export %4 (%5)")
                     .arg(p.site, p.lastImportAt.isEmpty() ? Text::tr("never") : p.lastImportAt, p.lastImportFile,
                          p.lastExportAt.isEmpty() ? Text::tr("never") : p.lastExportAt, p.lastExportFile));
    return Done;
}

int commandSyncConflicts(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync conflicts"));
    if (!session)
        return fail(session.error());
    if (auto s = SyncStatus::requireView(*session); !s)
        return fail(s.error());
    auto conflicts = SyncConflicts::list(**db, !cl.flag("--all"));
    if (!conflicts)
        return fail(conflicts.error());
    if (cl.json) {
        QJsonArray all;
        for (const SyncConflict &c : *conflicts)
            all.append(c.toJson());
        out.json({{QStringLiteral("conflicts"), all}});
        return Done;
    }
    if (conflicts->isEmpty())
        out.line(Text::tr("No conflicts."));
    for (const SyncConflict &c : *conflicts)
        printConflict(out, c, session->site());
    return Done;
}

int commandSyncResolve(const CommandLine &cl, Printer &out)
{
    bool ok = false;
    const qint64 id = cl.words.value(2).toLongLong(&ok);
    if (cl.words.size() != 3 || !ok)
        return refuse(Text::tr("sync resolve: give the conflict's number (sync conflicts lists them)"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync resolve"));
    if (!session)
        return fail(session.error());
    const QString take = cl.option("--take");
    std::optional<ConflictChoice> choice;
    if (take == QLatin1String("a"))
        choice = ConflictChoice::A;
    else if (take == QLatin1String("b"))
        choice = ConflictChoice::B;
    else if (take == QLatin1String("ancestor"))
        choice = ConflictChoice::Ancestor;
    else if (take == QLatin1String("mine") || take == QLatin1String("theirs")) {
        auto all = SyncConflicts::list(**db, false);
        if (!all)
            return fail(all.error());
        for (const SyncConflict &c : *all)
            if (c.id == id) {
                const bool aIsMine = c.a.site == session->site(), bIsMine = c.b.site == session->site();
                if (aIsMine == bIsMine)
                    return refuse(Text::tr("sync resolve: neither side of conflict %1 was written on this "
                                           "workstation; use --take a or --take b")
                                      .arg(id));
                choice = (take == QLatin1String("mine")) == aIsMine ? ConflictChoice::A : ConflictChoice::B;
            }
        if (!choice)
            return refuse(Text::tr("Conflict %1: there is no such conflict.").arg(id));
    } else
        return refuse(Text::tr("sync resolve: --take mine, theirs, a, b or ancestor"));
    if (auto s = SyncConflicts::resolve(**db, *session, id, *choice); !s)
        return fail(s.error());
    out.line(Text::tr("Conflict %1 resolved.").arg(id));
    return Done;
}

int commandSyncDuplicates(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync duplicates"));
    if (!session)
        return fail(session.error());
    if (auto s = SyncStatus::requireView(*session); !s)
        return fail(s.error());
    auto pairs = SyncDuplicates::list(**db, !cl.flag("--all"));
    if (!pairs)
        return fail(pairs.error());
    if (cl.json) {
        QJsonArray all;
        for (const DuplicatePair &p : *pairs)
            all.append(p.toJson());
        out.json({{QStringLiteral("duplicates"), all}});
        return Done;
    }
    if (pairs->isEmpty())
        out.line(Text::tr("No duplicates."));
    for (const DuplicatePair &p : *pairs)
        out.line(Text::tr("Duplicate %1: %2 %3: first %4 \"%5\", second %6 \"%7\"%8")
                     .arg(p.id)
                     .arg(p.table, p.naturalKey, p.firstUuid, p.firstLabel, p.secondUuid, p.secondLabel,
                          p.open ? QString()
                                 : (p.keptUuid.isEmpty() ? Text::tr(" (dismissed)")
                                                         : Text::tr(" (merged into %1)").arg(p.keptUuid))));
    return Done;
}

int commandSyncMerge(const CommandLine &cl, Printer &out)
{
    bool ok = false;
    const qint64 id = cl.words.value(2).toLongLong(&ok);
    if (cl.words.size() != 3 || !ok || !cl.has("--keep"))
        return refuse(Text::tr("sync merge: give the pair's number and --keep first|second|UUID"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync merge"));
    if (!session)
        return fail(session.error());
    QString keep = cl.option("--keep");
    auto pairs = SyncDuplicates::list(**db, false);
    if (!pairs)
        return fail(pairs.error());
    for (const DuplicatePair &p : *pairs)
        if (p.id == id && (keep == QLatin1String("first") || keep == QLatin1String("second")))
            keep = keep == QLatin1String("first") ? p.firstUuid : p.secondUuid;
    if (auto s = SyncDuplicates::merge(**db, *session, id, keep); !s)
        return fail(s.error());
    out.line(Text::tr("Duplicate %1 merged into %2.").arg(id).arg(keep));
    return Done;
}

int commandSyncDismiss(const CommandLine &cl, Printer &out)
{
    bool ok = false;
    const qint64 id = cl.words.value(2).toLongLong(&ok);
    if (cl.words.size() != 3 || !ok)
        return refuse(Text::tr("sync dismiss: give the pair's number"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync dismiss"));
    if (!session)
        return fail(session.error());
    if (auto s = SyncDuplicates::dismiss(**db, *session, id); !s)
        return fail(s.error());
    out.line(Text::tr("Duplicate %1 dismissed: the two records stay.").arg(id));
    return Done;
}

int commandSyncKey(const CommandLine &cl, Printer &out)
{
    if (!cl.has("--key-file"))
        return refuse(Text::tr("sync key: give the new key's file (--key-file FILE)"));
    auto key = SyncKey::fromFile(cl.option("--key-file"));
    if (!key)
        return fail(key.error());
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("sync key"));
    if (!session)
        return fail(session.error());
    if (auto s = SyncKey::change(**db, *session, *key); !s)
        return fail(s.error());
    out.line(Text::tr("Sync key changed; its fingerprint is %1.").arg(key->fingerprint()));
    return Done;
}

} // namespace casedesk::cli
