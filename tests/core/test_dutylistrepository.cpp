// Storing editions: what goes in comes out, a repeated edition is not
// duplicated, a stored edition is never rewritten, records carry their
// identity, and removal leaves tombstones.
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
    ResponsibilityListRepository repo(t.db());
    const ResponsibilityList original = sampleList();
    auto saved = repo.save(original, QStringLiteral("tester"), QStringLiteral("sample.csv"));
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
    ResponsibilityListRepository repo(t.db());
    auto first = repo.save(sampleList(), QStringLiteral("tester"));
    REQUIRE(first);
    const QByteArray before = fingerprint(t.db());
    auto second = repo.save(sampleList(), QStringLiteral("someone else"));
    REQUIRE(second);
    CHECK(second->alreadyPresent);
    CHECK(second->editionId == first->editionId);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("a stored edition is never rewritten; a new edition is stored beside it", "[repository]")
{
    TempDatabase t;
    ResponsibilityListRepository repo(t.db());
    REQUIRE(repo.save(sampleList(), QStringLiteral("tester")));
    const QByteArray before = fingerprint(t.db());

    ResponsibilityList changed = sampleList();
    changed.duties[0].text += QStringLiteral("（修订）");
    auto refused = repo.save(changed, QStringLiteral("tester"));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().refusal);
    CHECK(refused.error().message.contains(QStringLiteral("never rewritten")));
    CHECK(fingerprint(t.db()) == before);

    changed.label = QStringLiteral("2027版");
    auto second = repo.save(changed, QStringLiteral("tester"));
    REQUIRE(second);
    CHECK(ResponsibilityListQueries(t.db()).editions().size() == 2);
    CHECK(repo.load(1)->duties[0].text == sampleList().duties[0].text);
}

TEST_CASE("incomplete lists are refused", "[repository]")
{
    TempDatabase t;
    ResponsibilityListRepository repo(t.db());
    ResponsibilityList noLabel = sampleList();
    noLabel.label.clear();
    CHECK(repo.save(noLabel, QStringLiteral("t")).error().message.startsWith(QStringLiteral("Edition label")));
    ResponsibilityList noDuties = sampleList();
    noDuties.duties.clear();
    CHECK(repo.save(noDuties, QStringLiteral("t")).error().message.startsWith(QStringLiteral("Main duties")));
    ResponsibilityList emptyItem = sampleList();
    emptyItem.duties[1].items[0].text = QStringLiteral("  ");
    CHECK(repo.save(emptyItem, QStringLiteral("t")).error().message.contains(QStringLiteral("Main duty 2")));
    CHECK(countRows(t.db(), QStringLiteral("edition")) == 0);
}

TEST_CASE("stored records carry a UUID, time, author and workstation", "[repository]")
{
    TempDatabase t;
    REQUIRE(BureauSettings::save(
        t.db(), {QStringLiteral("测试县质量技术监督局"), QStringLiteral("测质监"), QStringLiteral("WS-01")}));
    REQUIRE(ResponsibilityListRepository(t.db()).save(sampleList(), QStringLiteral("张三")));
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT uuid, created_at, created_by, modified_by, site, deleted_at FROM item")));
    QSet<QString> uuids;
    while (q.next()) {
        CHECK(q.value(0).toString().size() == 36);
        uuids << q.value(0).toString();
        CHECK(QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).isValid());
        CHECK(q.value(2).toString() == QStringLiteral("张三"));
        CHECK(q.value(3).toString() == QStringLiteral("张三"));
        CHECK(q.value(4).toString() == QStringLiteral("WS-01"));
        CHECK(q.value(5).isNull());
    }
    CHECK(uuids.size() == 4);
}

TEST_CASE("removing an edition leaves tombstones, not holes", "[repository]")
{
    TempDatabase t;
    ResponsibilityListRepository repo(t.db());
    auto saved = repo.save(sampleList(), QStringLiteral("tester"));
    REQUIRE(saved);
    REQUIRE(repo.remove(saved->editionId, QStringLiteral("admin")));
    CHECK(ResponsibilityListQueries(t.db()).editions().isEmpty());
    CHECK_FALSE(repo.load(saved->editionId));
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*), count(deleted_at), min(modified_by) FROM item")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 4);
    CHECK(q.value(1).toInt() == 4);
    CHECK(q.value(2).toString() == QStringLiteral("admin"));
    // The label is free again for a new edition.
    CHECK(repo.save(sampleList(), QStringLiteral("tester")));
}

TEST_CASE("bureau settings are validated and stored", "[repository]")
{
    TempDatabase t;
    CHECK_FALSE(BureauSettings::load(t.db()).initialised());
    CHECK_FALSE(
        BureauSettings::save(t.db(), {QStringLiteral("某局"), QStringLiteral("某质监"), QStringLiteral("bad site!")}));
    CHECK_FALSE(BureauSettings::save(t.db(), {QString(), QStringLiteral("某质监"), QStringLiteral("A")}));
    REQUIRE(BureauSettings::save(
        t.db(), {QStringLiteral("永清县质量技术监督局"), QStringLiteral("永质监"), QStringLiteral("YQ1")}));
    const BureauSettings s = BureauSettings::load(t.db());
    CHECK(s.bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(s.abbreviation == QStringLiteral("永质监"));
    CHECK(s.site == QStringLiteral("YQ1"));
}

TEST_CASE("set-up accepts the same bureau again and refuses to change it", "[repository]")
{
    TempDatabase t;
    const BureauSettings yongqing{QStringLiteral("永清县质量技术监督局"), QStringLiteral("永质监"),
                                  QStringLiteral("YQ1")};
    REQUIRE(BureauSettings::initialise(t.db(), yongqing));
    REQUIRE(BureauSettings::initialise(t.db(), yongqing));
    auto changed =
        BureauSettings::initialise(t.db(), {QStringLiteral("别的局"), QStringLiteral("别质监"), QStringLiteral("X")});
    REQUIRE_FALSE(changed);
    CHECK(changed.error().message.contains(QStringLiteral("already set up")));
    CHECK(BureauSettings::load(t.db()).bureauName == QStringLiteral("永清县质量技术监督局"));
}
