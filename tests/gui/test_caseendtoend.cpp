// A case from complaint to archive, through the forms only: a clerk enters
// the complaint in the lead form, the bureau head files it, an inspector
// investigates and proposes a fine in the penalty editor, the section chief
// reviews it and notifies the party, the head decides, a clerk records
// service and payment, the head closes the case and a clerk archives it.
// After every step the database holds the stage and the step with who took
// it, and every person's transition dialog offered exactly the stages that
// person may take then.
#include "caseformdriver.h"
#include "cases/caseeditactions.h"
#include "cases/caseleaddialog.h"
#include "cases/caserepository.h"
#include "cases/penaltydialog.h"
#include "cases/transitiondialog.h"
#include "casesupport.h"
#include "dutylist/dutylistrepository.h"
#include "guitestsupport.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

using Stages = QList<CaseStage>;
using S = CaseStage;

struct Person {
    const char *name;
    const Session *session;
};

// Each person's transition dialog offers what the table says they may take.
void requireOffers(Database &db, qint64 caseId, const QList<Person> &people, const QList<Stages> &expected)
{
    for (int i = 0; i < people.size(); ++i) {
        const Stages offered = offeredInDialog(db, *people.at(i).session, caseId);
        INFO(people.at(i).name << " is offered " << stageCodes(offered).toStdString() << ", expected "
                               << stageCodes(expected.at(i)).toStdString());
        CHECK(offered == expected.at(i));
    }
}

// The case is at `stage` and its last step says so, taken by `login`.
void requireStep(Database &db, qint64 caseId, CaseStage stage, const QString &login)
{
    const Result<EnforcementCase> c = CaseRepository(db).find(caseId);
    REQUIRE(c);
    CHECK(c->stage == stage);
    QList<CaseStep> stages;
    for (const CaseStep &step : CaseRepository(db).steps(caseId))
        if (step.kind == QLatin1String("stage"))
            stages << step;
    REQUIRE_FALSE(stages.isEmpty());
    CHECK(stages.last().toStage == stage);
    CHECK(stages.last().login == login);
    CHECK(stages.last().on == QDate::currentDate());
}

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    QWidget *field = childNamed<QWidget>(dialog, name);
    typeText(field, text);
}

// "Add by Hand": 产品质量法 第四十九条 as the applied provision, 3–10万 yuan.
void addAppliedProvision(QWidget *form)
{
    const int seen = answerModals([&] { childNamed<QPushButton>(form, "addProvision")->click(); }, {[](QWidget *modal) {
                                      auto *role = childNamed<QComboBox>(modal, "role");
                                      role->setCurrentIndex(role->findData(int(ProvisionRole::Applied)));
                                      typeInto(modal, "law", QStringLiteral("产品质量法"));
                                      typeInto(modal, "article", QStringLiteral("第四十九条"));
                                      auto *range = childNamed<QComboBox>(modal, "rangeKind");
                                      range->setCurrentIndex(range->findData(int(FineRange::Kind::Fixed)));
                                      typeInto(modal, "minYuan", QStringLiteral("30000"));
                                      typeInto(modal, "maxYuan", QStringLiteral("100000"));
                                      REQUIRE(okButtonOf(modal)->isEnabled());
                                      okButtonOf(modal)->click();
                                  }});
    CHECK(seen == 1);
}

} // namespace

