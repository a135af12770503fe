// Benchmark of the data exchange between workstations (issue 8): N changed
// records (entities, licences and special equipment of the test bureau, in
// the proportions 60 : 25 : 15) exported from workstation A (BENCH) and
// imported on workstation B, which joins the bureau with that first, full
// export. Then A changes every record (one UPDATE per table: the schema's
// triggers mark them changed, as any write does) and exports the changes
// for B; B imports them, imports the same file again (nothing new), and a
// copy of B that had changed a tenth of the same records meanwhile imports
// it too (merges and conflicts). Every step runs through the core's own
// SyncExporter / SyncImporter, as `casedesk-cli sync export|import` does.
//
// Prints a table (records, wall-clock and CPU time, records per second,
// the file, the peak memory so far), the phases of each exchange (from the
// progress callbacks), the databases' sizes, and checks at the end that B
// holds what A holds (live records per table, every record's version
// hash) and that B's audit trail verifies. Not a test.
//
//   casedesk-bench-sync [--records N] [--keep DIR] [--cache-mib MIB]

#include "audit/auditverifier.h"
#include "auth/signin.h"
#include "benchrecords.h"
#include "benchsupport.h"
#include "bureausettings.h"
#include "sync/synccatalog.h"
#include "sync/syncexporter.h"
#include "sync/syncimporter.h"
#include "sync/synckey.h"
#include "sync/syncstore.h"
#include "transactionguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <optional>

using namespace casedesk;

namespace {
using bench::die;
using bench::kAdminLogin;
using bench::kAdminPassword;
using bench::kSite;
using bench::measure;
using bench::orDie;
using bench::peakMiB;
using bench::Timing;
QTextStream &out = bench::out();

const QString kSiteB = QStringLiteral("B");
const QString kKeyText = QStringLiteral("casedesk-bench-sync-key-2024");
const char *const kTables[] = {"entity", "licence", "equipment"};
// --cache-mib: SQLite's page cache per connection; 0 leaves the core's setting.
int cacheMib = 0;

// --- The table of figures ----------------------------------------------------

struct Step {
    QString what;
    qint64 records = 0;
    Timing timing;
    qint64 fileBytes = -1; // -1: no file
    double peak = 0;       // the peak memory so far (MiB)
};
QList<Step> steps;
// The phases of the exchanges, printed under the table.
QStringList phases;

void addStep(const QString &what, qint64 records, const Timing &timing, qint64 fileBytes = -1)
{
    steps << Step{what, records, timing, fileBytes, peakMiB()};
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 2);
}

void printTable()
{
    const QString format = QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8");
    const auto row = [&](const QStringList &cells) {
        out << format.arg(cells[0], -52)
                   .arg(cells[1], 8)
                   .arg(cells[2], 10)
                   .arg(cells[3], 10)
                   .arg(cells[4], 9)
                   .arg(cells[5], 12)
                   .arg(cells[6], 7)
                   .arg(cells[7], 8)
            << Qt::endl;
    };
    row({QStringLiteral("step"), QStringLiteral("records"), QStringLiteral("ms"), QStringLiteral("CPU ms"),
         QStringLiteral("records/s"), QStringLiteral("file bytes"), QStringLiteral("MiB"), QStringLiteral("peak MiB")});
    out << QString(52, QLatin1Char('-')) << "-|-" << QString(8, QLatin1Char('-')) << "-|-"
        << QString(10, QLatin1Char('-')) << "-|-" << QString(10, QLatin1Char('-')) << "-|-"
        << QString(9, QLatin1Char('-')) << "-|-" << QString(12, QLatin1Char('-')) << "-|-"
        << QString(7, QLatin1Char('-')) << "-|-" << QString(8, QLatin1Char('-')) << Qt::endl;
    for (const Step &s : steps) {
        const double perSecond = s.timing.wallMs > 0 ? double(s.records) * 1000.0 / s.timing.wallMs : 0;
        row({s.what, QString::number(s.records), QString::number(s.timing.wallMs, 'f', 0),
             QString::number(s.timing.cpuMs, 'f', 0), QString::number(perSecond, 'f', 0),
             s.fileBytes < 0 ? QStringLiteral("-") : QString::number(s.fileBytes),
             s.fileBytes < 0 ? QStringLiteral("-") : mib(s.fileBytes), QString::number(s.peak, 'f', 0)});
    }
}

