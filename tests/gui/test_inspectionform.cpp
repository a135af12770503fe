// The inspection form as an inspector fills it: the unit picked from the
// register, the domain it brings along and the supervision system's
// checklist loaded; only eligible inspectors offered; the checklist walked
// from the keyboard; the rules' problems under their fields as they arise;
// then the whole life of a record through InspectionEditActions: a draft
// saved, edited (and the edit undone and redone on the window's undo stack),
// finished after a confirmation, and corrected into version 2 with a reason.
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "inspectionformdriver.h"
#include "inspections/checklist.h"
#include "inspections/checklisttable.h"
#include "inspections/correctionreasondialog.h"
#include "inspections/inspectioneditactions.h"
#include "inspections/inspectionformdialog.h"
#include "inspections/inspectionoutcomeseditor.h"
#include "inspections/inspectionrecordpage.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionrules.h"
#include "inspections/inspectorpicker.h"
#include "inspectionwindow.h"
#include "plan/entitysearchpicker.h"
#include "searchfield.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSpecialEquipment = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

QString problemUnder(QWidget *form, const char *key)
{
    auto *line = form->findChild<QLabel *>(QLatin1String("problem-") + QLatin1String(key));
    REQUIRE(line);
    return line->isHidden() ? QString() : line->text();
}

// The rules' message for a field of the form's record now.
QString rulesSay(const InspectionFormDialog &form, const QString &field)
{
    for (const FieldProblem &p : form.problems())
        if (p.field == field)
            return p.message;
    return {};
}

struct LiftUnit {
    InspectionWindow w;
    Entity hospital;
    LiftUnit()
    {
        w.importList();
        hospital = w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    }
};

void showAndWait(QWidget *dialog)
{
    dialog->show();
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
}

} // namespace

TEST_CASE("the inspection form loads the unit's checklist and walks it from the keyboard", "[gui][inspections]")
{
    LiftUnit u;
    InspectionFormDialog form(u.w.temp.db(), u.w.staff.seA);
    showAndWait(&form);
    InspectionRecordPage *page = form.recordPage();
    CHECK(form.mode() == InspectionFormDialog::Mode::New);
    CHECK(page->dayEdit()->date() == QDate::currentDate());
    CHECK(page->sectionCombo()->currentText() == QStringLiteral("特种设备安全监察股"));
    CHECK_FALSE(form.saveDraftButton()->isEnabled());

    InspectionTyping typing;
    typing.unitSearch = QStringLiteral("人民医院");
    SearchField *search = page->unitPicker()->searchField();
    typeText(search, typing.unitSearch);
    search->flush();
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(page->unitPicker()->results(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return page->unitLabel()->text().contains(u.hospital.name); }));
    // The unit brings its domain, the domain its system and the system its checklist.
    CHECK(page->domain() == kSpecialEquipment);
    const qint64 system = page->systemId();
    REQUIRE(system != 0);
    CHECK(system == Checklist::defaultSystem(u.w.temp.db(), kSpecialEquipment));
    const auto expected = Checklist::forSystem(u.w.temp.db(), system);
    REQUIRE(expected);
    REQUIRE(form.checklistTable()->points() == *expected);
    // The keyboard went on to the day.
    CHECK(waitUntil([&] { return page->dayEdit()->hasFocus(); }));

    // Only those with a special-equipment certificate valid today; the person entering is ticked.
    InspectorPicker *inspectors = page->inspectorPicker();
    QList<qint64> offered;
    for (int row = 0; row < inspectors->count(); ++row)
        offered << inspectors->item(row)->data(Qt::UserRole).toLongLong();
    std::sort(offered.begin(), offered.end());
    QList<qint64> specialInspectors{u.w.staff.seA.staffId(), u.w.staff.seB.staffId()};
    std::sort(specialInspectors.begin(), specialInspectors.end());
    CHECK(offered == specialInspectors);
    REQUIRE(inspectors->inspectors().size() == 1);
    CHECK(inspectors->inspectors().at(0).staffId == u.w.staff.seA.staffId());
    CHECK_FALSE(inspectors->inspectors().at(0).certificateNumber.isEmpty());
    int own = -1;
    for (int row = 0; row < inspectors->count(); ++row)
        if (inspectors->item(row)->data(Qt::UserRole).toLongLong() == u.w.staff.seA.staffId())
            own = row;
    REQUIRE(own >= 0);
    CHECK(inspectors->item(own)->text().contains(inspectors->inspectors().at(0).certificateNumber));
    CHECK(inspectors->item(own)->checkState() == Qt::Checked);
    CHECK(form.saveDraftButton()->isEnabled());

    walkChecklist(form, QStringLiteral("安全阀未按期校验"));
    ChecklistTable *table = form.checklistTable();
    // The results show in their colours.
    CHECK(table->item(2, ChecklistTable::ResultColumn)->text() == checkResults().name(CheckResult::DoesNotConform));
    CHECK(table->item(0, ChecklistTable::ResultColumn)->text() == checkResults().name(CheckResult::Conforms));
    // Delete clears a result; Enter on a row opens its note.
    table->setCurrentCell(4, ChecklistTable::ResultColumn);
    pressKey(Qt::Key_Delete);
    CHECK(table->points().at(4).result == CheckResult::Unchecked);
    const int unchecked = int(std::count_if(table->points().cbegin(), table->points().cend(),
                                            [](const CheckPoint &p) { return p.result == CheckResult::Unchecked; }));
    CHECK(table->markUncheckedConforming() == unchecked);
    CHECK(table->points().at(4).result == CheckResult::Conforms);
    CHECK(table->points().at(2).result == CheckResult::DoesNotConform);
    table->setCurrentCell(1, ChecklistTable::ResultColumn);
    pressKey(Qt::Key_Return);
    CHECK(table->isEditingNote());
    pressKey(Qt::Key_Escape);
    CHECK(table->currentRow() == 1);
    CHECK(table->points().at(1).note.isEmpty());
    form.reject();
}

