// Who works in the main window: the status bar names them, the menus offer
// only what their roles allow, the window locks (at once on Ctrl+L, or when
// nobody used it for the idle time) and only their password opens it, and
// somebody else may sign in instead.
#include "auth/role.h"
#include "auth/signin.h"
#include "bureausettings.h"
#include "guitestsupport.h"
#include "idlelock.h"
#include "lockdialog.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "searchfield.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTest>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
const QString kAdmin = QString::fromLatin1(kAdminPassword);
const QString kOwn = QString::fromLatin1(kOwnPassword);

// A shown, active main window on a set-up database with a clerk 张三
// (zhangsan) besides the administrator.
struct SignedInWindow {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    Session clerk = addColleague(temp.db(), admin, QStringLiteral("zhangsan"), {Role::Clerk}, QStringLiteral("张三"));
    std::unique_ptr<MainWindow> window;

    explicit SignedInWindow(bool asClerk = false)
    {
        QSettings().remove(QStringLiteral("signIn/lastLogin"));
        window = std::make_unique<MainWindow>(openDatabase(temp.path()), asClerk ? clerk : admin);
        // These tests lock and unlock the responsibility list's page.
        window->showPage(MainWindow::Page::ResponsibilityList);
        window->show();
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }

    MainWindowActions &actions() const { return window->actions(); }
    QString userLabel() const { return window->findChild<QLabel *>(QStringLiteral("userLabel"))->text(); }
    bool listShown() const { return window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->isVisible(); }
    LockDialog *lockDialog() const { return window->idleLock()->dialog(); }

    void lockWithCtrlL()
    {
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier);
        REQUIRE(waitUntil([&] { return lockDialog() && lockDialog()->isVisible(); }));
    }
};

QStringList visibleMenuTitles(QMainWindow *window)
{
    QStringList titles;
    for (QAction *action : window->menuBar()->actions())
        if (action->isVisible())
            titles << action->text().remove(QLatin1Char('&'));
    return titles;
}
} // namespace

TEST_CASE("an administrator's window offers import, removal and the administration, a clerk's does not",
          "[gui][session][permissions]")
{
    SECTION("administrator")
    {
        SignedInWindow w;
        CHECK(w.userLabel() == QStringLiteral("管理员甲 (admin) · %1").arg(roleName(Role::Administrator)));
        CHECK(w.window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text() ==
              QStringLiteral("Database: test.sqlite"));
        MainWindowActions &a = w.actions();
        CHECK(a.importList->isVisible());
        CHECK(a.removeEdition->isVisible());
        CHECK(a.editionHistory->isVisible());
        CHECK(a.staffAccounts->isVisible());
        CHECK(a.bureauSettings->isVisible());
        CHECK(a.auditTrail->isVisible());
        CHECK(a.changePassword->isVisible());
        CHECK(visibleMenuTitles(w.window.get()).contains(QStringLiteral("Administration")));
        CHECK(visibleMenuTitles(w.window.get()).contains(QStringLiteral("Account")));
    }

    SECTION("clerk")
    {
        SignedInWindow w(true);
        CHECK(w.userLabel() == QStringLiteral("张三 (zhangsan) · %1").arg(roleName(Role::Clerk)));
        MainWindowActions &a = w.actions();
        CHECK_FALSE(a.importList->isVisible());
        CHECK_FALSE(a.removeEdition->isVisible());
        CHECK_FALSE(a.bureauSettings->isVisible());
        CHECK_FALSE(a.auditTrail->isVisible());
        // Everybody may look at colleagues and at a record's history.
        CHECK(a.staffAccounts->isVisible());
        CHECK(a.editionHistory->isVisible());
        CHECK(a.changePassword->isVisible());
        CHECK(a.lockNow->isVisible());
        QStringList administration;
        for (QAction *action : a.administrationMenu->actions())
            if (action->isVisible() && !action->isSeparator())
                administration << action->text();
        CHECK(administration == QStringList{a.staffAccounts->text()});

        // Ctrl+I, the hidden import's shortcut, does nothing for a clerk.
        QTest::keyClick(w.window.get(), Qt::Key_I, Qt::ControlModifier);
        QTest::qWait(50);
        CHECK(QApplication::activeModalWidget() == nullptr);
    }
}

