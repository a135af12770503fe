// The audit trail: every write leaves an entry with who, when, which record
// and the values before and after; the hash chain verifies after many
// writes, and any later edit, deletion or reordering of entries is found
// and the first bad entry named, through the core and through the CLI.
#include "audit/auditdiff.h"
#include "audit/auditedtransaction.h"
#include "audit/auditqueries.h"
#include "audit/audittrail.h"
#include "audit/auditverifier.h"
#include "auth/staffdirectory.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A bureau with 2 + 1 + n audit entries: set-up, one colleague, n edits.
struct AuditedBureau {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db(), QStringLiteral("A"));

    explicit AuditedBureau(int edits)
    {
        StaffMember m;
        m.login = QStringLiteral("zhao");
        m.name = QStringLiteral("赵六");
        m.roles = {Role::Clerk};
        auto added = StaffDirectory(temp.db()).add(admin, m, QStringLiteral("First-pass-1"));
        REQUIRE(added);
        StaffMember edited = *added;
        for (int i = 0; i < edits; ++i) {
            edited.section = QStringLiteral("第%1股").arg(i);
            REQUIRE(StaffDirectory(temp.db()).update(admin, edited));
        }
    }

    AuditVerification verify()
    {
        auto r = AuditVerifier::verify(temp.db(), admin);
        REQUIRE(r);
        return *r;
    }
    void sql(const QString &statement)
    {
        QSqlQuery q(temp.db().sql());
        INFO(statement.toStdString());
        REQUIRE(q.exec(statement));
    }
};

} // namespace

TEST_CASE("audit: each write records who, when, which record, before and after", "[audit]")
{
    AuditedBureau b(1);
    auto page = AuditQueries(b.temp.db()).page(b.admin, 0, 0);
    REQUIRE(page);
    REQUIRE(page->size() == 4);
    // Newest first.
    const AuditEntry &edit = page->at(0);
    CHECK(edit.action == QStringLiteral("users.edit"));
    CHECK(edit.actor == QStringLiteral("admin"));
    CHECK(edit.actorName == QStringLiteral("管理员甲"));
    CHECK(edit.site == QStringLiteral("A"));
    CHECK(edit.seq == 4);
    CHECK(edit.reference() == QStringLiteral("A-4"));
    CHECK(edit.table == QStringLiteral("staff"));
    CHECK(edit.recordLabel == QStringLiteral("赵六"));
    CHECK(QDateTime::fromString(edit.at, Qt::ISODateWithMs).isValid());
    const QList<FieldChange> changes = AuditDiff::changes(edit);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].field == QStringLiteral("section"));
    CHECK(changes[0].label == QStringLiteral("Section"));
    CHECK(changes[0].before.isEmpty());
    CHECK(changes[0].after == QStringLiteral("第0股"));
    const QList<FieldChange> added = AuditDiff::changes(page->at(1));
    auto roles = std::find_if(added.begin(), added.end(),
                              [](const FieldChange &c) { return c.field == QLatin1String("roles"); });
    REQUIRE(roles != added.end());
    CHECK(roles->after == QStringLiteral("Clerk")); // the role's name, not its code
    CHECK(page->at(3).action == QStringLiteral("bureau.setup"));
    CHECK(page->at(3).prevHash == AuditTrail::genesisHash());
    CHECK(page->at(2).prevHash == page->at(3).hash);

    auto history = AuditQueries(b.temp.db()).recordHistory(b.admin, edit.recordUuid);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).action == QStringLiteral("users.add"));
    CHECK(history->at(1).action == QStringLiteral("users.edit"));
    CHECK(*AuditQueries(b.temp.db()).resolveRecord(b.admin, edit.recordUuid.left(8)) == edit.recordUuid);
    CHECK(auditActionName(QStringLiteral("users.edit")) == QStringLiteral("Edited a staff record"));
}

