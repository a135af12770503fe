// The main window driven as its users would: the administrator imports the
// Yongqing list through the File → Import path, removes an edition and
// opens another database; a clerk searches by typing, clears the search,
// walks the tree with the keyboard and reads the detail pane.
#include "audit/auditqueries.h"
#include "database.h"
#include "dutylist/dutylistqueries.h"
#include "guitestsupport.h"
#include "historydialog.h"
#include "listdetailpane.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "responsibilitylistmodel.h"
#include "searchfield.h"
#include "setupdialog.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// A shown main window on its own temporary database, the administrator
// signed in, with the Yongqing list imported through MainWindow::importFile
// (what File → Import… calls after its file dialog).
struct ImportedWindow {
    TempDatabase temp;
    std::unique_ptr<MainWindow> window;
    QStringList importMessages;

    explicit ImportedWindow(const QString &seed = yongqingSeed())
    {
        window = std::make_unique<MainWindow>(openDatabase(temp.path()), setUpBureau(temp.db()));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->importFile(seed));
        importMessages = closeMessageBoxes(window.get());
    }

    QTreeView *tree() const { return window->treeView(); }
    ResponsibilityListModel *model() const { return window->listModel(); }
    QString detailText() const { return window->detailPane()->toPlainText(); }
    EditionRow edition() const
    {
        const auto editions = ResponsibilityListQueries(window->database()).editions();
        REQUIRE(editions.size() == 1);
        return editions.constFirst();
    }

    // Types a term into the search box and waits for the debounced search.
    void search(const QString &term)
    {
        window->searchField()->setFocus();
        typeText(window->searchField(), term);
        REQUIRE(window->searchField()->text() == term);
        REQUIRE(waitUntil([&] { return model()->isShowingSearchResults(); }));
    }

    QStringList itemTitles() const
    {
        QStringList titles;
        for (const ShownNode &n : loadedNodes(tree(), ListNodeKind::Item))
            titles << n.title;
        return titles;
    }
};

bool anyContains(const QStringList &titles, const QString &word)
{
    return std::any_of(titles.cbegin(), titles.cend(), [&](const QString &t) { return t.contains(word); });
}

} // namespace

TEST_CASE("importing through the window reports the counts and shows the new edition", "[gui][import]")
{
    ImportedWindow w;
    const EditionRow edition = w.edition();
    CHECK(edition.dutyCount == 9);
    CHECK(edition.itemCount > 40);

    REQUIRE(w.importMessages.size() == 1);
    const QString message = w.importMessages.constFirst();
    CHECK(message.contains(QStringLiteral("Main duties: 9")));
    CHECK(message.contains(QStringLiteral("Responsibility items: %1").arg(edition.itemCount)));
    CHECK(message.contains(QStringLiteral("Boundary matters: %1").arg(edition.boundaryCount)));

    // The tree holds the one edition, selected, its summary in the pane.
    REQUIRE(w.model()->rowCount() == 1);
    CHECK(w.model()->nodeRef(w.tree()->currentIndex()).kind == ListNodeKind::Edition);
    CHECK(w.detailText().contains(edition.label));
    CHECK(w.detailText().contains(QStringLiteral("永清县质量技术监督局")));

    SECTION("importing the same file again changes nothing and says so")
    {
        REQUIRE(w.window->importFile(yongqingSeed()));
        const QStringList again = closeMessageBoxes(w.window.get());
        REQUIRE(again.size() == 1);
        CHECK(again.constFirst().contains(QStringLiteral("already in the database")));
        CHECK(w.model()->rowCount() == 1);
    }

    SECTION("a file that cannot be read is refused with its name, and nothing is stored")
    {
        const QString bad = w.temp.dir() + QStringLiteral("/broken.txt");
        writeFile(bad, QByteArray("\x00\x01\x02 not a list", 16));
        CHECK_FALSE(w.window->importFile(bad));
        const QStringList errors = closeMessageBoxes(w.window.get());
        REQUIRE(errors.size() == 1);
        CHECK(errors.constFirst().contains(QStringLiteral("broken.txt")));
        CHECK(w.model()->rowCount() == 1);
    }
}

