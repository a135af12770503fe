// What each step of a case needs beyond being legal and permitted: the date
// (present, not in the future, not before the last step), the fields of its
// stage, the statement or hearing period before a decision, and full
// payment before execution. Each missing thing is refused by name.
#include "cases/caseworkflow.h"
#include "testsupport.h"
#include "workflowcases.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace casedesk;
using namespace casedesk::test;
using namespace casedesk::test::workflow;

namespace {
using S = CaseStage;

struct Missing {
    const char *what;
    std::function<void(EnforcementCase &, TransitionInput &)> spoil;
    const char *expected; // part of the refusal
};

// Each spoilt case or input is refused from `from` to `to` with `expected`;
// the unspoilt one passes.
void checkEach(const People &people, S from, S to, const std::vector<Missing> &missing)
{
    const EnforcementCase complete = caseAt(from);
    REQUIRE(CaseWorkflow::check(complete, inputTo(to, complete), people.head, kToday));
    for (const Missing &m : missing) {
        INFO(m.what);
        EnforcementCase c = complete;
        TransitionInput in = inputTo(to, complete);
        m.spoil(c, in);
        const QString message = refusalOf(c, in, people.head);
        CHECK(message.startsWith(QStringLiteral("Cannot move case %1 from %2 to %3: ")
                                     .arg(c.displayNumber(), caseStages().name(from), caseStages().name(to))));
        CHECK(message.contains(QString::fromUtf8(m.expected)));
    }
}

Penalty penalty(PenaltyKind kind)
{
    Penalty p;
    p.kind = kind;
    return p;
}
} // namespace

TEST_CASE("the date of a step: given, not in the future, not before the last step", "[cases][workflow][dates]")
{
    People people;
    const EnforcementCase lead = caseAt(S::Lead);
    TransitionInput in = inputTo(S::Filed);
    in.on = QDate();
    CHECK(refusalOf(lead, in, people.head).contains(QStringLiteral("the date of the step is missing")));
    in.on = kToday.addDays(1);
    CHECK(refusalOf(lead, in, people.head).contains(QStringLiteral("the date 2026-05-01 is in the future")));
    in.on = kToday;
    CHECK(CaseWorkflow::check(lead, in, people.head, kToday));
    in.on = day(2026, 1, 4);
    CHECK(refusalOf(lead, in, people.head) ==
          QStringLiteral("Cannot move case YQ-A-2026-0001 from Lead to Filed: the date 2026-01-04 is before the day "
                         "the case was received (2026-01-05)."));
    in.on = day(2026, 1, 5); // the same day is fine
    CHECK(CaseWorkflow::check(lead, in, people.head, kToday));

    // Each later stage against its latest milestone.
    const struct {
        S from;
        S to;
        QDate tooEarly;
        const char *milestone;
    } cases[] = {
        {S::Filed, S::Investigating, day(2026, 1, 9), "was filed (2026-01-10)"},
        {S::PartyNotified, S::Decided, day(2026, 3, 1), "was notified to the party (2026-03-02)"},
        {S::Decided, S::Served, day(2026, 3, 9), "was decided (2026-03-10)"},
        {S::Served, S::Executed, day(2026, 3, 11), "was served (2026-03-12)"},
        {S::Executed, S::Closed, day(2026, 3, 19), "was executed (2026-03-20)"},
        {S::Closed, S::Archived, day(2026, 3, 24), "was closed (2026-03-25)"},
        {S::Withdrawn, S::Archived, day(2026, 1, 31), "ended (2026-02-01)"},
    };
    for (const auto &c : cases) {
        INFO(caseStages().code(c.to).toStdString());
        TransitionInput early = inputTo(c.to);
        early.on = c.tooEarly;
        early.partyWaived = true;
        CHECK(refusalOf(caseAt(c.from), early, people.head).contains(QString::fromUtf8(c.milestone)));
    }
}

