// The register page driven as a clerk would: a county of 1,000 entities,
// searched with a 2-character Chinese word, narrowed by kind, risk and
// township, sorted by clicking the headers, an entity's licences and
// equipment read in the detail pane; the pages switched with Ctrl+1/2/3,
// hidden by the lock; Enter on an entity opens its form.
#include "duemarking.h"
#include "entitybrowser.h"
#include "entitydetailpane.h"
#include "entityeditdialog.h"
#include "entityfilterbar.h"
#include "entitylistmodel.h"
#include "guitestsupport.h"
#include "idlelock.h"
#include "lockdialog.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "recordtable.h"
#include "register/entityregister.h"
#include "register/entityrisk.h"
#include "registeractions.h"
#include "registercommands.h"
#include "registercontrols.h"
#include "registersupport.h"
#include "registerwindow.h"
#include "searchfield.h"
#include "startpage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

struct RegisterPage : RegisterWindow {
    explicit RegisterPage(int count = 1000) : RegisterWindow(count)
    {
        open();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        REQUIRE(window->currentPage() == MainWindow::Page::Register);
    }

    EntityBrowser *browser() const { return window->entityBrowser(); }
    EntityListModel *model() const { return browser()->model(); }
    EntityFilterBar *filters() const { return browser()->filterBar(); }
    QTableView *table() const { return browser()->tableView(); }
    QString nameAt(int row) const { return model()->index(row, EntityListModel::NameColumn).data().toString(); }
    QString currentName() const { return nameAt(table()->currentIndex().row()); }

    // Types into the search box and waits for the debounced search to narrow the list.
    void search(const QString &text, int expectedRows)
    {
        SearchField *field = filters()->searchField();
        field->setFocus();
        QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
        typeText(field, text);
        REQUIRE(field->text() == text);
        INFO(text.toStdString());
        REQUIRE(waitUntil([&] { return model()->filter().search == text && model()->total() == expectedRows; }));
    }

    void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        REQUIRE(index >= 0);
        combo->setCurrentIndex(index);
    }

    void clickHeader(int column)
    {
        QHeaderView *header = table()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    }
};

} // namespace

TEST_CASE("the register lists 1,000 entities a page at a time and a 2-character search finds 食品",
          "[gui][register][search]")
{
    RegisterPage w;
    CHECK(w.model()->total() == 1000);
    CHECK(w.model()->rowCount() == 1000);
    CHECK(w.filters()->countLabel()->text().contains(QLocale().toString(1000)));
    // Only what the view shows has been read.
    CHECK(w.model()->cachedPages() <= 2);
    CHECK(w.nameAt(0) == QStringLiteral("永清机械0001有限公司"));

    // The end of the list reads the last page only.
    w.table()->scrollToBottom();
    CHECK(w.nameAt(999) == QStringLiteral("永清食品1000有限公司"));
    CHECK(w.model()->cachedPages() <= 4);

    // Debounced: nothing happens while the clerk is still typing.
    SearchField *field = w.filters()->searchField();
    field->setFocus();
    typeText(field, QStringLiteral("食品"));
    CHECK(w.model()->total() == 1000);
    REQUIRE(waitUntil([&] { return w.model()->total() == 100; }));
    CHECK(w.nameAt(0) == QStringLiteral("永清食品0010有限公司"));
    CHECK(w.nameAt(99) == QStringLiteral("永清食品1000有限公司"));
    CHECK(w.filters()->countLabel()->text().contains(QStringLiteral("100")));
    // The first match is selected and shown.
    CHECK(w.currentName() == QStringLiteral("永清食品0010有限公司"));
    CHECK(w.browser()->detailPane()->entity().name == QStringLiteral("永清食品0010有限公司"));

    // A person, a code and an address are searched too.
    w.search(QStringLiteral("工业园区77号"), 1);
    CHECK(w.nameAt(0) == QStringLiteral("永清机械0077有限公司"));
    w.search(testCreditCode(345), 1);
    CHECK(w.nameAt(0) == QStringLiteral("永清机械0345有限公司"));
    w.search(QStringLiteral("食品 0990"), 1);
    w.search(QStringLiteral("无此单位"), 0);
    CHECK(w.browser()->detailPane()->toPlainText().contains(QStringLiteral("No entity matches")));

    // Escape clears the search at once.
    QTest::keyClick(field, Qt::Key_Escape);
    CHECK(field->text().isEmpty());
    CHECK(w.model()->total() == 1000);
}