TEST_CASE("typing 电梯 shows only the special-equipment items, expanded under their duty", "[gui][search]")
{
    ImportedWindow w;
    w.window->searchField()->setFocus();
    typeText(w.window->searchField(), QStringLiteral("电梯"));
    // Debounced: nothing happens while the clerk is still typing.
    CHECK_FALSE(w.model()->isShowingSearchResults());
    REQUIRE(waitUntil([&] { return w.model()->isShowingSearchResults(); }));

    const QStringList items = w.itemTitles();
    REQUIRE_FALSE(items.isEmpty());
    CHECK(anyContains(items, QStringLiteral("特种设备")));
    CHECK_FALSE(anyContains(items, QStringLiteral("能效标识")));
    CHECK_FALSE(anyContains(items, QStringLiteral("计量")));

    // Every match is visible (its duty and edition are expanded), and only
    // items, their duties and their edition are in the tree.
    for (const ShownNode &n : loadedNodes(w.tree())) {
        INFO(n.title.toStdString());
        CHECK(n.visible);
        CHECK((n.ref.kind == ListNodeKind::Item || n.ref.kind == ListNodeKind::Duty ||
               n.ref.kind == ListNodeKind::Edition));
    }
    CHECK(w.window->statusBar()->currentMessage().contains(QString::number(items.size())));

    // The first match is selected and its details shown.
    CHECK(w.model()->nodeRef(w.tree()->currentIndex()).kind == ListNodeKind::Item);
}

TEST_CASE("typing 计量 finds the metrology items, clearing the search shows the whole list", "[gui][search]")
{
    ImportedWindow w;
    w.search(QStringLiteral("计量"));
    const QStringList items = w.itemTitles();
    REQUIRE_FALSE(items.isEmpty());
    CHECK(anyContains(items, QStringLiteral("计量器具")));
    CHECK_FALSE(anyContains(items, QStringLiteral("能效标识")));
    const int matches = static_cast<int>(items.size());
    CHECK(matches < w.edition().itemCount);

    // A search term nothing matches empties the tree and says so.
    QTest::keyClick(w.window->searchField(), Qt::Key_A, Qt::ControlModifier);
    typeText(w.window->searchField(), QStringLiteral("无此词语zz"));
    REQUIRE(waitUntil([&] { return w.model()->rowCount() == 0; }));
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("No responsibility item")));

    // Back to a term with matches; the clerk picks the second match.
    QTest::keyClick(w.window->searchField(), Qt::Key_A, Qt::ControlModifier);
    typeText(w.window->searchField(), QStringLiteral("计量"));
    REQUIRE(waitUntil([&] { return w.model()->rowCount() > 0; }));
    const auto matches2 = loadedNodes(w.tree(), ListNodeKind::Item);
    REQUIRE(matches2.size() == matches);
    w.tree()->setCurrentIndex(matches2.at(1).index);
    const ListNodeRef picked = matches2.at(1).ref;

    // Escape clears the box at once; the full tree comes back with every
    // duty and the group nodes, still on the picked item, and all the items
    // can be opened.
    QTest::keyClick(w.window->searchField(), Qt::Key_Escape);
    CHECK(w.model()->nodeRef(w.tree()->currentIndex()) == picked);
    CHECK(w.window->detailPane()->currentNode() == picked);
    REQUIRE(waitUntil([&] { return w.tree()->isExpanded(w.tree()->currentIndex().parent()); }));
    CHECK(w.window->searchField()->text().isEmpty());
    CHECK_FALSE(w.model()->isShowingSearchResults());
    REQUIRE(w.model()->rowCount() == 1);
    const QModelIndex edition = w.model()->index(0, 0);
    expandAndWait(w.tree(), edition);
    const auto duties = loadedNodes(w.tree(), ListNodeKind::Duty);
    CHECK(duties.size() == 9);
    CHECK(loadedNodes(w.tree(), ListNodeKind::BoundaryGroup).size() == 1);
    CHECK(loadedNodes(w.tree(), ListNodeKind::SystemGroup).size() == 1);
    CHECK(loadedNodes(w.tree(), ListNodeKind::ServiceGroup).size() == 1);
    CHECK(loadedNodes(w.tree(), ListNodeKind::AccountabilityGroup).size() == 1);
    for (const ShownNode &duty : duties)
        expandAndWait(w.tree(), duty.index);
    CHECK(loadedNodes(w.tree(), ListNodeKind::Item).size() == w.edition().itemCount);
}