TEST_CASE("audit: a change without an audit entry is not committed", "[audit]")
{
    AuditedBureau b(0);
    const QByteArray before = fingerprint(b.temp.db());
    {
        AuditedTransaction tx(b.temp.db(), b.admin);
        REQUIRE(tx.begin(Action::ManageStaff));
        REQUIRE(b.temp.db().exec(QStringLiteral("UPDATE staff SET section = '偷改' WHERE login = 'zhao'")));
        auto committed = tx.commit();
        REQUIRE_FALSE(committed);
        CHECK(committed.error().message.contains(QStringLiteral("without an audit entry")));
    }
    CHECK(fingerprint(b.temp.db()) == before);
}

TEST_CASE("audit: the chain verifies after many writes", "[audit]")
{
    AuditedBureau b(300);
    const AuditVerification v = b.verify();
    CHECK(v.intact());
    CHECK(v.entries == 303);
    REQUIRE(v.chains.size() == 1);
    CHECK(v.chains[0].site == QStringLiteral("A"));
    CHECK(v.chains[0].entries == 303);
    CHECK(v.chains[0].hash.size() == 64);
    // Progress is reported and cancelling stops.
    qint64 last = 0;
    REQUIRE(AuditVerifier::verify(b.temp.db(), b.admin, [&](qint64 done, qint64 total) {
        CHECK(total == 303);
        last = done;
        return true;
    }));
    CHECK(last == 303);
}

TEST_CASE("audit: an entry edited afterwards is named", "[audit][tamper]")
{
    AuditedBureau b(20);
    b.sql(QStringLiteral("UPDATE audit_entry SET after_json = replace(after_json, '第7股', '第8股') "
                         "WHERE site = 'A' AND seq = 11"));
    const AuditVerification v = b.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-11"));
    CHECK(v.problem->reason ==
          QStringLiteral("Entry A-11 was changed after it was written: its content no longer matches its hash."));
}

TEST_CASE("audit: an entry rewritten with a fresh hash breaks the next link", "[audit][tamper]")
{
    AuditedBureau b(20);
    // A careful forger recomputes the edited entry's own hash.
    auto q = b.temp.db().exec(
        QStringLiteral("SELECT %1 FROM audit_entry WHERE seq = 9").arg(QLatin1String(kAuditEntryColumns)));
    REQUIRE(q);
    REQUIRE(q->next());
    AuditEntry e = auditEntryFromRow(*q);
    e.actor = QStringLiteral("nobody");
    const QString forged = AuditTrail::computeHash(e);
    REQUIRE(b.temp.db().exec(QStringLiteral("UPDATE audit_entry SET actor = ?, hash = ? WHERE id = ?"),
                             {e.actor, forged, e.id}));
    const AuditVerification v = b.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-10"));
    CHECK(v.problem->reason.contains(QStringLiteral("no longer links to entry A-9")));
}

TEST_CASE("audit: a deleted entry is named, in the middle and at the end", "[audit][tamper]")
{
    AuditedBureau b(20);
    b.sql(QStringLiteral("DELETE FROM audit_entry WHERE site = 'A' AND seq = 6"));
    AuditVerification v = b.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-6"));
    CHECK(v.problem->reason.contains(QStringLiteral("Entry A-6 is missing")));

    AuditedBureau tail(20);
    tail.sql(QStringLiteral("DELETE FROM audit_entry WHERE seq >= 22"));
    v = tail.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-22"));
    CHECK(v.problem->reason.contains(QStringLiteral("Entries A-22 to A-23 are missing")));
}

TEST_CASE("audit: reordered entries are named", "[audit][tamper]")
{
    // Swapping two entries' places in the chain.
    AuditedBureau b(20);
    b.sql(QStringLiteral("UPDATE audit_entry SET seq = -1 WHERE seq = 7"));
    b.sql(QStringLiteral("UPDATE audit_entry SET seq = 7 WHERE seq = 8"));
    b.sql(QStringLiteral("UPDATE audit_entry SET seq = 8 WHERE seq = -1"));
    AuditVerification v = b.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-8"));
    CHECK(v.problem->reason.contains(QStringLiteral("out of order")));

    // Swapping the rows' storage order.
    AuditedBureau rows(20);
    rows.sql(QStringLiteral("UPDATE audit_entry SET id = -1 WHERE seq = 12"));
    rows.sql(QStringLiteral("UPDATE audit_entry SET id = 12 WHERE seq = 13"));
    rows.sql(QStringLiteral("UPDATE audit_entry SET id = 13 WHERE seq = 12"));
    v = rows.verify();
    REQUIRE_FALSE(v.intact());
    CHECK(v.problem->entry == QStringLiteral("A-13"));
    CHECK(v.problem->reason.contains(QStringLiteral("out of order")));
}

