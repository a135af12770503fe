// casedesk-cli's register commands as scripts use them: entities add, list,
// show and remove, equipment and licences due, a licence's status; exit
// statuses and JSON.
#include "clirunner.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QJsonArray>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}
} // namespace

TEST_CASE("cli register: add, list with a Chinese search, show, remove", "[cli][registercli]")
{
    TempDatabase t;
    const QString db = t.path();
    REQUIRE(cliSetUp(db).status == 0);

    CliRun added = cliAsAdmin(db, args({"entities", "add", "--name", "永清县华北食品有限公司", "--kinds",
                                        "生产企业,equipment-user", "--township", "永清镇", "--legal-rep", "张建国"})
                                      << QStringLiteral("--code") << testCreditCode(1).toLower());
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    CHECK(added.out.contains(testCreditCode(1)));
    REQUIRE(cliAsAdmin(db, args({"entities", "add", "--name", "廊坊宏达机械厂", "--kinds", "producer"})
                               << QStringLiteral("--code") << testOrganisationCode(2))
                .status == 0);

    // A taken code: refused, nothing written; a near-duplicate name: added with a note.
    CliRun twin = cliAsAdmin(db, args({"entities", "add", "--name", "另一家", "--kinds", "producer"})
                                     << QStringLiteral("--code") << testCreditCode(1));
    CHECK(twin.status == 2);
    CHECK(twin.err.contains(QStringLiteral("already belongs to 永清县华北食品有限公司")));
    CliRun similar = cliAsAdmin(db, args({"entities", "add", "--name", "华北食品有限责任公司", "--kinds", "producer"})
                                        << QStringLiteral("--code") << testCreditCode(3));
    CHECK(similar.status == 0);
    CHECK(similar.out.contains(QStringLiteral("Note: the name is close to 永清县华北食品有限公司")));
    // A bad check character names the code.
    QString bad = testCreditCode(4);
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CliRun wrong = cliAsAdmin(db, args({"entities", "add", "--name", "某单位", "--kinds", "producer"})
                                      << QStringLiteral("--code") << bad);
    CHECK(wrong.status == 2);
    CHECK(wrong.err.contains(QStringLiteral("Registration code %1: the check character").arg(bad)));

    const QJsonObject food = cliJson(cliAsAdmin(db, args({"--json", "entities", "list", "--search", "食品"})));
    CHECK(food.value(QStringLiteral("total")).toInt() == 2);
    const QJsonArray rows = food.value(QStringLiteral("entities")).toArray();
    CHECK(rows.at(0).toObject().value(QStringLiteral("name")).toString() == QStringLiteral("华北食品有限责任公司"));
    CHECK(cliJson(cliAsAdmin(db, args({"--json", "entities", "list", "--search", "建国"})))
              .value(QStringLiteral("total"))
              .toInt() == 1);
    CHECK(cliJson(cliAsAdmin(db, args({"--json", "entities", "list", "--kind", "equipment-user"})))
              .value(QStringLiteral("total"))
              .toInt() == 1);
    CliRun badKind = cliAsAdmin(db, args({"entities", "list", "--kind", "bakery"}));
    CHECK(badKind.status == 2);
    CHECK(badKind.err.contains(QStringLiteral("--kind: 'bakery' is not a kind of entity")));

    const QJsonObject shown = cliJson(cliAsAdmin(db, args({"--json", "entities", "show"}) << testCreditCode(1)));
    CHECK(shown.value(QStringLiteral("name")).toString() == QStringLiteral("永清县华北食品有限公司"));
    CHECK(shown.value(QStringLiteral("kinds")).toArray().size() == 2);
    CHECK(shown.value(QStringLiteral("similarNames")).toArray().size() == 1);
    CHECK(cliAsAdmin(db, args({"entities", "show", "99"})).status == 2);

    REQUIRE(cliAsAdmin(db, args({"entities", "remove"}) << testOrganisationCode(2)).status == 0);
    CHECK(cliJson(cliAsAdmin(db, args({"--json", "entities", "list"}))).value(QStringLiteral("total")).toInt() == 2);
    // Reading needs a sign-in like every command that shows the register.
    CHECK(cli(args({"--db"}) << db << QStringLiteral("entities") << QStringLiteral("list")).status == 2);
}

