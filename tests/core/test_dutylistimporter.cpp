// Importing responsibility lists end to end: both published seeds, the CSV
// round trip, a repeated import, and every kind of bad input refused with
// the database left exactly as it was.
#include "dutylist/dutylistcsv.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistqueries.h"
#include "dutylist/dutylistrepository.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

ListImportReport importOk(Database &db, const QString &path, const QString &label = {})
{
    ResponsibilityListImporter importer(db);
    auto r = importer.importFile(adminSession(db), {path, label});
    if (!r)
        FAIL(r.error().message.toStdString());
    return *r;
}

} // namespace

TEST_CASE("both published seeds import with their figures", "[importer]")
{
    TempDatabase t;
    const ListImportReport boshan = importOk(t.db(), boshanSeed());
    CHECK(boshan.department == QStringLiteral("淄博市博山区质量技术监督局"));
    CHECK(boshan.label == QStringLiteral("2015-07"));
    CHECK(boshan.duties == 10);
    CHECK(boshan.boundaries == 0);
    CHECK(boshan.systems == 8);
    CHECK(boshan.services == 3);
    CHECK(boshan.references > 30);

    const ListImportReport yongqing = importOk(t.db(), yongqingSeed());
    CHECK(yongqing.department == QStringLiteral("永清县质量技术监督局"));
    CHECK(yongqing.duties == 9);
    CHECK(yongqing.boundaries == 4);
    CHECK(yongqing.systems == 7);
    CHECK(yongqing.services == 4);

    ResponsibilityListRepository repo(t.db());
    auto list = repo.load(yongqing.editionId);
    REQUIRE(list);
    CHECK(list->region == QStringLiteral("永清县"));
    CHECK(list->boundaries[0].matter == QStringLiteral("危险化学品监管"));
    CHECK(list->boundaries[0].shares.size() == 8);
    CHECK(ResponsibilityListQueries(t.db()).editions().size() == 2);
}