TEST_CASE("the kind, risk and township filters narrow the list and combine", "[gui][register][filter]")
{
    RegisterPage w;
    w.choose(w.filters()->kindFilter(), int(EntityKind::EquipmentUser));
    CHECK(w.model()->total() == 250);
    CHECK(w.nameAt(0) == QStringLiteral("永清机械0004有限公司"));

    w.choose(w.filters()->riskFilter(), int(RiskFlag::CrowdedPlace));
    CHECK(w.model()->total() == 50);
    CHECK(w.nameAt(0) == QStringLiteral("永清食品0020有限公司"));
    // The list shows the flags by name.
    CHECK(w.model()->index(0, EntityListModel::RisksColumn).data().toString() ==
          EntityRisk::name(RiskFlag::CrowdedPlace));

    w.filters()->kindFilter()->setCurrentIndex(0);
    CHECK(w.model()->total() == 50);
    w.choose(w.filters()->riskFilter(), int(RiskFlag::ConfirmedComplaints));
    CHECK(w.model()->total() == 20);
    CHECK(w.nameAt(0) == QStringLiteral("永清机械0001有限公司"));
    w.choose(w.filters()->riskFilter(), int(RiskFlag::RecentIncident));
    CHECK(w.model()->total() == 10);
    // "Any risk": the three kinds of risky entities, no entity twice.
    w.filters()->riskFilter()->setCurrentIndex(1);
    CHECK(w.model()->total() == 80);
    w.filters()->riskFilter()->setCurrentIndex(0);
    CHECK(w.model()->total() == 1000);

    // The townships offered are those in use.
    QComboBox *township = w.filters()->townshipFilter();
    REQUIRE(township->count() == 4);
    w.choose(township, QStringLiteral("别古庄镇"));
    CHECK(w.model()->total() == 200);
    w.choose(w.filters()->kindFilter(), int(EntityKind::EquipmentUser));
    CHECK(w.model()->total() == 50);
    w.search(QStringLiteral("食品"), 50);
    CHECK(w.filters()->countLabel()->text().contains(QStringLiteral("50")));
    w.choose(township, QStringLiteral("韩村镇"));
    CHECK(w.model()->total() == 0);
}

TEST_CASE("clicking a column's header sorts the list in SQL", "[gui][register][sort]")
{
    RegisterPage w;
    w.table()->setCurrentIndex(w.model()->index(4, 0));
    const qint64 picked = w.browser()->currentEntityId();

    // Name is sorted ascending to begin with; a click turns it round.
    w.clickHeader(EntityListModel::NameColumn);
    CHECK(w.model()->sortOrder().descending);
    CHECK(w.nameAt(0) == QStringLiteral("永清食品1000有限公司"));
    // The picked entity stays selected wherever it went.
    CHECK(w.browser()->currentEntityId() == picked);

    w.clickHeader(EntityListModel::CodeColumn);
    QStringList codes;
    for (int i = 1; i <= 1000; ++i)
        codes << testCreditCode(i);
    std::sort(codes.begin(), codes.end());
    CHECK(w.model()->sortOrder().column == EntitySortColumn::Code);
    CHECK(w.model()->index(0, EntityListModel::CodeColumn).data().toString() == codes.constFirst());
    w.clickHeader(EntityListModel::CodeColumn);
    CHECK(w.model()->index(0, EntityListModel::CodeColumn).data().toString() == codes.constLast());

    w.clickHeader(EntityListModel::TownshipColumn);
    const QString firstTownship =
        std::min({QStringLiteral("别古庄镇"), QStringLiteral("韩村镇"), QStringLiteral("永清镇")});
    CHECK(w.model()->index(0, EntityListModel::TownshipColumn).data().toString() == firstTownship);

    // The phone number is not sorted: the order and its indicator stay.
    const QString first = w.nameAt(0);
    w.clickHeader(EntityListModel::PhoneColumn);
    CHECK(w.table()->horizontalHeader()->sortIndicatorSection() == EntityListModel::TownshipColumn);
    CHECK(w.nameAt(0) == first);

    // Sorting works with a search too.
    w.clickHeader(EntityListModel::NameColumn);
    w.search(QStringLiteral("食品"), 100);
    CHECK(w.nameAt(0) == QStringLiteral("永清食品0010有限公司"));
    w.clickHeader(EntityListModel::NameColumn);
    CHECK(w.nameAt(0) == QStringLiteral("永清食品1000有限公司"));
}