TEST_CASE("filing needs a complete case, a duty, a provision violated and the approval", "[cases][workflow]")
{
    People people;
    checkEach(
        people, S::Lead, S::Filed,
        {
            {"opinion", [](auto &, auto &in) { in.opinion = QStringLiteral(" "); }, "give the approval opinion"},
            {"items", [](auto &c, auto &) { c.items.clear(); }, "link at least one responsibility item"},
            {"violated provision", [](auto &c, auto &) { c.provisions.removeFirst(); },
             "name at least one provision violated"},
            {"title", [](auto &c, auto &) { c.title.clear(); }, "Give the case a title"},
            {"facts", [](auto &c, auto &) { c.facts.clear(); }, "Describe the facts of the case"},
            {"entity", [](auto &c, auto &) { c.party.entityId = 0; }, "Pick the party from the register"},
            {"entity name", [](auto &c, auto &) { c.party.name.clear(); }, "The party has no name"},
            {"one handler", [](auto &c, auto &) { c.handlers.removeLast(); },
             "at least two different handlers holding enforcement certificates; it has 1"},
            {"the same handler twice", [](auto &c, auto &) { c.handlers[1] = c.handlers[0]; },
             "at least two different handlers"},
            {"no certificate", [](auto &c, auto &) { c.handlers[1].certificateNumber.clear(); },
             "执法乙 holds no enforcement certificate"},
            {"expired certificate", [](auto &c, auto &) { c.handlers[0].certificateValidUntil = day(2026, 3, 31); },
             "The enforcement certificate ZF13100011 of 执法甲 was valid until 2026-03-31, not on 2026-04-01"},
            {"certificate not yet valid", [](auto &c, auto &) { c.handlers[1].certificateValidFrom = day(2026, 4, 2); },
             "ZF13100012 of 执法乙 is valid from 2026-04-02"},
            {"an invalid penalty", [](auto &c, auto &) { c.penalties[0].tierReasons.clear(); },
             "Penalty 1 (Fine): Give the reasons"},
        });

    // All problems at once, joined.
    EnforcementCase bare = caseAt(S::Lead);
    bare.title.clear();
    bare.items.clear();
    TransitionInput in = inputTo(S::Filed);
    in.opinion.clear();
    CHECK(refusalOf(bare, in, people.head) ==
          QStringLiteral("Cannot move case YQ-A-2026-0001 from Lead to Filed: Give the case a title (案由); link at "
                         "least one responsibility item the case carries out; give the approval opinion."));
}

TEST_CASE("a person as party needs a name and a valid ID number", "[cases][workflow][idnumber]")
{
    People people;
    EnforcementCase c = caseAt(S::Lead);
    c.party = CaseParty{};
    c.party.kind = PartyKind::Person;
    c.party.name = QStringLiteral("张三");
    c.party.code = QStringLiteral("11010519491231002X");
    CHECK(CaseWorkflow::check(c, inputTo(S::Filed), people.head, kToday));
    CHECK(CaseWorkflow::problems(c, kStepDay).isEmpty());

    c.party.code = QStringLiteral("110105194912310021");
    CHECK(refusalOf(c, inputTo(S::Filed), people.head).contains(QStringLiteral("check character should be X")));
    const FieldProblems problems = CaseWorkflow::problems(c, kStepDay);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("partyCode"));

    c.party.code = QStringLiteral("11010519491231002X");
    c.party.name.clear();
    CHECK(refusalOf(c, inputTo(S::Filed), people.head).contains(QStringLiteral("Give the person's name")));
    CHECK(CaseWorkflow::problems(c, kStepDay).first().field == QStringLiteral("partyName"));
}

