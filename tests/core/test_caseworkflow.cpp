// The case state machine as a whole: the table is exactly the one the law
// and DOMAIN.md §4 give; every legal step passes with complete input, every
// other pair of the 13 × 13 stages is refused naming the legal ones; each
// step needs its role, and the forms offer only what the person may take.
#include "cases/caseworkflow.h"
#include "testsupport.h"
#include "workflowcases.h"

#include <catch2/catch.hpp>
#include <map>

using namespace casedesk;
using namespace casedesk::test;
using namespace casedesk::test::workflow;

namespace {
using S = CaseStage;

// The table written out again, independently of the core.
const std::map<std::pair<S, S>, Action> &expectedTable()
{
    static const std::map<std::pair<S, S>, Action> t = {
        {{S::Lead, S::Filed}, Action::ApproveCase},
        {{S::Lead, S::NotFiled}, Action::ApproveCase},
        {{S::Lead, S::Transferred}, Action::ApproveCase},
        {{S::Filed, S::Investigating}, Action::EditCase},
        {{S::Filed, S::Transferred}, Action::ApproveCase},
        {{S::Filed, S::Withdrawn}, Action::ApproveCase},
        {{S::Investigating, S::UnderReview}, Action::EditCase},
        {{S::Investigating, S::Transferred}, Action::ApproveCase},
        {{S::Investigating, S::Withdrawn}, Action::ApproveCase},
        {{S::UnderReview, S::PartyNotified}, Action::ReviewCase},
        {{S::UnderReview, S::Investigating}, Action::ReviewCase},
        {{S::UnderReview, S::Transferred}, Action::ApproveCase},
        {{S::UnderReview, S::Withdrawn}, Action::ApproveCase},
        {{S::PartyNotified, S::Decided}, Action::ApproveCase},
        {{S::PartyNotified, S::UnderReview}, Action::ReviewCase},
        {{S::PartyNotified, S::Withdrawn}, Action::ApproveCase},
        {{S::Decided, S::Served}, Action::EditCase},
        {{S::Served, S::Executed}, Action::EditCase},
        {{S::Executed, S::Closed}, Action::ApproveCase},
        {{S::Closed, S::Archived}, Action::EditCase},
        {{S::NotFiled, S::Archived}, Action::EditCase},
        {{S::Transferred, S::Archived}, Action::EditCase},
        {{S::Withdrawn, S::Archived}, Action::EditCase},
    };
    return t;
}

// Who may take each kind of step (DOMAIN.md §5).
RoleSet expectedRoles(Action action)
{
    switch (action) {
    case Action::EditCase:
        return {Role::Clerk, Role::Inspector, Role::SectionChief, Role::BureauHead};
    case Action::ReviewCase:
        return {Role::SectionChief, Role::BureauHead};
    case Action::ApproveCase:
        return {Role::BureauHead};
    default:
        return {};
    }
}

std::string pairName(S from, S to)
{
    return (caseStages().code(from) + QStringLiteral(" → ") + caseStages().code(to)).toStdString();
}
} // namespace

TEST_CASE("the transition table is the one the law gives", "[cases][workflow]")
{
    const auto &table = CaseWorkflow::table();
    CHECK(table.size() == expectedTable().size());
    for (const Transition &t : table) {
        INFO(pairName(t.from, t.to));
        const auto it = expectedTable().find({t.from, t.to});
        REQUIRE(it != expectedTable().end());
        CHECK(it->second == t.action);
    }
    CHECK(CaseWorkflow::next(S::Lead) == QList<S>{S::Filed, S::NotFiled, S::Transferred});
    CHECK(CaseWorkflow::next(S::UnderReview) ==
          QList<S>{S::PartyNotified, S::Investigating, S::Transferred, S::Withdrawn});
    CHECK(CaseWorkflow::next(S::Archived).isEmpty());
}