TEST_CASE("selecting an entity shows its fields, risks, licences and equipment", "[gui][register][detail]")
{
    const QDate today = QDate::currentDate();
    RegisterWindow w0(40);
    Database &db = w0.temp.db();
    const qint64 id = w0.ids.at(20);
    storeLicence(db, w0.admin, id, QStringLiteral("QS1310-0001"), today.addYears(-3), today.addDays(-1));
    storeLicence(db, w0.admin, id, QStringLiteral("QS1310-0002"), today.addYears(-3), today.addYears(2));
    storeEquipment(db, w0.admin, id, QStringLiteral("梯11-永-0001"), today.addDays(-5));
    storeEquipment(db, w0.admin, id, QStringLiteral("梯11-永-0002"), today.addDays(200));

    w0.open();
    MainWindow &window = *w0.window;
    window.showPage(MainWindow::Page::Register);
    EntityBrowser *browser = window.entityBrowser();
    REQUIRE(browser->selectEntity(id));
    EntityDetailPane *pane = browser->detailPane();
    REQUIRE(pane->entityId() == id);

    const QString text = pane->toPlainText();
    CHECK(text.contains(QStringLiteral("永清食品0020有限公司")));
    CHECK(text.contains(testCreditCode(20)));
    CHECK(text.contains(QStringLiteral("永清县工业园区20号")));
    CHECK(text.contains(EntityRisk::name(RiskFlag::CrowdedPlace)));
    CHECK(text.contains(entityKindName(EntityKind::EquipmentUser)));

    RecordTable *licences = pane->licenceTable();
    REQUIRE(licences->rowCount() == 2);
    const int expired =
        licences->rowOfId(pane->licences().at(0).number == QStringLiteral("QS1310-0001") ? pane->licences().at(0).id
                                                                                         : pane->licences().at(1).id);
    REQUIRE(expired >= 0);
    CHECK(licences->item(expired, EntityDetailPane::LicenceNumberColumn)->text() == QStringLiteral("QS1310-0001"));
    CHECK(licences->item(expired, EntityDetailPane::LicenceStatusColumn)->text().contains(QStringLiteral("expired")));
    CHECK(licences->item(expired, 0)->background().color() == DueMarking::warningBackground());
    CHECK(licences->item(1 - expired, EntityDetailPane::LicenceStatusColumn)->text() ==
          licenceStatusName(LicenceStatus::Valid));

    RecordTable *equipment = pane->equipmentTable();
    REQUIRE(equipment->rowCount() == 2);
    QStringList inspections;
    for (int row = 0; row < 2; ++row)
        inspections << equipment->item(row, EntityDetailPane::NextInspectionColumn)->text();
    CHECK(inspections.filter(DueMarking::daysLeft(-5)).size() == 1);
    CHECK(text.contains(QStringLiteral("梯11-永-0001")));
    CHECK(text.contains(QStringLiteral("梯11-永-0002")));

    // The licence buttons follow the selected row.
    auto *status = pane->findChild<QWidget *>(QStringLiteral("licenceStatusButton"));
    auto *editLicence = pane->findChild<QWidget *>(QStringLiteral("editLicenceButton"));
    REQUIRE(editLicence);
    CHECK_FALSE(editLicence->isEnabled());
    licences->selectRow(expired);
    CHECK(editLicence->isEnabled());
    REQUIRE(status);

    // Another entity: the pane follows the list.
    browser->filterBar()->clearFilters();
    browser->tableView()->setCurrentIndex(browser->model()->index(0, 0));
    CHECK(pane->entity().name == QStringLiteral("永清机械0001有限公司"));
    CHECK(pane->licenceTable()->rowCount() == 0);
}

