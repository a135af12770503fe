// The start page: what falls due in the window (30 days unless changed),
// with the days left or overdue, overdue rows marked; the entities the
// rules require to be inspected this year; a double-click opens the
// entity on the register page; the page follows changes to the register.
#include "duemarking.h"
#include "entitybrowser.h"
#include "entitydetailpane.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "recordtable.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "registersupport.h"
#include "registerwindow.h"
#include "startpage.h"

#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// Five county entities: 1 with a licence expiring in 12 days and one that
// expired 3 days ago; 2 with an elevator 5 days overdue and a boiler due in
// 20 days; 4 (an equipment user) with a unit due in 60 days.
struct DueWindow : RegisterWindow {
    const QDate today = QDate::currentDate();
    Licence expiring, expired;
    Equipment overdue, dueSoon, later;

    DueWindow() : RegisterWindow(5)
    {
        Database &db = temp.db();
        expiring = storeLicence(db, admin, ids.at(1), QStringLiteral("XK-0001"), today.addYears(-4), today.addDays(12));
        expired = storeLicence(db, admin, ids.at(1), QStringLiteral("XK-0002"), today.addYears(-5), today.addDays(-3));
        overdue = storeEquipment(db, admin, ids.at(2), QStringLiteral("梯-0001"), today.addDays(-5));
        dueSoon = storeEquipment(db, admin, ids.at(2), QStringLiteral("锅-0001"), today.addDays(20),
                                 EquipmentCategory::Boiler);
        later = storeEquipment(db, admin, ids.at(4), QStringLiteral("梯-0002"), today.addDays(60));
        open();
    }

    StartPage *page() const { return window->startPage(); }
    int rowOf(RecordTable *table, int column, const QString &text) const
    {
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, column)->text() == text)
                return row;
        return -1;
    }
};

} // namespace

TEST_CASE("the start page lists expiring licences and equipment due with the days left", "[gui][start]")
{
    DueWindow w;
    StartPage *page = w.page();
    REQUIRE(page->isVisible());
    CHECK(page->windowDays() == StartPage::kDefaultWindowDays);

    RecordTable *licences = page->licenceTable();
    REQUIRE(licences->rowCount() == 2);
    // Soonest first: the expired one, then the one 12 days away.
    CHECK(licences->item(0, StartPage::LicenceNumberColumn)->text() == QStringLiteral("XK-0002"));
    CHECK(licences->item(0, StartPage::LicenceDaysColumn)->text() == DueMarking::daysLeft(-3));
    CHECK(licences->item(0, 0)->background().color() == DueMarking::warningBackground());
    CHECK(licences->item(1, StartPage::LicenceNumberColumn)->text() == QStringLiteral("XK-0001"));
    CHECK(licences->item(1, StartPage::LicenceDaysColumn)->text() == DueMarking::daysLeft(12));
    CHECK(licences->item(1, StartPage::LicenceEntityColumn)->text() == QStringLiteral("永清机械0001有限公司"));
    CHECK(licences->item(1, StartPage::ExpiresColumn)->text() == w.today.addDays(12).toString(Qt::ISODate));
    CHECK(licences->item(1, 0)->background() != QBrush(DueMarking::warningBackground()));

    RecordTable *equipment = page->equipmentTable();
    REQUIRE(equipment->rowCount() == 2);
    CHECK(equipment->item(0, StartPage::RegistrationColumn)->text() == QStringLiteral("梯-0001"));
    CHECK(equipment->item(0, StartPage::EquipmentDaysColumn)->text() == DueMarking::daysLeft(-5));
    CHECK(equipment->item(0, StartPage::EquipmentEntityColumn)->text() == QStringLiteral("永清机械0002有限公司"));
    CHECK(equipment->item(0, 0)->background().color() == DueMarking::warningBackground());
    CHECK(equipment->item(1, StartPage::RegistrationColumn)->text() == QStringLiteral("锅-0001"));
    CHECK(equipment->item(1, StartPage::EquipmentDaysColumn)->text() == DueMarking::daysLeft(20));
    CHECK(w.rowOf(equipment, StartPage::RegistrationColumn, QStringLiteral("梯-0002")) < 0);

    // The wording of the days.
    CHECK(DueMarking::daysLeft(-5) == QStringLiteral("5 day(s) overdue"));
    CHECK(DueMarking::daysLeft(12) == QStringLiteral("12 day(s) left"));
    CHECK(DueMarking::daysLeft(0) == QStringLiteral("Due today"));

    // A longer window takes in the unit due in 60 days, a shorter one drops
    // what is not yet overdue; the choice is remembered.
    page->windowField()->setValue(90);
    CHECK(equipment->rowCount() == 3);
    CHECK(QSettings().value(QStringLiteral("startPage/windowDays")).toInt() == 90);
    page->windowField()->setValue(10);
    CHECK(licences->rowCount() == 1);
    CHECK(equipment->rowCount() == 1);
    CHECK(page->summaryText().contains(QStringLiteral("1 inspection(s) overdue")));
}