TEST_CASE("audit: casedesk-cli lists a record's history and verify names the bad entry", "[audit][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("audit.sqlite"));
    REQUIRE(cliSetUp(db, QStringLiteral("YQ")).status == 0);
    const QMap<QString, QString> first{{QStringLiteral("CASEDESK_NEW_PASSWORD"), QStringLiteral("First-pass-1")}};
    REQUIRE(cliAsAdmin(db,
                       {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("qian"),
                        QStringLiteral("--name"), QStringLiteral("钱七"), QStringLiteral("--roles"),
                        QStringLiteral("inspector"), QStringLiteral("--cert"), QStringLiteral("ZF0001"),
                        QStringLiteral("--cert-until"), QStringLiteral("2029-12-31")},
                       first)
                .status == 0);
    REQUIRE(cliAsAdmin(db, {QStringLiteral("users"), QStringLiteral("edit"), QStringLiteral("qian"),
                            QStringLiteral("--section"), QStringLiteral("稽查队")})
                .status == 0);
    REQUIRE(cliAsAdmin(db, {QStringLiteral("users"), QStringLiteral("deactivate"), QStringLiteral("qian")}).status ==
            0);

    const QJsonArray users =
        cliJson(cliAsAdmin(db, {QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")}))
            .value(QStringLiteral("users"))
            .toArray();
    QString qianId;
    for (const QJsonValue &u : users)
        if (u[QStringLiteral("login")].toString() == QStringLiteral("qian"))
            qianId = u[QStringLiteral("id")].toString();
    REQUIRE(qianId.size() == 36);

    const CliRun history = cliAsAdmin(db, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                                           QStringLiteral("--record"), qianId});
    REQUIRE(history.status == 0);
    const QJsonArray entries = cliJson(history).value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == 3);
    CHECK(entries[0][QStringLiteral("action")].toString() == QStringLiteral("users.add"));
    CHECK(entries[1][QStringLiteral("action")].toString() == QStringLiteral("users.edit"));
    CHECK(entries[1][QStringLiteral("before")][QStringLiteral("section")].toString().isEmpty());
    CHECK(entries[1][QStringLiteral("after")][QStringLiteral("section")].toString() == QStringLiteral("稽查队"));
    CHECK(entries[2][QStringLiteral("action")].toString() == QStringLiteral("users.deactivate"));
    CHECK(entries[2][QStringLiteral("after")][QStringLiteral("active")].toBool() == false);
    CHECK(entries[2][QStringLiteral("user")].toString() == QStringLiteral("admin"));
    CHECK(entries[2][QStringLiteral("entry")].toString() == QStringLiteral("YQ-5"));

    const CliRun intact = cliAsAdmin(db, {QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(intact.status == 0);
    CHECK(intact.out.contains(QStringLiteral("intact: 5 entries")));

    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        REQUIRE((*opened)->exec(QStringLiteral("UPDATE audit_entry SET record_label = '某人' WHERE seq = 4")));
    }
    const CliRun broken = cliAsAdmin(db, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
    CHECK(broken.status == 1);
    CHECK(broken.err.contains(QStringLiteral("Entry YQ-4 was changed after it was written")));
    CHECK(broken.err.count(QLatin1Char('\n')) == 1);
    const QJsonObject report = cliJson(broken);
    CHECK_FALSE(report.value(QStringLiteral("intact")).toBool());
    CHECK(report[QStringLiteral("problem")][QStringLiteral("entry")].toString() == QStringLiteral("YQ-4"));
}
