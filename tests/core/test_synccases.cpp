// What travels with a case: its handlers (accounts), provisions,
// penalties, steps, attachments with their bytes, and its number, which
// stays unique across workstations: a file that would give one number to
// two cases is refused. And every table of the schema is either a record
// that travels, a part of one, or local to the workstation.
#include "bureausettings.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "sync/synccatalog.h"
#include "sync/syncexporter.h"
#include "sync/syncimporter.h"
#include "sync/synckey.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

SyncKey testKey()
{
    return *SyncKey::fromText(QString::fromLatin1(kTestSyncKey));
}

QString exportAll(Database &db, const Session &session, const QString &path)
{
    REQUIRE(SyncKey::storeAtSetUp(db, testKey()));
    auto r = SyncExporter::run(db, session, {path, {}, true});
    REQUIRE(r);
    return path;
}

} // namespace

TEST_CASE("sync: a filed case travels whole, with its number and attachments", "[sync][synccases]")
{
    TempDatabase a;
    const CaseStaff staff = setUpCaseStaff(a.db(), QStringLiteral("A"));
    const EnforcementCase filed = caseAtStage(a.db(), staff, CaseStage::Filed, QDate(2026, 3, 2));
    const QByteArray photo = QByteArray("\x89PNG evidence ") + QByteArray(5000, 'x');
    auto attached = CaseRepository(a.db()).attach(staff.clerk, filed.id, QStringLiteral("现场照片.png"), photo,
                                                  QStringLiteral("现场"));
    REQUIRE(attached);
    const QString file = exportAll(a.db(), staff.admin, a.dir() + QStringLiteral("/full.cdx"));

    TempDatabase b;
    REQUIRE(BureauSettings::prepareToJoin(b.db(), QStringLiteral("B")));
    REQUIRE(SyncKey::storeAtSetUp(b.db(), testKey()));
    auto joined = SyncImporter::run(b.db(), nullptr, file);
    REQUIRE(joined);
    CHECK(joined->joined);
    CHECK(BureauSettings::load(b.db()).abbreviation == QStringLiteral("永质监"));

    auto there = CaseRepository(b.db()).findByNumber(filed.number.shortForm());
    REQUIRE(there);
    CHECK(there->uuid == filed.uuid);
    CHECK(there->number == filed.number);
    CHECK(there->stage == CaseStage::Filed);
    REQUIRE(there->handlers.size() == filed.handlers.size());
    for (int i = 0; i < filed.handlers.size(); ++i)
        CHECK(there->handlers[i].login == filed.handlers[i].login);
    CHECK(there->provisions.size() == filed.provisions.size());
    CHECK(there->party.code == filed.party.code);
    const QList<CaseAttachment> attachments = CaseRepository(b.db()).attachments(there->id);
    REQUIRE(attachments.size() == 1);
    CHECK(attachments.first().fileName == QStringLiteral("现场照片.png"));
    auto bytes = CaseRepository(b.db()).attachmentContent(attachments.first().id);
    REQUIRE(bytes);
    CHECK(*bytes == photo);
    QSqlQuery q(b.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT case_uuid FROM case_number WHERE year = %1 AND sequence = %2")
                       .arg(filed.number.year)
                       .arg(filed.number.sequence)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == filed.uuid);
    CHECK(travellingContent(a.db()) == travellingContent(b.db()));
}

TEST_CASE("sync: a file that would give one case number to two cases is refused", "[sync][synccases]")
{
    // Two workstations set up on their own with the same default block of
    // numbers: the mistake the blocks exist to prevent.
    TempDatabase a, c;
    const CaseStaff onA = setUpCaseStaff(a.db(), QStringLiteral("A"));
    const CaseStaff onC = setUpCaseStaff(c.db(), QStringLiteral("C"));
    const EnforcementCase first = caseAtStage(a.db(), onA, CaseStage::Filed, QDate(2026, 3, 2), 1);
    const EnforcementCase second = caseAtStage(c.db(), onC, CaseStage::Filed, QDate(2026, 3, 9), 2);
    REQUIRE(first.number == second.number);
    REQUIRE(SyncKey::storeAtSetUp(a.db(), testKey()));
    const QString file = exportAll(c.db(), onC.admin, c.dir() + QStringLiteral("/c.cdx"));
    const QByteArray before = fingerprint(a.db());
    auto r = SyncImporter::run(a.db(), &onA.admin, file);
    REQUIRE_FALSE(r);
    INFO(r.error().message.toStdString());
    CHECK(r.error().message.contains(QStringLiteral("case number 2026-001")));
    CHECK(r.error().message.contains(QStringLiteral("cases numbering")));
    CHECK(fingerprint(a.db()) == before);
}

TEST_CASE("sync: every table travels, travels inside a record, or stays local", "[sync][synccases]")
{
    TempDatabase t;
    auto catalog = SyncCatalog::read(t.db());
    REQUIRE(catalog);
    QStringList known = SyncCatalog::rootTables() + SyncCatalog::localTables();
    for (const auto &[child, parent] : SyncCatalog::childTables())
        known << child;
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    while (q.next()) {
        INFO(q.value(0).toString().toStdString());
        CHECK(known.contains(q.value(0).toString()));
    }
    // Every travelling table and every part of one marks its changes.
    for (const QString &table : SyncCatalog::rootTables() + QStringList{QStringLiteral("case_handler")}) {
        QSqlQuery triggers(t.db().sql());
        REQUIRE(triggers.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = "
                                             "'%1' AND name LIKE 'sync_mark_%'")
                                  .arg(table)));
        REQUIRE(triggers.next());
        INFO(table.toStdString());
        CHECK(triggers.value(0).toInt() >= 2);
    }
    // A reference to a record travels as its uuid: every reference of a
    // travelling table points at a travelling table.
    for (const SyncTable &table : catalog->tables())
        for (const SyncColumn &c : table.columns)
            if (!c.references.isEmpty())
                CHECK(catalog->table(c.references) != nullptr);
}
