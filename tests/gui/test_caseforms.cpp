// The case forms driven as their users would: the lead form checks as it
// is typed and writes the lead it shows, the transition dialog offers each
// person only the stages they may take, the penalty editor assesses a
// fine as its amount is typed, and the fields a stage froze stay as they
// were.
#include "caseformdriver.h"
#include "cases/caseleaddialog.h"
#include "cases/caserepository.h"
#include "cases/fineassessment.h"
#include "cases/penaltydialog.h"
#include "cases/penaltyeditor.h"
#include "cases/transitiondialog.h"
#include "casesupport.h"
#include "dutylist/dutylistrepository.h"
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "optionaldateedit.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A resident ID number with a right check character, and the same with a wrong one.
const QString kGoodId = QStringLiteral("11010519491231002X");
const QString kBadId = QStringLiteral("110105194912310021");

QListWidgetItem *handlerRow(QWidget *dialog, const Session &who)
{
    auto *handlers = childNamed<QListWidget>(dialog, "handlers");
    for (int i = 0; i < handlers->count(); ++i)
        if (handlers->item(i)->data(Qt::UserRole).toLongLong() == who.staffId())
            return handlers->item(i);
    FAIL("no handler row for " << who.login().toStdString());
    return nullptr;
}

EnforcementCase reread(Database &db, qint64 id)
{
    const Result<EnforcementCase> c = CaseRepository(db).find(id);
    REQUIRE(c);
    return c.value();
}

} // namespace

TEST_CASE("The lead form checks as it is typed and keeps Save disabled until it is right", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    CaseLeadDialog dialog(db, staff.clerk);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // Empty, it is not wrong yet, only incomplete.
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    CHECK(problemLine(&dialog, "title").isEmpty());

    typeText(childNamed<QLineEdit>(&dialog, "title"), QStringLiteral("涉嫌销售不合格电动自行车案"));
    typeText(childNamed<QPlainTextEdit>(&dialog, "facts"), QStringLiteral("投诉人称所购电动自行车刹车失灵。"));
    CHECK(problemLine(&dialog, "title").isEmpty());

    // The handlers offered are the staff with valid certificates, named with them.
    auto *handlers = childNamed<QListWidget>(&dialog, "handlers");
    CHECK(handlers->count() == 2);
    CHECK(handlerRow(&dialog, staff.inspectorA)->text().contains(QStringLiteral("张伟")));
    CHECK(handlerRow(&dialog, staff.inspectorA)->text().contains(QStringLiteral("valid until")));

    // One handler is not enough.
    handlerRow(&dialog, staff.inspectorA)->setCheckState(Qt::Checked);
    CHECK(problemLine(&dialog, "handlers").contains(QStringLiteral("at least two")));
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    CHECK(childNamed<QTabWidget>(&dialog, "tabs")->tabText(1).contains(QStringLiteral("(!)")));
    handlerRow(&dialog, staff.inspectorB)->setCheckState(Qt::Checked);
    CHECK(problemLine(&dialog, "handlers").isEmpty());
    CHECK_FALSE(childNamed<QTabWidget>(&dialog, "tabs")->tabText(1).contains(QStringLiteral("(!)")));

    // A person as the party: the ID number is checked as it is typed.
    auto *kind = childNamed<QComboBox>(&dialog, "partyKind");
    kind->setCurrentIndex(kind->findData(int(PartyKind::Person)));
    typeText(childNamed<QLineEdit>(&dialog, "partyName"), QStringLiteral("赵六"));
    auto *id = childNamed<QLineEdit>(&dialog, "partyCode");
    typeText(id, kBadId);
    const QString wrong = problemLine(&dialog, "partyCode");
    CHECK(wrong.contains(QStringLiteral("check character should be X")));
    CHECK(id->styleSheet().contains(QStringLiteral("border")));
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    // Clicking Save anyway writes nothing.
    okButtonOf(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(countRows(db, QStringLiteral("enforcement_case")) == 0);

    retype(id, kGoodId);
    CHECK(problemLine(&dialog, "partyCode") == QStringLiteral("Resident ID number, check character correct"));
    CHECK(id->styleSheet().isEmpty());
    CHECK(okButtonOf(&dialog)->isEnabled());

    // Taking the title away again shows under the title.
    childNamed<QLineEdit>(&dialog, "title")->selectAll();
    QTest::keyClick(childNamed<QLineEdit>(&dialog, "title"), Qt::Key_Delete);
    CHECK_FALSE(problemLine(&dialog, "title").isEmpty());
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
}

TEST_CASE("A lead made in the form is stored as shown", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    REQUIRE(ResponsibilityListRepository(db).save(staff.admin, sampleList()));
    const Entity party = storeEntity(db, staff.clerk, QStringLiteral("永清县恒通电线电缆有限公司"), 3);

    CaseLeadDialog dialog(db, staff.clerk);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    LeadTyping typing;
    typing.partySearch = QStringLiteral("恒通");
    typing.handlers = {staff.inspectorA.staffId(), staff.inspectorB.staffId()};
    typing.itemSearch = QStringLiteral("商品量");
    typeLead(dialog, typing);

    CHECK(childNamed<QLabel>(&dialog, "partyChosen")->text().contains(party.name));
    auto *provisions = childNamed<QTableWidget>(&dialog, "provisionTable");
    REQUIRE(provisions->rowCount() >= 1);
    CHECK(provisions->item(0, 1)->text() == QStringLiteral("计量法"));
    INFO(dialog.findChild<QLabel *>(QStringLiteral("problem-handlers"))->text().toStdString());
    REQUIRE(okButtonOf(&dialog)->isEnabled());
    okButtonOf(&dialog)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);

    const EnforcementCase stored = reread(db, dialog.saved().id);
    CHECK(stored.stage == CaseStage::Lead);
    CHECK_FALSE(stored.leadNumber.isEmpty());
    CHECK(stored.source == CaseSource::Complaint);
    CHECK(stored.sourceDetail == typing.sourceDetail);
    CHECK(stored.receivedOn == QDate::currentDate());
    CHECK(stored.title == typing.title);
    CHECK(stored.facts == typing.facts);
    CHECK(stored.section == typing.section);
    CHECK(stored.party.kind == PartyKind::Entity);
    CHECK(stored.party.entityId == party.id);
    CHECK(stored.party.name == party.name);
    CHECK(stored.party.code == party.code);
    REQUIRE(stored.handlers.size() == 2);
    CHECK(stored.handlers.at(0).staffId != stored.handlers.at(1).staffId);
    REQUIRE(stored.items.size() == 1);
    CHECK(stored.items.at(0).text == QStringLiteral("监督管理商品量、市场计量行为"));
    REQUIRE(stored.provisions.size() == provisions->rowCount());
    CHECK(stored.provisions.at(0).role == ProvisionRole::Violated);
    CHECK(stored.provisions.at(0).law == QStringLiteral("计量法"));
    CHECK(stored.provisions.at(0).legalReferenceId > 0);
    CHECK(countRows(db, QStringLiteral("enforcement_case")) == 1);
    const QList<CaseStep> steps = CaseRepository(db).steps(stored.id);
    REQUIRE(steps.size() == 1);
    CHECK(steps.at(0).login == QStringLiteral("clerk"));
}

