// Random draws kept in the database: the pool filter's text form, the
// entity pool (kind, township, risk, search, due=1, removed entities out),
// the inspector pool (valid certificates on the day; special equipment
// needs special-equipment certificates), declared recusals respected and
// recorded, numbering, find/list, verify() (and what tampering with the
// stored record does to it), permissions, refusals that change nothing,
// the audit trail, and the inspection that carried a pick out.
#include "auth/staffdirectory.h"
#include "inspections/drawrepository.h"
#include "inspections/inspectionplan.h"
#include "inspections/inspectionrepository.h"
#include "inspectionsupport.h"
#include "register/entityregister.h"
#include "register/entityrisk.h"
#include "register/licenceregister.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QSet>
#include <catch2/catch.hpp>
#include <functional>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSE = QString::fromLatin1(SupervisionDomain::SpecialEquipment);
const QString kPQ = QString::fromLatin1(SupervisionDomain::ProductQuality);
const QString kPL = QString::fromLatin1(SupervisionDomain::ProductionLicence);
const QDate kDay(2026, 3, 2);

struct DrawFixture {
    TempDatabase temp;
    InspectionStaff staff = setUpInspectionStaff(temp.db());
    int next = 1;
    QList<Entity> units;

    Database &db() { return temp.db(); }

    Entity entity(const QString &name, const std::function<void(Entity &)> &edit = {})
    {
        Entity e = sampleEntity(name, next++);
        if (edit)
            edit(e);
        auto stored = EntityRegister(db()).add(staff.clerk, e);
        REQUIRE(stored);
        units << *stored;
        return *stored;
    }
    DrawRequest request(const QString &domain, int count, const QString &pool = {})
    {
        DrawRequest r;
        auto filter = DrawPoolFilter::parse(pool);
        REQUIRE(filter);
        r.pool = *filter;
        r.domain = domain;
        r.count = count;
        r.seed = QStringLiteral("seed-1");
        r.drawnOn = kDay;
        r.section = QStringLiteral("质量监督股");
        r.purpose = QStringLiteral("2026年第一季度双随机抽查");
        return r;
    }
    InspectionDraw draw(const DrawRequest &r)
    {
        auto made = DrawRepository(db()).draw(staff.chief, r, kDay);
        REQUIRE(made);
        return *made;
    }
    // The entity pool a filter gives, as names.
    QStringList poolNames(const QString &pool, const QString &domain = kPQ)
    {
        const InspectionDraw d = draw(request(domain, 1, pool));
        QStringList names;
        for (const Entity &e : units)
            if (d.entityPool.contains(e.code))
                names << e.name;
        names.sort();
        return names;
    }
    QStringList codes(std::initializer_list<Entity> list)
    {
        QStringList out;
        for (const Entity &e : list)
            out << e.code;
        out.sort();
        return out;
    }
    void setEnforcementUntil(const QString &login, const QDate &until)
    {
        auto member = StaffDirectory(db()).find(staff.admin, login);
        REQUIRE(member);
        member->enforcement.validUntil = until;
        REQUIRE(StaffDirectory(db()).update(staff.admin, *member));
    }
};

QStringList loginsOf(const DrawPick &pick)
{
    QStringList out;
    for (const InspectionInspector &who : pick.inspectors)
        out << who.login;
    return out;
}

QSet<QString> loginSet(const DrawPick &pick)
{
    const QStringList logins = loginsOf(pick);
    return QSet<QString>(logins.begin(), logins.end());
}

} // namespace

