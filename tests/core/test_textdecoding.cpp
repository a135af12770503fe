// Decoding what clerks hand in: UTF-8 with or without BOM, GB18030, and the
// refusals for empty, binary, truncated, damaged and oversized input.
#include "testsupport.h"
#include "textdecoding.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
const QString kSample = QStringLiteral("序号,主要职责\n1,负责全县计量工作\n2,承担特种设备安全监察\n");
}

TEST_CASE("UTF-8 with and without BOM and GB18030 decode to the same text", "[decoding]")
{
    auto plain = TextDecoding::decode(kSample.toUtf8(), QStringLiteral("a.csv"));
    REQUIRE(plain);
    CHECK(plain->text == kSample);
    CHECK(plain->encoding == QStringLiteral("UTF-8"));

    auto bom = TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + kSample.toUtf8(), QStringLiteral("b.csv"));
    REQUIRE(bom);
    CHECK(bom->text == kSample);
    CHECK(bom->encoding == QStringLiteral("UTF-8 (BOM)"));

    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbBytes = gb(kSample);
    REQUIRE(gbBytes != kSample.toUtf8());
    auto fromGb = TextDecoding::decode(gbBytes, QStringLiteral("c.csv"));
    REQUIRE(fromGb);
    CHECK(fromGb->text == kSample);
    CHECK(fromGb->encoding == QStringLiteral("GB18030"));
}

TEST_CASE("empty and blank input is refused naming the file", "[decoding]")
{
    for (const QByteArray &bytes : {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n\t\n")}) {
        auto r = TextDecoding::decode(bytes, QStringLiteral("empty.txt"));
        REQUIRE_FALSE(r);
        CHECK(r.error().message == QStringLiteral("empty.txt: the file is empty."));
    }
}

TEST_CASE("binary input is refused with its line", "[decoding]")
{
    QByteArray bytes = kSample.toUtf8();
    bytes.insert(bytes.indexOf("2,"), QByteArray("\x00\x01\x02", 3));
    auto r = TextDecoding::decode(bytes, QStringLiteral("bin.dat"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(QStringLiteral("bin.dat, line 3: binary data")));
}

TEST_CASE("text cut off in the middle of a character is refused as truncated", "[decoding]")
{
    const QByteArray bytes = kSample.toUtf8();
    const QByteArray cut = bytes.left(bytes.lastIndexOf("安") + 1); // first byte of a 3-byte character
    auto r = TextDecoding::decode(cut, QStringLiteral("cut.txt"));
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("cut.txt, line 3")));
    CHECK(r.error().message.contains(QStringLiteral("truncated")));
}

TEST_CASE("damaged UTF-8 and undecodable bytes are refused with the line", "[decoding]")
{
    QByteArray damaged = kSample.toUtf8();
    damaged[damaged.indexOf("2,") + 3] = '\xFF';
    auto a = TextDecoding::decode(damaged, QStringLiteral("damaged.csv"));
    REQUIRE_FALSE(a);
    CHECK(a.error().message.startsWith(QStringLiteral("damaged.csv, line 3: invalid UTF-8")));

    const QByteArray garbage("name\nvalue \xFF\xFE\x80 end\n");
    auto b = TextDecoding::decode(garbage, QStringLiteral("garbage.csv"));
    REQUIRE_FALSE(b);
    CHECK(b.error().message.startsWith(QStringLiteral("garbage.csv, line 2:")));
    CHECK(b.error().message.contains(QStringLiteral("neither UTF-8 nor GB18030")));
}

TEST_CASE("oversized input is refused before it is read", "[decoding]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.txt"));
    test::writeFile(path, QByteArray(3 * 1024 * 1024, 'a'));
    auto r = TextDecoding::decodeFile(path, 2 * 1024 * 1024);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QStringLiteral("largest file accepted is 2 MB")));
    CHECK(r.error().message.startsWith(path));

    auto missing = TextDecoding::decodeFile(dir.filePath(QStringLiteral("nope.txt")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("does not exist")));
}