TEST_CASE("Ctrl+L locks the window and only the signed-in person's password opens it", "[gui][session][lock]")
{
    SignedInWindow w;
    REQUIRE(w.listShown());
    w.window->searchField()->setFocus();
    REQUIRE(waitUntil([&] { return w.window->searchField()->hasFocus(); }));
    w.lockWithCtrlL();
    CHECK(w.window->idleLock()->isLocked());
    CHECK_FALSE(w.listShown());
    CHECK_FALSE(w.window->menuBar()->isEnabled());
    CHECK(QApplication::activeModalWidget() == w.lockDialog());
    CHECK(w.lockDialog()->focusWidget() == w.lockDialog()->passwordField());

    // Escape does not unlock, nor even close the dialog.
    LockDialog *const dialog = w.lockDialog();
    QTest::keyClick(dialog->passwordField(), Qt::Key_Escape);
    QTest::qWait(50);
    CHECK(w.lockDialog() == dialog);
    CHECK(dialog->isVisible());
    CHECK(w.window->idleLock()->isLocked());

    // A wrong password is refused inside the dialog.
    typeText(w.lockDialog()->passwordField(), QStringLiteral("Wrong-pass-9"));
    pressEnter(w.lockDialog()->passwordField());
    CHECK(w.window->idleLock()->isLocked());
    CHECK(w.lockDialog()->isVisible());
    CHECK(w.lockDialog()->message() == QStringLiteral("Wrong login or password."));
    CHECK(w.lockDialog()->passwordField()->text().isEmpty());
    CHECK_FALSE(w.listShown());

    // Somebody else's password does not open it either.
    typeText(w.lockDialog()->passwordField(), kOwn);
    pressEnter(w.lockDialog()->passwordField());
    CHECK(w.window->idleLock()->isLocked());

    typeText(w.lockDialog()->passwordField(), kAdmin);
    pressEnter(w.lockDialog()->passwordField());
    REQUIRE(waitUntil([&] { return !w.window->idleLock()->isLocked(); }));
    CHECK(w.listShown());
    CHECK(w.window->menuBar()->isEnabled());
    CHECK(w.window->session().login() == QStringLiteral("admin"));
    CHECK(waitUntil([&] { return w.lockDialog() == nullptr; }));
    // The keyboard is back where it was.
    CHECK(waitUntil([&] { return w.window->searchField()->hasFocus(); }));
}

TEST_CASE("the window locks itself after the idle time without input", "[gui][session][lock]")
{
    SignedInWindow w;
    // The bureau's setting, in milliseconds.
    CHECK(w.window->idleLock()->idleInterval() == BureauSettings::kDefaultIdleLockMinutes * 60 * 1000);

    w.window->idleLock()->setIdleInterval(1000);
    // Input keeps it open: a key every 100 ms for 1.5 s.
    for (int i = 0; i < 15; ++i) {
        QTest::keyClick(w.window->treeView(), Qt::Key_Down);
        QTest::qWait(100);
        REQUIRE_FALSE(w.window->idleLock()->isLocked());
    }
    // Left alone, it locks.
    REQUIRE(waitUntil([&] { return w.window->idleLock()->isLocked(); }, 3000));
    CHECK_FALSE(w.listShown());
    REQUIRE(waitUntil([&] { return w.lockDialog() && w.lockDialog()->isVisible(); }));

    w.window->idleLock()->setIdleInterval(60 * 60 * 1000);
    typeText(w.lockDialog()->passwordField(), kAdmin);
    pressEnter(w.lockDialog()->passwordField());
    CHECK_FALSE(w.window->idleLock()->isLocked());
    CHECK(w.listShown());
}

