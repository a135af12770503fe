#include "inspectionformdriver.h"

#include "guitestsupport.h"
#include "inspections/checklisttable.h"
#include "inspections/inspectionformdialog.h"
#include "inspections/inspectionoutcomeseditor.h"
#include "inspections/inspectionrecordpage.h"
#include "inspections/inspectorpicker.h"
#include "optionaldateedit.h"
#include "plan/entitysearchpicker.h"
#include "searchfield.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

namespace casedesk::test {

void pressKey(int key, const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target);
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QApplication::sendEvent(target, &release);
    QApplication::processEvents();
}

void walkChecklist(InspectionFormDialog &form, const QString &failedNote)
{
    form.tabs()->setCurrentIndex(InspectionFormDialog::ChecklistTab);
    ChecklistTable *table = form.checklistTable();
    REQUIRE(table->points().size() >= 5);
    table->setFocus();
    REQUIRE(waitUntil([&] { return table->hasFocus(); }));
    REQUIRE(table->currentRow() == 0);
    pressKey(Qt::Key_1, QStringLiteral("1"));
    CHECK(table->currentRow() == 1);
    pressKey(Qt::Key_Y, QStringLiteral("y"));
    CHECK(table->currentRow() == 2);
    pressKey(Qt::Key_2, QStringLiteral("2"));
    // Not conforming: the note opens for typing at once.
    REQUIRE(table->currentColumn() == ChecklistTable::NoteColumn);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    typeText(editor, failedNote);
    pressKey(Qt::Key_Return);
    CHECK(table->hasFocus());
    CHECK(table->currentRow() == 3);
    CHECK(table->currentColumn() == ChecklistTable::ResultColumn);
    pressKey(Qt::Key_3, QStringLiteral("3"));
    CHECK(table->currentRow() == 4);
    pressKey(Qt::Key_Space, QStringLiteral(" "));
    const QList<CheckPoint> &points = table->points();
    CHECK(points.at(0).result == CheckResult::Conforms);
    CHECK(points.at(1).result == CheckResult::Conforms);
    CHECK(points.at(2).result == CheckResult::DoesNotConform);
    CHECK(points.at(2).note == failedNote);
    CHECK(points.at(3).result == CheckResult::NotApplicable);
    CHECK(points.at(4).result == CheckResult::Conforms);
}

void typeInspection(InspectionFormDialog &form, const InspectionTyping &typing)
{
    // Opened by exec(): typing needs the dialog to be the active window.
    // (qWaitForWindowActive may answer before the platform moved the activation.)
    form.activateWindow();
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == &form; }));
    form.tabs()->setCurrentIndex(InspectionFormDialog::RecordTab);
    InspectionRecordPage *page = form.recordPage();
    SearchField *search = page->unitPicker()->searchField();
    search->setFocus();
    typeText(search, typing.unitSearch);
    search->flush();
    QListWidget *results = page->unitPicker()->results();
    REQUIRE(results->count() >= 1);
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(results->hasFocus());
    QTest::keyClick(results, Qt::Key_Return);
    REQUIRE(waitUntil([&] { return page->unitLabel()->text().contains(typing.unitSearch); }));
    // Picking hands the keyboard on to the day.
    REQUIRE(waitUntil([&] { return page->dayEdit()->hasFocus(); }));
    if (typing.secondInspector != 0)
        page->inspectorPicker()->setChecked(typing.secondInspector, true);

    walkChecklist(form, typing.failedNote);
    form.allConformButton()->click();
    for (const CheckPoint &p : form.checklistTable()->points())
        CHECK(p.result != CheckResult::Unchecked);

    form.tabs()->setCurrentIndex(InspectionFormDialog::OutcomeTab);
    typeText(form.findingsEdit(), typing.findings);
    InspectionOutcomesEditor *outcomes = form.outcomesEditor();
    outcomes->checkBox(InspectionOutcome::OrderToCorrect)->click();
    REQUIRE(outcomes->correctByEdit()->isVisibleTo(&form));
    outcomes->correctByEdit()->setOptionalDate(typing.correctBy.isValid() ? typing.correctBy
                                                                          : QDate::currentDate().addDays(15));
    typeText(form.signatoryEdit(), typing.signatory);
}

} // namespace casedesk::test
