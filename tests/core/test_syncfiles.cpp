// Exchange files that must do no harm: truncated, damaged, altered or
// forged, made with another bureau's key, made by a newer CaseDesk, not an
// exchange file at all, or skipping what this workstation lacks. Each is
// refused with its reason, and the database stays exactly as it was.
#include "registersupport.h"
#include "sync/syncfile.h"
#include "sync/syncimporter.h"
#include "sync/synckey.h"
#include "syncsupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Imports the bytes as a file on w: refused, the reason containing `why`,
// nothing changed.
void requireRefused(Workstations &ws, Workstation &w, const QByteArray &bytes, const QString &why)
{
    const QString path = ws.file(QStringLiteral("bad.cdx"));
    writeFile(path, bytes);
    const QByteArray before = fingerprint(*w.db);
    auto r = SyncImporter::run(*w.db, &w.session, path);
    REQUIRE_FALSE(r);
    CHECK(r.error().refusal);
    INFO(r.error().message.toStdString());
    CHECK(r.error().message.contains(why));
    CHECK(r.error().message.contains(path));
    CHECK(fingerprint(*w.db) == before);
}

struct Parts {
    QByteArray magic, header, body, trailer;
};

Parts split(const QByteArray &file)
{
    const qsizetype m = file.indexOf('\n');
    const qsizetype h = file.indexOf('\n', m + 1);
    const qsizetype t = file.lastIndexOf("HMAC ");
    return {file.left(m + 1), file.mid(m + 1, h - m), file.mid(h + 1, t - h - 1), file.mid(t)};
}

} // namespace

TEST_CASE("sync files: every kind of bad file is refused and changes nothing", "[sync][syncfiles]")
{
    Workstations ws;
    Workstation &a = ws.site(QStringLiteral("A")), &b = ws.site(QStringLiteral("B"));
    storeEntity(*a.db, a.session, QStringLiteral("永清县华通电线厂"), 1);
    storeEntity(*a.db, a.session, QStringLiteral("永清县恒信计量站"), 2);
    const QByteArray good = bytesOf(ws.exportFor(a, b));
    const Parts parts = split(good);

    SECTION("truncated anywhere")
    {
        for (qsizetype length : {qsizetype(0), qsizetype(8), parts.magic.size() + 10,
                                 parts.magic.size() + parts.header.size() + 5, good.size() - 70, good.size() - 1})
            requireRefused(
                ws, b, good.left(length),
                length < parts.magic.size() + parts.header.size()
                    ? (length < 18 ? QStringLiteral("not a CaseDesk exchange file") : QStringLiteral("truncated"))
                    : QStringLiteral("truncated"));
    }
    SECTION("damaged on the way")
    {
        QByteArray damaged = good;
        damaged[parts.magic.size() + parts.header.size() + parts.body.size() / 2] ^= 0x20;
        requireRefused(ws, b, damaged, QStringLiteral("damaged"));
        requireRefused(ws, b, good + "x", QStringLiteral("damaged"));
    }
    SECTION("altered after it was made, its checksum recomputed")
    {
        QByteArray body = qUncompress(parts.body.chopped(1));
        body.replace("永清县华通电线厂", "永清县伪造电线厂");
        const QByteArray packed = qCompress(body);
        QJsonObject header = QJsonDocument::fromJson(parts.header).object();
        header.insert(QStringLiteral("bodyBytes"), packed.size());
        header.insert(QStringLiteral("bodySha256"),
                      QString::fromLatin1(QCryptographicHash::hash(packed, QCryptographicHash::Sha256).toHex()));
        const QByteArray forged =
            parts.magic + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + packed + '\n' + parts.trailer;
        requireRefused(ws, b, forged, QStringLiteral("signature"));
        // Only the header changed: it claims to come from another workstation.
        QByteArray claimed = good;
        claimed.replace("\"from\":\"A\"", "\"from\":\"C\"");
        requireRefused(ws, b, claimed, QStringLiteral("signature"));
    }
    SECTION("made with another bureau's key")
    {
        // The same records signed with another key, as another bureau's CaseDesk would.
        SyncPayload payload = *SyncFile::read(ws.file(QStringLiteral("A-B-1.cdx")),
                                              *SyncKey::fromText(QString::fromLatin1(kTestSyncKey)));
        const QString other = ws.file(QStringLiteral("other.cdx"));
        REQUIRE(SyncFile::write(other, payload, *SyncKey::fromText(QStringLiteral("another-bureau-secret-key"))));
        requireRefused(ws, b, bytesOf(other), QStringLiteral("another sync key"));
    }
    SECTION("made by a newer CaseDesk")
    {
        QByteArray newer = good;
        newer.replace(0, parts.magic.size(), "CASEDESK-EXCHANGE 2\n");
        requireRefused(ws, b, newer, QStringLiteral("newer CaseDesk"));
    }
    SECTION("not an exchange file")
    {
        requireRefused(ws, b, QByteArray("单位名称,统一社会信用代码\n永清县华通电线厂,91131023MA07L0XX5F\n"),
                       QStringLiteral("not a CaseDesk exchange file"));
    }
    SECTION("a file for another workstation that skips what this one lacks")
    {
        // B tells A what it holds; A's next file for B leaves that out, so C
        // (which holds none of it) cannot continue A's audit trail from it.
        ws.importInto(b, ws.file(QStringLiteral("A-B-1.cdx")));
        ws.importInto(a, ws.exportFor(b, a));
        storeEntity(*a.db, a.session, QStringLiteral("永清县第三家企业"), 3);
        requireRefused(ws, ws.site(QStringLiteral("C")), bytesOf(ws.exportFor(a, b)), QStringLiteral("full export"));
    }
    // After all that, the good file still imports.
    CHECK(SyncImporter::run(*b.db, &b.session, ws.file(QStringLiteral("A-B-1.cdx"))));
}

TEST_CASE("sync files: without the bureau's key nothing is exchanged", "[sync][syncfiles]")
{
    TempDatabase t;
    Session admin = setUpBureau(t.db(), QStringLiteral("A"));
    qunsetenv("CASEDESK_SYNC_KEY");
    auto none = SyncKey::current(t.db());
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("sync key")));
    CHECK_FALSE(SyncKey::fromText(QStringLiteral("short-key")));
    auto key = SyncKey::fromText(QStringLiteral("a-sufficiently-long-key"));
    REQUIRE(key);
    REQUIRE(SyncKey::storeAtSetUp(t.db(), *key));
    // Set-up never replaces a key; an administrator's change is audited.
    CHECK_FALSE(SyncKey::storeAtSetUp(t.db(), *SyncKey::fromText(QStringLiteral("another-long-enough-key"))));
    REQUIRE(SyncKey::change(t.db(), admin, *SyncKey::fromText(QStringLiteral("another-long-enough-key"))));
    CHECK(SyncKey::current(t.db())->fingerprint() ==
          SyncKey::fromText(QStringLiteral("another-long-enough-key"))->fingerprint());
    CHECK(countRows(t.db(), QStringLiteral("audit_entry")) >= 2);
}
