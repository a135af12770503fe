// Exchanging data between workstations by file: joining with a full
// export, importing twice, changes on one side, conflicts on both sides and
// their resolution travelling, deletions against edits, duplicates offered
// for merging, the audit trail verifiable everywhere.
#include "audit/auditverifier.h"
#include "register/entityregister.h"
#include "registersupport.h"
#include "sync/syncconflicts.h"
#include "sync/syncduplicates.h"
#include "sync/syncexporter.h"
#include "sync/syncimporter.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

Entity entityByCode(Database &db, const QString &code)
{
    auto e = EntityRegister(db).findByCode(code);
    REQUIRE(e);
    return *e;
}

Entity editEntity(Workstation &w, const QString &code, const std::function<void(Entity &)> &change)
{
    Entity e = entityByCode(*w.db, code);
    change(e);
    auto stored = EntityRegister(*w.db).update(w.session, e);
    REQUIRE(stored);
    return *stored;
}

void requireTrailVerifies(Workstation &w)
{
    auto v = AuditVerifier::verify(*w.db, w.session);
    REQUIRE(v);
    REQUIRE(v->intact());
}

} // namespace

TEST_CASE("sync: a new workstation joins with a full export and holds the same data", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity made = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    const QString file = ws.exportFor(a, b);
    const ImportReport r = ws.importInto(b, file);
    CHECK(r.added == 1);
    CHECK(r.from == QLatin1String("A"));
    const Entity there = entityByCode(*b.db, made.code);
    CHECK(there.uuid == made.uuid);
    CHECK(there.name == made.name);
    CHECK(there.address == made.address);
    CHECK(travellingContent(*a.db) == travellingContent(*b.db));
    requireTrailVerifies(b);
}

TEST_CASE("sync: importing the same file twice changes nothing", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    const QString file = ws.exportFor(a, b);
    ws.importInto(b, file);
    const QByteArray before = fingerprint(*b.db);
    auto again = SyncImporter::run(*b.db, &b.session, file);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->updated == 0);
    CHECK(again->unchanged == again->received);
    CHECK(again->auditEntries == 0);
    // Only the import's own audit entry and the peer's bookkeeping differ.
    QSqlQuery q(b.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'sync.import'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 2);
    CHECK(travellingContent(*b.db) == travellingContent(*a.db));
    CHECK(before != fingerprint(*b.db)); // the second import was recorded in the trail
}

TEST_CASE("sync: a change on one side reaches the other; an export carries only what the other lacks", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity made = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    ws.exchangeAll(1);
    editEntity(a, made.code, [](Entity &e) { e.phone = QStringLiteral("0316-6612345"); });
    auto report =
        SyncExporter::run(*a.db, a.session, {ws.file(QStringLiteral("next.cdx")), QStringLiteral("B"), false});
    REQUIRE(report);
    CHECK(report->records == 1);
    CHECK_FALSE(report->full);
    const ImportReport r = ws.importInto(b, ws.file(QStringLiteral("next.cdx")));
    CHECK(r.updated == 1);
    CHECK(entityByCode(*b.db, made.code).phone == QLatin1String("0316-6612345"));
}