TEST_CASE("cli register: equipment due, licences expiring, a licence's status", "[cli][registercli]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db(), QStringLiteral("YQ-01"));
    const Session chief =
        addColleague(t.db(), admin, QStringLiteral("chief"), {Role::SectionChief}, QStringLiteral("李股长"));
    const QDate today = QDate::currentDate();
    const Entity owner = storeEntity(t.db(), admin, QStringLiteral("永清县人民医院"), 1);
    for (const auto &[number, days] : {std::pair{"R-overdue", -5}, {"R-soon", 20}, {"R-later", 200}}) {
        Equipment e;
        e.entityId = owner.id;
        e.category = EquipmentCategory::Elevator;
        e.registrationNumber = QString::fromLatin1(number);
        e.nextInspectionOn = today.addDays(days);
        REQUIRE(EquipmentRegister(t.db()).add(admin, e));
    }
    Licence l;
    l.entityId = owner.id;
    l.number = QStringLiteral("XK-1");
    l.issuedOn = today.addYears(-4);
    l.expiresOn = today.addDays(10);
    const qint64 licenceId = LicenceRegister(t.db()).add(admin, l)->id;
    const QString db = t.path();

    const QJsonArray due = cliJson(cliAsAdmin(db, args({"--json", "equipment", "list", "--due-before"})
                                                      << today.addDays(30).toString(Qt::ISODate)))
                               .value(QStringLiteral("equipment"))
                               .toArray();
    REQUIRE(due.size() == 2);
    CHECK(due.at(0).toObject().value(QStringLiteral("registrationNumber")).toString() == QStringLiteral("R-overdue"));
    CHECK(due.at(0).toObject().value(QStringLiteral("daysLeft")).toInt() == -5);
    CHECK(due.at(0).toObject().value(QStringLiteral("overdue")).toBool());
    CHECK(due.at(1).toObject().value(QStringLiteral("entityName")).toString() == QStringLiteral("永清县人民医院"));
    CHECK(cliJson(cliAsAdmin(db, args({"--json", "equipment", "list"})))
              .value(QStringLiteral("equipment"))
              .toArray()
              .size() == 3);
    CHECK(cliAsAdmin(db, args({"equipment", "list", "--due-before", "next week"})).status == 2);

    CHECK(cliJson(cliAsAdmin(db, args({"--json", "licences", "list", "--expiring-within", "9"})))
              .value(QStringLiteral("licences"))
              .toArray()
              .isEmpty());
    const QJsonArray expiring = cliJson(cliAsAdmin(db, args({"--json", "licences", "list", "--expiring-within", "10"})))
                                    .value(QStringLiteral("licences"))
                                    .toArray();
    REQUIRE(expiring.size() == 1);
    CHECK(expiring.at(0).toObject().value(QStringLiteral("daysLeft")).toInt() == 10);

    const QStringList revoke = args({"licences", "status"})
                               << QString::number(licenceId) << QStringLiteral("--to") << QStringLiteral("revoked")
                               << QStringLiteral("--reason") << QStringLiteral("以欺骗手段取得");
    CliRun byAdmin = cliAsAdmin(db, revoke);
    CHECK(byAdmin.status == 2);
    CHECK(byAdmin.err.contains(QStringLiteral("may not change a licence's status")));
    CliRun byChief = cliAs(db, QStringLiteral("chief"), QString::fromLatin1(kOwnPassword), revoke);
    INFO(byChief.err.toStdString());
    CHECK(byChief.status == 0);
    CHECK(LicenceRegister(t.db()).find(licenceId)->status == LicenceStatus::Revoked);
    CliRun again = cliAs(db, QStringLiteral("chief"), QString::fromLatin1(kOwnPassword), revoke);
    CHECK(again.status == 2);
    CHECK(again.err.contains(QStringLiteral("The licence is already Revoked.")));
}
