// casedesk-cli's plan, campaign, recusal and random-draw commands through
// the real binary: the year's plan on a small register (who is due, why,
// and who is still due as inspections are finished), campaigns with their
// targets, declared conflicts of interest a draw respects, a draw that
// re-runs to the same picks from its seed and verifies, a tampered draw
// that does not (exit 1), and the draw's printed record.
#include "inspectionclidesk.h"
#include "pdftools.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QJsonObject *findRow(const QList<QJsonObject> &rows, qint64 entityId, const QString &domain, qint64 entry = 0)
{
    for (const QJsonObject &r : rows)
        if (r.value(QStringLiteral("entityId")).toInteger() == entityId && text(r, "domain") == domain &&
            r.value(QStringLiteral("planEntryId")).toInteger() == entry)
            return &r;
    return nullptr;
}

QList<QJsonObject> objects(const QJsonArray &a)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : a)
        out << v.toObject();
    return out;
}

// "due/done" of the progress line of a domain (entry 0) or a plan entry.
QString progressOf(const QJsonObject &plan, const QString &domain, qint64 entry = 0)
{
    for (const QJsonValue &v : array(plan, "progress")) {
        const QJsonObject p = v.toObject();
        if (text(p, "domain") == domain && p.value(QStringLiteral("planEntryId")).toInteger() == entry)
            return QStringLiteral("%1/%2")
                .arg(p.value(QStringLiteral("due")).toInt())
                .arg(p.value(QStringLiteral("done")).toInt());
    }
    return QStringLiteral("none");
}