TEST_CASE("Ctrl+1, Ctrl+2 and Ctrl+3 switch pages; Ctrl+F finds an entity; the lock hides every page",
          "[gui][register][keyboard]")
{
    RegisterWindow w(30);
    w.open();
    MainWindow &window = *w.window;
    // A first start opens on the start page.
    CHECK(window.currentPage() == MainWindow::Page::Start);
    CHECK(window.startPage()->isVisible());

    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Register);
    CHECK(window.entityBrowser()->isVisible());
    CHECK(window.actions().showRegister->isChecked());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::ResponsibilityList);
    CHECK(window.treeView()->isVisible());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Start);

    // Ctrl+F on the start page goes to the register's search box.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(window.currentPage() == MainWindow::Page::Register);
    SearchField *search = window.entityBrowser()->filterBar()->searchField();
    REQUIRE(waitUntil([&] { return search->hasFocus(); }));
    // Tab walks the search box, the three filters, then the list.
    EntityFilterBar *filters = window.entityBrowser()->filterBar();
    const QList<QWidget *> chain{filters->kindFilter(), filters->riskFilter(), filters->townshipFilter(),
                                 window.entityBrowser()->tableView()};
    for (QWidget *next : chain) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == next);
    }
    search->setFocus();
    REQUIRE(waitUntil([&] { return search->hasFocus(); }));
    typeText(search, QStringLiteral("0017"));
    // Down hands the keyboard to the list, on the match.
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(window.entityBrowser()->tableView()->hasFocus());
    CHECK(window.entityBrowser()->detailPane()->entity().name == QStringLiteral("永清机械0017有限公司"));

    // Locked, nothing of any page shows.
    window.idleLock()->lockNow();
    REQUIRE(waitUntil([&] { return window.idleLock()->dialog() && window.idleLock()->dialog()->isVisible(); }));
    CHECK_FALSE(window.entityBrowser()->isVisible());
    CHECK_FALSE(window.findChild<QWidget *>(QStringLiteral("pageNavigation"))->isVisible());
    typeText(window.idleLock()->dialog()->passwordField(), QString::fromLatin1(kAdminPassword));
    pressEnter(window.idleLock()->dialog()->passwordField());
    REQUIRE(waitUntil([&] { return !window.idleLock()->isLocked(); }));
    CHECK(window.entityBrowser()->isVisible());
    CHECK(waitUntil([&] { return window.entityBrowser()->tableView()->hasFocus(); }));
}

TEST_CASE("the page, the columns and the start page's window come back after a restart", "[gui][register][layout]")
{
    // A settings file of its own: tests running alongside (ctest -j) read
    // and write the shared one.
    struct OwnSettings {
        const QString shared = QCoreApplication::applicationName();
        OwnSettings()
        {
            QCoreApplication::setApplicationName(
                QStringLiteral("casedesk-layout-test-%1").arg(QCoreApplication::applicationPid()));
        }
        ~OwnSettings()
        {
            QSettings().clear();
            QFile::remove(QSettings().fileName());
            QCoreApplication::setApplicationName(shared);
        }
    } ownSettings;
    RegisterWindow w(5);
    w.open();
    w.window->showPage(MainWindow::Page::Register);
    QHeaderView *header = w.window->entityBrowser()->tableView()->horizontalHeader();
    header->resizeSection(EntityListModel::AddressColumn, 333);
    header->setSortIndicator(EntityListModel::CodeColumn, Qt::DescendingOrder);
    w.window->startPage()->setWindowDays(45);
    w.window->close();

    MainWindow second(openDatabase(w.temp.path()), w.admin);
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    CHECK(second.currentPage() == MainWindow::Page::Register);
    QHeaderView *restored = second.entityBrowser()->tableView()->horizontalHeader();
    CHECK(restored->sectionSize(EntityListModel::AddressColumn) == 333);
    CHECK(second.entityBrowser()->model()->sortOrder().column == EntitySortColumn::Code);
    CHECK(second.entityBrowser()->model()->sortOrder().descending);
    CHECK(second.startPage()->windowDays() == 45);
}