TEST_CASE("draw pool filter: text form, codes and names, refusals naming the key", "[draw]")
{
    auto f = DrawPoolFilter::parse(
        QStringLiteral(" kind=equipment-user, 生产企业 ; township=城关镇;risk=crowded-place,recent-incident;"
                       "search=电梯;due=1 "));
    REQUIRE(f);
    CHECK(f->kinds == (int(EntityKind::EquipmentUser) | int(EntityKind::Producer)));
    CHECK(f->township == QStringLiteral("城关镇"));
    CHECK(f->risks == (int(RiskFlag::CrowdedPlace) | int(RiskFlag::RecentIncident)));
    CHECK(f->search == QStringLiteral("电梯"));
    CHECK(f->dueOnly);
    CHECK(f->toText() ==
          QStringLiteral("kind=producer,equipment-user;township=城关镇;risk=recent-incident,crowded-place;"
                         "search=电梯;due=1"));
    CHECK(*DrawPoolFilter::parse(f->toText()) == *f);
    CHECK(*DrawPoolFilter::parse(QString()) == DrawPoolFilter{});
    CHECK(DrawPoolFilter{}.toText().isEmpty());
    CHECK(DrawPoolFilter::parse(QStringLiteral("due=0"))->dueOnly == false);

    auto refused = [](const char *text, const char *words) {
        auto r = DrawPoolFilter::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(r);
        CHECK(r.error().refusal);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(QString::fromUtf8(words)));
    };
    refused("colour=red", "colour");
    refused("kind=bakery", "bakery");
    refused("risk=dangerous", "dangerous");
    refused("due=maybe", "maybe");
    refused("township=城关镇;township=永清镇", "twice");
    refused("kind", "key=value");
    refused("kind=", "kind");
}

TEST_CASE("draws: the inspector pool holds who may inspect in the domain on the day", "[draw]")
{
    DrawFixture f;
    for (int i = 0; i < 4; ++i)
        f.entity(QStringLiteral("单位%1").arg(i));

    // Enforcement certificates for product quality: the two inspectors and
    // the two special-equipment inspectors (who hold both); the chief, the
    // head and the clerk hold none.
    const InspectionDraw quality = f.draw(f.request(kPQ, 2));
    CHECK(quality.inspectorPool ==
          QStringList{QStringLiteral("insp1"), QStringLiteral("insp2"), QStringLiteral("se1"), QStringLiteral("se2")});
    // Special equipment needs special-equipment certificates.
    const InspectionDraw special = f.draw(f.request(kSE, 2));
    CHECK(special.inspectorPool == QStringList{QStringLiteral("se1"), QStringLiteral("se2")});
    for (const DrawPick &p : special.picks) {
        CHECK(loginSet(p) == QSet<QString>{QStringLiteral("se1"), QStringLiteral("se2")});
        REQUIRE(p.inspectors.size() == 2);
        CHECK(p.inspectors.at(0).certificateNumber.startsWith(QStringLiteral("TS")));
        CHECK(p.inspectors.at(0).certificateValidUntil == QDate(2028, 12, 31));
        CHECK(!p.inspectors.at(0).name.isEmpty());
    }

    // An expired certificate leaves the pool; a deactivated colleague too.
    f.setEnforcementUntil(QStringLiteral("insp2"), QDate(2026, 2, 28));
    REQUIRE(StaffDirectory(f.db()).setActive(f.staff.admin, QStringLiteral("se2"), false));
    const InspectionDraw later = f.draw(f.request(kPQ, 1));
    CHECK(later.inspectorPool == QStringList{QStringLiteral("insp1"), QStringLiteral("se1")});
    // On a day the certificate was still valid, insp2 is back.
    DrawRequest before = f.request(kPQ, 1);
    before.drawnOn = QDate(2026, 2, 28);
    CHECK(f.draw(before).inspectorPool ==
          QStringList{QStringLiteral("insp1"), QStringLiteral("insp2"), QStringLiteral("se1")});
    // With one special-equipment inspector left, no special-equipment draw.
    auto none = DrawRepository(f.db()).draw(f.staff.chief, f.request(kSE, 1), kDay);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("only 1 inspectors")));
}