TEST_CASE("the inspection form shows the rules' problems under their fields", "[gui][inspections]")
{
    LiftUnit u;
    InspectionFormDialog form(u.w.temp.db(), u.w.staff.seA);
    showAndWait(&form);
    InspectionTyping typing;
    typing.unitSearch = QStringLiteral("人民医院");
    typing.secondInspector = u.w.staff.seB.staffId();
    typeInspection(form, typing);
    REQUIRE(form.problems().isEmpty());
    CHECK(form.finishButton()->isEnabled());
    CHECK(form.saveDraftButton()->isEnabled());
    for (int tab = 0; tab < form.tabs()->count(); ++tab)
        CHECK_FALSE(form.tabs()->tabText(tab).contains(QStringLiteral("(!)")));

    // One inspector only: the two-inspector rule, under the inspectors.
    InspectorPicker *inspectors = form.recordPage()->inspectorPicker();
    inspectors->setChecked(u.w.staff.seB.staffId(), false);
    const QString tooFew = rulesSay(form, QStringLiteral("inspectors"));
    REQUIRE_FALSE(tooFew.isEmpty());
    CHECK(problemUnder(&form, "inspectors") == tooFew);
    CHECK_FALSE(form.finishButton()->isEnabled());
    CHECK(form.saveDraftButton()->isEnabled());
    CHECK(form.tabs()->tabText(InspectionFormDialog::RecordTab).contains(QStringLiteral("(!)")));
    inspectors->setChecked(u.w.staff.seB.staffId(), true);
    CHECK(problemUnder(&form, "inspectors").isEmpty());

    // A point that does not conform without its note.
    form.tabs()->setCurrentIndex(InspectionFormDialog::ChecklistTab);
    ChecklistTable *table = form.checklistTable();
    table->setFocus();
    table->setCurrentCell(0, ChecklistTable::ResultColumn);
    pressKey(Qt::Key_N, QStringLiteral("n"));
    REQUIRE(table->isEditingNote());
    pressKey(Qt::Key_Escape);
    const QString noNote = rulesSay(form, QStringLiteral("checklist"));
    REQUIRE_FALSE(noNote.isEmpty());
    CHECK(problemUnder(&form, "checklist") == noNote);
    CHECK_FALSE(form.finishButton()->isEnabled());
    table->editNote(0);
    typeText(QApplication::focusWidget(), QStringLiteral("铭牌缺失"));
    pressKey(Qt::Key_Return);
    CHECK(problemUnder(&form, "checklist").isEmpty());

    // A refusal to sign needs its note.
    form.tabs()->setCurrentIndex(InspectionFormDialog::OutcomeTab);
    form.refusedBox()->click();
    CHECK_FALSE(form.signatoryEdit()->isEnabled());
    const QString noRefusalNote = rulesSay(form, QStringLiteral("refusalNote"));
    REQUIRE_FALSE(noRefusalNote.isEmpty());
    typeText(form.refusalNoteEdit(), QStringLiteral("x"));
    QTest::keyClick(form.refusalNoteEdit(), Qt::Key_Backspace);
    CHECK(problemUnder(&form, "refusalNote") == noRefusalNote);
    typeText(form.refusalNoteEdit(), QStringLiteral("负责人拒绝签字，由检查人员李四见证"));
    CHECK(problemUnder(&form, "refusalNote").isEmpty());

    // The directive is a special-equipment paper with its own fields.
    InspectionOutcomesEditor *outcomes = form.outcomesEditor();
    CHECK(outcomes->checkBox(InspectionOutcome::Directive)->isEnabled());
    CHECK_FALSE(outcomes->demandsEdit()->isVisibleTo(&form));
    outcomes->checkBox(InspectionOutcome::Directive)->click();
    CHECK(outcomes->demandsEdit()->isVisibleTo(&form));
    // Not typed in yet: still needed, said in the form's message rather than in red.
    const QString noDemands = rulesSay(form, QStringLiteral("directiveDemands"));
    REQUIRE_FALSE(noDemands.isEmpty());
    CHECK(problemUnder(&form, "directiveDemands").isEmpty());
    CHECK(form.message()->text().contains(noDemands));
    CHECK_FALSE(form.finishButton()->isEnabled());
    typeText(outcomes->demandsEdit(), QStringLiteral("立即停止使用2号电梯"));
    CHECK(problemUnder(&form, "directiveDemands").isEmpty());
    CHECK(form.problems().isEmpty());

    // A draft without its unit cannot even be saved.
    form.reject();
    InspectionFormDialog empty(u.w.temp.db(), u.w.staff.seA);
    CHECK_FALSE(empty.saveDraftButton()->isEnabled());
    CHECK_FALSE(rulesSay(empty, QStringLiteral("unit")).isEmpty());
    CHECK_FALSE(empty.saveDraft());
    CHECK(problemUnder(&empty, "unit") == rulesSay(empty, QStringLiteral("unit")));
}

