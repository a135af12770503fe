// Exchanging data between two workstations through the real GUI, offscreen:
// A exports everything through Tools ▸ Export Exchange File, a new
// workstation B joins with that file through the set-up's Join mode and
// signs in with A's administrator; both change the same entity's address
// and register the same enterprise; B's changes come back to A through
// Tools ▸ Import Exchange File, whose result opens Conflicts and
// Duplicates: the three columns show both addresses and the one they
// started from, Ctrl+2 takes B's, and the duplicate pair is merged. Also
// the Tools menu per role, the sync key dialog and the set-up's key.
#include "auth/bureausetup.h"
#include "auth/role.h"
#include "bureausettings.h"
#include "entitybrowser.h"
#include "entitylistmodel.h"
#include "guitestsupport.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "recordtable.h"
#include "register/entityregister.h"
#include "registersupport.h"
#include "sessioncontrols.h"
#include "sessionstarter.h"
#include "setupdialog.h"
#include "signindialog.h"
#include "sync/syncconflicts.h"
#include "sync/syncconflictsdialog.h"
#include "sync/syncconflictspanel.h"
#include "sync/synccontrols.h"
#include "sync/syncduplicates.h"
#include "sync/syncduplicatespanel.h"
#include "sync/syncexportdialog.h"
#include "sync/syncexporter.h"
#include "sync/synckey.h"
#include "sync/synckeydialog.h"
#include "sync/synckeyfield.h"
#include "testsupport.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kKey = QStringLiteral("county-bureau-sync-key-2026");

void forgetSyncSettings()
{
    QSettings settings;
    for (const char *key :
         {"sync/exchangeFolder", "syncConflictsDialog/geometry", "mainWindow/page", "signIn/lastLogin"})
        settings.remove(QLatin1String(key));
}

std::unique_ptr<MainWindow> openWindow(const QString &path, const Session &session)
{
    auto window = std::make_unique<MainWindow>(openDatabase(path), session);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    return window;
}

QAction *toolsAction(MainWindow &window, const char *name)
{
    auto *action = window.findChild<QAction *>(QLatin1String(name));
    REQUIRE(action);
    REQUIRE(window.actions().toolsMenu->actions().contains(action));
    return action;
}

// Answers the file dialog open now: types path as the file's name and accepts.
ModalResponder typeFileName(const QString &path, QString *suggested = nullptr)
{
    return [path, suggested](QWidget *modal) {
        auto *files = qobject_cast<QFileDialog *>(modal);
        REQUIRE(files);
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        REQUIRE(name);
        if (suggested)
            *suggested = name->text();
        name->setText(path);
        static_cast<QDialog *>(files)->accept();
    };
}

// Tools ▸ Export Exchange File through its dialog (for `peer`, or
// everything when empty) and the save dialog; returns the suggested name.
QString exportThroughDialogs(MainWindow &window, const QString &peer, const QString &path, QString *result)
{
    QString suggested;
    const int seen = answerModals(
        [&] { toolsAction(window, "exportExchangeAction")->trigger(); },
        {[&](QWidget *modal) {
             auto *dialog = qobject_cast<SyncExportDialog *>(modal);
             REQUIRE(dialog);
             if (peer.isEmpty()) {
                 dialog->everythingChoice()->click();
             } else {
                 CHECK(dialog->changesChoice()->isChecked());
                 CHECK(dialog->peerField()->currentText() == peer);
             }
             REQUIRE(dialog->exportButton()->isEnabled());
             // Export… asks for the file while the dialog is still open.
             CHECK(answerModals([&] { dialog->exportButton()->click(); }, {typeFileName(path, &suggested)}) == 1);
         },
         [&](QWidget *modal) {
             auto *box = qobject_cast<QMessageBox *>(modal);
             REQUIRE(box);
             *result = box->text() + QLatin1Char('\n') + box->informativeText();
             box->accept();
         }});
    CHECK(seen == 2);
    return suggested;
}

