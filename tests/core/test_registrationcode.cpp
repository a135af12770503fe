// Registration codes as clerks type them: real published credit codes and
// organisation codes pass and come back normalised; every kind of mistake is
// refused with the position or characters it concerns.
#include "register/registrationcode.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
// Published unified social credit codes, checked by hand against GB 32100.
const char *const kRealCreditCodes[] = {
    "914403001922038216", // 华为技术有限公司 (Shenzhen)
    "9144030071526726XG", // 腾讯科技（深圳）有限公司; embedded organisation code 71526726-X
    "91440300708461136T", // 深圳市腾讯计算机系统有限公司
    "91110108551385082Q", // 小米科技有限责任公司 (Beijing, Haidian)
    "91330100716105852F", // 阿里巴巴 (Hangzhou)
    "91350503MA31DKY80A", // an enterprise registered in Quanzhou (350503); embedded organisation code MA31DKY8-0
    "12440600MB2C07549J", // a public institution registered by 机构编制 (authority 1), Foshan
    "92141127MA0KD1Y64A", // an individual business (92), Shanxi
    "92440300L83529307M", // an individual business (92), Shenzhen
};
const QString kHuawei = QStringLiteral("914403001922038216");

QString refusalOf(const QString &input)
{
    const auto r = RegistrationCodes::check(input);
    REQUIRE_FALSE(r);
    CHECK(r.error().refusal);
    return r.error().message;
}
} // namespace

TEST_CASE("real credit codes pass and keep their text", "[creditcode]")
{
    for (const char *code : kRealCreditCodes) {
        INFO(code);
        const auto r = RegistrationCodes::check(QString::fromLatin1(code));
        REQUIRE(r);
        CHECK(r->text == QString::fromLatin1(code));
        CHECK(r->kind == CodeKind::CreditCode);
        CHECK(RegistrationCodes::creditCodeCheckCharacter(r->text.left(17)) == r->text.back());
    }
}

TEST_CASE("credit codes are normalised: case, spaces, full-width characters", "[creditcode]")
{
    const auto spaced = RegistrationCodes::check(QStringLiteral(" 9144 0300 7152 6726 xg\t"));
    REQUIRE(spaced);
    CHECK(spaced->text == QStringLiteral("9144030071526726XG"));

    // As typed with a Chinese input method in full-width mode, with an ideographic space.
    const auto fullWidth = RegistrationCodes::check(QStringLiteral("９１４４０３００１９２２０３８２１６\u3000"));
    REQUIRE(fullWidth);
    CHECK(fullWidth->text == kHuawei);
}

TEST_CASE("organisation codes pass with and without the hyphen", "[creditcode]")
{
    struct Case {
        const char *input;
        const char *text;
    };
    const Case cases[] = {
        {"19220382-1", "192203821"},                                 // Huawei's organisation code
        {"192203821", "192203821"},     {"71526726-X", "71526726X"}, // Tencent's: check character X
        {"71526726x", "71526726X"},     {"ma31dky8-0", "MA31DKY80"}, // check character 0
        {" 7161 0585-2 ", "716105852"},
    };
    for (const Case &c : cases) {
        INFO(c.input);
        const auto r = RegistrationCodes::check(QString::fromLatin1(c.input));
        REQUIRE(r);
        CHECK(r->text == QString::fromLatin1(c.text));
        CHECK(r->kind == CodeKind::OrganisationCode);
    }
}

TEST_CASE("the organisation code check gives X for 10 and 0 for 11", "[creditcode]")
{
    // 6 x 2 = 12 = 1 (mod 11): 11 - 1 = 10 -> X.
    CHECK(RegistrationCodes::organisationCodeCheckCharacter(u"00000006") == QLatin1Char('X'));
    // 0 (mod 11): 11 - 0 = 11 -> 0.
    CHECK(RegistrationCodes::organisationCodeCheckCharacter(u"00000000") == QLatin1Char('0'));
    CHECK(RegistrationCodes::organisationCodeCheckCharacter(u"19220382") == QLatin1Char('1'));
    CHECK(RegistrationCodes::organisationCodeCheckCharacter(u"MA31DKY8") == QLatin1Char('0'));

    CHECK(RegistrationCodes::check(QStringLiteral("00000006-X")));
    CHECK(RegistrationCodes::check(QStringLiteral("00000000-0")));
    CHECK(refusalOf(QStringLiteral("00000006-0")) ==
          QStringLiteral("Registration code 000000060: the check character is '0' but the other characters give "
                         "'X': a character was probably mistyped."));
    CHECK(refusalOf(QStringLiteral("00000000-X")) ==
          QStringLiteral("Registration code 00000000X: the check character is 'X' but the other characters give "
                         "'0': a character was probably mistyped."));
}

TEST_CASE("the credit code check maps 31 to 0 and refuses bad input", "[creditcode]")
{
    CHECK(RegistrationCodes::creditCodeCheckCharacter(u"91110000000000025") == QLatin1Char('0'));
    CHECK(RegistrationCodes::check(QStringLiteral("911100000000000250")));
    CHECK(RegistrationCodes::creditCodeCheckCharacter(u"9144030019220382") == QChar());  // 16 characters
    CHECK(RegistrationCodes::creditCodeCheckCharacter(u"9144030019220382I") == QChar()); // I is not allowed
    CHECK(RegistrationCodes::organisationCodeCheckCharacter(u"1922038-") == QChar());
}