TEST_CASE("selecting an item shows its sections and its supervision system's checklist", "[gui][detail]")
{
    ImportedWindow w;
    w.search(QStringLiteral("电梯"));
    const auto items = loadedNodes(w.tree(), ListNodeKind::Item);
    const auto special = std::find_if(items.cbegin(), items.cend(),
                                      [](const ShownNode &n) { return n.title.contains(QStringLiteral("特种设备")); });
    REQUIRE(special != items.cend());
    w.tree()->setCurrentIndex(special->index);

    const ItemDetail detail = ResponsibilityListQueries(w.window->database()).itemDetail(special->ref.itemId);
    REQUIRE(detail.item.id == special->ref.itemId);
    const QString pane = w.detailText();
    CHECK(pane.contains(detail.item.text));
    CHECK(pane.contains(QStringLiteral("特种设备安全监察股")));
    CHECK(pane.contains(detail.duty.text.left(20)));
    CHECK(pane.contains(QStringLiteral("Checklist")));
    REQUIRE_FALSE(detail.systems.isEmpty());
    CHECK(pane.contains(detail.systems.constFirst().title));
    REQUIRE_FALSE(detail.systems.constFirst().contentPoints.isEmpty());
    CHECK(pane.contains(detail.systems.constFirst().contentPoints.constLast().text.left(30)));
    CHECK(pane.contains(QStringLiteral("电梯")));
}

TEST_CASE("the keyboard alone finds and reads items", "[gui][keyboard]")
{
    ImportedWindow w;
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));

    // Ctrl+F puts the cursor in the search box.
    w.tree()->setFocus();
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return w.window->searchField()->hasFocus(); }));

    typeText(w.window->searchField(), QStringLiteral("计量"));
    // Down hands the keyboard to the results without waiting for the pause.
    QTest::keyClick(w.window->searchField(), Qt::Key_Down);
    CHECK(w.model()->isShowingSearchResults());
    CHECK(w.tree()->hasFocus());
    const ListNodeRef first = w.model()->nodeRef(w.tree()->currentIndex());
    REQUIRE(first.kind == ListNodeKind::Item);
    const QString firstPane = w.detailText();

    // Arrow keys move through the items and the pane follows.
    QTest::keyClick(w.tree(), Qt::Key_Down);
    const ListNodeRef second = w.model()->nodeRef(w.tree()->currentIndex());
    CHECK_FALSE(second == first);
    CHECK(w.detailText() != firstPane);
    CHECK(w.window->detailPane()->currentNode() == second);
}

TEST_CASE("export writes the selected edition as the CSV template", "[gui][export]")
{
    ImportedWindow w;
    const QString path = w.temp.dir() + QStringLiteral("/export.csv");
    const Status written = w.window->exportEditionCsv(w.edition().id, path);
    REQUIRE(written.ok());
    const QByteArray bytes = readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("永清县质量技术监督局")));
}

TEST_CASE("the group nodes open lazily and show their entries", "[gui][groups]")
{
    ImportedWindow w;
    const QModelIndex edition = w.model()->index(0, 0);
    expandAndWait(w.tree(), edition);
    const auto groups = loadedNodes(w.tree(), ListNodeKind::SystemGroup);
    REQUIRE(groups.size() == 1);
    // Nothing under a group until it is opened.
    CHECK(w.model()->rowCount(groups.constFirst().index) == 0);
    expandAndWait(w.tree(), groups.constFirst().index);
    const auto systems = loadedNodes(w.tree(), ListNodeKind::System);
    CHECK(systems.size() == w.edition().systemCount);
    REQUIRE_FALSE(systems.isEmpty());

    w.tree()->setCurrentIndex(systems.constLast().index);
    CHECK(w.detailText().contains(QStringLiteral("电梯")));

    const auto boundaryGroup = loadedNodes(w.tree(), ListNodeKind::BoundaryGroup);
    expandAndWait(w.tree(), boundaryGroup.constFirst().index);
    const auto boundaries = loadedNodes(w.tree(), ListNodeKind::Boundary);
    CHECK(boundaries.size() == w.edition().boundaryCount);
    REQUIRE_FALSE(boundaries.isEmpty());
    w.tree()->setCurrentIndex(boundaries.constFirst().index);
    CHECK(w.detailText().contains(boundaries.constFirst().title));
}

