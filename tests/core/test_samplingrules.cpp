// SamplingRules: every field a batch must hold, the order of the result's
// dates, what an objection or re-check needs of the batch it follows, the
// frequency limits (twice a year, once a quarter, the same product however
// it is written) and the next step along the whole path.
#include "sampling/samplingrules.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace casedesk;

namespace {

const QDate kToday(2026, 6, 30);

StaffMember person(qint64 id, const QString &login, const QString &name)
{
    StaffMember m;
    m.id = id;
    m.login = login;
    m.name = name;
    m.enforcement = {QStringLiteral("冀执%1").arg(id), QDate(2024, 1, 1), QDate(2028, 12, 31)};
    return m;
}

const QList<StaffMember> kStaff{person(11, QStringLiteral("insp1"), QStringLiteral("张伟")),
                                person(12, QStringLiteral("insp2"), QStringLiteral("刘洋"))};

InspectionInspector sampler(qint64 id)
{
    InspectionInspector s;
    s.staffId = id;
    return s;
}

SamplingBatch batch(const QDate &sampledOn = QDate(2026, 3, 2), const QString &product = QStringLiteral("电线电缆"))
{
    SamplingBatch b;
    b.id = 100;
    b.batchNumber = QStringLiteral("A-2026-C0100");
    b.kind = SamplingKind::Plan;
    b.planName = QStringLiteral("2026年县级产品质量监督抽查计划");
    b.unit.entityId = 7;
    b.unit.name = QStringLiteral("永清县第1电线电缆有限公司");
    b.product = product;
    b.sampledFrom = QStringLiteral("成品库");
    b.sampledOn = sampledOn;
    b.samplers = {sampler(11), sampler(12)};
    b.lab = QStringLiteral("廊坊市产品质量监督检验所");
    b.section = QStringLiteral("质量监督股");
    return b;
}

SamplingBatch failed(const QDate &deliveredOn = QDate(2026, 3, 20))
{
    SamplingBatch b = batch(deliveredOn.addDays(-15));
    b.result = SamplingResult::Fail;
    b.reportNumber = QStringLiteral("LF-2026-0311");
    b.reportOn = deliveredOn.addDays(-3);
    b.deliveredOn = deliveredOn;
    b.failedItems = QStringLiteral("导体电阻");
    return b;
}

QStringList fields(const QList<FieldProblem> &problems)
{
    QStringList out;
    for (const FieldProblem &p : problems)
        out << p.field;
    return out;
}

QString messageOf(const QList<FieldProblem> &problems, const QString &field)
{
    for (const FieldProblem &p : problems)
        if (p.field == field)
            return p.message;
    return {};
}

SamplingBatch other(qint64 id, const QString &number, const QDate &on,
                    const QString &product = QStringLiteral("电线电缆"))
{
    SamplingBatch b = batch(on, product);
    b.id = id;
    b.batchNumber = number;
    return b;
}

} // namespace

TEST_CASE("sampling rules: a complete batch has no problems, an empty one names every field", "[sampling][rules]")
{
    CHECK(SamplingRules::problems(batch(), kStaff, kToday).isEmpty());
    CHECK(SamplingRules::problems(failed(), kStaff, kToday).isEmpty());

    SamplingBatch empty;
    const QStringList f = fields(SamplingRules::problems(empty, kStaff, kToday));
    for (const char *field : {"unit", "product", "sampledOn", "sampledFrom", "samplers", "lab", "section", "planName"})
        CHECK(f.contains(QLatin1String(field)));
}

TEST_CASE("sampling rules: samplers are two different colleagues with certificates valid on the day",
          "[sampling][rules]")
{
    SamplingBatch b = batch();
    b.samplers = {sampler(11)};
    CHECK(messageOf(SamplingRules::problems(b, kStaff, kToday), QStringLiteral("samplers")).contains("1 given"));
    b.samplers = {sampler(11), sampler(11)};
    CHECK(fields(SamplingRules::problems(b, kStaff, kToday)) == QStringList{QStringLiteral("samplers")});

    b = batch(QDate(2023, 12, 31)); // before the certificates
    const QString message = messageOf(SamplingRules::problems(b, kStaff, kToday), QStringLiteral("samplers"));
    CHECK(message.contains(QStringLiteral("张伟 (insp1)")));
    CHECK(message.contains(QStringLiteral("2023-12-31")));

    QList<StaffMember> staff = kStaff;
    staff[1].enforcement = {};
    CHECK(messageOf(SamplingRules::problems(batch(), staff, kToday), QStringLiteral("samplers"))
              .contains(QStringLiteral("刘洋 (insp2) holds no enforcement certificate")));
    staff = kStaff;
    staff[1].active = false;
    CHECK(messageOf(SamplingRules::problems(batch(), staff, kToday), QStringLiteral("samplers"))
              .contains(QStringLiteral("deactivated")));
    b = batch();
    b.samplers << sampler(99);
    CHECK(messageOf(SamplingRules::problems(b, kStaff, kToday), QStringLiteral("samplers")).contains("no colleague"));
}