TEST_CASE("empty codes and codes of the wrong length are refused", "[creditcode]")
{
    const QString empty = QStringLiteral("The registration code is empty: enter the 18-character unified social "
                                         "credit code or the 9-character organisation code.");
    CHECK(refusalOf(QString()) == empty);
    CHECK(refusalOf(QStringLiteral(" \t ")) == empty);

    CHECK(refusalOf(kHuawei.left(17)) == QStringLiteral("The registration code has 17 character(s); a unified social "
                                                        "credit code has 18, an organisation code 9."));
    // An old 15-digit business registration number (注册号).
    CHECK(refusalOf(QStringLiteral("440301103448669")).startsWith(QStringLiteral("The registration code has 15 ")));
    // A hyphen anywhere but before the check character is not the organisation code's.
    CHECK(refusalOf(QStringLiteral("1922038-21")).startsWith(QStringLiteral("The registration code has 10 ")));
}

TEST_CASE("letters GB 32100 leaves out are refused with their position", "[creditcode]")
{
    for (const char letter : {'I', 'O', 'Z', 'S', 'V'}) {
        QString code = kHuawei;
        code[9] = QLatin1Char(letter);
        INFO(code.toStdString());
        CHECK(refusalOf(code) == QStringLiteral("Registration code %1: the character '%2' at position 10 is not "
                                                "allowed; a unified social credit code uses the digits 0-9 and the "
                                                "capital letters A-Z except I, O, Z, S and V.")
                                     .arg(code, QChar::fromLatin1(letter)));
    }
    CHECK(refusalOf(QStringLiteral("91440300192203821*")).contains(QStringLiteral("'*' at position 18")));
}

TEST_CASE("organisation codes refuse other characters and a bad check character", "[creditcode]")
{
    CHECK(refusalOf(QStringLiteral("1922_382-1")) ==
          QStringLiteral("Registration code 1922_3821: the character '_' at position 5 is not allowed; an "
                         "organisation code uses the digits 0-9 and the capital letters A-Z."));
    CHECK(refusalOf(QStringLiteral("19220382-Y")) ==
          QStringLiteral("Registration code 19220382Y: the character 'Y' at position 9 is not allowed; the check "
                         "character of an organisation code is a digit or X."));
    CHECK(refusalOf(QStringLiteral("19220382-2")) ==
          QStringLiteral("Registration code 192203822: the check character is '2' but the other characters give "
                         "'1': a character was probably mistyped."));
    // One mistyped character of a real organisation code.
    CHECK(refusalOf(QStringLiteral("19220832-1")).contains(QStringLiteral("the check character is '1'")));
}

TEST_CASE("an unknown registration authority is refused", "[creditcode]")
{
    // B is a valid character but no authority's code; the check character is
    // made right so that only the authority is wrong.
    QString code = QStringLiteral("B1440300192203821");
    code += RegistrationCodes::creditCodeCheckCharacter(code);
    CHECK(refusalOf(code) == QStringLiteral("Registration code %1: 'B' (position 1, the registration authority) is "
                                            "not an authority code; it is one of 1-9, A, N and Y.")
                                 .arg(code));
    // 0 is not an authority either; this one is a single changed character.
    CHECK(refusalOf(QStringLiteral("014403001922038216")).contains(QStringLiteral("'0' (position 1")));
}

TEST_CASE("an administrative division that is not six digits is refused", "[creditcode]")
{
    CHECK(refusalOf(QStringLiteral("9144A3001922038216")) ==
          QStringLiteral("Registration code 9144A3001922038216: characters 3 to 8 (the administrative division of "
                         "the registering office) are '44A300'; they must be six digits."));
}

TEST_CASE("one changed character or two swapped neighbours fail the check character", "[creditcode]")
{
    CHECK(refusalOf(QStringLiteral("914403001922038217")) ==
          QStringLiteral("Registration code 914403001922038217: the check character is '7' but the other characters "
                         "give '6': a character was probably mistyped."));
    CHECK(refusalOf(QStringLiteral("914403001922308216")) ==
          QStringLiteral("Registration code 914403001922308216: the check character is '6' but the other characters "
                         "give '%1': a character was probably mistyped.")
              .arg(RegistrationCodes::creditCodeCheckCharacter(u"91440300192230821")));

    // Every single substitution in positions 1-17 that keeps the code well
    // formed (authority and division stay valid) is caught by the check.
    for (qsizetype i = 0; i < 17; ++i) {
        for (const QChar replacement : {QLatin1Char('1'), QLatin1Char('7'), QLatin1Char('A'), QLatin1Char('Y')}) {
            if (kHuawei[i] == replacement || (i >= 2 && i < 8 && !replacement.isDigit()))
                continue;
            QString code = kHuawei;
            code[i] = replacement;
            INFO(code.toStdString());
            CHECK(refusalOf(code).contains(QStringLiteral("a character was probably mistyped")));
        }
    }
    // Every swap of two different neighbours.
    for (qsizetype i = 0; i + 1 < 17; ++i) {
        if (kHuawei[i] == kHuawei[i + 1])
            continue;
        QString code = kHuawei;
        std::swap(code[i], code[i + 1]);
        INFO(code.toStdString());
        CHECK(refusalOf(code).contains(QStringLiteral("a character was probably mistyped")));
    }
}

TEST_CASE("an embedded organisation code that fails GB 11714 is not refused", "[creditcode]")
{
    // Positions 9-17 "192203822" would be a wrong organisation code; with the
    // credit code's own check character right, the code is accepted (see the
    // reasoning in registrationcode.cpp).
    QString code = QStringLiteral("91440300192203822");
    code += RegistrationCodes::creditCodeCheckCharacter(code);
    const auto r = RegistrationCodes::check(code);
    REQUIRE(r);
    CHECK(r->text == code);
}

TEST_CASE("kind names", "[creditcode]")
{
    CHECK(RegistrationCodes::kindName(CodeKind::CreditCode) == QStringLiteral("Unified social credit code"));
    CHECK(RegistrationCodes::kindName(CodeKind::OrganisationCode) == QStringLiteral("Organisation code"));
}
