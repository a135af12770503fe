// A randomized simulation of three workstations (seeded, so every history
// can be replayed): people add, edit, remove and restore entities, resolve
// conflicts and merge duplicates while files travel between workstations
// in random order; some files are imported twice, some late, some lost.
// After everybody has exchanged with everybody, all three hold the same
// data, every edit either survived, was overwritten by somebody who had
// seen it, or stands in a conflict, and every audit trail verifies.
#include "audit/auditverifier.h"
#include "register/entityregister.h"
#include "registersupport.h"
#include "sync/syncconflicts.h"
#include "sync/syncduplicates.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>
#include <catch2/catch.hpp>
#include <random>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QStringList kFields = {QStringLiteral("address"), QStringLiteral("phone"), QStringLiteral("notes"),
                             QStringLiteral("contact_person")};

struct Edit {
    QString uuid;
    QString field;
    QString value; // unique text; "" for a removal or restore
    bool removal = false, restoral = false;
};

// What the histories exercised, so a test shows it met conflicts,
// deletions against edits and duplicates, not only quiet exchanges.
struct Tally {
    int conflicts = 0, deletionConflicts = 0, duplicates = 0, merges = 0, imports = 0;
};

struct Mail {
    QString path;
    int to = 0;
    QSet<int> seen; // the edits the sender had seen when it wrote the file
};

class History {
  public:
    History(unsigned seed, Tally &tally) : m_random(seed), m_tally(tally) {}

    void run(int steps)
    {
        for (int step = 0; step < steps; ++step) {
            const int site = pick(3);
            const int what = pick(100);
            if (what < 22)
                add(site);
            else if (what < 60)
                edit(site);
            else if (what < 65)
                removeOrRestore(site);
            else if (what < 69)
                resolveConflict(site);
            else if (what < 71)
                mergeDuplicate(site);
            else if (what < 88)
                send(site, (site + 1 + pick(2)) % 3);
            else
                deliverSome();
        }
        // Late files arrive; then everybody exchanges with everybody.
        while (!m_mailbox.empty())
            deliver(pick(int(m_mailbox.size())));
        for (int round = 0; round < 2; ++round)
            for (int from = 0; from < 3; ++from)
                for (int to = 0; to < 3; ++to)
                    if (from != to) {
                        send(from, to);
                        deliver(int(m_mailbox.size()) - 1);
                    }
        verify();
    }

  private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    Workstation &at(int site) { return m_ws[site]; }