int liveAndRemoved(Database &db, const QString &code, bool removed)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM entity WHERE code = ? AND deleted_at IS %1 NULL")
                  .arg(removed ? QStringLiteral("NOT") : QString()));
    q.addBindValue(code);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("two workstations exchange files; a conflict is settled taking theirs and a duplicate is merged",
          "[sync][gui]")
{
    forgetSyncSettings();
    QTemporaryDir dir;
    const QString pathA = dir.filePath(QStringLiteral("A.sqlite")), pathB = dir.filePath(QStringLiteral("B.sqlite"));
    auto a = openDatabase(pathA);
    const Session adminA = setUpBureau(*a, QStringLiteral("A"));
    REQUIRE(SyncKey::storeAtSetUp(*a, *SyncKey::fromText(kKey)));
    const Entity shared = storeEntity(*a, adminA, QStringLiteral("永清县甲电线厂"), 1);
    REQUIRE_FALSE(shared.address.isEmpty());

    // A writes everything for a new workstation.
    auto windowA = openWindow(pathA, adminA);
    const QString full = dir.filePath(QStringLiteral("全部.cdx"));
    QString written;
    const QString suggested = exportThroughDialogs(*windowA, {}, full, &written);
    CHECK(suggested.contains(QStringLiteral("Exchange_A_all_")));
    CHECK(suggested.endsWith(QStringLiteral(".cdx")));
    REQUIRE(QFileInfo::exists(full));
    CHECK(written.contains(QDir::toNativeSeparators(full)));
    CHECK(written.contains(QStringLiteral("any workstation that joins the bureau")));
    CHECK(QSettings().value(QStringLiteral("sync/exchangeFolder")).toString() == QFileInfo(full).absolutePath());

    // B joins with it through the set-up, then its person signs in with A's account.
    auto b = openDatabase(pathB);
    std::optional<Session> sessionB;
    QString joinedText;
    const int seen = answerModals(
        [&] { sessionB = SessionStarter::signIn(nullptr, *b); },
        {[&](QWidget *modal) {
             auto *setup = qobject_cast<SetupDialog *>(modal);
             REQUIRE(setup);
             setup->joinChoice()->click();
             CHECK(setup->okButton()->text().remove(QLatin1Char('&')) == QStringLiteral("Join"));
             typeText(setup->joinSiteField(), QStringLiteral("B"));
             setup->joinFileField()->setText(full);
             CHECK_FALSE(setup->okButton()->isEnabled()); // the key is required to join
             typeText(setup->syncKeyField()->keyEdit(), kKey);
             CHECK(setup->syncKeyField()->fingerprintLabel()->text().contains(SyncKey::fromText(kKey)->fingerprint()));
             REQUIRE(setup->okButton()->isEnabled());
             CHECK(answerModals([&] { pressEnter(setup->joinFileField()); }, {[&](QWidget *result) {
                                    auto *box = qobject_cast<QMessageBox *>(result);
                                    REQUIRE(box);
                                    joinedText = box->text() + QLatin1Char('\n') + box->informativeText();
                                    box->accept();
                                }}) == 1);
             CHECK(setup->joined());
         },
         [&](QWidget *modal) {
             auto *signIn = qobject_cast<SignInDialog *>(modal);
             REQUIRE(signIn);
             retype(signIn->loginField(), QStringLiteral("admin"));
             retype(signIn->passwordField(), QString::fromLatin1(kAdminPassword));
             pressEnter(signIn->passwordField());
         }});
    CHECK(seen == 2);
    CHECK(joinedText.contains(QStringLiteral("This workstation (B) has joined 永清县质量技术监督局")));
    REQUIRE(sessionB.has_value());
    CHECK(sessionB->site() == QStringLiteral("B"));
    CHECK(BureauSettings::load(*b).bureauName == QStringLiteral("永清县质量技术监督局"));

    // Both change the same entity's address and register the same enterprise.
    const QString addressA = QStringLiteral("永清县永清镇建设路1号"),
                  addressB = QStringLiteral("永清县永清镇北大街2号");
    {
        EntityRegister registerA(*a);
        Entity onA = *registerA.find(shared.id);
        onA.address = addressA;
        REQUIRE(registerA.update(adminA, onA));
        EntityRegister registerB(*b);
        Entity onB = *registerB.findByCode(shared.code);
        onB.address = addressB;
        REQUIRE(registerB.update(*sessionB, onB));
    }
    storeEntity(*a, adminA, QStringLiteral("永清县乙塑料厂"), 7);
    storeEntity(*b, *sessionB, QStringLiteral("永清县乙塑料制品厂"), 7);

    // B sends its changes to A (the peer it knows), through B's own window.
    const QString changes = dir.filePath(QStringLiteral("B到A.cdx"));
    {
        auto windowB = openWindow(pathB, *sessionB);
        QString result;
        CHECK(exportThroughDialogs(*windowB, QStringLiteral("A"), changes, &result)
                  .contains(QStringLiteral("Exchange_B_to_A_")));
        CHECK(result.contains(QStringLiteral("workstation A")));
    }
    REQUIRE(QFileInfo::exists(changes));

    // A imports them: the pages show the new entity at once, the status bar
    // counts what waits, and the result offers the conflicts.
    windowA->showPage(MainWindow::Page::Register);
    windowA->entityBrowser()->refresh();
    CHECK(windowA->entityBrowser()->model()->total() == 2);
    auto *sync = windowA->findChild<SyncControls *>();
    REQUIRE(sync);
    CHECK_FALSE(sync->countLabel()->isVisible());
    QString importText;
    int entitiesAfterImport = 0;
    bool countShown = false;
    QStringList columns;
    QString title, held;
    QString mergeAsked;
    const int importSeen = answerModals(
        [&] { toolsAction(*windowA, "importExchangeAction")->trigger(); },
        {typeFileName(changes),
         [&](QWidget *modal) {
             auto *box = qobject_cast<QMessageBox *>(modal);
             REQUIRE(box);
             importText = box->text() + QLatin1Char('\n') + box->informativeText();
             entitiesAfterImport = windowA->entityBrowser()->model()->total();
             countShown = sync->countLabel()->isVisible() &&
                          sync->countLabel()->text().contains(QStringLiteral("1 conflicts, 1 duplicates"));
             auto *open = box->findChild<QPushButton *>(QStringLiteral("openConflicts"));
             REQUIRE(open);
             open->click();
         },
         [&](QWidget *modal) {
             auto *dialog = qobject_cast<SyncConflictsDialog *>(modal);
             REQUIRE(dialog);
             SyncConflictsPanel *panel = dialog->conflicts();
             REQUIRE(panel->list()->rowCount() == 1);
             REQUIRE(panel->current());
             CHECK(panel->current()->field == QStringLiteral("address"));
             ConflictComparison *compare = panel->comparison();
             for (int column = SyncConflictsPanel::MineColumn; column <= SyncConflictsPanel::AncestorColumn; ++column)
                 columns << compare->horizontalHeaderItem(column)->text() + QStringLiteral(": ") +
                                compare->item(ConflictComparison::ValueRow, column)->text();
             CHECK(compare->item(ConflictComparison::WorkstationRow, SyncConflictsPanel::MineColumn)->text() ==
                   QStringLiteral("A"));
             CHECK(compare->item(ConflictComparison::WorkstationRow, SyncConflictsPanel::TheirsColumn)->text() ==
                   QStringLiteral("B"));
             CHECK(compare->item(ConflictComparison::ChangedByRow, SyncConflictsPanel::TheirsColumn)->text() ==
                   QStringLiteral("admin"));
             for (int column = SyncConflictsPanel::MineColumn; column <= SyncConflictsPanel::AncestorColumn; ++column)
                 if (!compare->item(ConflictComparison::HeldRow, column)->text().isEmpty())
                     held += QString::number(column);
             title = panel->titleLabel()->text();
             CHECK(dialog->tabs()->tabText(0).contains(QStringLiteral("(1)")));

             // Ctrl+2 takes theirs: the conflict leaves the open list.
             REQUIRE(panel->takeButton(SyncConflictsPanel::TheirsColumn)->isEnabled());
             REQUIRE(QTest::qWaitForWindowActive(dialog));
             panel->list()->setFocus();
             QTest::keyClick(panel->list(), Qt::Key_2, Qt::ControlModifier);
             CHECK(panel->list()->rowCount() == 0);
             CHECK(panel->openCount() == 0);
             CHECK(dialog->tabs()->tabText(0).contains(QStringLiteral("(0)")));
             panel->showSettledBox()->setChecked(true);
             CHECK(panel->list()->rowCount() == 1);
             CHECK_FALSE(panel->takeButton(SyncConflictsPanel::MineColumn)->isEnabled());

             // The duplicate pair, merged keeping the first after the confirmation.
             dialog->showTab(SyncConflictsDialog::Tab::Duplicates);
             SyncDuplicatesPanel *pairs = dialog->duplicates();
             REQUIRE(pairs->list()->rowCount() == 1);
             REQUIRE(pairs->current());
             CHECK(pairs->current()->naturalKey == testCreditCode(7));
             CHECK(pairs->details()->horizontalHeaderItem(0)->text().contains(QStringLiteral("永清县乙塑料")));
             CHECK(answerModals([&] { pairs->decisionButton(SyncDuplicatesPanel::Decision::KeepFirst)->click(); },
                                {[&](QWidget *confirm) {
                                    auto *box = qobject_cast<QMessageBox *>(confirm);
                                    REQUIRE(box);
                                    mergeAsked = box->text() + QLatin1Char('\n') + box->informativeText();
                                    box->findChild<QPushButton *>(QStringLiteral("confirm"))->click();
                                }}) == 1);
             CHECK(pairs->list()->rowCount() == 0);
             dialog->reject();
         }});
    CHECK(importSeen == 3);
    CHECK(importText.contains(QStringLiteral("from workstation B was imported")));
    CHECK(importText.contains(QStringLiteral("Waiting for a decision: 1 fields changed on both workstations and 1 "
                                             "pairs of records that look like duplicates.")));
    CHECK(entitiesAfterImport == 3);
    CHECK(countShown);

    // The three columns: A's address (mine), B's (theirs), the one they started from.
    REQUIRE(columns.size() == 3);
    CHECK(columns[0] == QStringLiteral("Mine: this workstation (A): ") + addressA);
    CHECK(columns[1] == QStringLiteral("Theirs: workstation B: ") + addressB);
    CHECK(columns[2] == QStringLiteral("Common ancestor: ") + shared.address);
    CHECK(title.contains(QStringLiteral("Address of Entity “永清县甲电线厂”")));
    CHECK(held.size() == 1); // one side held for now

    // The record holds B's address, and the conflict is settled taking B's side.
    CHECK(EntityRegister(*a).find(shared.id)->address == addressB);
    auto conflicts = SyncConflicts::list(*a, false);
    REQUIRE(conflicts);
    REQUIRE(conflicts->size() == 1);
    const SyncConflict &settled = conflicts->first();
    CHECK_FALSE(settled.open);
    CHECK(settled.resolution == (settled.a.site == QStringLiteral("B") ? QStringLiteral("a") : QStringLiteral("b")));
    CHECK(settled.settledBy == QStringLiteral("admin"));

    // One of the twins is a tombstone, the first of the pair lives on.
    CHECK(mergeAsked.contains(QStringLiteral("tombstone")));
    CHECK(liveAndRemoved(*a, testCreditCode(7), false) == 1);
    CHECK(liveAndRemoved(*a, testCreditCode(7), true) == 1);
    auto pairs = SyncDuplicates::list(*a, false);
    REQUIRE(pairs);
    REQUIRE(pairs->size() == 1);
    CHECK_FALSE(pairs->first().open);
    CHECK(pairs->first().keptUuid == pairs->first().firstUuid);

    // The window read the merge: two entities again, nothing waits.
    CHECK(windowA->entityBrowser()->model()->total() == 2);
    CHECK_FALSE(sync->countLabel()->isVisible());
    CHECK(EntityRegister(*a).findByCode(testCreditCode(7))->uuid == pairs->first().firstUuid);
    forgetSyncSettings();
}