TEST_CASE("every legal step passes with complete input; every other pair is refused", "[cases][workflow]")
{
    People people;
    int legal = 0, illegal = 0;
    for (S from : caseStages().values()) {
        const EnforcementCase c = caseAt(from);
        for (S to : caseStages().values()) {
            INFO(pairName(from, to));
            const TransitionInput in = inputTo(to, c);
            const Status st = CaseWorkflow::check(c, in, people.head, kToday);
            if (expectedTable().count({from, to})) {
                ++legal;
                CHECK(st);
                continue;
            }
            ++illegal;
            REQUIRE_FALSE(st);
            CHECK(st.error().refusal);
            const QString prefix = QStringLiteral("Cannot move case %1 from %2 to %3: %3 is not a legal next stage")
                                       .arg(c.displayNumber(), caseStages().name(from), caseStages().name(to));
            CHECK(st.error().message.startsWith(prefix));
            // The refusal lists the legal next stages.
            for (S legalNext : CaseWorkflow::next(from))
                CHECK(st.error().message.contains(caseStages().name(legalNext)));
            if (CaseWorkflow::next(from).isEmpty())
                CHECK(st.error().message.contains(QStringLiteral("nothing follows Archived")));
        }
    }
    CHECK(legal == 23);
    CHECK(illegal == 13 * 13 - 23);

    // The wording, once in full.
    CHECK(refusalOf(caseAt(S::Lead), inputTo(S::Decided), people.head) ==
          QStringLiteral("Cannot move case YQ-A-2026-0001 from Lead to Decided: Decided is not a legal next stage; "
                         "from Lead the case may go to Filed, Not filed, Transferred."));
}

TEST_CASE("each step needs its role; administrators only look", "[cases][workflow][permissions]")
{
    People people;
    int checked = 0;
    for (const auto &[pair, action] : expectedTable()) {
        const EnforcementCase c = caseAt(pair.first);
        const TransitionInput in = inputTo(pair.second, c);
        for (const auto &[role, session] : people.byRole()) {
            INFO(pairName(pair.first, pair.second) << " as " << roleCode(role).toStdString());
            const Status st = CaseWorkflow::check(c, in, *session, kToday);
            ++checked;
            if (expectedRoles(action).has(role)) {
                CHECK(st);
                continue;
            }
            REQUIRE_FALSE(st);
            CHECK(st.error().message.contains(QStringLiteral("may not %1").arg(Permissions::describe(action))));
            CHECK(st.error().message.contains(session->displayName()));
        }
    }
    CHECK(checked == 23 * 5);

    CHECK(refusalOf(caseAt(S::Lead), inputTo(S::Filed), people.chief) ==
          QStringLiteral("Cannot move case YQ-A-2026-0001 from Lead to Filed: chief (chief) may not approve steps of "
                         "enforcement cases: this needs one of the roles %1.")
              .arg(RoleSet{Role::BureauHead}.names()));
}

TEST_CASE("the permission table gives cases to the right roles", "[cases][workflow][permissions]")
{
    CHECK(Permissions::code(Action::ViewCases) == QStringLiteral("cases.view"));
    CHECK(Permissions::code(Action::EditCase) == QStringLiteral("cases.edit"));
    CHECK(Permissions::code(Action::ReviewCase) == QStringLiteral("cases.review"));
    CHECK(Permissions::code(Action::ApproveCase) == QStringLiteral("cases.approve"));
    for (Role r : kAllRoles) {
        INFO(roleCode(r).toStdString());
        CHECK(Permissions::allowed(RoleSet{r}, Action::ViewCases));
        for (Action a : {Action::EditCase, Action::ReviewCase, Action::ApproveCase})
            CHECK(Permissions::allowed(RoleSet{r}, a) == expectedRoles(a).has(r));
    }
}

TEST_CASE("the forms offer only the steps the person may take", "[cases][workflow][permissions]")
{
    People people;
    const EnforcementCase lead = caseAt(S::Lead);
    CHECK(CaseWorkflow::offered(lead, people.head) == QList<S>{S::Filed, S::NotFiled, S::Transferred});
    CHECK(CaseWorkflow::offered(lead, people.chief).isEmpty());
    CHECK(CaseWorkflow::offered(lead, people.clerk).isEmpty());

    const EnforcementCase filed = caseAt(S::Filed);
    CHECK(CaseWorkflow::offered(filed, people.clerk) == QList<S>{S::Investigating});
    CHECK(CaseWorkflow::offered(filed, people.inspector) == QList<S>{S::Investigating});
    CHECK(CaseWorkflow::offered(filed, people.head) == QList<S>{S::Investigating, S::Transferred, S::Withdrawn});

    const EnforcementCase review = caseAt(S::UnderReview);
    CHECK(CaseWorkflow::offered(review, people.chief) == QList<S>{S::PartyNotified, S::Investigating});
    CHECK(CaseWorkflow::offered(review, people.inspector).isEmpty());

    const EnforcementCase notified = caseAt(S::PartyNotified);
    CHECK(CaseWorkflow::offered(notified, people.chief) == QList<S>{S::UnderReview});
    CHECK(CaseWorkflow::offered(notified, people.head) == QList<S>{S::Decided, S::UnderReview, S::Withdrawn});

    CHECK(CaseWorkflow::offered(caseAt(S::Withdrawn), people.clerk) == QList<S>{S::Archived});
    CHECK(CaseWorkflow::offered(caseAt(S::Archived), people.head).isEmpty());
    for (S stage : caseStages().values())
        CHECK(CaseWorkflow::offered(caseAt(stage), people.admin).isEmpty());
}