    // An entity of the workstation: live or not, as asked; 0 when none.
    qint64 anyEntity(int site, bool live)
    {
        QSqlQuery q(at(site).db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM entity WHERE deleted_at IS %1 NULL ORDER BY id")
                           .arg(live ? QString() : QStringLiteral("NOT"))));
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids.isEmpty() ? 0 : ids[pick(int(ids.size()))];
    }

    int record(int site, const Edit &e)
    {
        const int id = int(m_edits.size());
        // Whoever edits a field has seen what they overwrite.
        for (int seen : m_seen[site])
            if (m_edits[size_t(seen)].uuid == e.uuid && m_edits[size_t(seen)].field == e.field)
                m_overwritten.insert(seen);
        m_edits.push_back(e);
        m_seen[site].insert(id);
        return id;
    }

    void add(int site)
    {
        // Now and then the same enterprise on two workstations.
        const int n = m_codes > 0 && pick(10) == 0 ? pick(m_codes) : m_codes++;
        Entity e = sampleEntity(QStringLiteral("企业%1-%2").arg(n).arg(m_edits.size()), n);
        e.phone = QStringLiteral("0316-%1").arg(m_edits.size());
        auto stored = EntityRegister(*at(site).db).add(at(site).session, e);
        if (!stored)
            return; // the code is already registered there
        for (const QString &f : kFields) {
            QSqlQuery q(at(site).db->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM entity WHERE id = %2").arg(f).arg(stored->id)));
            REQUIRE(q.next());
            record(site, {stored->uuid, f, q.value(0).toString()});
        }
    }

    void edit(int site)
    {
        const qint64 id = anyEntity(site, true);
        if (!id)
            return;
        EntityRegister reg(*at(site).db);
        auto e = reg.find(id);
        REQUIRE(e);
        const QString field = kFields[pick(int(kFields.size()))];
        // Unique values, so the check at the end can tell every edit apart;
        // a phone number must look like one.
        const QString value = field == QLatin1String("phone")
                                  ? QStringLiteral("0316-%1%2").arg(site).arg(m_edits.size())
                                  : QStringLiteral("%1-%2-%3").arg(field).arg(at(site).site).arg(m_edits.size());
        if (field == QLatin1String("address"))
            e->address = value;
        else if (field == QLatin1String("phone"))
            e->phone = value;
        else if (field == QLatin1String("notes"))
            e->notes = value;
        else
            e->contactPerson = value;
        auto stored = reg.update(at(site).session, *e); // a duplicate's code blocks edits until merged
        if (stored)
            record(site, {e->uuid, field, value});
    }

    void removeOrRestore(int site)
    {
        EntityRegister reg(*at(site).db);
        if (pick(2) == 0) {
            const qint64 id = anyEntity(site, true);
            if (id && reg.remove(at(site).session, id))
                record(site, {uuidOf(site, id), QStringLiteral("deleted_at"), deletedAt(site, id), true});
        } else {
            const qint64 id = anyEntity(site, false);
            if (id && reg.restore(at(site).session, id))
                record(site, {uuidOf(site, id), QStringLiteral("deleted_at"), {}, false, true});
        }
    }

    QString deletedAt(int site, qint64 id)
    {
        QSqlQuery q(at(site).db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT deleted_at FROM entity WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    QString uuidOf(int site, qint64 id)
    {
        QSqlQuery q(at(site).db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM entity WHERE id = %1").arg(id)));
        REQUIRE(q.next());
        return q.value(0).toString();
    }

    void resolveConflict(int site)
    {
        auto open = SyncConflicts::list(*at(site).db, true);
        REQUIRE(open);
        if (open->isEmpty())
            return;
        const SyncConflict c = (*open)[pick(int(open->size()))];
        const bool takeA = pick(2) == 0;
        auto s =
            SyncConflicts::resolve(*at(site).db, at(site).session, c.id, takeA ? ConflictChoice::A : ConflictChoice::B);
        if (!s)
            return; // e.g. the restored value would duplicate a live code
        const QJsonValue v = takeA ? c.a.value : c.b.value;
        if (c.field == QLatin1String("deleted_at"))
            record(site, {c.recordUuid, c.field, v.toString(), !v.isNull(), v.isNull()});
        else
            record(site, {c.recordUuid, c.field, v.toString()});
    }

    void mergeDuplicate(int site)
    {
        auto pairs = SyncDuplicates::list(*at(site).db, true);
        REQUIRE(pairs);
        if (pairs->isEmpty())
            return;
        const DuplicatePair p = pairs->first();
        const QString drop = pick(2) == 0 ? p.firstUuid : p.secondUuid;
        const QString keep = drop == p.firstUuid ? p.secondUuid : p.firstUuid;
        if (SyncDuplicates::merge(*at(site).db, at(site).session, p.id, keep)) {
            QSqlQuery q(at(site).db->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT deleted_at FROM entity WHERE uuid = '%1'").arg(drop)));
            REQUIRE(q.next());
            record(site, {drop, QStringLiteral("deleted_at"), q.value(0).toString(), true});
        }
    }

    void send(int from, int to)
    {
        const QString path = m_ws.exportFor(at(from), at(to));
        m_mailbox.push_back({path, to, m_seen[from]});
        // Sometimes the same file is delivered twice.
        if (pick(8) == 0)
            m_mailbox.push_back(m_mailbox.back());
    }

    void deliverSome()
    {
        if (m_mailbox.empty())
            return;
        const int i = pick(int(m_mailbox.size()));
        if (pick(10) == 0) { // lost on the way
            m_mailbox.erase(m_mailbox.begin() + i);
            return;
        }
        deliver(i);
    }

    void deliver(int i)
    {
        const Mail mail = m_mailbox[size_t(i)];
        m_mailbox.erase(m_mailbox.begin() + i);
        const ImportReport r = m_ws.importInto(at(mail.to), mail.path);
        ++m_tally.imports;
        m_tally.merges += r.merged;
        m_seen[mail.to].unite(mail.seen);
    }

    // Every edit is in the data, overwritten by someone who had seen it, or
    // one side of a conflict.
    void verify()
    {
        const QStringList reference = travellingContent(*at(0).db).split(QLatin1Char('\n'));
        for (int site = 1; site < 3; ++site) {
            const QStringList other = travellingContent(*at(site).db).split(QLatin1Char('\n'));
            // Only the records that differ, so a failure is readable.
            QStringList differ;
            for (const QString &line : reference)
                if (!other.contains(line))
                    differ << QStringLiteral("A: ") + line;
            for (const QString &line : other)
                if (!reference.contains(line))
                    differ << at(site).site + QStringLiteral(": ") + line;
            INFO(differ.join(QLatin1Char('\n')).toStdString());
            CHECK(differ.isEmpty());
        }
        for (int site = 0; site < 3; ++site) {
            auto v = AuditVerifier::verify(*at(site).db, at(site).session);
            REQUIRE(v);
            CHECK(v->intact());
        }
        QSet<QString> conflictValues;
        for (int site = 0; site < 3; ++site) {
            auto all = SyncConflicts::list(*at(site).db, false);
            REQUIRE(all);
            for (const SyncConflict &c : *all) {
                if (site == 0) {
                    ++m_tally.conflicts;
                    m_tally.deletionConflicts += c.field == QLatin1String("deleted_at");
                }
                for (const QJsonValue &v : {c.a.value, c.b.value})
                    conflictValues << c.recordUuid + c.field + (v.isNull() ? QStringLiteral("<live>") : v.toString());
            }
        }
        auto pairs = SyncDuplicates::list(*at(0).db, false);
        REQUIRE(pairs);
        m_tally.duplicates += int(pairs->size());
        for (size_t id = 0; id < m_edits.size(); ++id) {
            const Edit &e = m_edits[id];
            if (m_overwritten.contains(int(id)) || e.uuid.isEmpty())
                continue;
            QSqlQuery q(at(0).db->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT %1 FROM entity WHERE uuid = '%2'").arg(e.field, e.uuid)));
            REQUIRE(q.next());
            bool kept;
            if (e.removal)
                kept = !q.isNull(0) || conflictValues.contains(e.uuid + e.field + e.value);
            else if (e.restoral)
                kept = q.isNull(0) || conflictValues.contains(e.uuid + e.field + QStringLiteral("<live>"));
            else
                kept = q.value(0).toString() == e.value || conflictValues.contains(e.uuid + e.field + e.value);
            INFO("edit " << id << " of " << e.field.toStdString() << " on " << e.uuid.toStdString() << ": "
                         << e.value.toStdString() << (e.removal ? " (removal)" : "")
                         << (e.restoral ? " (restoral)" : "") << "; the record holds "
                         << q.value(0).toString().toStdString());
            CHECK(kept);
        }
    }

    std::mt19937 m_random;
    Tally &m_tally;
    Workstations m_ws;
    std::vector<Edit> m_edits;
    QSet<int> m_overwritten;
    QSet<int> m_seen[3];
    std::vector<Mail> m_mailbox;
    int m_codes = 0;
};

void runHistories(unsigned first, unsigned count)
{
    // CASEDESK_SYNC_SEED=83 replays that one history (in the test case whose
    // range holds it).
    if (const unsigned only = unsigned(qEnvironmentVariableIntValue("CASEDESK_SYNC_SEED")); only > 0) {
        if (only >= first && only < first + count) {
            Tally tally;
            History(only, tally).run(40);
        }
        return;
    }
    Tally tally;
    for (unsigned seed = first; seed < first + count; ++seed) {
        INFO("history " << seed << " (replay it with this seed)");
        History(seed, tally).run(40);
    }
    INFO("imports " << tally.imports << ", merged records " << tally.merges << ", conflicts " << tally.conflicts
                    << " (deletions " << tally.deletionConflicts << "), duplicate pairs " << tally.duplicates);
    CHECK(tally.merges > int(count / 2));
    CHECK(tally.conflicts > int(count / 4));
    CHECK(tally.deletionConflicts > 0);
    CHECK(tally.duplicates > 0);
    WARN("imports " << tally.imports << ", merged records " << tally.merges << ", conflicts " << tally.conflicts
                    << " (deletions " << tally.deletionConflicts << "), duplicate pairs " << tally.duplicates);
}

} // namespace

// Four test cases, so ctest runs them side by side.
TEST_CASE("sync simulation: histories 1-50", "[sync][simulation]")
{
    runHistories(1, 50);
}

TEST_CASE("sync simulation: histories 51-100", "[sync][simulation]")
{
    runHistories(51, 50);
}

TEST_CASE("sync simulation: histories 101-150", "[sync][simulation]")
{
    runHistories(101, 50);
}

TEST_CASE("sync simulation: histories 151-200", "[sync][simulation]")
{
    runHistories(151, 50);
}