TEST_CASE("draws: the entity pool by kind, township, risk, search and what is still due", "[draw]")
{
    DrawFixture f;
    const Entity a = f.entity(QStringLiteral("A电线厂"), [](Entity &e) { e.township = QStringLiteral("城关镇"); });
    const Entity b = f.entity(QStringLiteral("B电梯维保公司"), [](Entity &e) {
        e.kinds = {EntityKind::EquipmentProducer};
        e.township = QStringLiteral("城关镇");
    });
    const Entity c = f.entity(QStringLiteral("C小学"), [](Entity &e) {
        e.kinds = {EntityKind::EquipmentUser};
        e.crowdedPlace = true;
    });
    const Entity d = f.entity(QStringLiteral("D化工厂"), [](Entity &e) { e.lastIncidentOn = QDate(2025, 8, 1); });
    const Entity gone = f.entity(QStringLiteral("E已注销公司"));
    REQUIRE(EntityRegister(f.db()).remove(f.staff.clerk, gone.id));
    for (const Entity &licensed : {a, d}) {
        Licence l;
        l.entityId = licensed.id;
        l.number = QStringLiteral("SC-%1").arg(licensed.id);
        l.issuedOn = QDate(2020, 1, 1);
        l.expiresOn = QDate(2030, 1, 1);
        REQUIRE(LicenceRegister(f.db()).add(f.staff.clerk, l));
    }

    CHECK(f.draw(f.request(kPQ, 1)).entityPool == f.codes({a, b, c, d}));
    CHECK(f.poolNames(QStringLiteral("kind=equipment-user,equipment-producer")) ==
          QStringList{QStringLiteral("B电梯维保公司"), QStringLiteral("C小学")});
    CHECK(f.poolNames(QStringLiteral("township=城关镇")) ==
          QStringList{QStringLiteral("A电线厂"), QStringLiteral("B电梯维保公司")});
    CHECK(f.poolNames(QStringLiteral("risk=crowded-place,recent-incident")) ==
          QStringList{QStringLiteral("C小学"), QStringLiteral("D化工厂")});
    CHECK(f.poolNames(QStringLiteral("search=电梯")) == QStringList{QStringLiteral("B电梯维保公司")});
    CHECK(f.poolNames(QStringLiteral("kind=producer;township=城关镇")) == QStringList{QStringLiteral("A电线厂")});

    // due=1: the units the year's plan shows outstanding in the draw's domain.
    CHECK(f.poolNames(QStringLiteral("due=1"), kPL) ==
          QStringList{QStringLiteral("A电线厂"), QStringLiteral("D化工厂")});
    finishedInspection(f.db(), f.staff, a.id, QDate(2026, 2, 10), kPL);
    CHECK(f.poolNames(QStringLiteral("due=1"), kPL) == QStringList{QStringLiteral("D化工厂")});
    // D's accident of last year makes it due in product quality as well.
    CHECK(f.poolNames(QStringLiteral("due=1"), kPQ) == QStringList{QStringLiteral("D化工厂")});
    // An empty pool refuses the draw.
    finishedInspection(f.db(), f.staff, d.id, QDate(2026, 2, 11), kPL);
    auto empty = DrawRepository(f.db()).draw(f.staff.chief, f.request(kPL, 1, QStringLiteral("due=1")), kDay);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == QStringLiteral("Count: the pool holds 0 units, fewer than the 1 asked for."));
}

TEST_CASE("draws: declared recusals are respected and recorded", "[draw]")
{
    DrawFixture f;
    const Entity a = f.entity(QStringLiteral("A商场"));
    const Entity b = f.entity(QStringLiteral("B医院"));
    const Entity c = f.entity(QStringLiteral("C车站"));
    const Entity outside =
        f.entity(QStringLiteral("D园区"), [](Entity &e) { e.township = QStringLiteral("别古庄镇"); });
    DrawRepository draws(f.db());
    REQUIRE(draws.declareRecusal(f.staff.chief, f.staff.inspectorA.staffId(), a.id,
                                 QStringLiteral("近亲属任法定代表人"), QDate(2026, 1, 5)));
    REQUIRE(draws.declareRecusal(f.staff.inspectorB, f.staff.inspectorB.staffId(), a.id,
                                 QStringLiteral("曾在该单位任职"), QDate(2026, 1, 6)));
    REQUIRE(draws.declareRecusal(f.staff.chief, f.staff.seA.staffId(), outside.id, QStringLiteral("利害关系"),
                                 QDate(2026, 1, 7)));

    // Whatever the seed, A goes to se1 and se2.
    for (int n = 0; n < 12; ++n) {
        DrawRequest r = f.request(kPQ, 3, QStringLiteral("township=永清镇"));
        r.seed = QStringLiteral("recusal-%1").arg(n);
        const InspectionDraw d = f.draw(r);
        REQUIRE(d.picks.size() == 3);
        for (const DrawPick &p : d.picks) {
            CHECK(p.inspectors.size() == 2);
            if (p.entityId == a.id)
                CHECK(loginSet(p) == QSet<QString>{QStringLiteral("se1"), QStringLiteral("se2")});
        }
        // Only the recusals between the two pools are recorded (D is not in it).
        CHECK(d.recusals ==
              QList<QPair<QString, QString>>{{QStringLiteral("insp1"), a.code}, {QStringLiteral("insp2"), a.code}});
    }
    Q_UNUSED(b);
    Q_UNUSED(c);

    // With only se1 and se2 for special equipment, a recusal of se1 leaves
    // D with one: refused, naming the unit.
    auto refused = DrawRepository(f.db()).draw(f.staff.chief, f.request(kSE, 4), kDay);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(outside.code));

    // A withdrawn recusal no longer applies.
    const QList<Recusal> ofSe1 = draws.recusals(f.staff.seA.staffId());
    REQUIRE(ofSe1.size() == 1);
    REQUIRE(draws.withdrawRecusal(f.staff.chief, ofSe1.first().id));
    CHECK(f.draw(f.request(kSE, 4)).recusals.isEmpty());
}

