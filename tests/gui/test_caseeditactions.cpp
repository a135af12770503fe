// What CaseEditActions and the case commands do beyond the forms: a detail
// edit undone and redone through the core (and refused once the case has
// changed since), the clock's dialogs with their confirmation, and files
// attached to a case.
#include "caseformdriver.h"
#include "cases/casecommands.h"
#include "cases/caseeditactions.h"
#include "cases/casenotifier.h"
#include "cases/caserepository.h"
#include "casesupport.h"
#include "guitestsupport.h"
#include "testsupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QWidget>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

EnforcementCase reread(Database &db, qint64 id)
{
    const Result<EnforcementCase> c = CaseRepository(db).find(id);
    REQUIRE(c);
    return c.value();
}

} // namespace

TEST_CASE("Undo of a case's detail edit writes the values back through the core", "[gui][cases][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase before = caseAtStage(db, staff, CaseStage::Filed, QDate::currentDate().addDays(-3));
    QUndoStack stack;
    QSignalSpy changed(CaseCommands::notifier(stack), &CaseNotifier::caseChanged);
    QSignalSpy refused(CaseCommands::notifier(stack), &CaseNotifier::stepRefused);

    EnforcementCase after = before;
    after.title = QStringLiteral("涉嫌生产销售不合格电线案");
    after.facts = QStringLiteral("经查，当事人生产的电线导体电阻超标。");
    const Result<EnforcementCase> edited = CaseCommands::updateCase(stack, db, staff.inspectorA, before, after);
    REQUIRE(edited);
    CHECK(reread(db, before.id).title == after.title);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Edit ") + before.displayNumber());
    CHECK(changed.count() == 1);

    stack.undo();
    EnforcementCase now = reread(db, before.id);
    CHECK(now.title == before.title);
    CHECK(now.facts == before.facts);
    CHECK(changed.count() == 2);
    stack.redo();
    now = reread(db, before.id);
    CHECK(now.title == after.title);
    CHECK(now.facts == after.facts);
    stack.undo();
    CHECK(reread(db, before.id).title == before.title);
    CHECK(refused.isEmpty());

    // An untouched form writes nothing and pushes nothing.
    const QByteArray unchanged = fingerprint(db);
    const EnforcementCase same = reread(db, before.id);
    REQUIRE(CaseCommands::updateCase(stack, db, staff.inspectorA, same, same));
    CHECK(fingerprint(db) == unchanged);
    CHECK(stack.count() == 1);

    // Redo, then a change made elsewhere: the undo is refused and leaves it.
    stack.redo();
    EnforcementCase elsewhere = reread(db, before.id);
    elsewhere.section = QStringLiteral("标准计量股");
    REQUIRE(CaseRepository(db).update(staff.inspectorB, elsewhere, QDate::currentDate()));
    const QByteArray kept = fingerprint(db);
    stack.undo();
    REQUIRE(refused.count() == 1);
    CHECK(refused.at(0).at(1).toString().contains(QStringLiteral("could not be undone")));
    CHECK(fingerprint(db) == kept);
    CHECK(reread(db, before.id).title == after.title);
    CHECK(stack.count() == 0);
}

TEST_CASE("A detail edit made in the form undoes with the window's stack, not after the next stage",
          "[gui][cases][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::Filed, QDate::currentDate().addDays(-3));
    QWidget window;
    QUndoStack stack;
    CaseEditActions actions(db, staff.inspectorA, stack, &window);
    QSignalSpy changed(&actions, &CaseEditActions::caseChanged);

    const int seen = answerModals([&] { actions.editCase(c.id); }, {[](QWidget *modal) {
                                      auto *title = childNamed<QLineEdit>(modal, "title");
                                      retype(title, QStringLiteral("涉嫌销售不合格电线案"));
                                      REQUIRE(okButtonOf(modal)->isEnabled());
                                      okButtonOf(modal)->click();
                                  }});
    CHECK(seen == 1);
    CHECK(reread(db, c.id).title == QStringLiteral("涉嫌销售不合格电线案"));
    CHECK(changed.count() == 1);
    REQUIRE(stack.count() == 1);
    stack.undo();
    CHECK(reread(db, c.id).title == c.title);
    CHECK(changed.count() == 2);
    stack.redo();
    CHECK(reread(db, c.id).title == QStringLiteral("涉嫌销售不合格电线案"));

    // Once the investigation has begun, the edit before it is history.
    TransitionInput investigate;
    investigate.to = CaseStage::Investigating;
    investigate.on = QDate::currentDate();
    REQUIRE(CaseRepository(db).advance(staff.inspectorA, c.id, investigate, QDate::currentDate()));
    const QByteArray kept = fingerprint(db);
    stack.undo();
    CHECK(fingerprint(db) == kept);
    CHECK(reread(db, c.id).title == QStringLiteral("涉嫌销售不合格电线案"));
    const QStringList boxes = closeMessageBoxes(&window);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.at(0).contains(QStringLiteral("could not be undone")));
}