TEST_CASE("files a case end to end", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    REQUIRE(ResponsibilityListRepository(db).save(staff.admin, sampleList()));
    const Entity party = storeEntity(db, staff.clerk, QStringLiteral("永清县恒通电线电缆有限公司"), 5);
    const QList<Person> people = {{"clerk", &staff.clerk},
                                  {"insp1", &staff.inspectorA},
                                  {"chief", &staff.chief},
                                  {"head", &staff.head},
                                  {"admin", &staff.admin}};
    QWidget window;
    QUndoStack stack;

    // A clerk enters the complaint in the lead form.
    CaseEditActions clerk(db, staff.clerk, stack, &window);
    REQUIRE(clerk.canRegisterLeads());
    QSignalSpy added(&clerk, &CaseEditActions::caseAdded);
    int dialogs = answerModals([&] { clerk.newLead(); }, {[&](QWidget *modal) {
                                   auto *form = qobject_cast<CaseLeadDialog *>(modal);
                                   REQUIRE(form);
                                   LeadTyping typing;
                                   typing.partySearch = QStringLiteral("恒通");
                                   typing.handlers = {staff.inspectorA.staffId(), staff.inspectorB.staffId()};
                                   typing.itemSearch = QStringLiteral("商品量");
                                   typeLead(*form, typing);
                                   childNamed<QTabWidget>(form, "tabs")->setCurrentIndex(2);
                                   addAppliedProvision(form);
                                   REQUIRE(okButtonOf(form)->isEnabled());
                                   okButtonOf(form)->click();
                               }});
    CHECK(dialogs == 1);
    REQUIRE(added.count() == 1);
    const qint64 id = added.at(0).at(0).toLongLong();
    {
        const Result<EnforcementCase> lead = CaseRepository(db).find(id);
        REQUIRE(lead);
        CHECK(lead->stage == S::Lead);
        CHECK(lead->party.entityId == party.id);
        CHECK(lead->source == CaseSource::Complaint);
        CHECK(lead->handlers.size() == 2);
        CHECK(lead->items.size() == 1);
        CHECK(lead->provisions.last().role == ProvisionRole::Applied);
        CHECK(lead->provisions.last().fineRange.max == Money::fromYuan(100000));
        CHECK(lead->number.isNull());
    }
    requireOffers(db, id, people, {{}, {}, {}, {S::Filed, S::NotFiled, S::Transferred}, {}});

    // The bureau head files it: the case gets its number.
    advanceInDialog(db, staff.head, id, S::Filed,
                    [](TransitionDialog &d) { typeInto(&d, "opinion", QStringLiteral("同意立案，由张伟、刘洋承办")); });
    requireStep(db, id, S::Filed, QStringLiteral("head"));
    CHECK_FALSE(CaseRepository(db).find(id)->number.isNull());
    requireOffers(db, id, people,
                  {{S::Investigating},
                   {S::Investigating},
                   {S::Investigating},
                   {S::Investigating, S::Transferred, S::Withdrawn},
                   {}});

    // An inspector investigates and proposes a fine in the penalty editor.
    advanceInDialog(db, staff.inspectorA, id, S::Investigating, {});
    requireStep(db, id, S::Investigating, QStringLiteral("insp1"));
    CaseEditActions inspector(db, staff.inspectorA, stack, &window);
    dialogs = answerModals(
        [&] { inspector.editCase(id); }, {[&](QWidget *modal) {
            childNamed<QTabWidget>(modal, "tabs")->setCurrentIndex(3);
            typeInto(modal, "findings", QStringLiteral("经调查，当事人销售的电线导体电阻不合格，货值金额三万元。"));
            const int penalties =
                answerModals([&] { childNamed<QPushButton>(modal, "addPenalty")->click(); }, {[](QWidget *penalty) {
                                 REQUIRE(qobject_cast<PenaltyDialog *>(penalty));
                                 typeInto(penalty, "amount", QStringLiteral("45000"));
                                 CHECK(childNamed<QLabel>(penalty, "band")->text() ==
                                       QStringLiteral("45,000.00 yuan falls in the Lighter band."));
                                 typeInto(penalty, "tierReasons", QStringLiteral("初次违法，主动停止销售"));
                                 REQUIRE(okButtonOf(penalty)->isEnabled());
                                 okButtonOf(penalty)->click();
                             }});
            CHECK(penalties == 1);
            CHECK(childNamed<QTableWidget>(modal, "penaltyTable")->rowCount() == 1);
            REQUIRE(okButtonOf(modal)->isEnabled());
            okButtonOf(modal)->click();
        }});
    CHECK(dialogs == 1);
    {
        const Result<EnforcementCase> investigated = CaseRepository(db).find(id);
        REQUIRE(investigated);
        REQUIRE(investigated->penalties.size() == 1);
        CHECK(investigated->penalties.at(0).kind == PenaltyKind::Fine);
        CHECK(investigated->penalties.at(0).amount == Money::fromYuan(45000));
        CHECK(investigated->penalties.at(0).tier == DiscretionTier::Lighter);
        CHECK(investigated->findings.startsWith(QStringLiteral("经调查")));
        CHECK(investigated->stage == S::Investigating);
    }
    requireOffers(
        db, id, people,
        {{S::UnderReview}, {S::UnderReview}, {S::UnderReview}, {S::UnderReview, S::Transferred, S::Withdrawn}, {}});
    advanceInDialog(db, staff.inspectorA, id, S::UnderReview, {});
    requireStep(db, id, S::UnderReview, QStringLiteral("insp1"));

    // The section chief reviews it and notifies the party (no hearing at 45,000 yuan).
    requireOffers(db, id, people,
                  {{},
                   {},
                   {S::PartyNotified, S::Investigating},
                   {S::PartyNotified, S::Investigating, S::Transferred, S::Withdrawn},
                   {}});
    advanceInDialog(db, staff.chief, id, S::PartyNotified, [](TransitionDialog &d) {
        CHECK(childNamed<QLabel>(&d, "hearingNote")->isHidden());
        typeInto(&d, "opinion", QStringLiteral("事实清楚，证据确凿，拟从轻处罚"));
    });
    requireStep(db, id, S::PartyNotified, QStringLiteral("chief"));

    // The head decides: today only because the party waived the period.
    requireOffers(db, id, people, {{}, {}, {S::UnderReview}, {S::Decided, S::UnderReview, S::Withdrawn}, {}});
    advanceInDialog(db, staff.head, id, S::Decided, [](TransitionDialog &d) {
        typeInto(&d, "opinion", QStringLiteral("同意处罚"));
        CHECK_FALSE(okButtonOf(&d)->isEnabled());
        childNamed<QCheckBox>(&d, "partyWaived")->click();
    });
    requireStep(db, id, S::Decided, QStringLiteral("head"));

    // A clerk records the service and the payment.
    requireOffers(db, id, people, {{S::Served}, {S::Served}, {S::Served}, {S::Served}, {}});
    advanceInDialog(db, staff.clerk, id, S::Served, [](TransitionDialog &d) {
        auto *method = childNamed<QComboBox>(&d, "serviceMethod");
        method->setCurrentIndex(method->findData(QStringLiteral("邮寄送达")));
    });
    requireStep(db, id, S::Served, QStringLiteral("clerk"));
    CHECK(CaseRepository(db).find(id)->serviceMethod == QStringLiteral("邮寄送达"));
    requireOffers(db, id, people, {{S::Executed}, {S::Executed}, {S::Executed}, {S::Executed}, {}});
    advanceInDialog(db, staff.clerk, id, S::Executed, [](TransitionDialog &d) {
        typeInto(&d, "paid", QStringLiteral("40000"));
        typeInto(&d, "receiptNumber", QStringLiteral("冀财罚0056789"));
        CHECK_FALSE(okButtonOf(&d)->isEnabled()); // not all of it paid
        retype(childNamed<QLineEdit>(&d, "paid"), QStringLiteral("45,000"));
    });
    requireStep(db, id, S::Executed, QStringLiteral("clerk"));
    CHECK(CaseRepository(db).find(id)->paid == Money::fromYuan(45000));

    // The head closes it and a clerk archives it.
    requireOffers(db, id, people, {{}, {}, {}, {S::Closed}, {}});
    advanceInDialog(db, staff.head, id, S::Closed,
                    [](TransitionDialog &d) { typeInto(&d, "opinion", QStringLiteral("同意结案")); });
    requireStep(db, id, S::Closed, QStringLiteral("head"));
    requireOffers(db, id, people, {{S::Archived}, {S::Archived}, {S::Archived}, {S::Archived}, {}});
    advanceInDialog(db, staff.clerk, id, S::Archived,
                    [](TransitionDialog &d) { typeInto(&d, "archiveNumber", QStringLiteral("永质监档〔2026〕15号")); });
    requireStep(db, id, S::Archived, QStringLiteral("clerk"));
    requireOffers(db, id, people, {{}, {}, {}, {}, {}});

    // The timeline holds every stage, in order, with who took it.
    QStringList timeline;
    for (const CaseStep &step : CaseRepository(db).steps(id))
        if (step.kind == QLatin1String("stage"))
            timeline << caseStages().code(step.toStage) + QLatin1Char('/') + step.login;
    CHECK(timeline == QStringList{"filed/head", "investigating/insp1", "under-review/insp1", "notified/chief",
                                  "decided/head", "served/clerk", "executed/clerk", "closed/head", "archived/clerk"});
    const Result<EnforcementCase> archived = CaseRepository(db).find(id);
    REQUIRE(archived);
    CHECK(archived->archiveNumber == QStringLiteral("永质监档〔2026〕15号"));
    CHECK(archived->receiptNumber == QStringLiteral("冀财罚0056789"));
    CHECK(archived->partyWaived);
    CHECK(closeMessageBoxes(&window).isEmpty());
}