TEST_CASE("a record is saved as a draft, edited with undo, finished and corrected into version 2", "[gui][inspections]")
{
    LiftUnit u;
    Database &db = u.w.temp.db();
    QWidget window;
    QUndoStack stack;
    InspectionEditActions edits(db, u.w.staff.seA, stack, &window);
    QSignalSpy added(&edits, &InspectionEditActions::inspectionAdded);
    QSignalSpy changed(&edits, &InspectionEditActions::inspectionChanged);

    // A new record, saved as a draft: not undoable (its number is never given again).
    int dialogs = answerModals([&] { edits.newInspection(); }, {[&](QWidget *modal) {
                                   auto *form = qobject_cast<InspectionFormDialog *>(modal);
                                   REQUIRE(form);
                                   InspectionTyping typing;
                                   typing.unitSearch = QStringLiteral("人民医院");
                                   typing.secondInspector = u.w.staff.seB.staffId();
                                   typeInspection(*form, typing);
                                   form->saveDraftButton()->click();
                               }});
    CHECK(dialogs == 1);
    REQUIRE(added.count() == 1);
    const qint64 id = added.at(0).at(0).toLongLong();
    InspectionRepository repository(db);
    Inspection draft = repository.find(id).value();
    CHECK(draft.status == InspectionStatus::Draft);
    CHECK(draft.unit.entityId == u.hospital.id);
    CHECK(draft.unit.name == u.hospital.name);
    CHECK(draft.domain == kSpecialEquipment);
    CHECK(draft.inspectors.size() == 2);
    CHECK(draft.checklist.at(2).result == CheckResult::DoesNotConform);
    CHECK(draft.checklist.at(2).note == QStringLiteral("安全阀未按期校验"));
    CHECK(draft.has(InspectionOutcome::OrderToCorrect));
    CHECK(draft.correctBy == QDate::currentDate().addDays(15));
    CHECK(draft.unitSignatory == QStringLiteral("赵经理"));
    CHECK(stack.count() == 0);

    // An edit of the draft goes on the undo stack.
    const QString newFindings = QStringLiteral("2号电梯安全阀超过校验有效期，限期整改。");
    dialogs = answerModals([&] { edits.edit(id); }, {[&](QWidget *modal) {
                               auto *form = qobject_cast<InspectionFormDialog *>(modal);
                               REQUIRE(form);
                               CHECK(form->mode() == InspectionFormDialog::Mode::Draft);
                               form->findingsEdit()->clear();
                               typeText(form->findingsEdit(), newFindings);
                               form->saveDraftButton()->click();
                           }});
    CHECK(dialogs == 1);
    REQUIRE(stack.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(repository.find(id)->findings == newFindings);
    stack.undo();
    CHECK(repository.find(id)->findings == draft.findings);
    stack.redo();
    CHECK(repository.find(id)->findings == newFindings);
    CHECK(changed.count() == 3);

    // Finished after the confirmation, which says it cannot be undone.
    QString confirmation;
    dialogs = answerModals([&] { edits.finish(id); }, {[&](QWidget *modal) {
                               auto *box = qobject_cast<QMessageBox *>(modal);
                               REQUIRE(box);
                               confirmation = box->informativeText();
                               buttonNamed(box, QStringLiteral("Finish and Lock"))->click();
                           }});
    CHECK(dialogs == 1);
    CHECK(confirmation.contains(QStringLiteral("cannot be undone")));
    const Inspection finished = repository.find(id).value();
    CHECK(finished.status == InspectionStatus::Finished);
    CHECK(changed.count() == 4);
    // The draft's edit cannot be taken back from a locked record.
    stack.undo();
    CHECK(repository.find(id)->findings == newFindings);
    CHECK(closeMessageBoxes(&window).join(QString()).contains(finished.recordNumber));

    // A correction: the form, then the reason; version 2 is finished at once.
    dialogs = answerModals([&] { edits.correct(id); }, {[&](QWidget *modal) {
                               auto *form = qobject_cast<InspectionFormDialog *>(modal);
                               REQUIRE(form);
                               CHECK(form->mode() == InspectionFormDialog::Mode::Correction);
                               CHECK_FALSE(form->saveDraftButton()->isVisible());
                               CHECK_FALSE(form->recordPage()->unitPicker()->searchField()->isVisible());
                               form->tabs()->setCurrentIndex(InspectionFormDialog::OutcomeTab);
                               form->signatoryEdit()->clear();
                               typeText(form->signatoryEdit(), QStringLiteral("赵建华"));
                               const int reasons =
                                   answerModals([&] { form->correctButton()->click(); }, {[&](QWidget *reasonDialog) {
                                                    auto *ask = qobject_cast<CorrectionReasonDialog *>(reasonDialog);
                                                    REQUIRE(ask);
                                                    typeText(ask->reasonEdit(), QStringLiteral("签字人姓名录入错误"));
                                                    ask->accept();
                                                }});
                               CHECK(reasons == 1);
                           }});
    CHECK(dialogs == 1);
    REQUIRE(changed.count() == 5);
    const qint64 secondId = changed.at(4).at(0).toLongLong();
    CHECK(secondId != id);
    const Inspection second = repository.find(secondId).value();
    CHECK(second.version == 2);
    CHECK(second.recordNumber == finished.recordNumber);
    CHECK(second.status == InspectionStatus::Finished);
    CHECK(second.unitSignatory == QStringLiteral("赵建华"));
    CHECK(second.correctionReason == QStringLiteral("签字人姓名录入错误"));
    CHECK_FALSE(repository.find(id)->current);
    CHECK(repository.find(id)->unitSignatory == QStringLiteral("赵经理"));
    const QList<InspectionVersion> versions = repository.versions(finished.recordNumber);
    REQUIRE(versions.size() == 2);
    CHECK(versions.at(1).correctionReason == QStringLiteral("签字人姓名录入错误"));
}
