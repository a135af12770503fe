// CaseQueries over what the real writers stored: the provisions a case may
// pick from a responsibility list (hand-built and the imported Boshan list),
// and cases registered, filed, seized and archived through CaseRepository.
#include "cases/casequeries.h"
#include "cases/caserepository.h"
#include "cases/statutoryclock.h"
#include "casesupport.h"
#include "dutylist/dutylistimporter.h"
#include "dutylist/dutylistrepository.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
qint64 itemId(Database &db, const QString &text)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM item WHERE text = ? AND deleted_at IS NULL"), {text});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QStringList cited(const QList<CaseProvision> &provisions)
{
    QStringList out;
    for (const CaseProvision &p : provisions)
        out << p.law + p.article;
    return out;
}
} // namespace

TEST_CASE("provision choices are the items' own references and their duties', once each, in list order",
          "[cases][queries]")
{
    TempDatabase t;
    REQUIRE(ResponsibilityListRepository(t.db()).save(adminSession(t.db()), sampleList()));
    CaseQueries q(t.db());
    const qint64 instruments = itemId(t.db(), QStringLiteral("依法监督管理计量器具"));
    const qint64 market = itemId(t.db(), QStringLiteral("监督管理商品量、市场计量行为"));
    const qint64 registration = itemId(t.db(), QStringLiteral("办理特种设备使用登记"));

    // The first item has only its duty's reference; the second also its own.
    const QList<CaseProvision> first = q.provisionChoices({instruments});
    REQUIRE(first.size() == 1);
    CHECK(first[0].role == ProvisionRole::Violated);
    CHECK(first[0].law == QStringLiteral("计量法"));
    CHECK(first[0].article == QStringLiteral("第三十条"));
    CHECK(first[0].text == QStringLiteral("计量监督人员违法失职，情节严重的"));
    CHECK(first[0].legalReferenceId > 0);
    CHECK(first[0].fineRange.kind == FineRange::Kind::None);
    CHECK(cited(q.provisionChoices({market})) ==
          QStringList{QStringLiteral("计量法第三十条"), QStringLiteral("计量法实施细则第五十七条")});
    // Both items of the same duty: the duty's reference once; the order
    // asked for does not matter.
    const QList<CaseProvision> both = q.provisionChoices({market, instruments, market});
    CHECK(cited(both) == QStringList{QStringLiteral("计量法第三十条"), QStringLiteral("计量法实施细则第五十七条")});
    CHECK(both[0].legalReferenceId == first[0].legalReferenceId);
    // A duty without references, no items, an unknown item.
    CHECK(q.provisionChoices({registration}).isEmpty());
    CHECK(q.provisionChoices({}).isEmpty());
    CHECK(q.provisionChoices({999999}).isEmpty());
}

TEST_CASE("provision choices from the imported Boshan list follow its duties", "[cases][queries]")
{
    TempDatabase t;
    auto imported = ResponsibilityListImporter(t.db()).importFile(adminSession(t.db()), {boshanSeed(), {}});
    REQUIRE(imported);
    CaseQueries q(t.db());
    const qint64 enforcement = itemId(t.db(), QStringLiteral("依法组织查处产品质量违法行为"));
    const qint64 inspections = itemId(t.db(), QStringLiteral("依法实施有关监督检查和行政执法工作"));
    const qint64 complaints = itemId(t.db(), QStringLiteral("管理全区产品质量申诉工作,受理有关举报并组织查处。"));

    const QStringList productDuty{QStringLiteral("产品质量法第六十五条"), QStringLiteral("产品质量法第六十七条"),
                                  QStringLiteral("产品质量法第六十八条")};
    CHECK(cited(q.provisionChoices({enforcement})) == productDuty);
    // Duty 3's seven references after duty 2's three, whatever order the
    // items were picked in; two items of duty 3 give its references once.
    const QList<CaseProvision> mixed = q.provisionChoices({complaints, enforcement, inspections});
    REQUIRE(mixed.size() == 10);
    CHECK(cited(mixed.mid(0, 3)) == productDuty);
    CHECK(cited(mixed.mid(3, 3)) == QStringList{QStringLiteral("标准化法第二十四条"), QStringLiteral("计量法第三十条"),
                                                QStringLiteral("产品质量法第九条")});
    CHECK(mixed[7].law == QStringLiteral("特种设备安全法"));
    CHECK(mixed[7].article == QStringLiteral("第九十四条"));
    CHECK(mixed[7].text.startsWith(QStringLiteral("违反本法规定")));
    CHECK(mixed[9].law.isEmpty()); // "依法应追究责任的其他情形" names no law; kept as situations
    CHECK(mixed[9].text == QStringLiteral("依法应追究责任的其他情形。"));
}