TEST_CASE("the Tools menu offers the exchange by role, and hides itself when it has nothing to offer", "[sync][gui]")
{
    forgetSyncSettings();
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const Session chief = addColleague(temp.db(), admin, QStringLiteral("liming"), {Role::SectionChief});
    const Session clerk = addColleague(temp.db(), admin, QStringLiteral("chenjing"), {Role::Clerk});
    auto window = openWindow(temp.path(), admin);
    QMenu *tools = window->actions().toolsMenu;
    const char *names[] = {"exportExchangeAction", "importExchangeAction", "syncConflictsAction", "syncKeyAction"};
    const auto visible = [&] {
        QString shown;
        for (const char *name : names)
            shown += toolsAction(*window, name)->isVisible() ? QLatin1Char('1') : QLatin1Char('0');
        return shown;
    };
    auto *controls = window->findChild<SessionControls *>();
    REQUIRE(controls);

    CHECK(visible() == QStringLiteral("1111"));
    CHECK(tools->menuAction()->isVisible());
    controls->adopt(chief);
    CHECK(visible() == QStringLiteral("0010"));
    CHECK(tools->menuAction()->isVisible());
    // A clerk may do nothing there (nor back up or check): no Tools menu at all.
    controls->adopt(clerk);
    CHECK(visible() == QStringLiteral("0000"));
    bool anyVisible = false;
    for (QAction *action : tools->actions())
        anyVisible = anyVisible || (action->isVisible() && !action->isSeparator());
    CHECK_FALSE(anyVisible);
    CHECK_FALSE(tools->menuAction()->isVisible());
    controls->adopt(admin);
    CHECK(tools->menuAction()->isVisible());
    forgetSyncSettings();
}