TEST_CASE("Clock dialogs ask before they record, and record through the core", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::Investigating, QDate::currentDate().addDays(-5));
    QWidget window;
    QUndoStack stack;
    CaseEditActions head(db, staff.head, stack, &window);
    QSignalSpy changed(&head, &CaseEditActions::caseChanged);

    // Declining the confirmation changes nothing.
    const QByteArray before = fingerprint(db);
    answerModals([&] { head.extend(c.id); }, {[](QWidget *modal) {
                     typeText(childNamed<QLineEdit>(modal, "reason"), QStringLiteral("案情复杂"));
                     // The question that follows is declined.
                     answerModals([&] { okButtonOf(modal)->click(); }, {});
                 }});
    CHECK(fingerprint(db) == before);
    CHECK_FALSE(reread(db, c.id).extension.has_value());

    answerModals([&] { head.extend(c.id); }, {[](QWidget *modal) {
                     typeText(childNamed<QLineEdit>(modal, "reason"), QStringLiteral("案情复杂"));
                     answerModals([&] { okButtonOf(modal)->click(); }, {[](QWidget *question) {
                                      CHECK(qobject_cast<QMessageBox *>(question)->informativeText() ==
                                            QStringLiteral("This cannot be undone."));
                                      buttonNamed(question, QStringLiteral("Extend"))->click();
                                  }});
                 }});
    const EnforcementCase extended = reread(db, c.id);
    REQUIRE(extended.extension.has_value());
    CHECK(extended.extension->reason == QStringLiteral("案情复杂"));
    CHECK(changed.count() == 1);

    // A clerk may not stop the clock: refused before any form opens.
    CaseEditActions clerk(db, staff.clerk, stack, &window);
    const QString refusal = answerModal([&] { clerk.suspendClock(c.id); });
    CHECK_FALSE(refusal.isEmpty());
    CHECK(reread(db, c.id).stops.isEmpty());

    // The chief stops it for testing, and restarts it when the report is in.
    CaseEditActions chief(db, staff.chief, stack, &window);
    answerModals([&] { chief.suspendClock(c.id); }, {[](QWidget *modal) {
                     auto *kind = childNamed<QComboBox>(modal, "stopKind");
                     kind->setCurrentIndex(kind->findData(int(ClockStopKind::Testing)));
                     typeText(childNamed<QLineEdit>(modal, "reason"), QStringLiteral("样品送检"));
                     answerModals([&] { okButtonOf(modal)->click(); }, {[](QWidget *question) {
                                      buttonNamed(question, QStringLiteral("Stop Clock"))->click();
                                  }});
                 }});
    EnforcementCase stopped = reread(db, c.id);
    REQUIRE(stopped.stops.size() == 1);
    CHECK(stopped.stops.at(0).kind == ClockStopKind::Testing);
    CHECK(stopped.stops.at(0).from == QDate::currentDate());
    CHECK_FALSE(stopped.stops.at(0).to.isValid());
    answerModals([&] { chief.resumeClock(c.id); }, {[](QWidget *modal) {
                     typeText(childNamed<QLineEdit>(modal, "reason"), QStringLiteral("检验报告已收到"));
                     answerModals([&] { okButtonOf(modal)->click(); }, {[](QWidget *question) {
                                      buttonNamed(question, QStringLiteral("Restart Clock"))->click();
                                  }});
                 }});
    stopped = reread(db, c.id);
    REQUIRE(stopped.stops.size() == 1);
    CHECK(stopped.stops.at(0).to == QDate::currentDate());
}

TEST_CASE("Attaching files stores each and names the ones refused", "[gui][cases]")
{
    TempDatabase t;
    Database &db = t.db();
    const CaseStaff staff = setUpCaseStaff(db);
    const EnforcementCase c = caseAtStage(db, staff, CaseStage::Investigating, QDate::currentDate().addDays(-5));
    const QString photo = t.dir() + QStringLiteral("/现场照片.jpg");
    const QString empty = t.dir() + QStringLiteral("/empty.pdf");
    writeFile(photo, QByteArrayLiteral("JFIF: the photo of the goods seized"));
    writeFile(empty, QByteArray());
    QWidget window;
    QUndoStack stack;
    CaseEditActions actions(db, staff.clerk, stack, &window);
    QSignalSpy changed(&actions, &CaseEditActions::caseChanged);
    CHECK(actions.attachFiles(c.id, {photo, empty, t.dir() + QStringLiteral("/missing.png")}) == 1);
    const QList<CaseAttachment> stored = CaseRepository(db).attachments(c.id);
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).fileName == QStringLiteral("现场照片.jpg"));
    CHECK(changed.count() == 1);
    const QStringList boxes = closeMessageBoxes(&window);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.at(0).contains(QStringLiteral("empty.pdf")));
    CHECK(boxes.at(0).contains(QStringLiteral("missing.png")));
}