TEST_CASE("The transition dialog offers each person only the stages they may take", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const QDate today = QDate::currentDate();
    const EnforcementCase lead = caseAtStage(db, staff, CaseStage::Lead, today.addDays(-1));

    // A clerk is never offered filing; the bureau head is.
    CHECK(offeredInDialog(db, staff.clerk, lead.id).isEmpty());
    CHECK(offeredInDialog(db, staff.inspectorA, lead.id).isEmpty());
    CHECK(offeredInDialog(db, staff.chief, lead.id).isEmpty());
    const QList<CaseStage> head = offeredInDialog(db, staff.head, lead.id);
    CHECK(head == QList<CaseStage>{CaseStage::Filed, CaseStage::NotFiled, CaseStage::Transferred});
    {
        TransitionDialog clerkDialog(db, staff.clerk, lead);
        CHECK_FALSE(okButtonOf(&clerkDialog)->isEnabled());
    }

    // Filing needs the opinion: OK waits for it, and the dialog says why.
    TransitionDialog dialog(db, staff.head, lead);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    REQUIRE(dialog.choose(CaseStage::Filed));
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("hearingNote"))->isHidden());
    CHECK(childNamed<QLineEdit>(&dialog, "transferredTo")->isHidden());
    REQUIRE(dialog.choose(CaseStage::Transferred));
    CHECK_FALSE(childNamed<QLineEdit>(&dialog, "transferredTo")->isHidden());
    REQUIRE(dialog.choose(CaseStage::Filed));
    typeText(childNamed<QPlainTextEdit>(&dialog, "opinion"), QStringLiteral("同意立案"));
    REQUIRE(okButtonOf(&dialog)->isEnabled());

    // Meanwhile someone else decided not to file it: the dialog shows the
    // core's refusal and nothing changes.
    TransitionInput notFiled;
    notFiled.to = CaseStage::NotFiled;
    notFiled.on = today;
    notFiled.opinion = QStringLiteral("线索不实");
    REQUIRE(CaseRepository(db).advance(staff.head, lead.id, notFiled, today));
    const QByteArray before = fingerprint(db);
    okButtonOf(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<InlineMessage *>()->text().contains(QStringLiteral("not a legal next stage")));
    CHECK(fingerprint(db) == before);
    CHECK(reread(db, lead.id).stage == CaseStage::NotFiled);
}

