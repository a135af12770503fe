// The read side: rows for the tree, an item's detail with its legal basis
// and checklist, and search that finds 2-character Chinese words.
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"
#include "dutylist/supervisiondomain.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
QStringList texts(const ResponsibilityListQueries &q, const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << q.itemDetail(h.itemId).item.text;
    return out;
}
} // namespace

TEST_CASE("editions, duties and items come back in published order with counts", "[queries]")
{
    TempDatabase t;
    REQUIRE(ResponsibilityListRepository(t.db()).save(adminSession(t.db()), sampleList()));
    ResponsibilityListQueries q(t.db());
    const auto editions = q.editions();
    REQUIRE(editions.size() == 1);
    CHECK(editions[0].label == QStringLiteral("2026版"));
    CHECK(editions[0].dutyCount == 2);
    CHECK(editions[0].itemCount == 4);
    CHECK(editions[0].boundaryCount == 1);
    CHECK(editions[0].systemCount == 1);
    CHECK(editions[0].serviceCount == 1);
    const auto duties = q.duties(editions[0].id);
    REQUIRE(duties.size() == 2);
    CHECK(duties[1].number == QStringLiteral("2"));
    CHECK(duties[1].itemCount == 2);
    const auto items = q.items(duties[0].id);
    REQUIRE(items.size() == 2);
    CHECK(items[1].sections == QStringList{QStringLiteral("标准计量股"), QStringLiteral("稽查股")});
    CHECK(items[0].domain == QLatin1String(SupervisionDomain::Metrology));
    CHECK(q.sections() ==
          QStringList{QStringLiteral("标准计量股"), QStringLiteral("特种设备安全监察股"), QStringLiteral("稽查股")});
}

TEST_CASE("an item's detail has its duty, edition, legal basis and matching checklist", "[queries]")
{
    TempDatabase t;
    REQUIRE(ResponsibilityListRepository(t.db()).save(adminSession(t.db()), sampleList()));
    ResponsibilityListQueries q(t.db());
    const auto duties = q.duties(q.editions()[0].id);
    const ItemDetail metrology = q.itemDetail(q.items(duties[0].id)[1].id);
    CHECK(metrology.item.text == QStringLiteral("监督管理商品量、市场计量行为"));
    CHECK(metrology.duty.number == QStringLiteral("1"));
    CHECK(metrology.edition.label == QStringLiteral("2026版"));
    CHECK(metrology.heading == QStringLiteral("市场计量"));
    REQUIRE(metrology.references.size() == 2); // the duty's and the item's own
    CHECK(metrology.references[1].article == QStringLiteral("第五十七条"));
    CHECK(metrology.systems.isEmpty()); // no metrology system in the sample

    // The duty as a whole has one reference; the other belongs to item 2.
    const QList<LegalReference> dutyRefs = q.dutyReferences(duties[0].id);
    REQUIRE(dutyRefs.size() == 1);
    CHECK(dutyRefs[0].law == QStringLiteral("计量法"));
    CHECK(q.dutyReferences(duties[1].id).isEmpty());

    const ItemDetail firstItem = q.itemDetail(q.items(duties[0].id)[0].id);
    CHECK(firstItem.references.size() == 1); // the item-specific reference belongs to item 2 only

    const ItemDetail equipment = q.itemDetail(q.items(duties[1].id)[0].id);
    REQUIRE(equipment.systems.size() == 1);
    CHECK(equipment.systems[0].contentPoints.size() == 2);
    CHECK(q.itemDetail(999999).item.id == 0);
}

TEST_CASE("search finds 2-character Chinese words, glossary words and all words of a phrase", "[queries]")
{
    TempDatabase t;
    REQUIRE(ResponsibilityListRepository(t.db()).save(adminSession(t.db()), sampleList()));
    ResponsibilityListQueries q(t.db());
    // 计量 stands in the item texts and the duty.
    CHECK(texts(q, q.search(QStringLiteral("计量"))) ==
          QStringList{QStringLiteral("依法监督管理计量器具"), QStringLiteral("监督管理商品量、市场计量行为")});
    // 电梯 stands in no item: it is one of the kinds of special equipment.
    CHECK(texts(q, q.search(QStringLiteral("电梯"))) == QStringList{QStringLiteral("办理特种设备使用登记")});
    // Sections, references and remarks are searched too.
    CHECK(q.search(QStringLiteral("稽查股")).size() == 1);
    CHECK(q.search(QStringLiteral("第五十七条")).size() == 1);
    CHECK(q.search(QStringLiteral("含\"定量")).size() == 1);
    // 定量包装 is a glossary word of metrology: it finds the domain's items.
    CHECK(q.search(QStringLiteral("定量包装")).size() == 2);
    // Every word must match.
    CHECK(texts(q, q.search(QStringLiteral("计量  器具"))) == QStringList{QStringLiteral("依法监督管理计量器具")});
    CHECK(q.search(QStringLiteral("计量 电梯")).isEmpty());
    CHECK(q.search(QStringLiteral("   ")).isEmpty());
    CHECK(q.search(QStringLiteral("不存在")).isEmpty());
    // Quotes and SQL wildcards are plain text.
    CHECK(q.search(QStringLiteral("%")).isEmpty());
    CHECK(q.search(QStringLiteral("'; DROP TABLE item; --")).isEmpty());
    CHECK(q.editions().size() == 1);
}