TEST_CASE("Enter on an entity opens its form; the register menu exports CSV and Excel", "[gui][register][edit]")
{
    RegisterPage w(12);
    QTableView *table = w.table();
    table->setFocus();
    table->setCurrentIndex(w.model()->index(2, 0));
    QString title;
    bool form = false;
    const ModalResponder look = [&](QWidget *modal) {
        form = qobject_cast<EntityEditDialog *>(modal) != nullptr;
        title = modal->windowTitle();
        qobject_cast<QDialog *>(modal)->reject();
    };
    CHECK(answerModals([&] { QTest::keyClick(table, Qt::Key_Return); }, {look}) == 1);
    CHECK(form);

    // Undo and redo sit in the Edit menu, New and Import in the Register menu.
    QList<QAction *> edit = w.window->actions().editMenu->actions();
    REQUIRE(edit.size() >= 2);
    CHECK(edit.at(0)->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(edit.at(1)->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    QList<QAction *> reg = w.window->actions().registerMenu->actions();
    CHECK(reg.at(0)->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));

    RegisterControls *controls = w.window->registerControls();
    const QString csv = w.temp.dir() + QStringLiteral("/entities.csv");
    REQUIRE(controls->exportCsv(RegisterTable::Entities, csv));
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("永清食品0010有限公司")));
    const QString xlsx = w.temp.dir() + QStringLiteral("/register.xlsx");
    REQUIRE(controls->exportXlsx(xlsx));
    CHECK(readAll(xlsx).startsWith("PK"));
    CHECK_FALSE(controls->exportCsv(RegisterTable::Licences, w.temp.dir() + QStringLiteral("/no/such/dir/x.csv")));
}

TEST_CASE("an edit, its undo and a new licence show at once in the list, the details and the start page",
          "[gui][register][undo]")
{
    RegisterPage w(30);
    RegisterActions *actions = w.window->registerControls()->registerActions();
    REQUIRE(actions);
    Database &db = w.window->database();
    const Session &session = w.window->session();
    const qint64 id = w.ids.at(17);
    REQUIRE(w.browser()->selectEntity(id));
    const int row = w.table()->currentIndex().row();

    auto before = EntityRegister(db).find(id);
    REQUIRE(before);
    Entity after = *before;
    after.name = QStringLiteral("永清机械0017有限公司（新址）");
    after.address = QStringLiteral("永清县新区88号");
    REQUIRE(RegisterCommands::updateEntity(*actions->undoStack(), db, session, *before, after));
    // Still selected, renamed in the list and in the details.
    CHECK(w.browser()->currentEntityId() == id);
    CHECK(w.model()->index(w.table()->currentIndex().row(), EntityListModel::AddressColumn).data().toString() ==
          QStringLiteral("永清县新区88号"));
    CHECK(w.browser()->detailPane()->entity().name == after.name);

    // Ctrl+Z in the list takes it back.
    w.table()->setFocus();
    QTest::keyClick(w.table(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.browser()->detailPane()->entity().name == QStringLiteral("永清机械0017有限公司"));
    CHECK(w.table()->currentIndex().row() == row);
    CHECK(w.nameAt(row) == QStringLiteral("永清机械0017有限公司"));

    // A licence added expiring in 3 days: the details list it, the start page warns of it.
    Licence licence;
    licence.entityId = id;
    licence.number = QStringLiteral("XK-0017");
    licence.issuedOn = QDate::currentDate().addYears(-5);
    licence.expiresOn = QDate::currentDate().addDays(3);
    REQUIRE(RegisterCommands::addLicence(*actions->undoStack(), db, session, licence));
    CHECK(w.browser()->detailPane()->licenceTable()->rowCount() == 1);
    CHECK(w.model()->index(w.table()->currentIndex().row(), EntityListModel::LicencesColumn).data().toInt() == 1);
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    RecordTable *due = w.window->startPage()->licenceTable();
    REQUIRE(due->rowCount() == 1);
    CHECK(due->item(0, StartPage::LicenceDaysColumn)->text() == DueMarking::daysLeft(3));
}