TEST_CASE("draws: numbered, found, listed and verified; tampering shows", "[draw]")
{
    DrawFixture f;
    for (int i = 0; i < 10; ++i)
        f.entity(QStringLiteral("单位%1").arg(i, 2, 10, QLatin1Char('0')));
    DrawRepository draws(f.db());
    const InspectionDraw first = f.draw(f.request(kPQ, 4, QStringLiteral("kind=producer")));
    DrawRequest secondRequest = f.request(kPQ, 3);
    secondRequest.seed.clear(); // a fresh seed is made
    const InspectionDraw second = f.draw(secondRequest);
    CHECK(first.drawNumber == QStringLiteral("A-2026-D001"));
    CHECK(second.drawNumber == QStringLiteral("A-2026-D002"));
    CHECK(second.request.seed.size() == 16);
    CHECK(first.drawnBy == QStringLiteral("chief"));
    CHECK(first.request.pool.toText() == QStringLiteral("kind=producer"));
    CHECK(first.request.purpose == QStringLiteral("2026年第一季度双随机抽查"));
    CHECK(first.request.drawnOn == kDay);
    CHECK(first.entityPool.size() == 10);
    CHECK(first.entityPoolHash == RandomDraw::poolHash(first.entityPool));
    CHECK(first.inspectorPoolHash == RandomDraw::poolHash(first.inspectorPool));

    // The stored draw is RandomDraw's result for its record.
    DrawInput input{first.request.seed, first.entityPool, first.inspectorPool, first.recusals, 4, 2};
    auto pairs = RandomDraw::run(input);
    REQUIRE(pairs);
    REQUIRE(first.picks.size() == 4);
    for (int i = 0; i < 4; ++i) {
        CHECK(first.picks.at(i).entityCode == pairs->at(i).entityCode);
        CHECK(loginsOf(first.picks.at(i)) == pairs->at(i).inspectorLogins);
        CHECK(!first.picks.at(i).entityName.isEmpty());
        CHECK(first.picks.at(i).inspectionId == 0);
    }
    CHECK(first.resultHash == RandomDraw::resultHash(input, *pairs));

    CHECK(draws.findByNumber(QStringLiteral(" A-2026-D002 "))->id == second.id);
    CHECK(draws.findByNumber(QString::number(first.id))->drawNumber == first.drawNumber);
    CHECK_FALSE(draws.findByNumber(QStringLiteral("A-2026-D009")));
    const QList<InspectionDraw> listed = draws.list(2026);
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).id == second.id);
    CHECK(listed.at(0).entityPool.isEmpty());
    CHECK(listed.at(1).picks.size() == 4);
    CHECK(draws.list(2025).isEmpty());

    auto ok = draws.verify(first.id);
    REQUIRE(ok);
    CHECK(ok->poolsMatch);
    CHECK(ok->resultMatches);
    CHECK(ok->message.contains(QStringLiteral("checks out")));

    // Someone edits the stored pool: the hashes no longer match.
    REQUIRE(f.db().exec(QStringLiteral("UPDATE inspection_draw SET entity_pool = substr(entity_pool, 20) WHERE id = ?"),
                        {first.id}));
    auto pools = draws.verify(first.id);
    REQUIRE(pools);
    CHECK_FALSE(pools->poolsMatch);
    CHECK(pools->message.contains(QStringLiteral("does not check out")));
    // Someone swaps the inspectors of the second draw's first pick.
    const QString stored = loginsOf(second.picks.at(0)).join(QLatin1Char(','));
    const QString other =
        stored == QLatin1String("se2,se1") ? QStringLiteral("insp1,insp2") : QStringLiteral("se2,se1");
    REQUIRE(f.db().exec(QStringLiteral("UPDATE draw_pick SET inspector_logins = ? WHERE draw_id = ? AND position = 1"),
                        {other, second.id}));
    auto swapped = draws.verify(second.id);
    REQUIRE(swapped);
    CHECK(swapped->poolsMatch);
    CHECK_FALSE(swapped->resultMatches);
    CHECK(swapped->message.contains(QStringLiteral("other picks")));
    // Someone adds a recusal to a record: the result hash disagrees.
    const InspectionDraw third = f.draw(f.request(kPQ, 2));
    REQUIRE(draws.verify(third.id)->resultMatches);
    REQUIRE(f.db().exec(QStringLiteral("UPDATE inspection_draw SET recusals = ? WHERE id = ?"),
                        {QStringLiteral("insp1\t") + third.entityPool.last(), third.id}));
    CHECK(draws.verify(third.id)->poolsMatch);
    CHECK_FALSE(draws.verify(third.id)->resultMatches);
    CHECK_FALSE(draws.verify(4242));
}

