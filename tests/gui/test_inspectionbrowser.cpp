// The inspection page as its users drive it: the list of records read a
// page at a time, narrowed by whose records (mine, my section's, all), the
// period, kind, domain, status and the search, sorted by SQL; the tool bar
// showing only what the signed-in person may do and enabling what the
// record's state allows; Ctrl+5 and the Inspections menu; the filters
// remembered between sessions.
#include "auth/permissions.h"
#include "inspections/inspectionbrowser.h"
#include "inspections/inspectionfilterbar.h"
#include "inspections/inspectionlistmodel.h"
#include "inspections/inspectionview.h"
#include "inspectionwindow.h"
#include "mainwindowactions.h"
#include "searchfield.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

using Scope = InspectionFilterBar::Scope;
using Period = InspectionFilterBar::Period;

const QString kSpecialEquipment = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QDate monthStart(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

} // namespace

TEST_CASE("the inspection page lists records a page at a time and narrows them by whose, when and what",
          "[gui][inspections]")
{
    InspectionWindow w;
    const Entity cables = w.storeUnit(QStringLiteral("永清县恒通电线电缆有限公司"), 11);
    const Entity hospital =
        w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    const QDate thisMonth = monthStart(w.today);
    const QList<qint64> quality = w.storeInspections(cables.id, 230, thisMonth);
    const QList<qint64> lifts = w.storeInspections(hospital.id, 4, thisMonth, false, kSpecialEquipment);
    const QList<qint64> earlierLifts =
        w.storeInspections(hospital.id, 2, thisMonth.addMonths(-1), false, kSpecialEquipment);
    const QList<qint64> drafts = w.storeInspections(cables.id, 3, thisMonth, true);
    // se1 of 特种设备安全监察股 took part in the six lift inspections only.
    w.open(w.staff.seA);

    InspectionBrowser *browser = w.window->inspectionBrowser();
    InspectionListModel *model = browser->model();
    InspectionFilterBar *filters = browser->filterBar();
    REQUIRE(w.window->currentPage() == MainWindow::Page::Inspections);

    // Mine, at first: the records the person took part in.
    CHECK(filters->scope() == Scope::Mine);
    REQUIRE(model->total() == 6);
    CHECK(filters->countLabel()->text() == QStringLiteral("6 inspection(s)"));
    for (int row = 0; row < model->total(); ++row)
        CHECK(model->index(row, InspectionListModel::UnitColumn).data().toString() == hospital.name);
    CHECK(browser->inspectionView()->inspectionId() == model->inspectionId(0));

    // All: every current record, read a page at a time.
    choose(filters->scopeFilter(), int(Scope::All));
    REQUIRE(model->total() == 239);
    CHECK(model->cachedPages() <= 2);
    browser->tableView()->scrollToBottom();
    CHECK(model->inspectionId(238) != 0);
    CHECK(model->cachedPages() <= 3);

    // My section's: this month by default, then last month and a range.
    choose(filters->scopeFilter(), int(Scope::Section));
    CHECK(filters->period() == Period::ThisMonth);
    REQUIRE(model->total() == 4);
    for (int row = 0; row < model->total(); ++row)
        CHECK(lifts.contains(model->inspectionId(row)));
    CHECK(model->index(0, InspectionListModel::SectionColumn).data().toString() ==
          QStringLiteral("特种设备安全监察股"));
    choose(filters->periodFilter(), int(Period::LastMonth));
    REQUIRE(model->total() == 2);
    CHECK(earlierLifts.contains(model->inspectionId(0)));
    filters->setRange(thisMonth.addMonths(-1), w.today);
    CHECK(filters->fromEdit()->isVisible());
    CHECK(model->total() == 6);

    // Status, domain, kind, follow-ups, search over all records of all dates.
    choose(filters->scopeFilter(), int(Scope::All));
    choose(filters->periodFilter(), int(Period::AllDates));
    CHECK_FALSE(filters->fromEdit()->isVisible());
    choose(filters->statusFilter(), int(InspectionStatus::Draft));
    REQUIRE(model->total() == 3);
    CHECK(drafts.contains(model->inspectionId(0)));
    CHECK(model->index(0, InspectionListModel::StatusColumn).data().toString() ==
          inspectionStatuses().name(InspectionStatus::Draft));
    choose(filters->statusFilter(), int(InspectionStatus::Finished));
    CHECK(model->total() == 236);
    filters->statusFilter()->setCurrentIndex(0);
    choose(filters->domainFilter(), kSpecialEquipment);
    CHECK(model->total() == 6);
    filters->domainFilter()->setCurrentIndex(0);
    choose(filters->kindFilter(), int(InspectionKind::FollowUp));
    CHECK(model->total() == 0);
    CHECK(browser->inspectionView()->toPlainText() == QStringLiteral("No inspection matches the search and filters."));
    filters->kindFilter()->setCurrentIndex(0);
    filters->followUpFilter()->setChecked(true);
    CHECK(model->total() == 0);
    filters->followUpFilter()->setChecked(false);
    filters->searchField()->setText(QStringLiteral("医院"));
    filters->searchField()->flush();
    CHECK(model->total() == 6);
    filters->searchField()->clear();
    filters->searchField()->flush();
    CHECK(model->total() == 239);

    // Sorted by SQL: by date, oldest first.
    browser->tableView()->horizontalHeader()->setSortIndicator(InspectionListModel::DateColumn, Qt::AscendingOrder);
    CHECK(model->sortInForce().column == InspectionSortColumn::Date);
    CHECK_FALSE(model->sortInForce().descending);
    const QString first = model->index(0, InspectionListModel::DateColumn).data().toString();
    const QString last = model->index(238, InspectionListModel::DateColumn).data().toString();
    CHECK(first == thisMonth.addMonths(-1).toString(Qt::ISODate));
    CHECK(first < last);
    // Not sortable: the order in force stays.
    browser->tableView()->horizontalHeader()->setSortIndicator(InspectionListModel::InspectorsColumn,
                                                               Qt::AscendingOrder);
    CHECK(browser->tableView()->horizontalHeader()->sortIndicatorSection() == InspectionListModel::DateColumn);
    CHECK(quality.size() == 230);
}