TEST_CASE("sampling rules: the kind decides the plan and the batch followed", "[sampling][rules]")
{
    SamplingBatch b = batch();
    b.parentId = 5;
    CHECK(fields(SamplingRules::problems(b, kStaff, kToday)) == QStringList{QStringLiteral("parentId")});
    b.parentId = 0;
    b.kind = SamplingKind::Objection;
    CHECK(fields(SamplingRules::problems(b, kStaff, kToday)) == QStringList{QStringLiteral("parentId")});
    b.kind = SamplingKind::Recheck;
    b.parentId = 5;
    b.planName.clear(); // a follower needs no plan of its own
    CHECK(SamplingRules::problems(b, kStaff, kToday).isEmpty());
}

TEST_CASE("sampling rules: the result's dates follow each other and none is in the future", "[sampling][rules]")
{
    auto only = [](const SamplingBatch &b) { return fields(SamplingRules::problems(b, kStaff, kToday)); };

    SamplingBatch b = batch(QDate(2026, 7, 1));
    CHECK(only(b) == QStringList{QStringLiteral("sampledOn")});

    b = failed();
    b.reportNumber.clear();
    CHECK(only(b) == QStringList{QStringLiteral("reportNumber")});
    b = failed();
    b.reportOn = QDate();
    CHECK(only(b).contains(QStringLiteral("reportOn")));
    b = failed();
    b.reportOn = QDate(2026, 3, 1); // before the sampling
    CHECK(only(b) == QStringList{QStringLiteral("reportOn")});
    b = batch();
    b.reportOn = QDate(2026, 3, 10); // dated while still pending
    CHECK(only(b) == QStringList{QStringLiteral("reportOn")});

    b = failed();
    b.deliveredOn = b.reportOn.addDays(-1);
    CHECK(only(b) == QStringList{QStringLiteral("deliveredOn")});
    b = failed(QDate(2026, 7, 2));
    b.reportOn = QDate(2026, 6, 20);
    CHECK(only(b) == QStringList{QStringLiteral("deliveredOn")});

    b = failed();
    b.failedItems.clear();
    CHECK(only(b) == QStringList{QStringLiteral("failedItems")});
    b.result = SamplingResult::Pass;
    b.failedItems = QStringLiteral("导体电阻");
    CHECK(only(b) == QStringList{QStringLiteral("failedItems")});
}

TEST_CASE("sampling rules: an objection within 15 days of delivery, a late one names the deadline", "[sampling][rules]")
{
    SamplingBatch b = failed(QDate(2026, 3, 1));
    b.objectionOn = QDate(2026, 3, 16);
    CHECK(SamplingRules::problems(b, kStaff, kToday).isEmpty());
    b.objectionOn = QDate(2026, 3, 17);
    const QString late = messageOf(SamplingRules::problems(b, kStaff, kToday), QStringLiteral("objectionOn"));
    CHECK(late.contains(QStringLiteral("ended on 2026-03-16")));
    CHECK(late.contains(QStringLiteral("2026-03-17 is too late")));
    b.objectionOn = QDate(2026, 2, 28);
    CHECK(fields(SamplingRules::problems(b, kStaff, kToday)) == QStringList{QStringLiteral("objectionOn")});

    b = batch();
    b.objectionOn = QDate(2026, 3, 10); // no result yet
    CHECK(fields(SamplingRules::problems(b, kStaff, kToday)) == QStringList{QStringLiteral("objectionOn")});
    b = failed();
    b.kind = SamplingKind::Objection;
    b.parentId = 5;
    b.objectionOn = b.deliveredOn;
    CHECK(messageOf(SamplingRules::problems(b, kStaff, kToday), QStringLiteral("objectionOn")).contains("final"));
}

