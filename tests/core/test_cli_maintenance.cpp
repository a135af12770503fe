// backup, restore and check on the command line, as an administrator's
// script or a person at the terminal runs them: what they print, their exit
// status, and that a refused or unconfirmed request changes nothing.
#include "auth/signin.h"
#include "clirunner.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A bureau set up through the CLI in a folder of its own.
struct CliBureau {
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("bureau.sqlite"));

    CliBureau() { REQUIRE(cliSetUp(db).status == 0); }

    QString file(const QString &name) const { return dir.filePath(name); }
    CliRun asAdmin(const QStringList &args) const { return cliAsAdmin(db, args); }
    // `restore` as the administrator, with input typed at the terminal.
    CliRun restoreAnswering(const QStringList &args, const QByteArray &input) const
    {
        return cliWithInput(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                        QStringLiteral("restore")} +
                                args,
                            input, {{QStringLiteral("CASEDESK_PASSWORD"), QString::fromLatin1(kAdminPassword)}});
    }
    QByteArray fingerprint() const
    {
        auto opened = Database::open(db);
        REQUIRE(opened);
        return test::fingerprint(**opened);
    }
};

bool oneLine(const QString &text)
{
    return !text.trimmed().isEmpty() && !text.trimmed().contains(QLatin1Char('\n'));
}

