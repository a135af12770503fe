// Money: what clerks type is read to the fen or refused with the text named;
// amounts print with thousands separators and in the capital form of
// decisions and receipts (中国人民银行 rules for amounts in capitals).
#include "cases/money.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
qint64 fenOf(const QString &text)
{
    const auto m = Money::parse(text);
    INFO(text.toStdString());
    REQUIRE(m);
    return m->fen();
}

QString refusalOf(const QString &text)
{
    const auto m = Money::parse(text);
    INFO(text.toStdString());
    REQUIRE_FALSE(m);
    CHECK(m.error().refusal);
    return m.error().message;
}
} // namespace

TEST_CASE("amounts are read as clerks type them", "[cases][money]")
{
    CHECK(fenOf(QStringLiteral("30000")) == 3000000);
    CHECK(fenOf(QStringLiteral("30,000")) == 3000000);
    CHECK(fenOf(QStringLiteral("30000.5")) == 3000050);
    CHECK(fenOf(QStringLiteral("30,000.50")) == 3000050);
    CHECK(fenOf(QStringLiteral("1,234,567.89")) == 123456789);
    CHECK(fenOf(QStringLiteral("30000.")) == 3000000);
    CHECK(fenOf(QStringLiteral("0.05")) == 5);
    CHECK(fenOf(QStringLiteral(".5")) == 50);
    CHECK(fenOf(QStringLiteral("0")) == 0);
    CHECK(fenOf(QStringLiteral("007")) == 700);
    CHECK(fenOf(QStringLiteral("  12.30\t")) == 1230);
    // 万 (ten thousand), with decimals down to the fen.
    CHECK(fenOf(QStringLiteral("3万")) == 3000000);
    CHECK(fenOf(QStringLiteral("3.5万")) == 3500000);
    CHECK(fenOf(QStringLiteral("1.234567万")) == 1234567);
    CHECK(fenOf(QStringLiteral("10万元")) == 10000000);
    // 元 and the yuan sign.
    CHECK(fenOf(QStringLiteral("30000元")) == 3000000);
    CHECK(fenOf(QStringLiteral("¥30,000.00")) == 3000000);
    CHECK(fenOf(QStringLiteral("￥50")) == 5000);
    // Full-width digits, comma and point from a Chinese input method.
    CHECK(fenOf(QStringLiteral("３００００")) == 3000000);
    CHECK(fenOf(QStringLiteral("３０，０００．５０元")) == 3000050);
    CHECK(fenOf(QStringLiteral("３万")) == 3000000);
    // The largest amount accepted: 10^12 yuan.
    CHECK(fenOf(QStringLiteral("1,000,000,000,000")) == 100000000000000ll);
    CHECK(fenOf(QStringLiteral("100000000万")) == 100000000000000ll);
}

TEST_CASE("amounts that are not amounts are refused, naming the text", "[cases][money]")
{
    CHECK(refusalOf(QString()).contains(QStringLiteral("Enter an amount")));
    CHECK(refusalOf(QStringLiteral("   ")).contains(QStringLiteral("Enter an amount")));
    CHECK(refusalOf(QStringLiteral("-5")).contains(QStringLiteral("'-5' is negative")));
    CHECK(refusalOf(QStringLiteral("1.234")).contains(QStringLiteral("'1.234' has more than two decimals")));
    CHECK(refusalOf(QStringLiteral("1.2345678万")).contains(QStringLiteral("more than six decimals")));
    CHECK(refusalOf(QStringLiteral("abc")).contains(QStringLiteral("'abc' is not an amount")));
    CHECK(refusalOf(QStringLiteral("元")).contains(QStringLiteral("'元' is not an amount")));
    CHECK(refusalOf(QStringLiteral("1e5")).contains(QStringLiteral("'1e5'")));
    CHECK(refusalOf(QStringLiteral("1..2")).contains(QStringLiteral("'1..2'")));
    CHECK(refusalOf(QStringLiteral("3万5")).contains(QStringLiteral("'3万5'")));
    // Thousands separators only where they belong.
    CHECK(refusalOf(QStringLiteral("30,00")).contains(QStringLiteral("'30,00' is not an amount")));
    CHECK(refusalOf(QStringLiteral("3,0000")).contains(QStringLiteral("'3,0000'")));
    CHECK(refusalOf(QStringLiteral(",300")).contains(QStringLiteral("',300'")));
    // Above 10^12 yuan.
    CHECK(refusalOf(QStringLiteral("1000000000000.01")).contains(QStringLiteral("more than 1,000,000,000,000 yuan")));
    CHECK(refusalOf(QStringLiteral("10000000000000")).contains(QStringLiteral("'10000000000000'")));
    CHECK(refusalOf(QStringLiteral("99999999999999999999999")).contains(QStringLiteral("more than")));
    CHECK(refusalOf(QStringLiteral("100000001万")).contains(QStringLiteral("more than")));
}