TEST_CASE("sampling rules: rectification and the re-check request belong to a failed planned batch",
          "[sampling][rules]")
{
    SamplingBatch b = failed(QDate(2026, 3, 20));
    b.rectifiedOn = QDate(2026, 4, 10);
    b.recheckRequestedOn = QDate(2026, 4, 11);
    CHECK(SamplingRules::problems(b, kStaff, kToday).isEmpty());

    SamplingBatch early = b;
    early.rectifiedOn = QDate(2026, 3, 19);
    early.recheckRequestedOn = QDate(2026, 3, 19);
    CHECK(fields(SamplingRules::problems(early, kStaff, kToday)) == QStringList{QStringLiteral("rectifiedOn")});

    SamplingBatch unrectified = b;
    unrectified.rectifiedOn = QDate();
    CHECK(fields(SamplingRules::problems(unrectified, kStaff, kToday)) ==
          QStringList{QStringLiteral("recheckRequestedOn")});
    SamplingBatch backwards = b;
    backwards.recheckRequestedOn = QDate(2026, 4, 9);
    CHECK(fields(SamplingRules::problems(backwards, kStaff, kToday)) ==
          QStringList{QStringLiteral("recheckRequestedOn")});
    SamplingBatch future = b;
    future.recheckRequestedOn = QDate(2026, 7, 1);
    CHECK(fields(SamplingRules::problems(future, kStaff, kToday)) == QStringList{QStringLiteral("recheckRequestedOn")});

    SamplingBatch passed = b;
    passed.result = SamplingResult::Pass;
    passed.failedItems.clear();
    CHECK(fields(SamplingRules::problems(passed, kStaff, kToday)) ==
          QStringList({QStringLiteral("rectifiedOn"), QStringLiteral("recheckRequestedOn")}));
    SamplingBatch retest = b;
    retest.kind = SamplingKind::Objection;
    retest.parentId = 5;
    CHECK(messageOf(SamplingRules::problems(retest, kStaff, kToday), QStringLiteral("rectifiedOn"))
              .contains("planned batch"));
}

TEST_CASE("sampling rules: what an objection and a re-check need of the batch they follow", "[sampling][rules]")
{
    SamplingBatch parent = failed(QDate(2026, 3, 1));
    SamplingBatch objection = batch(QDate(2026, 3, 10));
    objection.kind = SamplingKind::Objection;
    objection.parentId = parent.id;
    CHECK(SamplingRules::parentProblems(objection, parent).isEmpty());

    objection.sampledOn = QDate(2026, 3, 17); // no objection date on the parent: the re-test is the objection
    CHECK(messageOf(SamplingRules::parentProblems(objection, parent), QStringLiteral("sampledOn"))
              .contains(QStringLiteral("ended on 2026-03-16")));
    parent.objectionOn = QDate(2026, 3, 16); // objected in time, re-tested later
    CHECK(SamplingRules::parentProblems(objection, parent).isEmpty());

    SamplingBatch undelivered = parent;
    undelivered.deliveredOn = QDate();
    CHECK(fields(SamplingRules::parentProblems(objection, undelivered)) == QStringList{QStringLiteral("parentId")});
    SamplingBatch retest = parent;
    retest.kind = SamplingKind::Objection;
    CHECK(fields(SamplingRules::parentProblems(objection, retest)) == QStringList{QStringLiteral("parentId")});

    SamplingBatch recheck = batch(QDate(2026, 4, 20));
    recheck.kind = SamplingKind::Recheck;
    recheck.parentId = parent.id;
    CHECK(messageOf(SamplingRules::parentProblems(recheck, parent), QStringLiteral("parentId"))
              .contains("not asked for a re-check"));
    parent.rectifiedOn = QDate(2026, 4, 1);
    parent.recheckRequestedOn = QDate(2026, 4, 5);
    CHECK(SamplingRules::parentProblems(recheck, parent).isEmpty()); // day 15
    recheck.sampledOn = QDate(2026, 4, 4);
    CHECK(fields(SamplingRules::parentProblems(recheck, parent)) == QStringList{QStringLiteral("sampledOn")});
    recheck.sampledOn = QDate(2026, 4, 21); // day 16: late, needs the reason
    const QString late = messageOf(SamplingRules::parentProblems(recheck, parent), QStringLiteral("notes"));
    CHECK(late.contains(QStringLiteral("by 2026-04-20")));
    recheck.notes = QStringLiteral("检验机构样品设备检修，延期抽样");
    CHECK(SamplingRules::parentProblems(recheck, parent).isEmpty());

    SamplingBatch passed = parent;
    passed.result = SamplingResult::Pass;
    CHECK(fields(SamplingRules::parentProblems(recheck, passed)) == QStringList{QStringLiteral("parentId")});
}