TEST_CASE("opening a database from a newer CaseDesk is refused and the current one kept", "[gui][database]")
{
    TempDatabase current;
    MainWindow window(openDatabase(current.path()), setUpBureau(current.db()));
    window.show();

    TempDatabase newer;
    {
        QSqlQuery q(newer.db().sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 9999")));
    }
    const QString newerPath = newer.path();
    bool opened = true;
    const QString shown = answerModal([&] { opened = window.openDatabase(newerPath); });
    CHECK_FALSE(opened);
    CHECK(shown.contains(QStringLiteral("newer CaseDesk")));
    CHECK(window.database().path() == QFileInfo(current.path()).absoluteFilePath());

    // A fresh file needs its set-up first; cancelling it keeps the current
    // database and person.
    const QString fresh = current.dir() + QStringLiteral("/fresh.sqlite");
    CHECK(answerModals([&] { opened = window.openDatabase(fresh); }, {}) == 1);
    CHECK_FALSE(opened);
    CHECK(window.database().path() == QFileInfo(current.path()).absoluteFilePath());
    CHECK(window.session().login() == QStringLiteral("admin"));

    // Set up, it opens: an empty list, the pane says how to import, and the
    // new bureau's administrator is the one signed in.
    const ModalResponder setUp = [](QWidget *modal) {
        auto *dialog = qobject_cast<SetupDialog *>(modal);
        REQUIRE(dialog != nullptr);
        typeText(dialog->bureauNameField(), QStringLiteral("固安县质量技术监督局"));
        typeText(dialog->abbreviationField(), QStringLiteral("固质监"));
        typeText(dialog->siteField(), QStringLiteral("G1"));
        typeText(dialog->loginField(), QStringLiteral("wangwu"));
        typeText(dialog->nameField(), QStringLiteral("王五"));
        typeText(dialog->passwordField(), QStringLiteral("Guan-pass-7"));
        typeText(dialog->confirmationField(), QStringLiteral("Guan-pass-7"));
        pressEnter(dialog->confirmationField());
    };
    CHECK(answerModals([&] { opened = window.openDatabase(fresh); }, {setUp}) == 1);
    CHECK(opened);
    CHECK(window.database().path() == QFileInfo(fresh).absoluteFilePath());
    CHECK(window.session().login() == QStringLiteral("wangwu"));
    CHECK(window.session().site() == QStringLiteral("G1"));
    CHECK(window.listModel()->rowCount() == 0);
    CHECK(window.detailPane()->toPlainText().contains(QStringLiteral("Import")));
}

TEST_CASE("removing an edition asks first, then withdraws it and records who did", "[gui][remove]")
{
    ImportedWindow w;
    const EditionRow edition = w.edition();
    QAction *remove = w.window->actions().removeEdition;
    w.tree()->setCurrentIndex(w.model()->index(0, 0));
    REQUIRE(remove->isVisible());
    REQUIRE(remove->isEnabled());

    // The confirmation names the edition; Enter (or Cancel) keeps it.
    QString asked;
    const ModalResponder pressEnterOnly = [&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        REQUIRE(box != nullptr);
        asked = box->text();
        QTest::keyClick(box, Qt::Key_Return);
    };
    CHECK(answerModals([&] { remove->trigger(); }, {pressEnterOnly}) == 1);
    CHECK(asked.contains(edition.label));
    CHECK(ResponsibilityListQueries(w.window->database()).editions().size() == 1);
    CHECK(w.model()->rowCount() == 1);

    const ModalResponder confirm = [](QWidget *modal) {
        QAbstractButton *button = buttonNamed(modal, QStringLiteral("Remove"));
        REQUIRE(button != nullptr);
        button->click();
    };
    CHECK(answerModals([&] { remove->trigger(); }, {confirm}) == 1);
    CHECK(ResponsibilityListQueries(w.window->database()).editions().isEmpty());
    CHECK(w.model()->rowCount() == 0);
    CHECK(w.window->statusBar()->currentMessage().contains(QStringLiteral("Removed")));
    CHECK_FALSE(remove->isEnabled());

    // The removal is in the trail, in the administrator's name.
    auto entries = AuditQueries(w.window->database()).page(w.window->session(), 0, 1);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->constFirst().action == QStringLiteral("duties.remove"));
    CHECK(entries->constFirst().actor == QStringLiteral("admin"));
}