TEST_CASE("Under review, the chief may notify or send back and the head may also end the case", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::UnderReview, QDate::currentDate().addDays(-20));
    CHECK(offeredInDialog(db, staff.clerk, c.id).isEmpty());
    CHECK(offeredInDialog(db, staff.inspectorA, c.id).isEmpty());
    CHECK(offeredInDialog(db, staff.chief, c.id) ==
          QList<CaseStage>{CaseStage::PartyNotified, CaseStage::Investigating});
    CHECK(offeredInDialog(db, staff.head, c.id) == QList<CaseStage>{CaseStage::PartyNotified, CaseStage::Investigating,
                                                                    CaseStage::Transferred, CaseStage::Withdrawn});

    // At 50,000 yuan no hearing is due; at the top of the range, one is.
    {
        TransitionDialog dialog(db, staff.chief, c);
        REQUIRE(dialog.choose(CaseStage::PartyNotified));
        CHECK(childNamed<QLabel>(&dialog, "hearingNote")->isHidden());
    }
    EnforcementCase large = c;
    large.penalties[0].amount = Money::fromYuan(100000);
    large.penalties[0].tier = DiscretionTier::Heavier;
    REQUIRE(CaseRepository(db).update(staff.chief, large, QDate::currentDate()));
    REQUIRE(CaseWorkflow::hearingRequired(reread(db, c.id)));
    TransitionDialog dialog(db, staff.chief, reread(db, c.id));
    REQUIRE(dialog.choose(CaseStage::PartyNotified));
    auto *note = childNamed<QLabel>(&dialog, "hearingNote");
    CHECK_FALSE(note->isHidden());
    CHECK(note->text().contains(QStringLiteral("right to ask for one within 5 days")));
    REQUIRE(dialog.choose(CaseStage::Investigating));
    CHECK(note->isHidden());
}

TEST_CASE("The penalty editor shows the fine's band and refuses an amount outside the range", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::Investigating, QDate::currentDate().addDays(-5));
    CaseLeadDialog form(db, staff.inspectorA, c);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *tabs = childNamed<QTabWidget>(&form, "tabs");
    tabs->setCurrentIndex(3);
    REQUIRE(tabs->isTabEnabled(3));
    auto *table = childNamed<QTableWidget>(&form, "penaltyTable");
    CHECK(table->rowCount() == 0);

    QStringList seen;
    const int dialogs = answerModals(
        [&] { childNamed<QPushButton>(&form, "addPenalty")->click(); }, {[&](QWidget *modal) {
            auto *dialog = qobject_cast<PenaltyDialog *>(modal);
            REQUIRE(dialog);
            // 第四十九条 with its range is the one applied provision.
            auto *provision = childNamed<QComboBox>(dialog, "provision");
            REQUIRE(provision->count() == 1);
            CHECK(provision->currentText().contains(QStringLiteral("第四十九条")));
            auto *bounds = childNamed<QLabel>(dialog, "bounds");
            CHECK(bounds->text() == QStringLiteral("30,000.00–100,000.00 yuan"));
            const QString bands = childNamed<QLabel>(dialog, "bands")->text();
            INFO(bands.toStdString());
            CHECK(bands.contains(QStringLiteral("Lighter 30,000.00–51,000.00")));
            CHECK(bands.contains(QStringLiteral("Ordinary 51,000.01–79,000.00")));
            CHECK(bands.contains(QStringLiteral("Heavier 79,000.01–100,000.00")));

            // Below the range: refused under the field.
            auto *amount = childNamed<QLineEdit>(dialog, "amount");
            typeText(amount, QStringLiteral("20000"));
            seen << childNamed<QLabel>(dialog, "band")->text();
            seen << problemLine(dialog, "amount");
            CHECK_FALSE(okButtonOf(dialog)->isEnabled());

            // Inside: the band, and the tier follows it.
            retype(amount, QStringLiteral("6万"));
            seen << childNamed<QLabel>(dialog, "band")->text();
            seen << problemLine(dialog, "amount");
            // What is still needed is the reasons, not yet touched: a note.
            CHECK(dialog->findChild<InlineMessage *>()->text().contains(QStringLiteral("Give the reasons")));
            CHECK(childNamed<QComboBox>(dialog, "tier")->currentData().toInt() == int(DiscretionTier::Ordinary));
            typeText(childNamed<QPlainTextEdit>(dialog, "tierReasons"), QStringLiteral("货值较大，但能配合调查"));
            REQUIRE(okButtonOf(dialog)->isEnabled());
            okButtonOf(dialog)->click();
        }});
    CHECK(dialogs == 1);
    REQUIRE(seen.size() == 4);
    INFO(seen.join(QStringLiteral(" | ")).toStdString());
    CHECK(seen.at(0) == QStringLiteral("20,000.00 yuan is outside the range."));
    CHECK(seen.at(1).contains(QStringLiteral("20,000.00")));
    CHECK(seen.at(2) == QStringLiteral("60,000.00 yuan falls in the Ordinary band."));
    CHECK(seen.at(3).isEmpty());

    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("60,000.00元"));
    const QList<Penalty> penalties = childNamed<PenaltyEditor>(&form, "penalties")->penalties();
    REQUIRE(penalties.size() == 1);
    CHECK(penalties.at(0).amount == Money::fromYuan(60000));
    CHECK(penalties.at(0).provisionIndex == 1);
    CHECK(penalties.at(0).tier == DiscretionTier::Ordinary);
    CHECK(FineAssessment::check(penalties.at(0), form.editedCase()));
}

