// The plan page: the year's rows on a hand-built register (who is still due
// first and marked, an inspected unit no longer outstanding, a unit the
// rules do not cover absent), the progress per domain and campaign, the
// filters, a campaign added through its dialog with a target unit picked
// by a search, and a row asking for an inspection of its unit.
#include "dutylist/supervisiondomain.h"
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "inspections/inspectionformdialog.h"
#include "plan/entitysearchpicker.h"
#include "plan/planentriespanel.h"
#include "plan/planentrydialog.h"
#include "plan/planpage.h"
#include "plan/planprogresstable.h"
#include "plan/planrowmodel.h"
#include "recordtable.h"
#include "searchfield.h"
#include "supervisionwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString cell(PlanRowModel *model, int row, int column)
{
    return model->data(model->index(row, column)).toString();
}

int rowOfUnit(PlanRowModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (cell(model, row, PlanRowModel::UnitColumn) == name)
            return row;
    return -1;
}

int progressRow(PlanProgressTable *table, const QString &what)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, PlanProgressTable::WhatColumn)->text() == what)
            return row;
    return -1;
}

} // namespace

TEST_CASE("the plan shows who is still due first, in red, and what is done", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.chief, MainWindow::Page::Plan);
    PlanPage *page = w.window->planPage();
    REQUIRE(page->isVisible());
    CHECK(page->yearField()->value() == w.today.year());
    PlanRowModel *model = page->model();

    // Units 1, 2 (licensed) and 3 (a crowded place with an elevator); not 4.
    REQUIRE(model->rowCount() == 3);
    CHECK(rowOfUnit(model, QStringLiteral("永清五金商店")) < 0);
    // The two outstanding first, the inspected one last.
    const int done = rowOfUnit(model, QStringLiteral("永清塑料制品二厂"));
    CHECK(done == 2);
    CHECK(cell(model, done, PlanRowModel::InspectionsColumn) == QStringLiteral("1"));
    CHECK(cell(model, done, PlanRowModel::LastInspectedColumn) == w.today.toString(Qt::ISODate));
    CHECK_FALSE(model->data(model->index(done, 0), PlanRowModel::OutstandingRole).toBool());
    CHECK_FALSE(model->data(model->index(done, 0), Qt::FontRole).value<QFont>().bold());
    for (const QString &name : {QStringLiteral("永清塑料制品一厂"), QStringLiteral("永清第一中学")}) {
        const int row = rowOfUnit(model, name);
        INFO(name.toStdString());
        REQUIRE(row >= 0);
        CHECK(row < done);
        CHECK(model->data(model->index(row, 0), PlanRowModel::OutstandingRole).toBool());
        CHECK(model->data(model->index(row, 0), Qt::FontRole).value<QFont>().bold());
        CHECK(cell(model, row, PlanRowModel::InspectionsColumn) == QStringLiteral("0"));
    }
    const int school = rowOfUnit(model, QStringLiteral("永清第一中学"));
    CHECK(cell(model, school, PlanRowModel::DomainColumn) ==
          SupervisionDomain::displayName(QString::fromLatin1(SupervisionDomain::SpecialEquipment)));
    CHECK_FALSE(cell(model, school, PlanRowModel::ReasonsColumn).isEmpty());
    CHECK(page->countLabel()->text().contains(QStringLiteral("3")));

    // Progress: production licences 1 of 2, special equipment 0 of 1, the bureau 1 of 3.
    PlanProgressTable *progress = page->progressTable();
    const int licences = progressRow(
        progress, SupervisionDomain::displayName(QString::fromLatin1(SupervisionDomain::ProductionLicence)));
    REQUIRE(licences >= 0);
    CHECK(progress->item(licences, PlanProgressTable::DueColumn)->text() == QStringLiteral("2"));
    CHECK(progress->item(licences, PlanProgressTable::DoneColumn)->text() == QStringLiteral("1"));
    CHECK(progress->item(licences, PlanProgressTable::StillDueColumn)->text() == QStringLiteral("1"));
    CHECK(progress->item(licences, PlanProgressTable::ShareColumn)->text() == QStringLiteral("50%"));
    const int whole = progress->rowCount() - 1;
    CHECK(progress->item(whole, PlanProgressTable::DueColumn)->text() == QStringLiteral("3"));
    CHECK(progress->item(whole, PlanProgressTable::DoneColumn)->text() == QStringLiteral("1"));
    CHECK(progress->item(whole, PlanProgressTable::ShareColumn)->text() == QStringLiteral("33%"));

    SECTION("still due only hides the inspected unit")
    {
        page->outstandingField()->setChecked(true);
        CHECK(model->rowCount() == 2);
        CHECK(rowOfUnit(model, QStringLiteral("永清塑料制品二厂")) < 0);
    }
    SECTION("the domain and the search narrow the rows")
    {
        page->setDomain(QString::fromLatin1(SupervisionDomain::SpecialEquipment));
        REQUIRE(model->rowCount() == 1);
        CHECK(cell(model, 0, PlanRowModel::UnitColumn) == QStringLiteral("永清第一中学"));
        page->setDomain({});
        retype(page->searchField(), QStringLiteral("二厂"));
        page->searchField()->flush();
        REQUIRE(model->rowCount() == 1);
        CHECK(cell(model, 0, PlanRowModel::UnitColumn) == QStringLiteral("永清塑料制品二厂"));
    }
    SECTION("a progress line narrows the rows to its domain")
    {
        progress->setCurrentCell(licences, 0);
        QTest::keyClick(progress, Qt::Key_Return);
        CHECK(page->filter().domain == QLatin1String(SupervisionDomain::ProductionLicence));
        CHECK(model->rowCount() == 2);
    }
    SECTION("another year has nothing inspected")
    {
        page->setYear(w.today.year() + 1);
        CHECK(model->rowCount() == 3);
        CHECK(model->data(model->index(2, 0), PlanRowModel::OutstandingRole).toBool());
    }
}