TEST_CASE("Switch User from the lock lets a colleague sign in, and cancelling it returns to the lock",
          "[gui][session][lock]")
{
    SignedInWindow w;
    w.lockWithCtrlL();

    const auto switchAndAnswer = [&](const ModalResponder &respond) {
        answerModals(
            [&] {
                w.lockDialog()->switchUserButton()->click();
                // Until the sign-in is answered and either the window is open
                // or the lock is back.
                waitUntil([&] {
                    return !w.window->idleLock()->isLocked() || (w.lockDialog() && w.lockDialog()->isVisible());
                });
            },
            {respond});
    };

    // Cancelled: still locked, the lock asks again.
    switchAndAnswer([](QWidget *modal) {
        REQUIRE(qobject_cast<SignInDialog *>(modal) != nullptr);
        qobject_cast<QDialog *>(modal)->reject();
    });
    CHECK(w.window->idleLock()->isLocked());
    REQUIRE(w.lockDialog() != nullptr);
    CHECK(w.lockDialog()->isVisible());
    CHECK_FALSE(w.listShown());
    CHECK(w.window->session().login() == QStringLiteral("admin"));

    // The clerk signs in: the window opens as theirs, without import.
    switchAndAnswer([](QWidget *modal) {
        auto *dialog = qobject_cast<SignInDialog *>(modal);
        REQUIRE(dialog != nullptr);
        // Somebody else sits down: the login starts empty.
        CHECK(dialog->loginField()->text().isEmpty());
        typeText(dialog->loginField(), QStringLiteral("zhangsan"));
        typeText(dialog->passwordField(), kOwn);
        pressEnter(dialog->passwordField());
    });
    CHECK_FALSE(w.window->idleLock()->isLocked());
    CHECK(w.listShown());
    CHECK(w.window->session().login() == QStringLiteral("zhangsan"));
    CHECK(w.userLabel().startsWith(QStringLiteral("张三 (zhangsan)")));
    CHECK_FALSE(w.actions().importList->isVisible());
}

TEST_CASE("Switch User from the Account menu: cancelling keeps the person signed in", "[gui][session]")
{
    SignedInWindow w;
    CHECK(answerModals([&] { w.actions().switchUser->trigger(); }, {}) == 1);
    CHECK(w.window->session().login() == QStringLiteral("admin"));
    CHECK(w.actions().importList->isVisible());

    CHECK(answerModals([&] { w.actions().switchUser->trigger(); }, {[](QWidget *modal) {
                           auto *dialog = qobject_cast<SignInDialog *>(modal);
                           REQUIRE(dialog != nullptr);
                           typeText(dialog->loginField(), QStringLiteral("zhangsan"));
                           typeText(dialog->passwordField(), kOwn);
                           pressEnter(dialog->passwordField());
                       }}) == 1);
    CHECK(w.window->session().login() == QStringLiteral("zhangsan"));
    CHECK_FALSE(w.actions().importList->isVisible());
    CHECK_FALSE(w.actions().administrationMenu->actions().isEmpty());
}

TEST_CASE("Change Password from the Account menu changes the signed-in person's password", "[gui][session]")
{
    SignedInWindow w(true);
    CHECK(answerModals([&] { w.actions().changePassword->trigger(); }, {[](QWidget *modal) {
                           auto fields = modal->findChildren<QLineEdit *>();
                           REQUIRE(fields.size() == 3);
                           typeText(modal->findChild<QLineEdit *>(QStringLiteral("current")), kOwn);
                           typeText(modal->findChild<QLineEdit *>(QStringLiteral("new")),
                                    QStringLiteral("Zhang-new-4"));
                           typeText(modal->findChild<QLineEdit *>(QStringLiteral("confirmation")),
                                    QStringLiteral("Zhang-new-4"));
                           pressEnter(modal->findChild<QLineEdit *>(QStringLiteral("confirmation")));
                       }}) == 1);
    CHECK(SignIn(w.temp.db()).attempt(QStringLiteral("zhangsan"), QStringLiteral("Zhang-new-4")).ok());
    CHECK_FALSE(SignIn(w.temp.db()).attempt(QStringLiteral("zhangsan"), kOwn).ok());
}