TEST_CASE("sync: fields changed on one side each are merged; a field changed on both is a conflict", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity made = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    ws.exchangeAll(1);
    editEntity(a, made.code, [](Entity &e) {
        e.phone = QStringLiteral("0316-1111111");
        e.address = QStringLiteral("永清县东大街1号");
    });
    editEntity(b, made.code, [](Entity &e) {
        e.contactPerson = QStringLiteral("李会计");
        e.address = QStringLiteral("永清县西大街2号");
    });
    const ImportReport atB = ws.importInto(b, ws.exportFor(a, b));
    CHECK(atB.merged == 1);
    CHECK(atB.conflicts == 1);
    const ImportReport atA = ws.importInto(a, ws.exportFor(b, a));
    CHECK(atA.merged + atA.updated == 1);

    for (Workstation *w : {&a, &b}) {
        const Entity e = entityByCode(*w->db, made.code);
        CHECK(e.phone == QLatin1String("0316-1111111"));    // only A changed it
        CHECK(e.contactPerson == QStringLiteral("李会计")); // only B changed it
        auto open = SyncConflicts::list(*w->db, true);
        REQUIRE(open);
        REQUIRE(open->size() == 1);
        const SyncConflict &c = open->first();
        CHECK(c.field == QLatin1String("address"));
        CHECK(c.recordUuid == made.uuid);
        const QStringList values = {c.a.value.toString(), c.b.value.toString()};
        CHECK(values.contains(QStringLiteral("永清县东大街1号")));
        CHECK(values.contains(QStringLiteral("永清县西大街2号")));
        CHECK(c.ancestor.toString() == made.address);
        // Both hold the same provisional value, the greater stamp's.
        CHECK(e.address == (c.keptA ? c.a.value : c.b.value).toString());
    }
    CHECK(travellingContent(*a.db) == travellingContent(*b.db));

    // B resolves (taking A's address); the resolution travels and settles A's.
    auto open = SyncConflicts::list(*b.db, true);
    REQUIRE(open);
    const SyncConflict c = open->first();
    const ConflictChoice takeA = c.a.site == QLatin1String("A") ? ConflictChoice::A : ConflictChoice::B;
    REQUIRE(SyncConflicts::resolve(*b.db, b.session, c.id, takeA));
    CHECK(entityByCode(*b.db, made.code).address == QStringLiteral("永清县东大街1号"));
    ws.importInto(a, ws.exportFor(b, a));
    CHECK(entityByCode(*a.db, made.code).address == QStringLiteral("永清县东大街1号"));
    auto stillOpen = SyncConflicts::list(*a.db, true);
    REQUIRE(stillOpen);
    CHECK(stillOpen->isEmpty());
    auto settled = SyncConflicts::list(*a.db, false);
    REQUIRE(settled);
    REQUIRE(settled->size() == 1);
    CHECK(settled->first().settledBy == QLatin1String("admin"));
    CHECK(settled->first().resolution == QLatin1String(takeA == ConflictChoice::A ? "a" : "b"));
    CHECK(travellingContent(*a.db) == travellingContent(*b.db));
    requireTrailVerifies(a);
    requireTrailVerifies(b);
}