TEST_CASE("Enter on a plan row asks for an inspection of its unit", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.chief, MainWindow::Page::Plan);
    PlanPage *page = w.window->planPage();
    PlanRowModel *model = page->model();
    const int school = rowOfUnit(model, QStringLiteral("永清第一中学"));
    REQUIRE(school >= 0);
    page->tableView()->setCurrentIndex(model->index(school, 0));
    page->tableView()->setFocus();

    // The main window opens the inspection form on the unit.
    Inspection formRecord;
    const int seen = answerModals([&] { QTest::keyClick(page->tableView(), Qt::Key_Return); },
                                  {[&](QWidget *modal) {
                                      auto *form = qobject_cast<InspectionFormDialog *>(modal);
                                      REQUIRE(form);
                                      formRecord = form->editedRecord();
                                      form->reject();
                                  }});
    CHECK(seen == 1);
    CHECK(formRecord.unit.entityId == w.unit(3).id);
    CHECK(formRecord.domain == QLatin1String(SupervisionDomain::SpecialEquipment));

    // What the page asks for, on its own.
    QObject::disconnect(page, &PlanPage::inspectionRequested, nullptr, nullptr);
    QSignalSpy asked(page, &PlanPage::inspectionRequested);
    QTest::keyClick(page->tableView(), Qt::Key_Return);
    REQUIRE(asked.count() == 1);
    const auto prefill = asked.at(0).at(0).value<Inspection>();
    CHECK(prefill.id == 0);
    CHECK(prefill.unit.entityId == w.unit(3).id);
    CHECK(prefill.domain == QLatin1String(SupervisionDomain::SpecialEquipment));
    CHECK(prefill.planEntryId == 0);
}

TEST_CASE("a campaign added through its dialog shows in the plan with its target", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.chief, MainWindow::Page::Plan);
    PlanPage *page = w.window->planPage();
    PlanEntriesPanel *entries = page->entriesPanel();
    REQUIRE(entries->addButton()->isVisible());
    REQUIRE(entries->addButton()->isEnabled());

    QString refusal;
    const int seen = answerModals(
        [&] { entries->addButton()->click(); }, {[&](QWidget *modal) {
            auto *dialog = qobject_cast<PlanEntryDialog *>(modal);
            REQUIRE(dialog);
            // Without a title, Add waits.
            auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Ok);
            CHECK_FALSE(ok->isEnabled());
            typeText(dialog->titleField(), QStringLiteral("电梯安全专项检查"));
            dialog->domainField()->setCurrentIndex(
                dialog->domainField()->findData(QString::fromLatin1(SupervisionDomain::SpecialEquipment)));
            dialog->fromField()->setDate(QDate(w.today.year(), 3, 1));
            dialog->toField()->setDate(QDate(w.today.year(), 5, 31));
            // Dates out of order: refused in the dialog, which stays open.
            dialog->toField()->setDate(QDate(w.today.year(), 2, 1));
            ok->click();
            refusal = dialog->message()->text();
            CHECK(dialog->isVisible());
            dialog->toField()->setDate(QDate(w.today.year(), 5, 31));
            dialog->sectionField()->setCurrentText(QStringLiteral("特种设备安全监察股"));
            dialog->targetPicker()->search(QStringLiteral("第一中学"));
            REQUIRE(dialog->targetPicker()->results()->count() == 1);
            dialog->targetPicker()->pick(0);
            CHECK(dialog->targetList()->count() == 1);
            ok->click();
        }});
    CHECK(seen == 1);
    CHECK_FALSE(refusal.isEmpty());

    REQUIRE(entries->entries().size() == 1);
    const PlanEntry entry = entries->entries().first();
    CHECK(entry.title == QStringLiteral("电梯安全专项检查"));
    CHECK(entry.kind == InspectionKind::Campaign);
    CHECK(entry.entityIds == QList<qint64>{w.unit(3).id});
    CHECK(entries->table()->item(0, PlanEntriesPanel::TitleColumn)->text() == entry.title);
    CHECK(entries->table()->item(0, PlanEntriesPanel::TargetsColumn)->text() == QStringLiteral("1"));

    // The campaign's line in the progress, and its rows by the "due because of" filter.
    PlanProgressTable *progress = page->progressTable();
    const int line = progressRow(progress, entry.title);
    REQUIRE(line >= 0);
    CHECK(progress->item(line, PlanProgressTable::DueColumn)->text() == QStringLiteral("1"));
    CHECK(progress->item(line, PlanProgressTable::DoneColumn)->text() == QStringLiteral("0"));
    page->setPlanEntry(entry.id);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(cell(page->model(), 0, PlanRowModel::UnitColumn) == QStringLiteral("永清第一中学"));
    CHECK(cell(page->model(), 0, PlanRowModel::ReasonsColumn).contains(entry.title));

    // Its row asks for a campaign inspection.
    const Inspection prefill = page->prefillFor(*page->model()->rowAt(0));
    CHECK(prefill.kind == InspectionKind::Campaign);
    CHECK(prefill.planEntryId == entry.id);
    CHECK(prefill.campaign == entry.title);
}

TEST_CASE("only those who plan see the campaign and draw buttons", "[gui][plan]")
{
    SupervisionWindow w;
    w.open(w.staff.inspectorA, MainWindow::Page::Plan);
    PlanPage *page = w.window->planPage();
    CHECK_FALSE(page->entriesPanel()->addButton()->isVisible());
    CHECK_FALSE(page->drawAction()->isVisible());
    CHECK(page->recusalsAction()->isVisible());
    CHECK(page->model()->rowCount() == 3);
}