// Times between the start of an exchange, its first and its last progress
// call, and its end: where its time goes, without touching the core.
class PhaseClock {
  public:
    SyncProgress callback()
    {
        m_timer.start();
        m_first = m_last = -1;
        m_calls = 0;
        return [this](int, int) {
            const double now = double(m_timer.nsecsElapsed()) / 1e6;
            if (m_first < 0)
                m_first = now;
            m_last = now;
            ++m_calls;
            return true;
        };
    }
    // "before the records / the records / after them" in ms.
    void report(const QString &what, const QString &before, const QString &during, const QString &after,
                const Timing &total)
    {
        if (m_calls == 0) {
            phases << QStringLiteral("%1: no progress call (too few records)").arg(what);
            return;
        }
        phases << QStringLiteral("%1: %2 %3 ms; %4 %5 ms; %6 %7 ms")
                      .arg(what, before)
                      .arg(m_first, 0, 'f', 0)
                      .arg(during)
                      .arg(m_last - m_first, 0, 'f', 0)
                      .arg(after)
                      .arg(total.wallMs - m_last, 0, 'f', 0);
    }

  private:
    QElapsedTimer m_timer;
    double m_first = -1, m_last = -1;
    int m_calls = 0;
};

// --- Workstations ------------------------------------------------------------

SyncKey benchKey()
{
    return orDie(SyncKey::fromText(kKeyText));
}

void storeKey(const Database &db)
{
    TransactionGuard tx(db.sql(), TransactionGuard::Mode::Immediate);
    orDie(SyncKey::storeAtSetUp(db, benchKey()));
    if (!tx.commit())
        die(failure(QStringLiteral("%1: cannot store the sync key").arg(db.path())));
}

void exec(const Database &db, const QString &sql, std::initializer_list<QVariant> values = {})
{
    (void)orDie(db.exec(sql, values));
}

// A database as the bench uses it: with --cache-mib, a larger page cache
// than the core's, to see how much of the time is the cache.
std::unique_ptr<Database> withCache(std::unique_ptr<Database> db)
{
    if (cacheMib > 0)
        exec(*db, QStringLiteral("PRAGMA cache_size = -%1").arg(cacheMib * 1024));
    return db;
}

// A copy of the database as it is now (VACUUM INTO), opened.
std::unique_ptr<Database> copyOf(const Database &db, const QString &path)
{
    if (QFileInfo::exists(path))
        die(failure(path + QStringLiteral(" exists; the benchmark writes a new database.")));
    exec(db, QStringLiteral("VACUUM INTO ?"), {path});
    return withCache(orDie(Database::open(path)));
}