TEST_CASE("sync: an edit against a deletion is a conflict, not a silent loss", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity made = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    ws.exchangeAll(1);
    REQUIRE(EntityRegister(*a.db).remove(a.session, entityByCode(*a.db, made.code).id));
    editEntity(b, made.code, [](Entity &e) { e.phone = QStringLiteral("0316-2222222"); });
    const ImportReport r = ws.importInto(b, ws.exportFor(a, b));
    CHECK(r.conflicts >= 1);
    auto open = SyncConflicts::list(*b.db, true);
    REQUIRE(open);
    const bool deletion = std::any_of(open->begin(), open->end(),
                                      [](const SyncConflict &c) { return c.field == QLatin1String("deleted_at"); });
    CHECK(deletion);
    // The edit is kept in the record either way.
    QSqlQuery q(b.db->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT phone FROM entity WHERE uuid = '%1'").arg(made.uuid)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QLatin1String("0316-2222222"));
}

TEST_CASE("sync: the same enterprise registered on two workstations is offered for merging", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity onA = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 7);
    const Entity onB = storeEntity(*b.db, b.session, QStringLiteral("永清县华通电线有限公司"), 7);
    REQUIRE(onA.code == onB.code);
    const ImportReport r = ws.importInto(b, ws.exportFor(a, b));
    CHECK(r.duplicates == 1);
    CHECK(countRows(*b.db, QStringLiteral("entity")) == 2);
    auto pairs = SyncDuplicates::list(*b.db, true);
    REQUIRE(pairs);
    REQUIRE(pairs->size() == 1);
    const DuplicatePair p = pairs->first();
    CHECK(p.table == QLatin1String("entity"));
    CHECK(p.naturalKey == onA.code);
    // A licence of B's record moves to the one kept.
    QSqlQuery q(b.db->sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO licence(entity_id, kind, number, uuid, created_at, created_by, "
                                  "modified_at, modified_by, site) SELECT id, 'production', 'XK-001', 'lic-1', "
                                  "'2026-01-01', 'admin', '2026-01-01', 'admin', 'B' FROM entity WHERE uuid = '%1'")
                       .arg(onB.uuid)));
    REQUIRE(SyncDuplicates::merge(*b.db, b.session, p.id, onA.uuid));
    CHECK(countRows(*b.db, QStringLiteral("entity")) == 1);
    REQUIRE(q.exec(
        QStringLiteral("SELECT e.uuid FROM licence l JOIN entity e ON e.id = l.entity_id WHERE l.uuid = 'lic-1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == onA.uuid);
    // The merge travels: A learns the tombstone and the pair is settled there too.
    ws.importInto(a, ws.exportFor(b, a));
    CHECK(countRows(*a.db, QStringLiteral("entity")) == 1);
    auto atA = SyncDuplicates::list(*a.db, true);
    REQUIRE(atA);
    CHECK(atA->isEmpty());
    CHECK(travellingContent(*a.db) == travellingContent(*b.db));
    requireTrailVerifies(a);
}

TEST_CASE("sync: changes travel on through a third workstation and every trail verifies", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B")), &c = ws.site(QStringLiteral("C"));
    const Entity made = storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    ws.importInto(b, ws.exportFor(a, b));
    editEntity(b, made.code, [](Entity &e) { e.notes = QStringLiteral("B 补充"); });
    ws.importInto(c, ws.exportFor(b, c)); // C hears of A's entity only through B
    CHECK(entityByCode(*c.db, made.code).notes == QStringLiteral("B 补充"));
    ws.exchangeAll(2);
    CHECK(travellingContent(*a.db) == travellingContent(*c.db));
    CHECK(travellingContent(*b.db) == travellingContent(*c.db));
    for (Workstation *w : {&a, &b, &c}) {
        requireTrailVerifies(*w);
        QSqlQuery q(w->db->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(DISTINCT site) FROM audit_entry")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 3);
    }
}

TEST_CASE("sync: the same unit of special equipment registered twice is offered for merging", "[sync]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    const Entity owner = storeEntity(*a.db, a.session, QStringLiteral("永清县人民医院"), 3);
    ws.exchangeAll(1);
    // Each office registers the hospital's new lift before they exchange.
    for (Workstation *w : {&a, &b}) {
        QSqlQuery q(w->db->sql());
        REQUIRE(
            q.exec(QStringLiteral("INSERT INTO equipment(entity_id, category, registration_number, location, "
                                  "next_inspection_on, uuid, created_at, created_by, modified_at, modified_by, site) "
                                  "SELECT id, 'elevator', '31101310232026001', '门诊楼', '2027-05-01', '%1', "
                                  "'2026-11-02T08:00:00.000Z', 'admin', '2026-11-02T08:00:00.000Z', 'admin', '%2' "
                                  "FROM entity WHERE uuid = '%3'")
                       .arg(QStringLiteral("lift-") + w->site, w->site, owner.uuid)));
    }
    const ImportReport r = ws.importInto(b, ws.exportFor(a, b));
    CHECK(r.duplicates == 1);
    auto pairs = SyncDuplicates::list(*b.db, true);
    REQUIRE(pairs);
    REQUIRE(pairs->size() == 1);
    CHECK(pairs->first().table == QLatin1String("equipment"));
    CHECK(pairs->first().naturalKey == QLatin1String("31101310232026001"));
    REQUIRE(SyncDuplicates::dismiss(*b.db, b.session, pairs->first().id));
    CHECK(countRows(*b.db, QStringLiteral("equipment")) == 2);
    auto open = SyncDuplicates::list(*b.db, true);
    REQUIRE(open);
    CHECK(open->isEmpty());
}