TEST_CASE("sampling rules: the same product of an enterprise twice a year, never twice a quarter",
          "[sampling][rules][frequency]")
{
    const SamplingBatch first = other(1, QStringLiteral("A-2026-C0001"), QDate(2026, 2, 3));

    SECTION("a second batch in the same quarter is refused, naming the first")
    {
        const auto problem = SamplingRules::frequencyProblem(batch(QDate(2026, 3, 31)), {first});
        REQUIRE(problem);
        CHECK(problem->contains(QStringLiteral("A-2026-C0001 on 2026-02-03")));
        CHECK(problem->contains(QStringLiteral("quarter 1 of 2026")));
    }
    SECTION("a second one in another quarter is fine, a third in the year is refused")
    {
        CHECK_FALSE(SamplingRules::frequencyProblem(batch(QDate(2026, 4, 1)), {first}));
        const SamplingBatch second = other(2, QStringLiteral("A-2026-C0005"), QDate(2026, 5, 6));
        const auto problem = SamplingRules::frequencyProblem(batch(QDate(2026, 11, 2)), {first, second});
        REQUIRE(problem);
        CHECK(problem->contains(QStringLiteral("A-2026-C0001 on 2026-02-03, A-2026-C0005 on 2026-05-06")));
        CHECK(problem->contains(QStringLiteral("at most twice a year")));
        // The next year starts afresh.
        CHECK_FALSE(SamplingRules::frequencyProblem(batch(QDate(2027, 1, 5)), {first, second}));
    }
    SECTION("another product, another enterprise, or the batch itself do not count")
    {
        CHECK_FALSE(SamplingRules::frequencyProblem(batch(QDate(2026, 3, 1), QStringLiteral("插头插座")), {first}));
        SamplingBatch elsewhere = first;
        elsewhere.unit.entityId = 8;
        CHECK_FALSE(SamplingRules::frequencyProblem(batch(QDate(2026, 3, 1)), {elsewhere}));
        SamplingBatch itself = batch(QDate(2026, 2, 3));
        itself.id = first.id;
        CHECK_FALSE(SamplingRules::frequencyProblem(itself, {first}));
    }
    SECTION("objections and re-checks are exempt and do not count")
    {
        SamplingBatch recheck = batch(QDate(2026, 3, 1));
        recheck.kind = SamplingKind::Recheck;
        CHECK_FALSE(SamplingRules::frequencyProblem(recheck, {first}));
        SamplingBatch objection = first;
        objection.kind = SamplingKind::Objection;
        CHECK_FALSE(SamplingRules::frequencyProblem(batch(QDate(2026, 3, 1)), {objection}));
    }
    SECTION("full-width letters, letter case and spaces do not make another product")
    {
        const SamplingBatch ascii =
            other(1, QStringLiteral("A-2026-C0001"), QDate(2026, 2, 3), QStringLiteral("PVC Pipe"));
        CHECK(SamplingRules::frequencyProblem(batch(QDate(2026, 3, 1), QStringLiteral("  ｐｖｃ　　ＰＩＰＥ ")),
                                              {ascii}));
        CHECK(SamplingRules::productKey(QStringLiteral("  ｐｖｃ　　ＰＩＰＥ ")) == QStringLiteral("pvc pipe"));
        CHECK(SamplingRules::productKey(QStringLiteral("电线电缆（ＢＶ２．５）")) == QStringLiteral("电线电缆(bv2.5)"));
    }
}

