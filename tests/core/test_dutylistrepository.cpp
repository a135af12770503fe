// Storing editions: what goes in comes out, a repeated edition is not
// duplicated, a stored edition is never rewritten, records carry their
// identity, and removal leaves tombstones.
#include "auth/bureausetup.h"
#include "bureausettings.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("a stored edition loads back field for field", "[repository]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    ResponsibilityListRepository repo(t.db());
    const ResponsibilityList original = sampleList();
    auto saved = repo.save(admin, original, QStringLiteral("sample.csv"));
    REQUIRE(saved);
    CHECK_FALSE(saved->alreadyPresent);
    auto loaded = repo.load(saved->editionId);
    REQUIRE(loaded);
    CHECK(*loaded == original);
    CHECK(countRows(t.db(), QStringLiteral("item")) == 4);
    CHECK(countRows(t.db(), QStringLiteral("section")) == 3);
}

TEST_CASE("saving the same edition twice changes nothing", "[repository]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    ResponsibilityListRepository repo(t.db());
    auto first = repo.save(admin, sampleList());
    REQUIRE(first);
    const QByteArray before = fingerprint(t.db());
    auto second = repo.save(admin, sampleList());
    REQUIRE(second);
    CHECK(second->alreadyPresent);
    CHECK(second->editionId == first->editionId);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("a stored edition is never rewritten; a new edition is stored beside it", "[repository]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    ResponsibilityListRepository repo(t.db());
    REQUIRE(repo.save(admin, sampleList()));
    const QByteArray before = fingerprint(t.db());

    ResponsibilityList changed = sampleList();
    changed.duties[0].text += QStringLiteral("（修订）");
    auto refused = repo.save(admin, changed);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);
    CHECK(refused.error().message.contains(QStringLiteral("never rewritten")));
    CHECK(fingerprint(t.db()) == before);

    changed.label = QStringLiteral("2027版");
    auto second = repo.save(admin, changed);
    REQUIRE(second);
    CHECK(ResponsibilityListQueries(t.db()).editions().size() == 2);
    CHECK(repo.load(1)->duties[0].text == sampleList().duties[0].text);
}

TEST_CASE("incomplete lists are refused", "[repository]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    ResponsibilityListRepository repo(t.db());
    ResponsibilityList noLabel = sampleList();
    noLabel.label.clear();
    CHECK(repo.save(admin, noLabel).error().message.startsWith(QStringLiteral("Edition label")));
    ResponsibilityList noDuties = sampleList();
    noDuties.duties.clear();
    CHECK(repo.save(admin, noDuties).error().message.startsWith(QStringLiteral("Main duties")));
    ResponsibilityList emptyItem = sampleList();
    emptyItem.duties[1].items[0].text = QStringLiteral("  ");
    CHECK(repo.save(admin, emptyItem).error().message.contains(QStringLiteral("Main duty 2")));
    CHECK(countRows(t.db(), QStringLiteral("edition")) == 0);
}

TEST_CASE("stored records carry a UUID, time, author and workstation", "[repository]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db(), QStringLiteral("WS-01"));
    const Session clerk =
        addColleague(t.db(), admin, QStringLiteral("zhangsan"), {Role::Clerk}, QStringLiteral("张三"));
    // A clerk may not store an edition; the administrator may.
    auto refused = ResponsibilityListRepository(t.db()).save(clerk, sampleList());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("may not import a responsibility list")));
    REQUIRE(ResponsibilityListRepository(t.db()).save(admin, sampleList()));
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT uuid, created_at, created_by, modified_by, site, deleted_at FROM item")));
    QSet<QString> uuids;
    while (q.next()) {
        CHECK(q.value(0).toString().size() == 36);
        uuids << q.value(0).toString();
        CHECK(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).isValid());
        CHECK(q.value(2).toString() == QStringLiteral("admin"));
        CHECK(q.value(3).toString() == QStringLiteral("admin"));
        CHECK(q.value(4).toString() == QStringLiteral("WS-01"));
        CHECK(q.value(5).isNull());
    }
    CHECK(uuids.size() == 4);
}