// Each pick as "code: login,login" (logins sorted).
QStringList picks(const QJsonObject &draw)
{
    QStringList out;
    for (const QJsonValue &v : array(draw, "picks")) {
        QStringList logins;
        for (const QJsonValue &who : array(v.toObject(), "inspectors"))
            logins << text(who.toObject(), "login");
        logins.sort();
        out << text(v.toObject(), "entityCode") + QStringLiteral(": ") + logins.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

TEST_CASE("cli inspections: the year's plan shows who is still due", "[cli][inspections]")
{
    InspectionDesk d;
    const QString year = QString::number(d.today.year());
    const Entity licensed = d.entity(QStringLiteral("永清县安信电线有限公司"));
    d.licence(licensed.id, LicenceKind::ProductionLicence);
    const Entity mall = d.entity(QStringLiteral("永清县万客隆购物广场"), [](Entity &e) {
        e.kinds = {EntityKind::EquipmentUser};
        e.crowdedPlace = true;
    });
    d.equipment(mall.id);
    const Entity institute =
        d.entity(QStringLiteral("永清县计量测试所"), [](Entity &e) { e.kinds = {EntityKind::MetrologyInstitution}; });
    const Entity shop =
        d.entity(QStringLiteral("永清县五金商店"), [](Entity &e) { e.kinds = {EntityKind::Distributor}; });

    const QStringList campaignArgs =
        args({"inspections", "campaign", "add", "--kind", "campaign", "--title", "电梯安全专项检查", "--domain",
              "special_equipment", "--section", "特种设备安全监察股", "--from"})
        << year + QStringLiteral("-01-01") << QStringLiteral("--to") << year + QStringLiteral("-12-31")
        << QStringLiteral("--entities") << mall.code;
    d.refused(d.staff.inspectorA, campaignArgs, QStringLiteral("may not plan inspections"));
    d.refused(d.staff.chief, QStringList(campaignArgs) << QStringLiteral("--kind") << QStringLiteral("routine"),
              QStringLiteral("--kind"));
    const QJsonObject campaign = d.json(d.staff.chief, campaignArgs);
    const qint64 campaignId = campaign.value(QStringLiteral("id")).toInteger();
    CHECK(campaign.value(QStringLiteral("year")).toInt() == d.today.year());
    CHECK(array(campaign, "entityIds") == QJsonArray{mall.id});
    const QJsonObject spare =
        d.json(d.staff.chief, QStringList(campaignArgs) << QStringLiteral("--title") << QStringLiteral("春节期间检查"));
    REQUIRE(d.as(d.staff.chief, args({"inspections", "campaign", "remove"})
                                    << QString::number(spare.value(QStringLiteral("id")).toInteger()))
                .status == 0);
    const QJsonArray campaigns =
        array(d.json(d.staff.clerk, args({"inspections", "campaign", "list", "--year"}) << year), "campaigns");
    REQUIRE(campaigns.size() == 1);
    CHECK(text(campaigns.at(0).toObject(), "title") == QStringLiteral("电梯安全专项检查"));

    // The licensed enterprise is inspected in its licence's domain.
    REQUIRE(d.as(d.staff.inspectorA, args({"inspections", "add", "--kind", "routine", "--domain", "production_licence",
                                           "--section", "质量监督股", "--inspectors", "insp1,insp2", "--outcome",
                                           "nothing-found", "--signatory", "李厂长", "--finish", "--entity"})
                                         << licensed.code << QStringLiteral("--on") << iso(d.today))
                .status == 0);

    const QJsonObject plan = d.json(d.staff.chief, args({"inspections", "plan", "--year"}) << year);
    CHECK(plan.value(QStringLiteral("total")).toInt() == 4);
    const QList<QJsonObject> rows = objects(array(plan, "rows"));
    REQUIRE(rows.size() == 4);
    const QJsonObject *licensedRow = findRow(rows, licensed.id, QStringLiteral("production_licence"));
    REQUIRE(licensedRow);
    CHECK_FALSE(licensedRow->value(QStringLiteral("outstanding")).toBool());
    CHECK(licensedRow->value(QStringLiteral("inspections")).toInt() == 1);
    CHECK(text(*licensedRow, "lastInspectedOn") == iso(d.today));
    const QJsonObject *mallRow = findRow(rows, mall.id, QStringLiteral("special_equipment"));
    REQUIRE(mallRow);
    CHECK(mallRow->value(QStringLiteral("outstanding")).toBool());
    CHECK_FALSE(array(*mallRow, "reasons").isEmpty());
    const QJsonObject *campaignRow = findRow(rows, mall.id, QStringLiteral("special_equipment"), campaignId);
    REQUIRE(campaignRow);
    CHECK(text(*campaignRow, "planEntryTitle") == QStringLiteral("电梯安全专项检查"));
    REQUIRE(findRow(rows, institute.id, QStringLiteral("metrology")));
    for (const QJsonObject &r : rows)
        CHECK(r.value(QStringLiteral("entityId")).toInteger() != shop.id);
    CHECK(progressOf(plan, QStringLiteral("production_licence")) == QStringLiteral("1/1"));
    CHECK(progressOf(plan, QStringLiteral("special_equipment")) == QStringLiteral("1/0"));
    CHECK(progressOf(plan, QStringLiteral("metrology")) == QStringLiteral("1/0"));
    CHECK(progressOf(plan, QStringLiteral("special_equipment"), campaignId) == QStringLiteral("1/0"));

    CHECK(d.json(d.staff.chief, args({"inspections", "plan", "--outstanding", "--year"}) << year)
              .value(QStringLiteral("total"))
              .toInt() == 3);
    const QJsonObject special =
        d.json(d.staff.chief, args({"inspections", "plan", "--domain", "special_equipment", "--year"}) << year);
    CHECK(special.value(QStringLiteral("total")).toInt() == 2);
    const CliRun shown = d.as(d.staff.chief, args({"inspections", "plan", "--year"}) << year);
    REQUIRE(shown.status == 0);
    CHECK(shown.out.contains(QStringLiteral("STILL DUE\t永清县万客隆购物广场")));
    CHECK(shown.out.contains(QStringLiteral("STILL DUE\t永清县计量测试所")));
    CHECK_FALSE(shown.out.contains(QStringLiteral("STILL DUE\t永清县安信电线有限公司")));

    // The campaign's inspection of the mall by the special-equipment inspectors.
    REQUIRE(d.as(d.staff.seA,
                 args({"inspections", "add", "--kind", "campaign", "--domain", "special_equipment", "--inspectors",
                       "se1,se2", "--outcome", "nothing-found", "--signatory", "安全主管", "--finish", "--plan-entry"})
                     << QString::number(campaignId) << QStringLiteral("--entity") << mall.code << QStringLiteral("--on")
                     << iso(d.today))
                .status == 0);
    const QJsonObject after = d.json(d.staff.chief, args({"inspections", "plan", "--outstanding", "--year"}) << year);
    CHECK(after.value(QStringLiteral("total")).toInt() == 1);
    CHECK(array(after, "rows").at(0).toObject().value(QStringLiteral("entityId")).toInteger() == institute.id);
    CHECK(progressOf(after, QStringLiteral("special_equipment"), campaignId) == QStringLiteral("1/1"));
}

TEST_CASE("cli inspections: a random draw re-runs to the same picks, respects recusals and verifies",
          "[cli][inspections]")
{
    InspectionDesk d;
    QList<Entity> units;
    for (int i = 0; i < 6; ++i)
        units << d.entity(QStringLiteral("永清县第%1电线电缆有限公司").arg(i + 1));
    const Entity shop =
        d.entity(QStringLiteral("永清县五金商店"), [](Entity &e) { e.kinds = {EntityKind::Distributor}; });

    // insp1 declares a conflict of interest; the chief records insp2's; insp2 may not declare insp1's.
    REQUIRE(d.as(d.staff.inspectorA, args({"inspections", "recusal", "add", "--reason", "亲属在该单位任职", "--entity"})
                                         << units[0].code)
                .status == 0);
    d.refused(d.staff.inspectorB,
              args({"inspections", "recusal", "add", "--inspector", "insp1", "--reason", "同学", "--entity"})
                  << units[0].code,
              QStringLiteral("may not plan inspections"));
    REQUIRE(
        d.as(d.staff.chief,
             args({"inspections", "recusal", "add", "--inspector", "insp2", "--reason", "曾在该单位工作", "--entity"})
                 << units[0].code)
            .status == 0);
    CHECK(
        array(d.json(d.staff.clerk, args({"inspections", "recusal", "list", "--entity"}) << units[0].code), "recusals")
            .size() == 2);

    // Every producer drawn: the unit both recused from gets the other two.
    const QJsonObject all = d.json(
        d.staff.chief, args({"inspections", "draw", "--pool", "kind=producer", "--count", "6", "--seed", "everyone"}));
    CHECK(all.value(QStringLiteral("entityPoolSize")).toInt() == 6);
    CHECK(all.value(QStringLiteral("inspectorPoolSize")).toInt() == 4);
    QStringList everyone = picks(all);
    everyone.sort();
    CHECK(everyone.filter(units[0].code).value(0) == units[0].code + QStringLiteral(": se1,se2"));
    CHECK_FALSE(everyone.join(QLatin1Char(' ')).contains(shop.code));

    const QStringList draw = args({"inspections", "draw", "--pool", "kind=producer", "--count", "3", "--seed",
                                   "2026-Q2-质量监督股", "--purpose", "第二季度双随机抽查", "--section", "质量监督股"});
    const QJsonObject first = d.json(d.staff.chief, draw);
    const QJsonObject again = d.json(d.staff.head, draw);
    CHECK(picks(first).size() == 3);
    CHECK(picks(again) == picks(first));
    CHECK(text(again, "resultHash") == text(first, "resultHash"));
    CHECK(text(again, "entityPoolHash") == text(first, "entityPoolHash"));
    CHECK(text(again, "drawNumber") != text(first, "drawNumber"));
    const QString number = text(first, "drawNumber");

    const QJsonObject shown = d.json(d.staff.clerk, args({"inspections", "draw", "show"}) << number);
    CHECK(text(shown, "seed") == QStringLiteral("2026-Q2-质量监督股"));
    QStringList pool;
    for (const Entity &u : units)
        pool << u.code;
    pool.sort();
    CHECK(array(shown, "entityPool") == QJsonArray::fromStringList(pool));
    CHECK(array(shown, "recusals").size() == 2);
    const QJsonObject verified = d.json(d.staff.clerk, args({"inspections", "draw", "verify"}) << number);
    CHECK(verified.value(QStringLiteral("verified")).toBool());

    // Refused draws change nothing.
    d.refused(d.staff.chief, args({"inspections", "draw", "--pool", "colour=red", "--count", "1"}),
              QStringLiteral("--pool"));
    d.refused(d.staff.chief, args({"inspections", "draw", "--count", "0"}), QStringLiteral("--count"));
    d.refused(d.staff.chief, args({"inspections", "draw", "--pool", "kind=producer", "--count", "7"}),
              QStringLiteral("the pool holds 6 units"));
    d.refused(d.staff.chief, args({"inspections", "draw", "--count", "1", "--on", "2026-1-5"}), QStringLiteral("--on"));

    // The printed record.
    const QString pdf = d.t.dir() + QStringLiteral("/draw.pdf");
    REQUIRE(d.as(d.staff.clerk, args({"inspections", "draw", "print", "-o"}) << pdf << number).status == 0);
    const QString printed = pdfWords(pdf).normalized(QString::NormalizationForm_KC);
    CHECK(printed.contains(QStringLiteral("随机抽查记录")));
    CHECK(printed.contains(text(first, "resultHash").left(16)));

    // Somebody edits the stored pool: the draw no longer verifies (exit 1, with the reason).
    QSqlQuery tamper = d.t.db().prepare(
        QStringLiteral("UPDATE inspection_draw SET entity_pool = replace(entity_pool, ?, ?) WHERE draw_number = ?"));
    tamper.addBindValue(pool.first());
    tamper.addBindValue(shop.code);
    tamper.addBindValue(number);
    REQUIRE(tamper.exec());
    REQUIRE(tamper.numRowsAffected() == 1);
    const CliRun broken = d.as(d.staff.clerk, args({"inspections", "draw", "verify"}) << number);
    CHECK(broken.status == 1);
    CHECK(broken.err.contains(QStringLiteral("%1 does not verify").arg(number)));
    CHECK(broken.err.count(QLatin1Char('\n')) == 1);
    CHECK(d.as(d.staff.clerk, args({"inspections", "draw", "verify"}) << text(again, "drawNumber")).status == 0);
}
