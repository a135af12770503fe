// init and settings: setting a database up, and the bureau's settings.
#include "auth/bureausetup.h"
#include "auth/signin.h"
#include "bureausettings.h"
#include "clisession.h"
#include "commands.h"
#include "sync/synckey.h"
#include "transactionguard.h"

#include <QCoreApplication>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Result<int> minutes(const CommandLine &cl)
{
    bool ok = false;
    const int value = cl.option("--idle-lock").toInt(&ok);
    if (!ok)
        return refusal(Text::tr("--idle-lock: \"%1\" is not a number of minutes").arg(cl.option("--idle-lock")));
    return value;
}

QJsonObject settingsJson(const Database &db, const BureauSettings &s)
{
    return {{QStringLiteral("database"), db.path()},
            {QStringLiteral("schemaVersion"), db.schemaVersion()},
            {QStringLiteral("setUp"), !BureauSetup::needed(db)},
            {QStringLiteral("bureau"), s.bureauName},
            {QStringLiteral("abbreviation"), s.abbreviation},
            {QStringLiteral("site"), s.site},
            {QStringLiteral("idleLockMinutes"), s.idleLockMinutes},
            {QStringLiteral("waitingToJoin"), s.waitingToJoin()},
            {QStringLiteral("syncKey"), SyncKey::isStored(db) ? SyncKey::current(db)->fingerprint() : QString()}};
}

void printSettings(Printer &out, const Database &db, const BureauSettings &s, bool json)
{
    if (json) {
        out.json(settingsJson(db, s));
        return;
    }
    out.line(Text::tr("Database ready: %1 (schema version %2)").arg(db.path()).arg(db.schemaVersion()));
    if (s.initialised())
        out.line(Text::tr("Bureau: %1, abbreviation %2, workstation %3; the GUI locks after %4 idle minutes")
                     .arg(s.bureauName, s.abbreviation, s.site)
                     .arg(s.idleLockMinutes));
    if (SyncKey::isStored(db))
        out.line(Text::tr("Sync key: %1").arg(SyncKey::current(db)->fingerprint()));
    if (s.waitingToJoin())
        out.line(Text::tr("Workstation %1 waits to join its bureau: import a full export of another workstation "
                          "(sync import FILE).")
                     .arg(s.site));
    else if (BureauSetup::needed(db))
        out.line(Text::tr("Not set up yet: run init --bureau NAME --abbrev ABBR --site CODE --admin LOGIN."));
}

// The bureau's sync key given to init: --sync-key-file, else
// CASEDESK_SYNC_KEY; nothing when neither is given.
Result<std::optional<SyncKey>> givenSyncKey(const CommandLine &cl)
{
    if (cl.has("--sync-key-file")) {
        auto key = SyncKey::fromFile(cl.option("--sync-key-file"));
        if (!key)
            return key.error();
        return std::optional<SyncKey>(*key);
    }
    const QString env = qEnvironmentVariable("CASEDESK_SYNC_KEY");
    if (env.isEmpty())
        return std::optional<SyncKey>();
    auto key = SyncKey::fromText(env);
    if (!key)
        return refusal(QStringLiteral("CASEDESK_SYNC_KEY: %1").arg(key.error().message));
    return std::optional<SyncKey>(*key);
}

// init --site CODE alone: a workstation of a bureau that already runs
// CaseDesk, waiting for its first import.
int prepareToJoin(const CommandLine &cl, Database &db, const std::optional<SyncKey> &key, Printer &out)
{
    if (!key)
        return refuse(Text::tr("init --site: a workstation that joins its bureau needs the bureau's sync key "
                               "(--sync-key-file FILE or CASEDESK_SYNC_KEY)"));
    if (!BureauSetup::needed(db))
        return refuse(Text::tr("init: %1 is already set up; it was not changed.").arg(db.path()));
    TransactionGuard tx(db.sql(), TransactionGuard::Mode::Immediate);
    if (auto s = BureauSettings::prepareToJoin(db, cl.option("--site")); !s)
        return fail(s.error());
    if (auto s = SyncKey::storeAtSetUp(db, *key); !s)
        return fail(s.error());
    if (!tx.commit())
        return fail(failure(Text::tr("init: cannot store the settings of %1.").arg(db.path())));
    printSettings(out, db, BureauSettings::load(db), cl.json);
    return Done;
}