TEST_CASE("importing the same edition twice does not duplicate anything", "[importer]")
{
    TempDatabase t;
    const ListImportReport first = importOk(t.db(), yongqingSeed());
    const QByteArray before = fingerprint(t.db());
    const ListImportReport second = importOk(t.db(), yongqingSeed());
    CHECK(second.alreadyPresent);
    CHECK(second.editionId == first.editionId);
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("an explicit edition label stores another edition beside the first", "[importer]")
{
    TempDatabase t;
    importOk(t.db(), boshanSeed());
    const ListImportReport relabelled = importOk(t.db(), boshanSeed(), QStringLiteral("2016修订版"));
    CHECK_FALSE(relabelled.alreadyPresent);
    CHECK(relabelled.label == QStringLiteral("2016修订版"));
    CHECK(ResponsibilityListQueries(t.db()).editions().size() == 2);
}

TEST_CASE("export then import of the CSV template round-trips both seeds with nothing lost", "[importer][csv]")
{
    for (const QString &seed : {boshanSeed(), yongqingSeed()}) {
        INFO(seed.toStdString());
        TempDatabase source;
        const ListImportReport imported = importOk(source.db(), seed);
        auto original = ResponsibilityListRepository(source.db()).load(imported.editionId);
        REQUIRE(original);
        const QByteArray csv = ResponsibilityListCsv::write(*original);
        const QString csvPath = source.dir() + QStringLiteral("/export.csv");
        writeFile(csvPath, csv);

        TempDatabase target;
        const ListImportReport again = importOk(target.db(), csvPath);
        CHECK(again.duties == imported.duties);
        CHECK(again.items == imported.items);
        CHECK(again.references == imported.references);
        auto copy = ResponsibilityListRepository(target.db()).load(again.editionId);
        REQUIRE(copy);
        CHECK(*copy == *original);
        CHECK(ResponsibilityListCsv::write(*copy) == csv);

        // The same template saved by Excel on Chinese Windows (GB18030, no BOM).
        QStringEncoder gb("GB18030");
        const QString gbPath = source.dir() + QStringLiteral("/export-gb.csv");
        writeFile(gbPath, gb(QString::fromUtf8(csv.mid(3))));
        TempDatabase third;
        const ListImportReport fromGb = importOk(third.db(), gbPath);
        CHECK(*ResponsibilityListRepository(third.db()).load(fromGb.editionId) == *original);
    }
}

TEST_CASE("bad input is refused with the file and line named, and nothing changes", "[importer][bad-input]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    importOk(t.db(), boshanSeed());
    const QByteArray before = fingerprint(t.db());
    const QByteArray seed = readAll(yongqingSeed());
    const QByteArray csv = ResponsibilityListCsv::write(sampleList());

    struct Case {
        const char *name;
        QByteArray bytes;
        QString expected; // what the message must contain, after the file name
    };
    QByteArray truncatedSeed = seed.left(seed.indexOf("危险化学品") + 2); // inside a 3-byte character
    QByteArray truncatedCsv = csv.left(csv.indexOf("一辆槽罐车") + 15);   // inside a quoted multi-line field
    QByteArray binary = seed.left(400) + QByteArray("\x00\x10\x7f\x00PK\x03\x04", 8) + seed.mid(400, 200);
    QByteArray latin1Garbage = QByteArray("序号 主要职责\n").replace("序号", "\xD0\xF2\xBA\xC5\xFF\xFE");
    QByteArray corruptUtf8 = seed;
    corruptUtf8[corruptUtf8.indexOf("特种设备") + 1] = '\xFF';
    const QList<Case> cases = {
        {"empty.txt", QByteArray(), QStringLiteral("empty.txt: the file is empty.")},
        {"blank.csv", QByteArray("\xEF\xBB\xBF\r\n  \r\n"), QStringLiteral("blank.csv: the file is empty.")},
        {"truncated.txt", truncatedSeed, QStringLiteral("truncated.txt, line ")},
        {"truncated.csv", truncatedCsv, QStringLiteral("truncated.csv, line ")},
        {"binary.txt", binary, QStringLiteral("binary.txt, line ")},
        {"wrong-encoding.csv", latin1Garbage, QStringLiteral("wrong-encoding.csv, line 1:")},
        {"corrupt.txt", corruptUtf8, QStringLiteral("invalid UTF-8")},
        {"unrelated.txt", QByteArray("Shopping list\n- milk\n- eggs\n"), QStringLiteral("not a responsibility list")},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = t.dir() + QLatin1Char('/') + QString::fromLatin1(c.name);
        writeFile(path, c.bytes);
        ResponsibilityListImporter importer(t.db());
        auto r = importer.importFile(admin, {path, {}});
        REQUIRE_FALSE(r);
        CHECK(r.error().refusal);
        CHECK(r.error().message.startsWith(QString::fromLatin1(c.name)));
        CHECK(r.error().message.contains(c.expected));
        CHECK(fingerprint(t.db()) == before);
    }
    // Truncation at a line end is caught by the structure, not the encoding.
    const QString cutAtLine = t.dir() + QStringLiteral("/cut-at-line.csv");
    writeFile(cutAtLine, csv.left(csv.indexOf("\r\n职责") + 2));
    auto r = ResponsibilityListImporter(t.db()).importFile(admin, {cutAtLine, {}});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(QStringLiteral("cut-at-line.csv, line ")));
    CHECK(r.error().message.contains(QStringLiteral("no 职责 rows")));
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("an absurdly large file is refused without being read", "[importer][bad-input]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    const QString path = t.dir() + QStringLiteral("/huge.txt");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(64LL * 1024 * 1024)); // sparse: no disk used
    }
    const QByteArray before = fingerprint(t.db());
    auto r = ResponsibilityListImporter(t.db()).importFile(admin, {path, {}});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(path));
    CHECK(r.error().message.contains(QStringLiteral("the file is 64.0 MB; the largest file accepted is 16 MB")));
    CHECK(fingerprint(t.db()) == before);
}

TEST_CASE("progress is reported and a cancelled import changes nothing", "[importer]")
{
    TempDatabase t;
    const Session admin = adminSession(t.db());
    QList<int> seen;
    ResponsibilityListImporter importer(t.db());
    auto done = importer.importFile(admin, {yongqingSeed(), {}}, [&](int percent, const QString &) {
        seen << percent;
        return true;
    });
    REQUIRE(done);
    CHECK(seen.first() < seen.last());
    CHECK(seen.last() == 100);

    TempDatabase other;
    const Session otherAdmin = adminSession(other.db());
    const QByteArray before = fingerprint(other.db());
    auto cancelled =
        ResponsibilityListImporter(other.db())
            .importFile(otherAdmin, {boshanSeed(), {}}, [](int percent, const QString &) { return percent < 50; });
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message.contains(QStringLiteral("cancelled")));
    CHECK(fingerprint(other.db()) == before);
}