TEST_CASE("ending a case needs the reason; a transfer names the recipient", "[cases][workflow]")
{
    People people;
    const auto noOpinion = [](auto &, auto &in) { in.opinion.clear(); };
    checkEach(people, S::Lead, S::NotFiled, {{"opinion", noOpinion, "give the reason for not filing the case"}});
    checkEach(people, S::Lead, S::Transferred,
              {{"opinion", noOpinion, "give the reason for the transfer"},
               {"recipient", [](auto &, auto &in) { in.transferredTo.clear(); },
                "name the department or authority the case is transferred to"}});
    for (S from : {S::Filed, S::Investigating, S::UnderReview, S::PartyNotified})
        checkEach(people, from, S::Withdrawn, {{"opinion", noOpinion, "give the reason for withdrawing the case"}});
    checkEach(people, S::UnderReview, S::Investigating,
              {{"opinion", noOpinion, "give the reason for sending the case back"}});
    checkEach(people, S::Executed, S::Closed, {{"opinion", noOpinion, "give the closing opinion"}});
    checkEach(people, S::Closed, S::Archived,
              {{"archive number", [](auto &, auto &in) { in.archiveNumber.clear(); }, "give the archive number"}});
    checkEach(people, S::Decided, S::Served,
              {{"method", [](auto &, auto &in) { in.serviceMethod.clear(); }, "give the method of service"}});
}

TEST_CASE("review needs findings and complete penalties", "[cases][workflow][penalties]")
{
    People people;
    const auto add = [](Penalty p) { return [p](EnforcementCase &c, TransitionInput &) { c.penalties << p; }; };
    Penalty earlyDeadline = penalty(PenaltyKind::OrderToCorrect);
    earlyDeadline.deadline = day(2026, 1, 4);
    Penalty outside = sampleFine(20000);
    checkEach(
        people, S::Investigating, S::UnderReview,
        {
            {"findings", [](auto &c, auto &) { c.findings.clear(); }, "write the findings of the investigation"},
            {"penalties", [](auto &c, auto &) { c.penalties.clear(); }, "propose at least one penalty"},
            {"fine outside its range", add(outside),
             "Penalty 3 (Fine): 20,000.00 yuan is outside the range 30,000.00–100,000.00 yuan of 产品质量法 "
             "第四十九条"},
            {"order without a date", add(penalty(PenaltyKind::OrderToCorrect)),
             "Penalty 3 (Order to correct): give the date to correct by"},
            {"order before the case", add(earlyDeadline),
             "the date to correct by, 2026-01-04, is before the case was received (2026-01-05)"},
            {"income without amount", add(penalty(PenaltyKind::ConfiscateIncome)),
             "give the amount of illegal income confiscated"},
            {"goods without details", add(penalty(PenaltyKind::ConfiscateGoods)),
             "list the goods and tools confiscated"},
            {"suspension without details", add(penalty(PenaltyKind::Suspension)), "describe what is suspended"},
            {"revocation without licence", add(penalty(PenaltyKind::RevokeLicence)), "pick the licence to revoke"},
            {"transfer without recipient", add(penalty(PenaltyKind::Transfer)),
             "name where the case is transferred to"},
            {"handlers", [](auto &c, auto &) { c.handlers.removeLast(); }, "at least two different handlers"},
        });
    // Complete penalties of every kind pass.
    EnforcementCase all = caseAt(S::Investigating);
    Penalty income = penalty(PenaltyKind::ConfiscateIncome);
    income.amount = Money::fromYuan(1200);
    Penalty goods = penalty(PenaltyKind::ConfiscateGoods);
    goods.details = QStringLiteral("不合格电线电缆 120 卷");
    Penalty suspension = penalty(PenaltyKind::Suspension);
    suspension.details = QStringLiteral("电线电缆生产线");
    Penalty revoke = penalty(PenaltyKind::RevokeLicence);
    revoke.licenceId = 5;
    Penalty transfer = penalty(PenaltyKind::Transfer);
    transfer.details = QStringLiteral("永清县公安局");
    all.penalties << penalty(PenaltyKind::Warning) << income << goods << suspension << revoke << transfer;
    CHECK(CaseWorkflow::check(all, inputTo(S::UnderReview), people.head, kToday));
    CHECK(CaseWorkflow::problems(all, kStepDay).isEmpty());

    // Back from the notice: the same, and the reason.
    checkEach(
        people, S::PartyNotified, S::UnderReview,
        {{"opinion", [](auto &, auto &in) { in.opinion.clear(); }, "give the reason for reviewing the case again"},
         {"penalties", [](auto &c, auto &) { c.penalties.clear(); }, "propose at least one penalty"}});
    // Notifying the party: the review opinion, and the penalties still complete.
    checkEach(people, S::UnderReview, S::PartyNotified,
              {{"opinion", [](auto &, auto &in) { in.opinion.clear(); }, "give the review opinion"},
               {"penalties", [](auto &c, auto &) { c.penalties.clear(); }, "propose at least one penalty"},
               {"fine tier", [](auto &c, auto &) { c.penalties[0].tier = DiscretionTier::Heavier; },
                "falls in the lighter band"}});
}