TEST_CASE("draws: permissions, refusals that change nothing, and the audit trail", "[draw]")
{
    DrawFixture f;
    for (int i = 0; i < 3; ++i)
        f.entity(QStringLiteral("单位%1").arg(i));
    DrawRepository draws(f.db());
    const QByteArray before = fingerprint(f.db());
    auto refused = [&](const Session &who, const std::function<void(DrawRequest &)> &edit, const QString &words) {
        DrawRequest r = f.request(kPQ, 2);
        edit(r);
        auto made = draws.draw(who, r, kDay);
        REQUIRE_FALSE(made);
        CHECK(made.error().refusal);
        INFO(made.error().message.toStdString());
        CHECK(made.error().message.contains(words));
    };
    refused(
        f.staff.inspectorA, [](DrawRequest &) {}, QStringLiteral("张伟"));
    refused(
        f.staff.clerk, [](DrawRequest &) {}, QStringLiteral("陈静"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.count = 4; }, QStringLiteral("holds 3 units"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.count = 0; }, QStringLiteral("Count"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.perUnit = 1; }, QStringLiteral("at least 2 inspectors"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.domain = QStringLiteral("lifts"); }, QStringLiteral("Domain"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.domain.clear(); }, QStringLiteral("Domain"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.drawnOn = kDay.addDays(1); }, QStringLiteral("Day"));
    refused(
        f.staff.chief, [](DrawRequest &r) { r.perUnit = 5; }, QStringLiteral("only 4 inspectors"));
    CHECK(fingerprint(f.db()) == before);

    // The head may draw too; a draw without a day is made today.
    DrawRequest r = f.request(kPQ, 2);
    r.drawnOn = QDate();
    auto made = draws.draw(f.staff.head, r, kDay);
    REQUIRE(made);
    CHECK(made->request.drawnOn == kDay);
    auto q = f.db().exec(QStringLiteral("SELECT action, record_label, actor, after_json FROM audit_entry "
                                        "WHERE record_table = 'inspection_draw'"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("draw.make"));
    CHECK(q->value(1).toString() == made->drawNumber);
    CHECK(q->value(2).toString() == QStringLiteral("head"));
    CHECK(q->value(3).toString().contains(made->resultHash));
    CHECK_FALSE(q->next());
}

TEST_CASE("recusals: one's own with EditInspection, anyone's with PlanInspections, with a reason", "[draw]")
{
    DrawFixture f;
    const Entity a = f.entity(QStringLiteral("A商场"));
    const Entity b = f.entity(QStringLiteral("B医院"));
    DrawRepository draws(f.db());
    const qint64 insp1 = f.staff.inspectorA.staffId(), insp2 = f.staff.inspectorB.staffId();
    const QByteArray before = fingerprint(f.db());
    auto refused = [&](const Session &who, qint64 staffId, qint64 entityId, const QString &reason, const QDate &on,
                       const QString &words) {
        auto r = draws.declareRecusal(who, staffId, entityId, reason, on);
        REQUIRE_FALSE(r);
        CHECK(r.error().refusal);
        INFO(r.error().message.toStdString());
        CHECK(r.error().message.contains(words));
    };
    // An inspector may not declare a colleague's; a clerk no one's but their own.
    refused(f.staff.inspectorA, insp2, a.id, QStringLiteral("亲属"), kDay, QStringLiteral("张伟"));
    refused(f.staff.clerk, insp1, a.id, QStringLiteral("亲属"), kDay, QStringLiteral("陈静"));
    refused(f.staff.inspectorA, insp1, a.id, QStringLiteral("  "), kDay, QStringLiteral("Reason"));
    refused(f.staff.inspectorA, insp1, 4242, QStringLiteral("亲属"), kDay, QStringLiteral("4242"));
    refused(f.staff.chief, 4242, a.id, QStringLiteral("亲属"), kDay, QStringLiteral("4242"));
    refused(f.staff.inspectorA, insp1, a.id, QStringLiteral("亲属"), QDate(), QStringLiteral("Declared on"));
    CHECK(fingerprint(f.db()) == before);

    auto own = draws.declareRecusal(f.staff.inspectorA, insp1, a.id, QStringLiteral(" 配偶在该单位任职 "), kDay);
    REQUIRE(own);
    CHECK(own->reason == QStringLiteral("配偶在该单位任职"));
    CHECK(own->login == QStringLiteral("insp1"));
    CHECK(own->staffName == QStringLiteral("张伟"));
    CHECK(own->entityCode == a.code);
    CHECK(own->entityName == QStringLiteral("A商场"));
    CHECK(own->declaredOn == kDay);
    refused(f.staff.chief, insp1, a.id, QStringLiteral("重复"), kDay, QStringLiteral("already"));
    auto chiefs = draws.declareRecusal(f.staff.chief, insp2, b.id, QStringLiteral("曾参与该单位案件"), kDay);
    REQUIRE(chiefs);

    CHECK(draws.recusals().size() == 2);
    CHECK(draws.recusals(insp1).size() == 1);
    CHECK(draws.recusals(0, b.id).first().login == QStringLiteral("insp2"));
    CHECK(draws.recusals(insp1, b.id).isEmpty());

    // insp1 may not withdraw insp2's; insp2 may withdraw their own; the
    // chief anyone's.
    CHECK_FALSE(draws.withdrawRecusal(f.staff.inspectorA, chiefs->id));
    REQUIRE(draws.withdrawRecusal(f.staff.inspectorB, chiefs->id));
    CHECK_FALSE(draws.withdrawRecusal(f.staff.chief, chiefs->id)); // already withdrawn
    REQUIRE(draws.withdrawRecusal(f.staff.chief, own->id));
    CHECK(draws.recusals().isEmpty());
    // Declared again after a withdrawal.
    REQUIRE(draws.declareRecusal(f.staff.inspectorA, insp1, a.id, QStringLiteral("配偶在该单位任职"), kDay));

    auto q = f.db().exec(
        QStringLiteral("SELECT action, actor FROM audit_entry WHERE record_table = 'recusal' ORDER BY seq"));
    REQUIRE(q);
    QStringList actions;
    while (q->next())
        actions << q->value(0).toString() + QLatin1Char('/') + q->value(1).toString();
    CHECK(actions == QStringList{QStringLiteral("recusal.declare/insp1"), QStringLiteral("recusal.declare/chief"),
                                 QStringLiteral("recusal.withdraw/insp2"), QStringLiteral("recusal.withdraw/chief"),
                                 QStringLiteral("recusal.declare/insp1")});
}

TEST_CASE("draws: a pick shows the finished inspection that carried it out", "[draw]")
{
    DrawFixture f;
    for (int i = 0; i < 3; ++i)
        f.entity(QStringLiteral("单位%1").arg(i));
    const InspectionDraw d = f.draw(f.request(kPQ, 2));
    const DrawPick pick = d.picks.first();

    Inspection record = sampleInspection(f.db(), f.staff, pick.entityId, QDate(2026, 3, 10));
    record.drawId = d.id;
    InspectionRepository repository(f.db());
    auto draft = repository.create(f.staff.inspectorA, record, QDate(2026, 3, 10));
    REQUIRE(draft);
    CHECK(DrawRepository(f.db()).find(d.id)->picks.first().inspectionId == 0); // a draft is not yet
    auto finished = repository.finish(f.staff.inspectorA, draft->id, QDate(2026, 3, 10));
    REQUIRE(finished);
    const InspectionDraw after = *DrawRepository(f.db()).find(d.id);
    CHECK(after.picks.first().inspectionId == finished->id);
    CHECK(after.picks.at(1).inspectionId == 0);
}
