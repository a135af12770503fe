// Splitting the 追责依据及追责情形 text into legal references, on its own:
// laws, editions, articles, numbered segments, and text that names no law.
#include "dutylist/legalreferences.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

TEST_CASE("one law with several articles gives one reference per article", "[references]")
{
    const auto refs =
        splitAccountabilityBasis(s("《甲法》（2001年1月1日通过，2010年5月6日修订）第六十五条：情形一的；情形二的。"
                                   "第六十七条：情形三的。第六十八条：情形四的。"));
    REQUIRE(refs.size() == 3);
    for (const LegalReference &r : refs) {
        CHECK(r.law == s("甲法"));
        CHECK(r.lawEdition == s("2001年1月1日通过，2010年5月6日修订"));
        CHECK(r.itemIndex == -1);
    }
    CHECK(refs[0].article == s("第六十五条"));
    CHECK(refs[0].situations == s("情形一的；情形二的。"));
    CHECK(refs[1].article == s("第六十七条"));
    CHECK(refs[2].article == s("第六十八条"));
    CHECK(refs[2].situations == s("情形四的。"));
}

TEST_CASE("numbered segments start new references, also mid-line", "[references]")
{
    const auto refs =
        splitAccountabilityBasis(s("1.《乙法》(1988年12月通过)第二十四条:人员失职的。\n"
                                   "2、《丙条例》（2005年6月 国务院令 第8号）第六十四条：“主管部门不履行职责的。” "
                                   "3． 《丁办法》第5条 违法收费的。\n"
                                   "4.依法应追究责任的其他情形。"));
    REQUIRE(refs.size() == 4);
    CHECK(refs[0].law == s("乙法"));
    CHECK(refs[0].lawEdition == s("1988年12月通过"));
    CHECK(refs[0].article == s("第二十四条"));
    CHECK(refs[0].situations == s("人员失职的。"));
    CHECK(refs[1].law == s("丙条例"));
    CHECK(refs[1].lawEdition == s("2005年6月 国务院令 第8号"));
    CHECK(refs[1].situations == s("主管部门不履行职责的。")); // quotes stripped
    CHECK(refs[2].law == s("丁办法"));
    CHECK(refs[2].lawEdition.isEmpty());
    CHECK(refs[2].article == s("第5条"));
    CHECK(refs[2].situations == s("违法收费的。"));
    CHECK(refs[3].law.isEmpty());
    CHECK(refs[3].article.isEmpty());
    CHECK(refs[3].situations == s("依法应追究责任的其他情形。"));
}

TEST_CASE("articles listed together stay one reference", "[references]")
{
    const auto refs = splitAccountabilityBasis(s("5.《戊办法》(2012年10月 总局令 第149号)第五十七条、第五十八条。"));
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].article == s("第五十七条、第五十八条"));
    CHECK(refs[0].situations.isEmpty());
}

TEST_CASE("an article inside quoted text or mid-sentence starts nothing", "[references]")
{
    const auto refs =
        splitAccountabilityBasis(s("《己法》第九条：“违反规定的。第十条所列行为的。”依照第十一条处理的。"));
    REQUIRE(refs.size() == 1);
    CHECK(refs[0].article == s("第九条"));
    CHECK(refs[0].situations.contains(s("第十条所列行为")));
    CHECK(refs[0].situations.contains(s("依照第十一条处理的")));
}

TEST_CASE("a sentence naming several laws and no article gives one reference per law", "[references]")
{
    const QString text =
        s("行政机关依据《庚法》、《辛条例》、《壬规定》等法律法规规章的规定，对违法违纪的人员给予处分。");
    const auto refs = splitAccountabilityBasis(text);
    REQUIRE(refs.size() == 3);
    CHECK(refs[0].law == s("庚法"));
    CHECK(refs[1].law == s("辛条例"));
    CHECK(refs[2].law == s("壬规定"));
    for (const LegalReference &r : refs) {
        CHECK(r.article.isEmpty());
        CHECK(r.situations == text);
    }
}

TEST_CASE("a paragraph opening with an article continues the previous law", "[references]")
{
    const auto refs =
        splitAccountabilityBasis(s("1.《癸法》（2008年通过）第二十七条：过错造成损失的。\n第二十八条：滥用职权的。"));
    REQUIRE(refs.size() == 2);
    CHECK(refs[1].law == s("癸法"));
    CHECK(refs[1].lawEdition == s("2008年通过"));
    CHECK(refs[1].article == s("第二十八条"));
    CHECK(refs[1].situations == s("滥用职权的。"));
}

TEST_CASE("paragraph markup and nested title marks are read", "[references]")
{
    const auto refs = splitAccountabilityBasis(
        s("<p>1.《某省实施〈标准化法〉办法》(1995年12月通过,2012年1月修正)第二十九条:玩忽职守的。</p> "
          "<p>2.依法应追责的其他情形。</p>"));
    REQUIRE(refs.size() == 2);
    CHECK(refs[0].law == s("某省实施〈标准化法〉办法"));
    CHECK(refs[0].lawEdition == s("1995年12月通过,2012年1月修正"));
    CHECK(refs[0].article == s("第二十九条"));
    CHECK(refs[1].situations == s("依法应追责的其他情形。"));
}

TEST_CASE("empty or blank text gives no references", "[references]")
{
    CHECK(splitAccountabilityBasis(QString()).isEmpty());
    CHECK(splitAccountabilityBasis(s(" \n ")).isEmpty());
}