TEST_CASE("cases kept by the repository are listed, searched, filtered and due as the clock says", "[cases][queries]")
{
    TempDatabase t;
    const CaseStaff staff = setUpCaseStaff(t.db());
    const QDate filedOn(2026, 1, 5);
    const QDate today(2026, 4, 1);
    const EnforcementCase running = caseAtStage(t.db(), staff, CaseStage::Investigating, filedOn, 1);
    const EnforcementCase lead = caseAtStage(t.db(), staff, CaseStage::Lead, filedOn, 2);
    const EnforcementCase archived = caseAtStage(t.db(), staff, CaseStage::Archived, filedOn.addDays(-200), 3);
    Seizure seizure;
    seizure.items = QStringLiteral("BV2.5电线 200 卷");
    seizure.place = QStringLiteral("当事人成品库");
    seizure.from = QDate(2026, 3, 10);
    REQUIRE(CaseRepository(t.db()).seize(staff.inspectorA, running.id, seizure, QDate(2026, 3, 10)));
    CaseQueries q(t.db());

    CaseFilter all;
    all.today = today;
    CHECK(q.count(all) == 3);
    const QList<CaseRow> rows = q.page(all, CaseSort::Stage, true, 0, 10);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].id == lead.id);
    CHECK(rows[0].displayNumber == lead.leadNumber);
    CHECK(rows[1].id == running.id);
    CHECK(rows[2].id == archived.id);
    const CaseRow &r = rows[1];
    CHECK(r.displayNumber == running.displayNumber(QStringLiteral("永质监")));
    CHECK(r.displayNumber.startsWith(QStringLiteral("永质监罚字〔2026〕第")));
    CHECK(r.handlers == QStringLiteral("张伟、刘洋"));
    CHECK(r.partyName == running.party.name);
    CHECK(r.section == QStringLiteral("稽查股"));
    CHECK(r.stage == CaseStage::Investigating);
    CHECK(r.filedOn == filedOn);
    CHECK(r.dueOn == QDate(2026, 4, 5));
    CHECK(r.dueOn == StatutoryClock::evaluate(running, today).due);
    CHECK(r.seizureDueOn == QDate(2026, 4, 9));
    CHECK_FALSE(rows[2].dueOn.isValid()); // decided long ago: no clock
    CHECK(rows[2].stage == CaseStage::Archived);

    auto ids = [&](const std::function<void(CaseFilter &)> &edit) {
        CaseFilter f = all;
        edit(f);
        QList<qint64> out;
        for (const CaseRow &row : q.page(f, CaseSort::Number, true, 0, 10))
            out << row.id;
        return out;
    };
    using L = QList<qint64>;
    CHECK(ids([](CaseFilter &f) { f.search = QStringLiteral("电线"); }).size() == 3);
    CHECK(ids([&](CaseFilter &f) { f.search = running.party.name; }) == L{running.id});
    CHECK(ids([&](CaseFilter &f) { f.search = running.number.shortForm(); }) == L{running.id});
    CHECK(ids([&](CaseFilter &f) { f.search = running.displayNumber(QStringLiteral("永质监")); }) == L{running.id});
    CHECK(ids([&](CaseFilter &f) { f.search = lead.leadNumber.toLower(); }) == L{lead.id});
    CHECK(ids([&](CaseFilter &f) { f.handlerId = staff.inspectorB.staffId(); }).size() == 3);
    CHECK(ids([&](CaseFilter &f) { f.handlerId = staff.head.staffId(); }).isEmpty());
    CHECK(ids([](CaseFilter &f) { f.dueWithinDays = 4; }) == L{running.id}); // the decision, 5 April
    CHECK(ids([](CaseFilter &f) { f.dueWithinDays = 3; }).isEmpty());
    CHECK(ids([](CaseFilter &f) { f.overdueOnly = true; }).isEmpty());
    CHECK(ids([](CaseFilter &f) {
              f.overdueOnly = true;
              f.today = QDate(2026, 4, 6);
          }) == L{running.id});
    CHECK(ids([](CaseFilter &f) { f.stages = {CaseStage::Archived, CaseStage::Lead}; }) == L{lead.id, archived.id});

    const QList<CaseDeadline> deadlines = q.deadlines(today, 8);
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines[0].what == QStringLiteral("decision"));
    CHECK(deadlines[0].daysLeft == 4);
    CHECK(deadlines[0].displayNumber == r.displayNumber);
    CHECK(deadlines[1].what == QStringLiteral("seizure"));
    CHECK(deadlines[1].due == QDate(2026, 4, 9));
    CHECK(deadlines[1].daysLeft == 8);
    CHECK(q.deadlines(today, 7).size() == 1);
    CHECK(q.sections() == QStringList{QStringLiteral("稽查股")});
    CHECK(q.years() == QList<int>{2026, 2025});
}
