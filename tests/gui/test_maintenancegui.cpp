// Tools ▸ Check Database, Back Up… and Restore… driven through the real
// main window offscreen, as an administrator uses them: the check's
// message lists each part, the backup goes through the save dialog to the
// file typed there, a restore asks first, brings the old rows back and
// locks the window until the person signs in against the restored data;
// and the Tools menu shows only what the signed-in person may do.
#include "auth/role.h"
#include "guitestsupport.h"
#include "idlelock.h"
#include "lockdialog.h"
#include "maintenance/databasecheck.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "registersupport.h"
#include "sessioncontrols.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSqlQuery>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const char *const kBackupFolderKey = "maintenance/backupFolder";

struct MaintenanceWindow {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    std::unique_ptr<MainWindow> window;

    MaintenanceWindow()
    {
        QSettings().remove(QLatin1String(kBackupFolderKey));
        storeEntity(temp.db(), admin, QStringLiteral("永清县甲电线厂"), 1);
        window = std::make_unique<MainWindow>(openDatabase(temp.path()), admin);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }

    QAction *action(const char *name) const
    {
        auto *found = window->findChild<QAction *>(QLatin1String(name));
        REQUIRE(found);
        REQUIRE(window->actions().toolsMenu->actions().contains(found));
        return found;
    }
    QMenu *tools() const { return window->actions().toolsMenu; }
    void adopt(const Session &session) const { window->findChild<SessionControls *>()->adopt(session); }
};

// Answers the file dialog the action opens with path, then the message
// box that follows; returns that message box's text.
QString throughFileDialog(QAction *action, const QString &path)
{
    QString message;
    const int seen = answerModals([&] { action->trigger(); },
                                  {[&](QWidget *modal) {
                                       auto *files = qobject_cast<QFileDialog *>(modal);
                                       REQUIRE(files);
                                       auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                       REQUIRE(name);
                                       name->setText(path);
                                       static_cast<QDialog *>(files)->accept();
                                   },
                                   [&](QWidget *modal) {
                                       auto *box = qobject_cast<QMessageBox *>(modal);
                                       REQUIRE(box);
                                       message = box->text() + QLatin1Char('\n') + box->informativeText();
                                       box->accept();
                                   }});
    CHECK(seen == 2);
    return message;
}

} // namespace

TEST_CASE("gui: Tools ▸ Check Database lists each part; a tampered entry shows as a problem", "[backup][gui]")
{
    MaintenanceWindow w;
    QAction *check = w.action("checkDatabaseAction");
    CHECK(check->isVisible());

    const QString sound = answerModal([&] { check->trigger(); });
    CHECK(sound.contains(QStringLiteral("is sound")));
    CHECK(sound.contains(QStringLiteral("Structure (integrity check): OK")));
    CHECK(sound.contains(QStringLiteral("References between records: OK")));
    CHECK(sound.contains(QStringLiteral("Audit trail: OK, %1 entries checked")
                             .arg(countRows(w.temp.db(), QStringLiteral("audit_entry")))));

    REQUIRE(
        QSqlQuery(w.temp.db().sql()).exec(QStringLiteral("UPDATE audit_entry SET actor_name = '冒名' WHERE seq = 1")));
    const QString tampered = answerModal([&] { check->trigger(); });
    CHECK(tampered.contains(QStringLiteral("Problems were found")));
    CHECK(tampered.contains(QStringLiteral("Structure (integrity check): OK")));
    CHECK(tampered.contains(QStringLiteral("Audit trail: Entry A-1 was changed")));
}

