// Resident ID numbers (GB 11643-1999) of persons who are party to a case:
// the standard's own example and numbers whose check character the test
// computes itself pass; every kind of mistake is refused with its reason.
#include "cases/caseworkflow.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
// ISO 7064 MOD 11-2 written out independently of the core: the weight of
// position i (from the left, 0-based) is 2^(17-i) mod 11, and the check
// character makes the weighted sum of all 18 congruent to 1 mod 11.
QChar computedCheck(const QString &first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        int weight = 1;
        for (int k = 0; k < 17 - i; ++k)
            weight = weight * 2 % 11;
        sum += first17.at(i).digitValue() * weight;
    }
    for (int check = 0; check <= 10; ++check)
        if ((sum + check) % 11 == 1)
            return check == 10 ? QLatin1Char('X') : QChar(u'0' + check);
    return {};
}

QString withCheck(const QString &first17)
{
    return first17 + computedCheck(first17);
}

QString refusalOf(const QString &number)
{
    const auto r = IdentityNumbers::check(number);
    INFO(number.toStdString());
    REQUIRE_FALSE(r);
    CHECK(r.error().refusal);
    return r.error().message;
}
} // namespace

TEST_CASE("valid resident ID numbers pass, normalised", "[cases][idnumber]")
{
    // The example of GB 11643-1999 itself (born 1949-12-31, check character X).
    CHECK(computedCheck(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    const auto standard = IdentityNumbers::check(QStringLiteral("11010519491231002X"));
    REQUIRE(standard);
    CHECK(*standard == QStringLiteral("11010519491231002X"));

    // Lower-case x, spaces and full-width digits as typed.
    const auto typed = IdentityNumbers::check(QStringLiteral(" 110105 19491231 002x "));
    REQUIRE(typed);
    CHECK(*typed == QStringLiteral("11010519491231002X"));
    const auto fullWidth = IdentityNumbers::check(QStringLiteral("１１０１０５１９４９１２３１００２Ｘ"));
    REQUIRE(fullWidth);
    CHECK(*fullWidth == QStringLiteral("11010519491231002X"));

    // Numbers whose check character this test computes: a leap day, the
    // first day accepted, a recent birth, and a digit check character.
    const QString computed[] = {
        withCheck(QStringLiteral("13102519880229003")), // 1988-02-29, 永清县 (131025)
        withCheck(QStringLiteral("37030419000101001")), // 1900-01-01, 博山区 (370304)
        withCheck(QStringLiteral("13102520200101123")),
        QStringLiteral("110101199003074477"),
    };
    for (const QString &n : computed) {
        INFO(n.toStdString());
        const auto r = IdentityNumbers::check(n);
        REQUIRE(r);
        CHECK(*r == n);
    }
    CHECK(computedCheck(QStringLiteral("11010119900307447")) == QLatin1Char('7'));
}

TEST_CASE("ID numbers with the wrong length or characters are refused", "[cases][idnumber]")
{
    CHECK(refusalOf(QString()).contains(QStringLiteral("Enter the person's resident ID number")));
    CHECK(refusalOf(QStringLiteral("11010519491231002")).contains(QStringLiteral("has 17 character(s)")));
    CHECK(refusalOf(QStringLiteral("11010519491231002X1")).contains(QStringLiteral("has 19 character(s)")));
    // The old 15-digit numbers are not accepted: the party's file needs the 18-character one.
    CHECK(refusalOf(QStringLiteral("110105491231002")).contains(QStringLiteral("has 15 character(s)")));
    CHECK(refusalOf(QStringLiteral("1101051949123100AX")) ==
          QStringLiteral("The ID number 1101051949123100AX has 'A' at position 17; the first 17 characters are "
                         "digits."));
    CHECK(refusalOf(QStringLiteral("X10105194912310021")).contains(QStringLiteral("'X' at position 1")));
    CHECK(refusalOf(QStringLiteral("11010519491231002Y")) ==
          QStringLiteral("The ID number 11010519491231002Y ends in 'Y'; the last character is a digit or X."));
}

TEST_CASE("ID numbers with an impossible birth date are refused", "[cases][idnumber]")
{
    // 2027-02-29 does not exist; 1990-13-01 neither.
    CHECK(refusalOf(withCheck(QStringLiteral("13102520270229001")))
              .contains(QStringLiteral("birth date 20270229, "
                                       "which is not a date")));
    CHECK(refusalOf(withCheck(QStringLiteral("13102519901301001"))).contains(QStringLiteral("19901301")));
    CHECK(refusalOf(withCheck(QStringLiteral("13102519900100001"))).contains(QStringLiteral("19900100")));
    // A well-formed number of someone born in 1880: its check character is
    // right, but births before 1900 are not accepted.
    CHECK(computedCheck(QStringLiteral("44052418800101001")) == QLatin1Char('4'));
    CHECK(refusalOf(QStringLiteral("440524188001010014")) ==
          QStringLiteral("The ID number 440524188001010014 gives the birth date 1880-01-01, which is not between "
                         "1900-01-01 and today."));
    CHECK(refusalOf(withCheck(QStringLiteral("13102518991231001"))).contains(QStringLiteral("1899-12-31")));
    // Born in the future.
    const QString tomorrow = QDate::currentDate().addDays(1).toString(QStringLiteral("yyyyMMdd"));
    CHECK(refusalOf(withCheck(QStringLiteral("131025") + tomorrow + QStringLiteral("001")))
              .contains(QStringLiteral("not between 1900-01-01 and today")));
}

TEST_CASE("ID numbers with a wrong check character are refused, naming the right one", "[cases][idnumber]")
{
    CHECK(refusalOf(QStringLiteral("110105194912310021")) ==
          QStringLiteral("The ID number 110105194912310021 ends in 1, but its check character should be X: a "
                         "character is mistyped."));
    // One digit changed in the middle.
    CHECK(refusalOf(QStringLiteral("11010519491231003X")).contains(QStringLiteral("ends in X")));
    // Two neighbouring digits swapped.
    CHECK(refusalOf(QStringLiteral("110105194912310202")).contains(QStringLiteral("check character")));
    // Every wrong check character of a valid number is refused.
    const QString first17 = QStringLiteral("13102519880229003");
    const QChar right = computedCheck(first17);
    for (QChar c : QStringLiteral("0123456789X")) {
        if (c == right)
            continue;
        CHECK(refusalOf(first17 + c).contains(QStringLiteral("should be %1").arg(right)));
    }
}