TEST_CASE("stages: codes, names, ended and running clocks", "[cases][workflow]")
{
    const QStringList codes = {
        QStringLiteral("lead"),         QStringLiteral("filed"),     QStringLiteral("investigating"),
        QStringLiteral("under-review"), QStringLiteral("notified"),  QStringLiteral("decided"),
        QStringLiteral("served"),       QStringLiteral("executed"),  QStringLiteral("closed"),
        QStringLiteral("archived"),     QStringLiteral("not-filed"), QStringLiteral("transferred"),
        QStringLiteral("withdrawn")};
    const QList<S> stages = caseStages().values();
    REQUIRE(stages.size() == codes.size());
    for (int i = 0; i < stages.size(); ++i) {
        CHECK(caseStages().code(stages[i]) == codes[i]);
        CHECK(caseStages().parse(codes[i]) == stages[i]);
        CHECK(caseStages().parse(caseStages().name(stages[i])) == stages[i]);
    }
    CHECK(caseStages().parse(QStringLiteral("Under review")) == S::UnderReview);
    CHECK_FALSE(caseStages().parse(QStringLiteral("reviewed")));
    CHECK(caseSources().parse(QStringLiteral("hotline-12365")) == CaseSource::Hotline12365);
    CHECK(penaltyKinds().code(PenaltyKind::RevokeLicence) == QStringLiteral("revoke-licence"));
    CHECK(discretionTiers().code(DiscretionTier::Heavier) == QStringLiteral("heavier"));
    CHECK(clockStopKinds().code(ClockStopKind::PublicNotice) == QStringLiteral("public-notice"));
    CHECK(provisionRoles().code(ProvisionRole::Applied) == QStringLiteral("applied"));
    CHECK(partyKinds().code(PartyKind::Person) == QStringLiteral("person"));

    const QList<S> ended = {S::Closed, S::Archived, S::NotFiled, S::Transferred, S::Withdrawn};
    const QList<S> running = {S::Filed, S::Investigating, S::UnderReview, S::PartyNotified};
    for (S s : stages) {
        INFO(caseStages().code(s).toStdString());
        CHECK(caseEnded(s) == ended.contains(s));
        CHECK(clockRuns(s) == running.contains(s));
    }
}

TEST_CASE("case numbers: the official form, the short form, and what parses", "[cases][casenumber]")
{
    const CaseNumber n{2026, 7};
    CHECK(n.format(QStringLiteral("永质监")) == QStringLiteral("永质监罚字〔2026〕第007号"));
    CHECK(n.format(QStringLiteral("永质监"), QStringLiteral("责改")) == QStringLiteral("永质监责改字〔2026〕第007号"));
    CHECK(CaseNumber{2026, 1234}.format(QStringLiteral("博质监")) == QStringLiteral("博质监罚字〔2026〕第1234号"));
    CHECK(n.shortForm() == QStringLiteral("2026-007"));
    CHECK(CaseNumber{}.format(QStringLiteral("永质监")).isEmpty());
    CHECK(CaseNumber{}.shortForm().isEmpty());

    for (const char *text : {"永质监罚字〔2026〕第007号", "博质监罚字[2026]第7号", "永质监罚字(2026)第007号",
                             "永质监罚字（2026）第７号", "〔2026〕第7号", "2026-007", "2026-7", " 2026 - 07 "}) {
        INFO(text);
        const auto parsed = CaseNumber::parse(QString::fromUtf8(text));
        REQUIRE(parsed);
        CHECK(*parsed == n);
    }
    for (const char *text : {"", "2026", "007", "2026-0", "26-007", "2026/007", "永质监罚字2026第7号", "abc"}) {
        INFO(text);
        const auto parsed = CaseNumber::parse(QString::fromUtf8(text));
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message.contains(QStringLiteral("is not a case number")));
    }

    EnforcementCase c;
    c.leadNumber = QStringLiteral("YQ-A-2026-0003");
    CHECK(c.displayNumber() == QStringLiteral("YQ-A-2026-0003"));
    CHECK(c.displayNumber(QStringLiteral("永质监")) == QStringLiteral("YQ-A-2026-0003"));
    c.number = n;
    CHECK(c.displayNumber() == QStringLiteral("2026-007"));
    CHECK(c.displayNumber(QStringLiteral("永质监")) == QStringLiteral("永质监罚字〔2026〕第007号"));
}