TEST_CASE("gui: Tools ▸ Back Up writes the file chosen in the save dialog and remembers its folder", "[backup][gui]")
{
    MaintenanceWindow w;
    const QString target = w.temp.dir() + QStringLiteral("/界面备份.sqlite");
    const QString message = throughFileDialog(w.action("backupDatabaseAction"), target);
    REQUIRE(QFileInfo::exists(target));
    CHECK(message.contains(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())));
    CHECK(QSettings().value(QLatin1String(kBackupFolderKey)).toString() == QFileInfo(target).absolutePath());

    auto copy = openDatabase(target);
    CHECK(countRows(*copy, QStringLiteral("entity")) == 1);
    auto report = DatabaseCheck::run(*copy, w.admin);
    REQUIRE(report);
    CHECK(report->ok());

    // A folder that does not exist: a clear message naming it, no file.
    const QString nowhere = w.temp.dir() + QStringLiteral("/nowhere/backup.sqlite");
    const QString refused = throughFileDialog(w.action("backupDatabaseAction"), nowhere);
    CHECK(refused.contains(QStringLiteral("The backup was not written")));
    CHECK(refused.contains(w.temp.dir() + QStringLiteral("/nowhere")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("gui: Tools ▸ Restore asks first, brings the old rows back and locks until sign-in", "[backup][gui]")
{
    MaintenanceWindow w;
    const QString backup = w.temp.dir() + QStringLiteral("/before.sqlite");
    throughFileDialog(w.action("backupDatabaseAction"), backup);
    storeEntity(w.window->database(), w.admin, QStringLiteral("永清县乙锅炉厂"), 2);
    REQUIRE(countRows(w.window->database(), QStringLiteral("entity")) == 2);

    QString confirmation;
    QString done;
    const int seen = answerModals([&] { w.action("restoreDatabaseAction")->trigger(); },
                                  {[&](QWidget *modal) {
                                       auto *files = qobject_cast<QFileDialog *>(modal);
                                       REQUIRE(files);
                                       files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))->setText(backup);
                                       static_cast<QDialog *>(files)->accept();
                                   },
                                   [&](QWidget *modal) {
                                       auto *box = qobject_cast<QMessageBox *>(modal);
                                       REQUIRE(box);
                                       CHECK(box->objectName() == QStringLiteral("restoreConfirmation"));
                                       confirmation = box->text() + QLatin1Char('\n') + box->informativeText();
                                       QAbstractButton *replace = buttonNamed(box, QStringLiteral("Replace the Data"));
                                       REQUIRE(replace);
                                       replace->click();
                                   },
                                   [&](QWidget *modal) {
                                       auto *box = qobject_cast<QMessageBox *>(modal);
                                       REQUIRE(box);
                                       done = box->text();
                                       box->accept();
                                   }});
    CHECK(seen == 3);
    CHECK(confirmation.contains(QStringLiteral("before.sqlite")));
    CHECK(confirmation.contains(QStringLiteral("永清县质量技术监督局")));
    CHECK(confirmation.contains(QStringLiteral("automatic backup")));
    const QStringList automatic =
        QDir(w.temp.dir()).entryList({QStringLiteral("test.sqlite.before-restore-*.sqlite")}, QDir::Files);
    REQUIRE(automatic.size() == 1);
    CHECK(done.contains(QDir::toNativeSeparators(w.temp.dir() + QLatin1Char('/') + automatic.first())));

    // The window works on the restored data, behind the lock.
    CHECK(countRows(w.window->database(), QStringLiteral("entity")) == 1);
    REQUIRE(waitUntil([&] { return w.window->idleLock()->dialog() != nullptr; }));
    LockDialog *lock = w.window->idleLock()->dialog();
    typeText(lock->passwordField(), QString::fromLatin1(kAdminPassword));
    pressEnter(lock->passwordField());
    REQUIRE(waitUntil([&] { return !w.window->idleLock()->isLocked(); }));
    CHECK(w.window->session().login() == QStringLiteral("admin"));
}

TEST_CASE("gui: the Tools menu offers only what the person may do", "[backup][gui]")
{
    MaintenanceWindow w;
    const Session head = addColleague(w.temp.db(), w.admin, QStringLiteral("wangju"), {Role::BureauHead});
    const Session clerk = addColleague(w.temp.db(), w.admin, QStringLiteral("chenjing"), {Role::Clerk});
    QAction *backup = w.action("backupDatabaseAction");
    QAction *restore = w.action("restoreDatabaseAction");
    QAction *check = w.action("checkDatabaseAction");
    CHECK((backup->isVisible() && restore->isVisible() && check->isVisible()));
    CHECK(w.tools()->menuAction()->isVisible());

    w.adopt(head);
    CHECK(backup->isVisible());
    CHECK_FALSE(restore->isVisible());
    CHECK(check->isVisible());
    CHECK(w.tools()->menuAction()->isVisible());

    w.adopt(clerk);
    CHECK_FALSE(backup->isVisible());
    CHECK_FALSE(restore->isVisible());
    CHECK_FALSE(check->isVisible());
    // Unless another part of the window put something the clerk may use there.
    const QList<QAction *> shown = [&] {
        QList<QAction *> visible;
        for (QAction *a : w.tools()->actions())
            if (a->isVisible() && !a->isSeparator())
                visible << a;
        return visible;
    }();
    CHECK(w.tools()->menuAction()->isVisible() == !shown.isEmpty());

    w.adopt(w.admin);
    CHECK(w.tools()->menuAction()->isVisible());
}