// init on a database that is already set up: the same values and the same
// administrator's right password again change nothing and succeed, so a
// provisioning script may run twice; anything else is refused.
int confirmExistingSetup(const CommandLine &cl, Database &db, const BureauSettings &wanted)
{
    const BureauSettings current = BureauSettings::load(db);
    const bool same = current.bureauName == wanted.bureauName.trimmed() &&
                      current.abbreviation == wanted.abbreviation.trimmed() && current.site == wanted.site.trimmed();
    auto password = signInPassword(cl);
    if (!same || !password || !SignIn(db).attempt(cl.option("--admin"), *password))
        return refuse(Text::tr("init: %1 is already set up for %2 (%3, workstation %4); it was not changed.")
                          .arg(db.path(), current.bureauName, current.abbreviation, current.site));
    return Done;
}
} // namespace

int commandInit(const CommandLine &cl, Printer &out)
{
    const bool any = cl.has("--bureau") || cl.has("--abbrev") || cl.has("--site") || cl.has("--admin");
    const bool all = cl.has("--bureau") && cl.has("--abbrev") && cl.has("--site") && cl.has("--admin");
    const bool joining = cl.has("--site") && !cl.has("--bureau") && !cl.has("--abbrev") && !cl.has("--admin");
    auto key = givenSyncKey(cl);
    if (!key)
        return fail(key.error());
    if (any && !all && !joining)
        return refuse(Text::tr("init: give --bureau, --abbrev, --site and --admin together (the administrator's "
                               "password from CASEDESK_PASSWORD or --password-file)"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    if (joining)
        return prepareToJoin(cl, **db, *key, out);
    if (all) {
        BureauSettings wanted;
        wanted.bureauName = cl.option("--bureau");
        wanted.abbreviation = cl.option("--abbrev");
        wanted.site = cl.option("--site");
        if (cl.has("--idle-lock")) {
            auto m = minutes(cl);
            if (!m)
                return fail(m.error());
            wanted.idleLockMinutes = *m;
        }
        if (!BureauSetup::needed(**db)) {
            if (int status = confirmExistingSetup(cl, **db, wanted); status != Done)
                return status;
        } else {
            auto password = signInPassword(cl);
            if (!password)
                return refuse(
                    QStringLiteral("init: --admin %1: %2").arg(cl.option("--admin"), password.error().message));
            auto session = BureauSetup::run(**db, wanted, {cl.option("--admin"), cl.option("--name"), *password});
            if (!session)
                return fail(session.error());
        }
        if (*key)
            if (auto s = SyncKey::storeAtSetUp(**db, **key); !s)
                return fail(s.error());
    }
    printSettings(out, **db, BureauSettings::load(**db), cl.json);
    return Done;
}

int commandSettingsShow(const CommandLine &cl, Printer &out)
{
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    printSettings(out, **db, BureauSettings::load(**db), cl.json);
    return Done;
}

int commandSettingsSet(const CommandLine &cl, Printer &out)
{
    if (!cl.has("--bureau") && !cl.has("--abbrev") && !cl.has("--idle-lock") && !cl.has("--site"))
        return refuse(Text::tr("settings set: give --bureau, --abbrev or --idle-lock"));
    auto db = openDatabase(cl);
    if (!db)
        return fail(db.error());
    auto session = signIn(cl, **db, QStringLiteral("settings set"));
    if (!session)
        return fail(session.error());
    BureauSettings wanted = BureauSettings::load(**db);
    if (cl.has("--bureau"))
        wanted.bureauName = cl.option("--bureau");
    if (cl.has("--abbrev"))
        wanted.abbreviation = cl.option("--abbrev");
    if (cl.has("--site"))
        wanted.site = cl.option("--site");
    if (cl.has("--idle-lock")) {
        auto m = minutes(cl);
        if (!m)
            return fail(m.error());
        wanted.idleLockMinutes = *m;
    }
    if (auto s = BureauSettings::update(**db, *session, wanted); !s)
        return fail(s.error());
    printSettings(out, **db, BureauSettings::load(**db), cl.json);
    return Done;
}

} // namespace casedesk::cli
