// casedesk-cli sync: a second workstation joins with init --site and a
// full export, files go both ways, a conflict is listed and resolved, a
// refused file exits 2 naming the file, and the sync key is set at init and
// changed by an administrator.
#include "clirunner.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString keyFile(const QString &dir, const QString &name, const QString &key)
{
    const QString path = dir + QLatin1Char('/') + name;
    writeFile(path, key.toUtf8() + "\n");
    return path;
}

} // namespace

TEST_CASE("cli sync: join, exchange both ways, conflicts, refusals and the key", "[sync][cli]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.sqlite")), b = dir.filePath(QStringLiteral("b.sqlite"));
    const QString key = keyFile(dir.path(), QStringLiteral("key.txt"), QStringLiteral("yongqing-bureau-key-2026"));
    const QMap<QString, QString> withKey{
        {QStringLiteral("CASEDESK_SYNC_KEY"), QStringLiteral("yongqing-bureau-key-2026")}};
    REQUIRE(cliSetUp(a, QStringLiteral("YQ-01")).status == 0);
    REQUIRE(cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("status")}).status == 0);
    // Without a key nothing is exported; with it (here from the environment) the export works.
    const CliRun noKey = cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--all"),
                                        QStringLiteral("-o"), dir.filePath(QStringLiteral("x.cdx"))});
    CHECK(noKey.status == 2);
    CHECK(noKey.err.contains(QStringLiteral("sync key")));
    CHECK(cliAsAdmin(a, {QStringLiteral("entities"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("永清县华通电线厂"), QStringLiteral("--code"), testCreditCode(1),
                         QStringLiteral("--kinds"), QStringLiteral("producer")})
              .status == 0);
    const QString full = dir.filePath(QStringLiteral("全部.cdx"));
    const CliRun exported = cliAsAdmin(a,
                                       {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("export"),
                                        QStringLiteral("--all"), QStringLiteral("-o"), full},
                                       withKey);
    REQUIRE(exported.status == 0);
    CHECK(cliJson(exported).value(QStringLiteral("full")).toBool());
    CHECK(cliJson(exported).value(QStringLiteral("records")).toInt() >= 2); // the account and the entity

    // B joins: init --site with the key file, then the full export without signing in.
    const CliRun prepared = cli({QStringLiteral("--db"), b, QStringLiteral("init"), QStringLiteral("--site"),
                                 QStringLiteral("YQ-02"), QStringLiteral("--sync-key-file"), key});
    REQUIRE(prepared.status == 0);
    CHECK(prepared.out.contains(QStringLiteral("waits to join")));
    const CliRun joined = cli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("import"), full});
    INFO(joined.err.toStdString());
    REQUIRE(joined.status == 0);
    CHECK(joined.out.contains(QStringLiteral("joined")));
    // From now on B is an ordinary workstation: the accounts came with the file.
    const CliRun listed = cliAsAdmin(b, {QStringLiteral("entities"), QStringLiteral("list")});
    CHECK(listed.out.contains(QStringLiteral("永清县华通电线厂")));
    const CliRun again = cli({QStringLiteral("--db"), b, QStringLiteral("sync"), QStringLiteral("import"), full});
    CHECK(again.status == 2); // no sign-in on a workstation that has joined
    REQUIRE(cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("key"), QStringLiteral("--key-file"), key}).status ==
            0);

    // B's answer lets A send only what B lacks.
    const QString b2a = dir.filePath(QStringLiteral("b2a.cdx"));
    REQUIRE(cliAsAdmin(b, {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("--to"),
                           QStringLiteral("YQ-01"), QStringLiteral("-o"), b2a})
                .status == 0);
    REQUIRE(cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("import"), b2a}).status == 0);
    const CliRun status = cliAsAdmin(a, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
    REQUIRE(status.status == 0);
    const QJsonArray peers = cliJson(status).value(QStringLiteral("peers")).toArray();
    REQUIRE(peers.size() == 1);
    CHECK(peers.first().toObject().value(QStringLiteral("site")).toString() == QStringLiteral("YQ-02"));
    CHECK(peers.first().toObject().value(QStringLiteral("lastImportFile")).toString() == QStringLiteral("b2a.cdx"));

    // A refused file: exit 2, the file named, nothing imported.
    const QString broken = dir.filePath(QStringLiteral("broken.cdx"));
    writeFile(broken, readAll(b2a).left(300));
    const CliRun refused = cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("import"), broken});
    CHECK(refused.status == 2);
    CHECK(refused.err.contains(broken));
    CHECK(refused.err.contains(QStringLiteral("truncated")));

    // Misuse is refused before anything happens.
    CHECK(cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("export"), QStringLiteral("-o"), b2a}).status == 2);
    CHECK(cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("resolve"), QStringLiteral("1"),
                         QStringLiteral("--take"), QStringLiteral("mine")})
              .status == 2);
    const CliRun conflicts =
        cliAsAdmin(a, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("conflicts")});
    REQUIRE(conflicts.status == 0);
    CHECK(cliJson(conflicts).value(QStringLiteral("conflicts")).toArray().isEmpty());
    const CliRun shortKey = cliAsAdmin(a, {QStringLiteral("sync"), QStringLiteral("key"), QStringLiteral("--key-file"),
                                           keyFile(dir.path(), QStringLiteral("short.txt"), QStringLiteral("short"))});
    CHECK(shortKey.status == 2);
    CHECK(shortKey.err.contains(QStringLiteral("at least 16")));
}