TEST_CASE("the inspection tool bar offers what the person may do with the record's state", "[gui][inspections]")
{
    InspectionWindow w;
    const Entity cables = w.storeUnit(QStringLiteral("永清县恒通电线电缆有限公司"), 11);
    const qint64 finished = w.storeInspections(cables.id, 1, w.today.addDays(-2)).first();
    const qint64 draft = w.storeInspections(cables.id, 1, w.today, true).first();

    SECTION("the administrator reads and prints, but records nothing")
    {
        w.open(w.staff.admin);
        InspectionBrowser *browser = w.window->inspectionBrowser();
        CHECK(Permissions::allowed(w.staff.admin, Action::ViewInspections));
        for (QAction *action : {browser->newAction(), browser->editAction(), browser->finishAction(),
                                browser->correctAction(), browser->discardAction()})
            CHECK_FALSE(action->isVisible());
        REQUIRE(browser->selectInspection(finished));
        CHECK(browser->printAction()->isVisible());
        CHECK(browser->printAction()->isEnabled());
        CHECK(browser->batchPrintAction()->isEnabled());
    }

    SECTION("an inspector edits a draft and corrects a finished record")
    {
        w.open(w.staff.inspectorA);
        InspectionBrowser *browser = w.window->inspectionBrowser();
        choose(browser->filterBar()->scopeFilter(), int(Scope::All));
        REQUIRE(browser->selectInspection(draft));
        CHECK(browser->newAction()->isEnabled());
        CHECK(browser->editAction()->isEnabled());
        CHECK(browser->finishAction()->isEnabled());
        CHECK(browser->discardAction()->isEnabled());
        CHECK_FALSE(browser->correctAction()->isEnabled());
        CHECK(browser->printAction()->isEnabled());
        CHECK_FALSE(browser->printDirectiveAction()->isEnabled());

        REQUIRE(browser->selectInspection(finished));
        CHECK(browser->correctAction()->isEnabled());
        for (QAction *action : {browser->editAction(), browser->finishAction(), browser->discardAction()})
            CHECK_FALSE(action->isEnabled());

        // Another page in view: Ctrl+P is not the inspection page's any more.
        w.window->showPage(MainWindow::Page::Cases);
        CHECK_FALSE(browser->printAction()->isEnabled());
        CHECK_FALSE(browser->correctAction()->isEnabled());
        // Ctrl+5 brings the page back; the Inspections menu holds its actions.
        QTest::keyClick(w.window.get(), Qt::Key_5, Qt::ControlModifier);
        CHECK(w.window->currentPage() == MainWindow::Page::Inspections);
        CHECK(w.window->actions().showInspections->isChecked());
        CHECK(browser->printAction()->isEnabled());
        const QList<QAction *> menu = w.window->actions().inspectionsMenu->actions();
        CHECK(menu.contains(browser->newAction()));
        CHECK(menu.contains(browser->batchPrintAction()));
        CHECK(browser->newAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    }
}

TEST_CASE("the inspection page remembers its filters", "[gui][inspections]")
{
    InspectionWindow w;
    const Entity hospital =
        w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    w.storeInspections(hospital.id, 2, monthStart(w.today), false, kSpecialEquipment);
    w.open(w.staff.seA);
    InspectionFilterBar *filters = w.window->inspectionBrowser()->filterBar();
    choose(filters->scopeFilter(), int(Scope::Section));
    choose(filters->kindFilter(), int(InspectionKind::Routine));
    choose(filters->domainFilter(), kSpecialEquipment);
    REQUIRE(w.window->inspectionBrowser()->model()->total() == 2);
    w.window->close();

    w.open(w.staff.seA, false);
    filters = w.window->inspectionBrowser()->filterBar();
    CHECK(filters->scope() == Scope::Section);
    CHECK(filters->period() == Period::ThisMonth);
    CHECK(filters->kindFilter()->currentData().toInt() == int(InspectionKind::Routine));
    CHECK(filters->domainFilter()->currentData().toString() == kSpecialEquipment);
    CHECK(w.window->inspectionBrowser()->model()->total() == 2);
    CHECK(w.window->currentPage() == MainWindow::Page::Inspections);

    // Somebody of no section: "my section's" is not offered, "mine" stands in.
    w.window->close();
    w.open(w.staff.inspectorA, false);
    filters = w.window->inspectionBrowser()->filterBar();
    CHECK(filters->scope() == Scope::Mine);
    CHECK(w.window->inspectionBrowser()->model()->total() == 0);
}