TEST_CASE("An order to correct needs its deadline, shown under the field", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::Investigating, QDate::currentDate().addDays(-5));
    Penalty order;
    order.kind = PenaltyKind::OrderToCorrect;
    PenaltyDialog dialog(c, {}, order, true);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(childNamed<QLineEdit>(&dialog, "amount")->isVisibleTo(&dialog));
    typeText(childNamed<QPlainTextEdit>(&dialog, "details"), QStringLiteral("停止销售不合格电线"));
    // Not touched yet: still needed, in the dialog's message.
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    CHECK(problemLine(&dialog, "deadline").isEmpty());
    CHECK(dialog.findChild<InlineMessage *>()->text().contains(QStringLiteral("date to correct by")));
    // A day before the case came in is wrong, and said under the field.
    auto *deadline = childNamed<OptionalDateEdit>(&dialog, "deadline");
    deadline->setOptionalDate(c.receivedOn.addDays(-1));
    CHECK(problemLine(&dialog, "deadline").contains(QStringLiteral("before the case was received")));
    CHECK_FALSE(okButtonOf(&dialog)->isEnabled());
    deadline->setOptionalDate(QDate::currentDate().addDays(30));
    CHECK(problemLine(&dialog, "deadline").isEmpty());
    CHECK(okButtonOf(&dialog)->isEnabled());
    CHECK(dialog.penalty().deadline == QDate::currentDate().addDays(30));
}

TEST_CASE("Frozen fields are read-only and the form says what may still change", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::UnderReview, QDate::currentDate().addDays(-20));
    CaseLeadDialog form(db, staff.chief, c);
    CHECK(childNamed<QLineEdit>(&form, "title")->isReadOnly());
    CHECK(childNamed<QPlainTextEdit>(&form, "facts")->isReadOnly());
    CHECK_FALSE(childNamed<QListWidget>(&form, "handlers")->isEnabled());
    CHECK_FALSE(childNamed<QPushButton>(&form, "addProvision")->isEnabled());
    CHECK_FALSE(childNamed<QPlainTextEdit>(&form, "findings")->isReadOnly());
    CHECK(childNamed<QPushButton>(&form, "addPenalty")->isEnabled());
    CHECK(childNamed<QLabel>(&form, "stageNote")->text().contains(QStringLiteral("Penalties")));
    // The stored penalties show in the table.
    CHECK(childNamed<QTableWidget>(&form, "penaltyTable")->rowCount() == 2);

    // What is open may change: the chief rewrites the findings, and the
    // frozen fields go back as they were.
    CHECK(form.editedCase().handlers == c.handlers);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto *findings = childNamed<QPlainTextEdit>(&form, "findings");
    findings->selectAll();
    typeText(findings, QStringLiteral("经复核，事实清楚，证据确凿。"));
    REQUIRE(okButtonOf(&form)->isEnabled());
    okButtonOf(&form)->click();
    INFO(form.findChild<InlineMessage *>()->text().toStdString());
    REQUIRE(form.result() == QDialog::Accepted);
    const EnforcementCase stored = reread(db, c.id);
    CHECK(stored.findings == QStringLiteral("经复核，事实清楚，证据确凿。"));
    CHECK(stored.handlers == c.handlers);
    CHECK(stored.title == c.title);
}