Session signIn(Database &db)
{
    return orDie(SignIn(db).attempt(kAdminLogin, kAdminPassword));
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

// The database's size once its write-ahead log is folded in.
qint64 databaseSize(const Database &db)
{
    exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return fileSize(db.path()) + fileSize(db.path() + QStringLiteral("-wal"));
}

// --- The exchanges -----------------------------------------------------------

ExportReport exportFile(Database &db, const Session &session, const ExportRequest &request, const QString &what)
{
    PhaseClock clock;
    const SyncProgress progress = clock.callback();
    std::optional<ExportReport> report;
    const Timing t = measure([&] { report = orDie(SyncExporter::run(db, session, request, progress)); });
    addStep(what, report->records, t, report->bytes);
    clock.report(what, QStringLiteral("stamping + query until the first 1,000 records"),
                 QStringLiteral("reading the records"), QStringLiteral("audit, conflicts, compressing, writing"), t);
    return *report;
}

ImportReport importFile(Database &db, const Session *session, const QString &path, const QString &what)
{
    PhaseClock clock;
    const SyncProgress progress = clock.callback();
    std::optional<ImportReport> report;
    const Timing t = measure([&] { report = orDie(SyncImporter::run(db, session, path, progress)); });
    addStep(what, report->received, t, fileSize(path));
    clock.report(what, QStringLiteral("reading the file, stamping, audit, ids + first 250 records"),
                 QStringLiteral("applying the records"),
                 QStringLiteral("conflicts received, finish, duplicates, peer, commit"), t);
    phases << QStringLiteral("    %1: %2 received, %3 added, %4 updated, %5 unchanged, %6 merged, %7 conflicts, %8 "
                             "duplicates, %9 audit entries")
                  .arg(what)
                  .arg(report->received)
                  .arg(report->added)
                  .arg(report->updated)
                  .arg(report->unchanged)
                  .arg(report->merged)
                  .arg(report->conflicts)
                  .arg(report->duplicates)
                  .arg(report->auditEntries);
    return *report;
}

// --- Checks ------------------------------------------------------------------

qint64 liveCount(const Database &db, const char *table)
{
    auto q =
        orDie(db.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(QLatin1String(table))));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// One SHA-256 over every record's current version hash: equal when both
// databases hold the same content of every record.
QString versionDigest(const Database &db)
{
    auto q = orDie(db.exec(QStringLiteral("SELECT tbl, uuid, hash FROM sync_record ORDER BY tbl, uuid")));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        hash.addData((q.value(0).toString() + QLatin1Char('/') + q.value(1).toString() + QLatin1Char('=') +
                      q.value(2).toString() + QLatin1Char('\n'))
                         .toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(16));
}

bool sameLiveCounts(const Database &a, const Database &b, const QString &name)
{
    bool same = true;
    QStringList cells;
    for (const char *t : kTables) {
        const qint64 ca = liveCount(a, t), cb = liveCount(b, t);
        same = same && ca == cb;
        cells << QStringLiteral("%1 %2/%3").arg(QLatin1String(t)).arg(ca).arg(cb);
    }
    out << QStringLiteral("check: live records A/%1: %2: %3")
               .arg(name, cells.join(QStringLiteral(", ")), same ? QStringLiteral("equal") : QStringLiteral("DIFFER"))
        << Qt::endl;
    return same;
}

bool auditVerifies(const Database &db, const Session &session, const QString &name)
{
    const AuditVerification v = orDie(AuditVerifier::verify(db, session));
    QStringList chains;
    for (const AuditChainHead &c : v.chains)
        chains << QStringLiteral("%1: %2").arg(c.site).arg(c.entries);
    out << QStringLiteral("check: audit verify on %1: %2 entries (%3): %4")
               .arg(name)
               .arg(v.entries)
               .arg(chains.join(QStringLiteral(", ")),
                    v.intact() ? QStringLiteral("intact")
                               : QStringLiteral("BROKEN at %1: %2").arg(v.problem->entry, v.problem->reason))
        << Qt::endl;
    return v.intact();
}

// --- The records' changes ----------------------------------------------------

// A's change of every record: one field per table, as a person's edit
// would set it (with who and when).
void changeAll(const Database &db, const QString &at)
{
    exec(db, QStringLiteral("UPDATE entity SET notes = '二〇二四年复查：' || id, modified_at = ?, modified_by = ?"),
         {at, kAdminLogin});
    exec(db, QStringLiteral("UPDATE licence SET scope = '换证后许可范围 ' || id, modified_at = ?, modified_by = ?"),
         {at, kAdminLogin});
    exec(db,
         QStringLiteral("UPDATE equipment SET location = location || '（迁至新厂区）', modified_at = ?, "
                        "modified_by = ?"),
         {at, kAdminLogin});
}

// B's change of `count` of the same records before it has A's: the field
// A changed too (a conflict) and one A left alone (merged cleanly), in the
// tables' proportions.
int changeConcurrently(const Database &db, int count, const QString &at)
{
    const int licences = count / 4, equipment = count * 3 / 20, entities = count - licences - equipment;
    exec(db,
         QStringLiteral("UPDATE entity SET notes = 'B站备注 ' || id, contact_person = '赵' || id, modified_at = ?, "
                        "modified_by = ? WHERE id IN (SELECT id FROM entity ORDER BY id LIMIT ?)"),
         {at, kAdminLogin, entities});
    exec(db,
         QStringLiteral("UPDATE licence SET scope = 'B站许可范围 ' || id, status_reason = '年审', modified_at = ?, "
                        "modified_by = ? WHERE id IN (SELECT id FROM licence ORDER BY id LIMIT ?)"),
         {at, kAdminLogin, licences});
    exec(
        db,
        QStringLiteral("UPDATE equipment SET location = 'B站' || location, description = description || '（B站核对）', "
                       "modified_at = ?, modified_by = ? WHERE id IN (SELECT id FROM equipment ORDER BY id LIMIT ?)"),
        {at, kAdminLogin, equipment});
    return entities + licences + equipment;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CaseDesk exchange benchmark"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Changed records to exchange (default 100000)."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the databases and files in DIR (made if missing)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("cache-mib"),
                      QStringLiteral("SQLite's page cache per connection in MiB (default: the core's setting)."),
                      QStringLiteral("MIB"), QStringLiteral("0")});
    parser.process(app);
    bool ok = false;
    const int records = parser.value(QStringLiteral("records")).toInt(&ok);
    if (!ok || records < 20)
        die(refusal(QStringLiteral("--records: give a number of at least 20")));
    cacheMib = parser.value(QStringLiteral("cache-mib")).toInt(&ok);
    if (!ok || cacheMib < 0)
        die(refusal(QStringLiteral("--cache-mib: give a number of MiB (0: the core's setting)")));
    QTemporaryDir temporary;
    QString dir = temporary.path();
    if (parser.isSet(QStringLiteral("keep"))) {
        dir = QDir(parser.value(QStringLiteral("keep"))).absolutePath();
        if (!QDir().mkpath(dir))
            die(failure(QStringLiteral("--keep: cannot make %1").arg(dir)));
    }
    const auto path = [&dir](const char *name) { return QDir(dir).filePath(QString::fromLatin1(name)); };

    const int licences = records / 4, equipment = records * 3 / 20, entities = records - licences - equipment;
    const int concurrent = records / 10;
    const QDate today = QDate::currentDate();
    out << QStringLiteral("CaseDesk exchange benchmark: %1 records (%2 entities, %3 licences, %4 units of special "
                          "equipment); workstations %5 (A) and %6 (B); files in %7; SQLite page cache: %8")
               .arg(records)
               .arg(entities)
               .arg(licences)
               .arg(equipment)
               .arg(kSite, kSiteB, dir,
                    cacheMib > 0 ? QStringLiteral("%1 MiB").arg(cacheMib) : QStringLiteral("the core's"))
        << Qt::endl;

    // Workstation A: a new bureau with the sync key, and its records.
    bench::NewBureau a = bench::newBureau(path("A.sqlite"));
    a.db = withCache(std::move(a.db));
    Database &dbA = *a.db;
    storeKey(dbA);
    const Timing generated = measure([&] {
        TransactionGuard tx(dbA.sql(), TransactionGuard::Mode::Immediate);
        bench::addEntities(dbA, entities);
        bench::addLicences(dbA, 2 * licences, today);
        bench::addEquipment(dbA, equipment, entities, today);
        if (!tx.commit())
            die(failure(dbA.sql().lastError().text()));
    });
    addStep(QStringLiteral("A: generate the records (prepared INSERTs)"), records, generated);

    // The stamping alone, on a copy of A: what the first export does first.
    {
        std::unique_ptr<Database> copy = copyOf(dbA, path("A-stamping.sqlite"));
        const SyncCatalog catalog = orDie(SyncCatalog::read(*copy));
        SyncStore store(*copy, catalog);
        int stamped = 0;
        const Timing t = measure([&] {
            TransactionGuard tx(copy->sql(), TransactionGuard::Mode::Immediate);
            stamped = orDie(store.stampChanges(kSite));
            if (!tx.commit())
                die(failure(QStringLiteral("cannot commit the stamps")));
        });
        addStep(QStringLiteral("A: stamping alone (stampChanges, first versions)"), stamped, t);
        const QString copyPath = copy->path();
        copy.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(copyPath + QLatin1String(suffix));
    }

    const QString full1 = path("A-full-1.cdx"), full2 = path("A-full-2.cdx");
    exportFile(dbA, a.admin, {full1, {}, true}, QStringLiteral("A: first full export (incl. stamping)"));
    exportFile(dbA, a.admin, {full2, {}, true}, QStringLiteral("A: second full export (export only)"));

    // Workstation B joins with the full export.
    std::unique_ptr<Database> dbB = withCache(orDie(Database::open(path("B.sqlite"))));
    {
        TransactionGuard tx(dbB->sql(), TransactionGuard::Mode::Immediate);
        orDie(BureauSettings::prepareToJoin(*dbB, kSiteB));
        orDie(SyncKey::storeAtSetUp(*dbB, benchKey()));
        if (!tx.commit())
            die(failure(QStringLiteral("B: cannot prepare to join")));
    }
    importFile(*dbB, nullptr, full2, QStringLiteral("B: join, import the full export (added)"));
    const Session adminB = signIn(*dbB);

    // B tells A what it holds, as workstations would: A then knows B.
    const QString toA = path("B-to-A.cdx");
    exportFile(*dbB, adminB, {toA, kSite, false}, QStringLiteral("B: export its changes for A"));
    importFile(dbA, &a.admin, toA, QStringLiteral("A: import B's file"));

    // A changes every record; the changes go to B.
    const QString changedAt = bench::stampOn(today, 12);
    const Timing changed = measure([&] {
        TransactionGuard tx(dbA.sql(), TransactionGuard::Mode::Immediate);
        changeAll(dbA, changedAt);
        if (!tx.commit())
            die(failure(QStringLiteral("A: cannot commit the changes")));
    });
    addStep(QStringLiteral("A: change every record (3 UPDATEs, triggers mark)"), records, changed);
    const QString changes = path("A-changes-for-B.cdx");
    const ExportReport changesReport = exportFile(dbA, a.admin, {changes, kSiteB, false},
                                                  QStringLiteral("A: export the changes for B (incl. stamping)"));
    if (changesReport.full)
        die(failure(QStringLiteral("A's export for B was a full one: A does not know B")));

    // B2: B as it was before the changes came, with changes of its own.
    std::unique_ptr<Database> dbB2 = copyOf(*dbB, path("B2.sqlite"));
    const Session adminB2 = signIn(*dbB2);

    importFile(*dbB, &adminB, changes, QStringLiteral("B: import the changes (updated)"));
    importFile(*dbB, &adminB, changes, QStringLiteral("B: import the same file again (unchanged)"));

    int changedOnB2 = 0;
    const Timing concurrentTiming = measure([&] {
        TransactionGuard tx(dbB2->sql(), TransactionGuard::Mode::Immediate);
        changedOnB2 = changeConcurrently(*dbB2, concurrent, bench::stampOn(today, 11));
        if (!tx.commit())
            die(failure(QStringLiteral("B2: cannot commit its changes")));
    });
    addStep(QStringLiteral("B2 (B before the import): change the same records"), changedOnB2, concurrentTiming);
    importFile(*dbB2, &adminB2, changes, QStringLiteral("B2: import the changes (merges + conflicts)"));

    out << Qt::endl;
    printTable();
    out << Qt::endl << "Phases (from the progress callbacks):" << Qt::endl;
    for (const QString &p : phases)
        out << "  " << p << Qt::endl;
    out << Qt::endl
        << QStringLiteral("databases: A %1 MiB, B %2 MiB, B2 %3 MiB (after a WAL checkpoint); peak memory %4 MiB")
               .arg(mib(databaseSize(dbA)), mib(databaseSize(*dbB)), mib(databaseSize(*dbB2)))
               .arg(peakMiB(), 0, 'f', 0)
        << Qt::endl;

    bool good = sameLiveCounts(dbA, *dbB, QStringLiteral("B"));
    const QString digestA = versionDigest(dbA), digestB = versionDigest(*dbB);
    out << QStringLiteral("check: every record's version on A and B: %1 / %2: %3")
               .arg(digestA, digestB, digestA == digestB ? QStringLiteral("equal") : QStringLiteral("DIFFER"))
        << Qt::endl;
    good = digestA == digestB && good;
    good = auditVerifies(*dbB, adminB, QStringLiteral("B")) && good;
    good = sameLiveCounts(dbA, *dbB2, QStringLiteral("B2")) && good;
    good = auditVerifies(*dbB2, adminB2, QStringLiteral("B2")) && good;
    out << (good ? "all checks passed" : "CHECKS FAILED") << Qt::endl;
    return good ? 0 : 1;
}