TEST_CASE("removing an edition leaves tombstones, not holes", "[repository]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    ResponsibilityListRepository repo(t.db());
    auto saved = repo.save(admin, sampleList());
    REQUIRE(saved);
    REQUIRE(repo.remove(admin, saved->editionId));
    CHECK(ResponsibilityListQueries(t.db()).editions().isEmpty());
    CHECK_FALSE(repo.load(saved->editionId));
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(deleted_at), min(modified_by) FROM item")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    CHECK(q.value(1).toInt() == 4);
    CHECK(q.value(2).toString() == QStringLiteral("admin"));
    // The label is free again for a new edition.
    CHECK(repo.save(admin, sampleList()));
}

TEST_CASE("bureau settings are validated, set up once and changed by an administrator only", "[repository]")
{
    TempDatabase t;
    CHECK_FALSE(BureauSettings::load(t.db()).initialised());
    BureauSettings bad;
    bad.bureauName = QStringLiteral("某局");
    bad.abbreviation = QStringLiteral("某质监");
    bad.site = QStringLiteral("bad site!");
    CHECK(bad.validate().error().message.contains(QStringLiteral("Workstation code")));
    bad.site = QStringLiteral("A");
    CHECK(bad.validate());
    bad.bureauName.clear();
    CHECK(bad.validate().error().message.contains(QStringLiteral("Bureau name")));
    bad.bureauName = QStringLiteral("某局");
    bad.idleLockMinutes = 0;
    CHECK(bad.validate().error().message.contains(QStringLiteral("Idle lock")));

    const Session admin = setUpBureau(t.db(), QStringLiteral("YQ1"));
    BureauSettings s = BureauSettings::load(t.db());
    CHECK(s.bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(s.abbreviation == QStringLiteral("永质监"));
    CHECK(s.site == QStringLiteral("YQ1"));
    CHECK(s.idleLockMinutes == BureauSettings::kDefaultIdleLockMinutes);
    CHECK(s.uuid.size() == 36);

    // The administrator changes the name and the idle lock; the workstation
    // code stays what set-up made it.
    s.bureauName = QStringLiteral("永清县市场监督管理局");
    s.idleLockMinutes = 5;
    REQUIRE(BureauSettings::update(t.db(), admin, s));
    CHECK(BureauSettings::load(t.db()).bureauName == QStringLiteral("永清县市场监督管理局"));
    CHECK(BureauSettings::load(t.db()).idleLockMinutes == 5);
    const QByteArray before = fingerprint(t.db());
    BureauSettings moved = s;
    moved.site = QStringLiteral("YQ2");
    auto refused = BureauSettings::update(t.db(), admin, moved);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("fixed at set-up")));
    const Session clerk = addColleague(t.db(), admin, QStringLiteral("clerk"), {Role::Clerk});
    const QByteArray withClerk = fingerprint(t.db());
    CHECK(withClerk != before);
    s.bureauName = QStringLiteral("别的局");
    auto notAllowed = BureauSettings::update(t.db(), clerk, s);
    REQUIRE_FALSE(notAllowed);
    CHECK(notAllowed.error().message.contains(QStringLiteral("may not change the bureau settings")));
    CHECK(fingerprint(t.db()) == withClerk);
}

TEST_CASE("set-up runs once; a set-up database refuses another", "[repository]")
{
    TempDatabase t;
    setUpBureau(t.db(), QStringLiteral("YQ1"));
    const QByteArray before = fingerprint(t.db());
    BureauSettings other;
    other.bureauName = QStringLiteral("别的局");
    other.abbreviation = QStringLiteral("别质监");
    other.site = QStringLiteral("X");
    auto again = BureauSetup::run(t.db(), other,
                                  {QStringLiteral("boss"), QStringLiteral("老板"), QStringLiteral("Boss-pass-1")});
    REQUIRE_FALSE(again);
    CHECK(again.error().message.contains(QStringLiteral("already set up")));
    CHECK(BureauSettings::load(t.db()).bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(fingerprint(t.db()) == before);
}