TEST_CASE("hearing: large fines and confiscations, suspensions and revocations", "[cases][workflow][hearing]")
{
    EnforcementCase entity = caseAt(S::UnderReview);
    entity.penalties = {sampleFine(99999)};
    entity.penalties[0].amount = Money::fromFen(9999999); // 99,999.99
    CHECK_FALSE(CaseWorkflow::hearingRequired(entity));
    entity.penalties[0].amount = Money::fromYuan(100000);
    CHECK(CaseWorkflow::hearingRequired(entity));

    EnforcementCase person = entity;
    person.party.kind = PartyKind::Person;
    person.penalties[0].amount = Money::fromFen(999999); // 9,999.99
    CHECK_FALSE(CaseWorkflow::hearingRequired(person));
    person.penalties[0].amount = Money::fromYuan(10000);
    CHECK(CaseWorkflow::hearingRequired(person));

    EnforcementCase income = entity;
    income.penalties = {penalty(PenaltyKind::ConfiscateIncome)};
    income.penalties[0].amount = Money::fromYuan(100000);
    CHECK(CaseWorkflow::hearingRequired(income));
    income.penalties[0].amount = Money::fromYuan(99999);
    CHECK_FALSE(CaseWorkflow::hearingRequired(income));
    // Two smaller amounts are not added up.
    Penalty fine = sampleFine(60000);
    income.penalties << fine;
    CHECK_FALSE(CaseWorkflow::hearingRequired(income));

    for (PenaltyKind kind : {PenaltyKind::Suspension, PenaltyKind::RevokeLicence}) {
        EnforcementCase c = entity;
        c.penalties = {penalty(kind)};
        CHECK(CaseWorkflow::hearingRequired(c));
    }
    for (PenaltyKind kind :
         {PenaltyKind::Warning, PenaltyKind::OrderToCorrect, PenaltyKind::ConfiscateGoods, PenaltyKind::Transfer}) {
        EnforcementCase c = entity;
        c.penalties = {penalty(kind)};
        CHECK_FALSE(CaseWorkflow::hearingRequired(c));
    }
}