void tamperWithFirstEntry(const QString &path)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(QSqlQuery(db).exec(QStringLiteral("UPDATE audit_entry SET actor_name = '冒名' WHERE seq = 1")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

} // namespace

TEST_CASE("cli: backup -o writes a checked copy and names it, its size and pages", "[backup][cli]")
{
    CliBureau b;
    const QString target = b.file(QStringLiteral("备份.sqlite"));
    const CliRun r = b.asAdmin({QStringLiteral("backup"), QStringLiteral("-o"), target});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
    REQUIRE(QFileInfo::exists(target));
    CHECK(r.out.contains(target));
    CHECK(r.out.contains(QStringLiteral("%1 bytes").arg(QFileInfo(target).size())));
    CHECK(r.out.contains(QStringLiteral("%1 pages").arg(QFileInfo(target).size() / 4096)));

    const QString second = b.file(QStringLiteral("second.sqlite"));
    const QJsonObject json =
        cliJson(b.asAdmin({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("-o"), second}));
    CHECK(json.value(QStringLiteral("file")).toString() == second);
    CHECK(json.value(QStringLiteral("bytes")).toInteger() == QFileInfo(second).size());
    CHECK(json.value(QStringLiteral("pages")).toInteger() * 4096 == QFileInfo(second).size());

    const QString folder = b.file(QStringLiteral("nowhere"));
    const CliRun missing =
        b.asAdmin({QStringLiteral("backup"), QStringLiteral("-o"), folder + QStringLiteral("/x.sqlite")});
    CHECK(missing.status == 2);
    CHECK(oneLine(missing.err));
    CHECK(missing.err.contains(folder));
    CHECK_FALSE(QFileInfo::exists(folder));

    const CliRun noTarget = b.asAdmin({QStringLiteral("backup")});
    CHECK(noTarget.status == 2);
    CHECK(noTarget.err.contains(QStringLiteral("-o FILE")));
}

TEST_CASE("cli: check reports each part and exits 1 when the audit trail was tampered with", "[backup][cli]")
{
    CliBureau b;
    const CliRun sound = b.asAdmin({QStringLiteral("check")});
    INFO(sound.err.toStdString());
    REQUIRE(sound.status == 0);
    CHECK(sound.out.contains(QStringLiteral("Structure (integrity check): ok")));
    CHECK(sound.out.contains(QStringLiteral("References (foreign keys): ok")));
    CHECK(sound.out.contains(QStringLiteral("Audit trail: intact, 2 entries checked")));
    CHECK(sound.out.contains(QStringLiteral("is sound")));
    const QJsonObject soundJson = cliJson(b.asAdmin({QStringLiteral("--json"), QStringLiteral("check")}));
    CHECK(soundJson.value(QStringLiteral("ok")).toBool());
    CHECK(soundJson.value(QStringLiteral("integrity")).toObject().value(QStringLiteral("ok")).toBool());
    CHECK(soundJson.value(QStringLiteral("foreignKeys")).toObject().value(QStringLiteral("ok")).toBool());
    CHECK(soundJson.value(QStringLiteral("audit")).toObject().value(QStringLiteral("entries")).toInt() == 2);

    tamperWithFirstEntry(b.db);
    const CliRun tampered = b.asAdmin({QStringLiteral("check")});
    CHECK(tampered.status == 1);
    CHECK(tampered.out.contains(QStringLiteral("Structure (integrity check): ok")));
    CHECK(tampered.out.contains(QStringLiteral("Audit trail: Entry YQ-01-1 was changed")));
    CHECK(tampered.err.contains(b.db));
    const CliRun tamperedJson = b.asAdmin({QStringLiteral("--json"), QStringLiteral("check")});
    CHECK(tamperedJson.status == 1);
    const QJsonObject audit = cliJson(tamperedJson).value(QStringLiteral("audit")).toObject();
    CHECK_FALSE(audit.value(QStringLiteral("ok")).toBool());
    CHECK(audit.value(QStringLiteral("problem")).toObject().value(QStringLiteral("entry")).toString() ==
          QStringLiteral("YQ-01-1"));
}

TEST_CASE("cli: restore replaces the data only after yes; the replaced data is kept", "[backup][cli]")
{
    CliBureau b;
    const QString backup = b.file(QStringLiteral("backup.sqlite"));
    REQUIRE(b.asAdmin({QStringLiteral("backup"), QStringLiteral("-o"), backup}).status == 0);
    const CliRun added = cliAsAdmin(b.db,
                                    {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("zhangsan"),
                                     QStringLiteral("--name"), QStringLiteral("张三"), QStringLiteral("--roles"),
                                     QStringLiteral("clerk")},
                                    {{QStringLiteral("CASEDESK_NEW_PASSWORD"), QStringLiteral("First-pass-1")}});
    REQUIRE(added.status == 0);
    const QByteArray before = b.fingerprint();

    for (const QByteArray &answer : {QByteArrayLiteral("no\n"), QByteArrayLiteral("")}) {
        const CliRun declined = b.restoreAnswering({backup}, answer);
        CHECK(declined.status == 2);
        CHECK(declined.err.contains(QStringLiteral("Type yes to replace")));
        CHECK(declined.err.contains(QStringLiteral("not confirmed; nothing was changed")));
        CHECK(b.fingerprint() == before);
    }

    const QString text = b.file(QStringLiteral("notes.txt"));
    writeFile(text, QByteArrayLiteral("not a backup\n"));
    const CliRun refused = b.asAdmin({QStringLiteral("restore"), text, QStringLiteral("--yes")});
    CHECK(refused.status == 2);
    CHECK(oneLine(refused.err));
    CHECK(refused.err.contains(QStringLiteral("notes.txt")));
    CHECK(b.fingerprint() == before);

    const CliRun restored = b.restoreAnswering({backup}, QByteArrayLiteral("yes\n"));
    INFO(restored.err.toStdString());
    REQUIRE(restored.status == 0);
    const QStringList automatic =
        QDir(b.dir.path()).entryList({QStringLiteral("bureau.sqlite.before-restore-*.sqlite")}, QDir::Files);
    REQUIRE(automatic.size() == 1);
    CHECK(restored.out.contains(b.file(automatic.first())));
    CHECK(b.fingerprint() != before);
    const QJsonObject users =
        cliJson(b.asAdmin({QStringLiteral("--json"), QStringLiteral("users"), QStringLiteral("list")}));
    CHECK(users.value(QStringLiteral("users")).toArray().size() == 1);

    // A script confirms with --yes; the JSON names the automatic backup.
    const QJsonObject again =
        cliJson(b.asAdmin({QStringLiteral("--json"), QStringLiteral("restore"), backup, QStringLiteral("--yes")}));
    CHECK(QFileInfo::exists(again.value(QStringLiteral("automaticBackup")).toString()));
    CHECK(again.value(QStringLiteral("restoredFrom")).toString() == backup);
}

TEST_CASE("cli: a clerk may not back up, restore or check", "[backup][cli]")
{
    CliBureau b;
    const QString backup = b.file(QStringLiteral("backup.sqlite"));
    REQUIRE(b.asAdmin({QStringLiteral("backup"), QStringLiteral("-o"), backup}).status == 0);
    {
        auto opened = Database::open(b.db);
        REQUIRE(opened);
        auto admin = SignIn(**opened).attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
        REQUIRE(admin);
        addColleague(**opened, *admin, QStringLiteral("chenjing"), {Role::Clerk});
    }
    const QByteArray before = b.fingerprint();
    const QString clerk = QStringLiteral("chenjing"), password = QString::fromLatin1(kOwnPassword);
    const QString target = b.file(QStringLiteral("clerk.sqlite"));
    for (const QStringList &args : {QStringList{QStringLiteral("backup"), QStringLiteral("-o"), target},
                                    QStringList{QStringLiteral("restore"), backup, QStringLiteral("--yes")},
                                    QStringList{QStringLiteral("check")}}) {
        const CliRun r = cliAs(b.db, clerk, password, args);
        INFO(args.join(QLatin1Char(' ')).toStdString());
        CHECK(r.status == 2);
        CHECK(oneLine(r.err));
    }
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(b.fingerprint() == before);
}