TEST_CASE("sampling rules: the next step along the path of a batch", "[sampling][rules][nextstep]")
{
    using S = SamplingNextStep;
    const QDate delivered(2026, 3, 1);
    SamplingBatch b = batch();
    CHECK(SamplingRules::nextStep(b, {}, kToday) == S::AwaitResult);
    b = failed(delivered);
    b.deliveredOn = QDate();
    CHECK(SamplingRules::nextStep(b, {}, kToday) == S::DeliverReport);
    b = failed(delivered);
    CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 3, 16)) == S::ObjectionWindow);
    CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 3, 17)) == S::Rectify);
    CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 3, 31)) == S::Rectify);
    CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 4, 1)) == S::OpenCase); // rectification lapsed

    SamplingBatch passed = b;
    passed.result = SamplingResult::Pass;
    CHECK(SamplingRules::nextStep(passed, {}, QDate(2026, 3, 10)) == S::ObjectionWindow);
    CHECK(SamplingRules::nextStep(passed, {}, QDate(2026, 3, 17)) == S::Done);

    SECTION("an objection and its re-test")
    {
        SamplingBatch objected = b;
        objected.objectionOn = QDate(2026, 3, 5);
        CHECK(SamplingRules::nextStep(objected, {}, QDate(2026, 5, 1)) == S::AwaitObjection);
        SamplingBatch retest = batch(QDate(2026, 3, 8));
        retest.id = 101;
        retest.kind = SamplingKind::Objection;
        retest.parentId = b.id;
        CHECK(SamplingRules::nextStep(objected, {retest}, QDate(2026, 5, 1)) == S::AwaitObjection);
        CHECK(SamplingRules::nextStep(retest, {}, QDate(2026, 5, 1)) == S::AwaitResult);
        retest.result = SamplingResult::Pass;
        retest.reportOn = retest.deliveredOn = QDate(2026, 3, 25);
        CHECK(SamplingRules::nextStep(objected, {retest}, QDate(2026, 5, 1)) == S::Done);
        CHECK(SamplingRules::nextStep(retest, {}, QDate(2026, 5, 1)) == S::Done);
        retest.result = SamplingResult::Fail;
        // Confirmed on 25 March: rectification until 24 April, then a case.
        CHECK(SamplingRules::nextStep(objected, {retest}, QDate(2026, 4, 24)) == S::Rectify);
        CHECK(SamplingRules::nextStep(objected, {retest}, QDate(2026, 4, 25)) == S::OpenCase);
    }
    SECTION("rectification, the request and the re-check")
    {
        b.rectifiedOn = QDate(2026, 3, 20);
        CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 5, 1)) == S::Rectify);
        b.recheckRequestedOn = QDate(2026, 3, 21);
        CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 5, 1)) == S::SampleRecheck);
        SamplingBatch recheck = batch(QDate(2026, 4, 2));
        recheck.id = 102;
        recheck.kind = SamplingKind::Recheck;
        recheck.parentId = b.id;
        CHECK(SamplingRules::nextStep(b, {recheck}, QDate(2026, 5, 1)) == S::AwaitResult);
        recheck.result = SamplingResult::Pass;
        recheck.reportOn = recheck.deliveredOn = QDate(2026, 4, 20);
        CHECK(SamplingRules::nextStep(b, {recheck}, QDate(2026, 5, 1)) == S::Done);
        recheck.result = SamplingResult::Fail;
        CHECK(SamplingRules::nextStep(b, {recheck}, QDate(2026, 5, 1)) == S::OpenCase);
        CHECK(SamplingRules::nextStep(recheck, {}, QDate(2026, 5, 1)) == S::ObjectionWindow);
        CHECK(SamplingRules::nextStep(recheck, {}, QDate(2026, 5, 6)) == S::OpenCase);
        recheck.caseId = 9;
        CHECK(SamplingRules::nextStep(b, {recheck}, QDate(2026, 5, 1)) == S::Done);
        b.caseId = 9;
        CHECK(SamplingRules::nextStep(b, {}, QDate(2026, 5, 1)) == S::Done);
    }
}

TEST_CASE("sampling rules: the next steps have names", "[sampling][rules][nextstep]")
{
    CHECK(SamplingRules::nextStepName(SamplingNextStep::AwaitResult) == QStringLiteral("Awaiting the test report"));
    CHECK(SamplingRules::nextStepName(SamplingNextStep::OpenCase) == QStringLiteral("Open a case"));
    QStringList names;
    for (SamplingNextStep s :
         {SamplingNextStep::AwaitResult, SamplingNextStep::DeliverReport, SamplingNextStep::ObjectionWindow,
          SamplingNextStep::AwaitObjection, SamplingNextStep::Rectify, SamplingNextStep::SampleRecheck,
          SamplingNextStep::OpenCase, SamplingNextStep::Done})
        names << SamplingRules::nextStepName(s);
    names.removeDuplicates();
    CHECK(names.size() == 8);
}