TEST_CASE("a decision waits for the statement or hearing period unless waived", "[cases][workflow][hearing]")
{
    People people;
    // Notified on 2026-03-02; a 50,000-yuan fine on an entity needs no hearing: 3 days.
    EnforcementCase c = caseAt(S::PartyNotified);
    REQUIRE_FALSE(CaseWorkflow::hearingRequired(c));
    TransitionInput in = inputTo(S::Decided);
    in.on = day(2026, 3, 4);
    CHECK(refusalOf(c, in, people.head) ==
          QStringLiteral("Cannot move case 2026-007 from Party notified to Decided: the party has 3 day(s) from the "
                         "notice of 2026-03-02 to state their case: decide on 2026-03-05 or later, unless the party "
                         "waives it."));
    in.on = day(2026, 3, 5);
    CHECK(CaseWorkflow::check(c, in, people.head, kToday));
    in.on = day(2026, 3, 3);
    in.partyWaived = true;
    CHECK(CaseWorkflow::check(c, in, people.head, kToday));

    // A 100,000-yuan fine: 5 days to ask for a hearing.
    c.penalties[0] = sampleFine(100000, DiscretionTier::Heavier);
    REQUIRE(CaseWorkflow::hearingRequired(c));
    in.partyWaived = false;
    in.on = day(2026, 3, 6);
    CHECK(refusalOf(c, in, people.head)
              .contains(QStringLiteral("the party has 5 day(s) from the notice of 2026-03-02 to state their case or "
                                       "ask for a hearing: decide on 2026-03-07 or later")));
    in.on = day(2026, 3, 7);
    CHECK(CaseWorkflow::check(c, in, people.head, kToday));

    // A notice that offered a hearing gives the 5 days even for a smaller fine.
    EnforcementCase offered = caseAt(S::PartyNotified);
    offered.hearingNoticeGiven = true;
    in.on = day(2026, 3, 6);
    CHECK(refusalOf(offered, in, people.head).contains(QStringLiteral("decide on 2026-03-07 or later")));

    // An open hearing blocks the decision, even when waived.
    c.stops << ClockStop{1, ClockStopKind::Hearing, day(2026, 3, 8), QDate(), QStringLiteral("当事人要求听证")};
    in.on = day(2026, 3, 20);
    in.partyWaived = true;
    CHECK(refusalOf(c, in, people.head)
              .contains(QStringLiteral("the hearing that began on 2026-03-08 is still open; end it first")));
    c.stops.last().to = day(2026, 3, 15);
    CHECK(CaseWorkflow::check(c, in, people.head, kToday));
    // An open stop of another kind does not.
    c.stops << ClockStop{2, ClockStopKind::Testing, day(2026, 3, 16), QDate(), QStringLiteral("送检")};
    CHECK(CaseWorkflow::check(c, in, people.head, kToday));

    in.opinion.clear();
    CHECK(refusalOf(c, in, people.head).contains(QStringLiteral("give the decision opinion")));
}

TEST_CASE("execution needs the whole amount paid and the receipt", "[cases][workflow][execution]")
{
    People people;
    const EnforcementCase c = caseAt(S::Served); // 50,000 yuan fined
    TransitionInput in = inputTo(S::Executed, c);
    CHECK(in.paid == Money::fromYuan(50000));
    CHECK(CaseWorkflow::check(c, in, people.clerk, kToday));

    in.paid = Money::fromYuan(30000);
    CHECK(refusalOf(c, in, people.clerk) ==
          QStringLiteral("Cannot move case 2026-007 from Served to Executed: only 30,000.00 of the 50,000.00 yuan "
                         "fined and confiscated has been paid; a case is executed when all is paid."));
    in.paid = Money::fromYuan(60000);
    CHECK(refusalOf(c, in, people.clerk)
              .contains(QStringLiteral("60,000.00 yuan paid is more than the 50,000.00 yuan fined and confiscated")));
    in.paid = Money::fromYuan(50000);
    in.receiptNumber.clear();
    CHECK(refusalOf(c, in, people.clerk).contains(QStringLiteral("give the number of the payment receipt")));

    // Confiscated income counts with the fines.
    EnforcementCase income = c;
    Penalty confiscate = penalty(PenaltyKind::ConfiscateIncome);
    confiscate.amount = Money::fromFen(123456);
    income.penalties << confiscate;
    in = inputTo(S::Executed, income);
    CHECK(in.paid == Money::fromFen(5123456));
    CHECK(CaseWorkflow::check(income, in, people.clerk, kToday));
    in.paid = Money::fromYuan(50000);
    CHECK(refusalOf(income, in, people.clerk).contains(QStringLiteral("only 50,000.00 of the 51,234.56 yuan")));

    // Nothing fined: nothing may be paid, and no receipt is needed.
    EnforcementCase warning = c;
    warning.penalties = {penalty(PenaltyKind::Warning)};
    in = inputTo(S::Executed, warning);
    in.receiptNumber.clear();
    CHECK(in.paid.isZero());
    CHECK(CaseWorkflow::check(warning, in, people.clerk, kToday));
    in.paid = Money::fromYuan(100);
    CHECK(refusalOf(warning, in, people.clerk)
              .contains(QStringLiteral("100.00 yuan paid, but nothing was fined or confiscated")));
}