TEST_CASE("Edition History opens the edition's audit history", "[gui][history]")
{
    ImportedWindow w;
    w.tree()->setCurrentIndex(w.model()->index(0, 0));
    QAction *history = w.window->actions().editionHistory;
    REQUIRE(history->isVisible());
    REQUIRE(history->isEnabled());

    QSqlQuery q(w.window->database().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM edition")));
    REQUIRE(q.next());
    const QString uuid = q.value(0).toString();
    auto entries = AuditQueries(w.window->database()).recordHistory(w.window->session(), uuid);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->constFirst().action == QStringLiteral("duties.import"));

    bool shown = false;
    const ModalResponder look = [&](QWidget *modal) {
        shown = qobject_cast<HistoryDialog *>(modal) != nullptr;
        qobject_cast<QDialog *>(modal)->reject();
    };
    CHECK(answerModals([&] { history->trigger(); }, {look}) == 1);
    CHECK(shown);
}

TEST_CASE("the accountability mechanism and the legal basis of the Boshan list are shown", "[gui][groups]")
{
    ImportedWindow w(boshanSeed());
    expandAndWait(w.tree(), w.model()->index(0, 0));

    // Boshan lists no boundary matters: the group is there, empty.
    const auto boundaryGroup = loadedNodes(w.tree(), ListNodeKind::BoundaryGroup);
    REQUIRE(boundaryGroup.size() == 1);
    CHECK_FALSE(w.model()->hasChildren(boundaryGroup.constFirst().index));

    const auto mechanism = loadedNodes(w.tree(), ListNodeKind::AccountabilityGroup);
    REQUIRE(mechanism.size() == 1);
    expandAndWait(w.tree(), mechanism.constFirst().index);
    const auto bodies = loadedNodes(w.tree(), ListNodeKind::AccountabilityBody);
    REQUIRE_FALSE(bodies.isEmpty());
    w.tree()->setCurrentIndex(bodies.constFirst().index);
    CHECK(w.detailText().contains(bodies.constFirst().title));

    // An item of the special-equipment duty shows the laws it is held to.
    w.search(QStringLiteral("使用登记"));
    const auto items = loadedNodes(w.tree(), ListNodeKind::Item);
    REQUIRE_FALSE(items.isEmpty());
    w.tree()->setCurrentIndex(items.constFirst().index);
    CHECK(w.detailText().contains(QStringLiteral("《特种设备安全法》")));
    CHECK(w.detailText().contains(QStringLiteral("第九十四条")));
}

TEST_CASE("the window's size and the splitter's position come back after a restart", "[gui][layout]")
{
    TempDatabase temp;
    QList<int> sizes;
    {
        MainWindow first(openDatabase(temp.path()), setUpBureau(temp.db()));
        first.resize(1000, 700);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        auto *splitter = first.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        REQUIRE(splitter != nullptr);
        splitter->setSizes({300, 690});
        sizes = splitter->sizes();
        first.close();
    }
    MainWindow second(openDatabase(temp.path()), adminSession(temp.db()));
    second.show();
    REQUIRE(QTest::qWaitForWindowExposed(&second));
    CHECK(second.size() == QSize(1000, 700));
    CHECK(second.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes() == sizes);
}