TEST_CASE("amounts print with thousands separators and two decimals", "[cases][money]")
{
    CHECK(Money().toString() == QStringLiteral("0.00"));
    CHECK(Money::fromFen(5).toString() == QStringLiteral("0.05"));
    CHECK(Money::fromFen(50).toString() == QStringLiteral("0.50"));
    CHECK(Money::fromYuan(999).toString() == QStringLiteral("999.00"));
    CHECK(Money::fromYuan(1000).toString() == QStringLiteral("1,000.00"));
    CHECK(Money::fromFen(123456789).toString() == QStringLiteral("1,234,567.89"));
    CHECK(Money::fromYuan(100000).toString() == QStringLiteral("100,000.00"));
    CHECK(Money::fromYuan(1000000000000ll).toString() == QStringLiteral("1,000,000,000,000.00"));
    CHECK(Money::fromFen(-150).toString() == QStringLiteral("-1.50"));
    CHECK(Money::fromYuan(30000).yuanText() == QStringLiteral("30,000.00元"));
    // What toString prints reads back.
    for (qint64 fen : {0ll, 1ll, 99ll, 100ll, 123456ll, 100000000ll, 98765432101ll}) {
        const auto back = Money::parse(Money::fromFen(fen).toString());
        REQUIRE(back);
        CHECK(back->fen() == fen);
    }
}

TEST_CASE("amounts add up exactly and compare", "[cases][money]")
{
    Money total;
    for (int i = 0; i < 10; ++i)
        total += Money::fromFen(10); // 0.10 ten times: exactly 1.00
    CHECK(total == Money::fromYuan(1));
    CHECK(Money::fromYuan(3) - Money::fromFen(1) == Money::fromFen(299));
    CHECK(Money::fromYuan(3) + Money::fromFen(1) == Money::fromFen(301));
    CHECK(Money::fromFen(1) < Money::fromFen(2));
    CHECK(Money::fromYuan(1) > Money::fromFen(99));
    CHECK(Money().isZero());
    CHECK_FALSE(Money::fromFen(1).isZero());
}

TEST_CASE("amounts in capitals follow the rules for decisions and receipts", "[cases][money]")
{
    const struct {
        qint64 fen;
        const char *capital;
    } cases[] = {
        {0, "零元整"},
        {5, "伍分"},
        {30, "叁角"},
        {35, "叁角伍分"},
        {100, "壹元整"},
        {1000, "壹拾元整"},
        {1500, "壹拾伍元整"},
        {10000, "壹佰元整"},
        {10050, "壹佰元伍角"},
        {10005, "壹佰元零伍分"},
        {100400, "壹仟零肆元整"},
        {100405, "壹仟零肆元零伍分"},
        {101000, "壹仟零壹拾元整"},
        {168032, "壹仟陆佰捌拾元叁角贰分"},
        {3000000, "叁万元整"},
        {1001000, "壹万零壹拾元整"},
        {1050000, "壹万零伍佰元整"},
        {1234500, "壹万贰仟叁佰肆拾伍元整"},
        {12345000, "壹拾贰万叁仟肆佰伍拾元整"},
        {10050030, "壹拾万零伍佰元叁角"},
        {10500000, "壹拾万伍仟元整"},
        {100000100, "壹佰万零壹元整"},
        {100100000, "壹佰万壹仟元整"},
        {100010000, "壹佰万零壹佰元整"},
        {2000000500, "贰仟万零伍元整"},
        {10000000000ll, "壹亿元整"},
        {10001000000ll, "壹亿零壹万元整"},
        {10100000000ll, "壹亿零壹佰万元整"},
        {11000000000ll, "壹亿壹仟万元整"},
        {12345678912ll, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"},
        {100000000000000ll, "壹万亿元整"},
        {100000000000100ll, "壹万亿零壹元整"},
    };
    for (const auto &c : cases) {
        INFO(Money::fromFen(c.fen).toString().toStdString());
        CHECK(Money::fromFen(c.fen).capital() == QString::fromUtf8(c.capital));
    }
}