TEST_CASE("the sync key dialog takes a new key typed twice or loaded from a file", "[sync][gui]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const QString typed = QStringLiteral("new-bureau-key-2026-yq");
    {
        SyncKeyDialog dialog(temp.db(), admin);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.currentLabel()->text() == QStringLiteral("none yet"));
        CHECK(dialog.keyField()->keyEdit()->echoMode() == QLineEdit::Password);
        CHECK(dialog.keyField()->confirmationEdit()->echoMode() == QLineEdit::Password);
        CHECK_FALSE(dialog.okButton()->isEnabled());

        typeText(dialog.keyField()->keyEdit(), QStringLiteral("short-key"));
        typeText(dialog.keyField()->confirmationEdit(), QStringLiteral("short-key"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        CHECK(dialog.message().contains(QStringLiteral("needs at least 16")));

        retype(dialog.keyField()->keyEdit(), typed);
        retype(dialog.keyField()->confirmationEdit(), typed + QStringLiteral("x"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        CHECK(dialog.message() == QStringLiteral("The two keys differ."));

        retype(dialog.keyField()->confirmationEdit(), typed);
        CHECK(dialog.okButton()->isEnabled());
        CHECK(dialog.message().isEmpty());
        CHECK(dialog.keyField()->fingerprintLabel()->text().contains(SyncKey::fromText(typed)->fingerprint()));
        pressEnter(dialog.keyField()->confirmationEdit());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    REQUIRE(SyncKey::isStored(temp.db()));
    CHECK(SyncKey::current(temp.db())->fingerprint() == SyncKey::fromText(typed)->fingerprint());

    // From a key file: the first line is the key; the dialog shows the old one's fingerprint.
    const QString keyFile = temp.dir() + QStringLiteral("/bureau.key");
    const QString fromFile = QStringLiteral("key-from-the-bureau-file-2027");
    writeFile(keyFile, (fromFile + QStringLiteral("\nignored\n")).toUtf8());
    SyncKeyDialog dialog(temp.db(), admin);
    CHECK(dialog.currentLabel()->text() == SyncKey::fromText(typed)->fingerprint());
    REQUIRE(dialog.keyField()->loadFile(keyFile));
    CHECK(dialog.keyField()->fingerprintLabel()->text().contains(SyncKey::fromText(fromFile)->fingerprint()));
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SyncKey::current(temp.db())->fingerprint() == SyncKey::fromText(fromFile)->fingerprint());
}

TEST_CASE("the set-up stores the sync key given; joining with another bureau's key stores nothing",
          "[sync][gui][setup]")
{
    {
        TempDatabase temp;
        SetupDialog dialog(temp.db());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.newBureauChoice()->isChecked());
        typeText(dialog.bureauNameField(), QStringLiteral("永清县质量技术监督局"));
        typeText(dialog.abbreviationField(), QStringLiteral("永质监"));
        typeText(dialog.siteField(), QStringLiteral("A"));
        typeText(dialog.loginField(), QStringLiteral("zhaoliu"));
        typeText(dialog.passwordField(), QStringLiteral("Zhao-pass-6"));
        typeText(dialog.confirmationField(), QStringLiteral("Zhao-pass-6"));
        typeText(dialog.nameField(), QStringLiteral("赵六"));
        // A key is optional, but one given must be long enough.
        typeText(dialog.syncKeyField()->keyEdit(), QStringLiteral("too-short"));
        CHECK_FALSE(dialog.okButton()->isEnabled());
        typeText(dialog.syncKeyField()->keyEdit(), QStringLiteral("-but-now-long-enough"));
        REQUIRE(dialog.okButton()->isEnabled());
        pressEnter(dialog.confirmationField());
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(SyncKey::isStored(temp.db()));
        CHECK(SyncKey::current(temp.db())->fingerprint() ==
              SyncKey::fromText(QStringLiteral("too-short-but-now-long-enough"))->fingerprint());
    }

    // A full export of a bureau with another key: refused before anything is stored.
    TempDatabase other;
    const Session admin = setUpBureau(other.db(), QStringLiteral("A"));
    REQUIRE(SyncKey::storeAtSetUp(other.db(), *SyncKey::fromText(QStringLiteral("another-bureau-key-2026"))));
    const QString full = other.dir() + QStringLiteral("/full.cdx");
    REQUIRE(SyncExporter::run(other.db(), admin, {full, {}, true}));

    TempDatabase joining;
    SetupDialog dialog(joining.db());
    dialog.joinChoice()->click();
    typeText(dialog.joinSiteField(), QStringLiteral("B"));
    dialog.joinFileField()->setText(full);
    typeText(dialog.syncKeyField()->keyEdit(), kKey);
    REQUIRE(dialog.okButton()->isEnabled());
    dialog.okButton()->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message().contains(QStringLiteral("key")));
    CHECK_FALSE(SyncKey::isStored(joining.db()));
    CHECK(BureauSettings::load(joining.db()).site.isEmpty());
    CHECK(BureauSetup::needed(joining.db()));
}

TEST_CASE("a workstation prepared to join on the command line joins with the key it holds", "[sync][gui][setup]")
{
    TempDatabase bureau;
    const Session admin = setUpBureau(bureau.db(), QStringLiteral("A"));
    REQUIRE(SyncKey::storeAtSetUp(bureau.db(), *SyncKey::fromText(kKey)));
    const QString full = bureau.dir() + QStringLiteral("/full.cdx");
    REQUIRE(SyncExporter::run(bureau.db(), admin, {full, {}, true}));

    // As init --site B --sync-key-file FILE leaves it.
    TempDatabase joining;
    REQUIRE(BureauSettings::prepareToJoin(joining.db(), QStringLiteral("B")));
    REQUIRE(SyncKey::storeAtSetUp(joining.db(), *SyncKey::fromText(kKey)));
    SetupDialog dialog(joining.db());
    CHECK(dialog.joinChoice()->isChecked());
    CHECK(dialog.joinSiteField()->text() == QStringLiteral("B"));
    CHECK(dialog.joinSiteField()->isReadOnly());
    CHECK_FALSE(dialog.okButton()->isEnabled());
    dialog.joinFileField()->setText(full);
    REQUIRE(dialog.okButton()->isEnabled()); // no key typed: the one held is used
    CHECK(answerModals([&] { dialog.okButton()->click(); }, {[](QWidget *modal) {
                           auto *box = qobject_cast<QMessageBox *>(modal);
                           REQUIRE(box);
                           CHECK(box->objectName() == QStringLiteral("joinResult"));
                           box->accept();
                       }}) == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.joined());
    CHECK_FALSE(dialog.session().has_value());
    CHECK_FALSE(BureauSetup::needed(joining.db()));
    CHECK(BureauSettings::load(joining.db()).site == QStringLiteral("B"));
}

TEST_CASE("the export dialog wants another workstation's valid code, or everything", "[sync][gui]")
{
    SyncExportDialog dialog(QStringLiteral("A"), {QStringLiteral("B"), QStringLiteral("C")});
    CHECK(dialog.changesChoice()->isChecked());
    CHECK(dialog.peerField()->currentText() == QStringLiteral("B"));
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.suggestedFileName().startsWith(QStringLiteral("Exchange_A_to_B_")));

    retype(dialog.peerField()->lineEdit(), QStringLiteral("A"));
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    CHECK(dialog.message() == QStringLiteral("A is this workstation."));
    retype(dialog.peerField()->lineEdit(), QStringLiteral("B 2"));
    CHECK_FALSE(dialog.exportButton()->isEnabled());
    CHECK(dialog.message().contains(QStringLiteral("Workstation code")));
    retype(dialog.peerField()->lineEdit(), QStringLiteral("D"));
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.suggestedFileName().startsWith(QStringLiteral("Exchange_A_to_D_")));

    dialog.everythingChoice()->click();
    CHECK(dialog.exportButton()->isEnabled());
    CHECK(dialog.suggestedFileName().startsWith(QStringLiteral("Exchange_A_all_")));
    CHECK(SyncExportDialog(QStringLiteral("A"), {}).everythingChoice()->isChecked());
}