TEST_CASE("the start page lists the entities the rules require to inspect this year", "[gui][start]")
{
    DueWindow w;
    RecordTable *uninspected = w.page()->uninspectedTable();
    // Entity 1 holds a valid licence (a licensed enterprise is inspected every year).
    const int row = w.rowOf(uninspected, StartPage::UninspectedEntityColumn, QStringLiteral("永清机械0001有限公司"));
    REQUIRE(row >= 0);
    CHECK(uninspected->item(row, StartPage::UninspectedCodeColumn)->text() == testCreditCode(1));
    CHECK_FALSE(uninspected->item(row, StartPage::ReasonsColumn)->text().isEmpty());
}

TEST_CASE("double-clicking a due row opens its entity on the register page", "[gui][start]")
{
    DueWindow w;
    RecordTable *equipment = w.page()->equipmentTable();
    REQUIRE(equipment->rowCount() == 2);
    const QRect cell = equipment->visualRect(equipment->model()->index(0, 1));
    // A double click is a click followed by a second press, as a mouse sends it.
    QTest::mouseClick(equipment->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(equipment->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(w.window->currentPage() == MainWindow::Page::Register);
    EntityBrowser *browser = w.window->entityBrowser();
    CHECK(browser->currentEntityId() == w.ids.at(2));
    CHECK(browser->detailPane()->entity().name == QStringLiteral("永清机械0002有限公司"));
    CHECK(browser->tableView()->hasFocus());

    // From the keyboard: back with Ctrl+1, Enter on the licence row.
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    RecordTable *licences = w.page()->licenceTable();
    licences->setFocus();
    licences->setCurrentCell(1, 0);
    QTest::keyClick(licences, Qt::Key_Return);
    CHECK(w.window->currentPage() == MainWindow::Page::Register);
    CHECK(browser->currentEntityId() == w.ids.at(1));
}

TEST_CASE("the start page follows changes to the register", "[gui][start]")
{
    DueWindow w;
    CHECK(w.page()->equipmentTable()->rowCount() == 2);
    // Inspected: the unit's next date moves two years on.
    auto unit = EquipmentRegister(w.temp.db()).find(w.overdue.id);
    REQUIRE(unit);
    Equipment inspected = *unit;
    inspected.nextInspectionOn = w.today.addYears(2);
    REQUIRE(EquipmentRegister(w.temp.db()).update(w.admin, inspected));

    // Shown again, the page reads again.
    w.window->showPage(MainWindow::Page::Register);
    w.window->showPage(MainWindow::Page::Start);
    REQUIRE(w.page()->equipmentTable()->rowCount() == 1);
    CHECK(w.page()->equipmentTable()->item(0, StartPage::RegistrationColumn)->text() == QStringLiteral("锅-0001"));
}
