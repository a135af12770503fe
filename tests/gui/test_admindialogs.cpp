// The administration dialogs (staff, a record's history, the audit trail,
// the bureau settings) driven as an administrator and a clerk would, with
// what they did checked in the database and the audit trail.
#include "audit/auditdiff.h"
#include "audit/auditqueries.h"
#include "audittraildialog.h"
#include "audittrailmodel.h"
#include "auth/signin.h"
#include "auth/staffdirectory.h"
#include "bureausettings.h"
#include "bureausettingsdialog.h"
#include "guitestsupport.h"
#include "historydialog.h"
#include "optionaldateedit.h"
#include "passwordresetdialog.h"
#include "staffdialog.h"
#include "staffeditdialog.h"
#include "stafftablemodel.h"
#include "testsupport.h"

#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

template <class T> T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        FAIL("no child " << name);
    return found;
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

QString message(QWidget *dialog)
{
    return child<QLabel>(dialog, "message")->text();
}

// Replaces a field's text by typing, as a person would after selecting it.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

// Runs action (which opens a modal Dialog); drive gets the dialog once it is
// shown. Whatever drive leaves open is closed, so a failed check cannot
// hang the test. Returns whether the dialog appeared.
template <class Dialog> bool whileShown(const std::function<void()> &action, const std::function<void(Dialog *)> &drive)
{
    bool shown = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll.stop();
        shown = true;
        drive(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    action();
    return shown;
}

struct ShownBox {
    QString text;
    QString informative;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
};

ShownBox answerMessageBox(const std::function<void()> &action)
{
    ShownBox box;
    whileShown<QMessageBox>(action, [&](QMessageBox *b) { box = {b->text(), b->informativeText(), b->icon()}; });
    return box;
}

int rowOf(StaffDialog &dialog, const QString &login)
{
    return dialog.model()->rowOf(login);
}

void selectStaff(StaffDialog &dialog, const QString &login)
{
    const int row = rowOf(dialog, login);
    REQUIRE(row >= 0);
    child<QTableView>(&dialog, "staffTable")->selectRow(row);
}

QStringList rowTexts(QTableWidget *table, int row)
{
    QStringList texts;
    for (int column = 0; column < table->columnCount(); ++column)
        texts << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

} // namespace

TEST_CASE("an administrator adds a colleague through the staff form, which says what is missing", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    StaffEditDialog dialog(temp.db(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    QPushButton *ok = okButton(&dialog);
    CHECK_FALSE(ok->isEnabled());
    typeText(child<QLineEdit>(&dialog, "login"), QStringLiteral("zhangsan"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message(&dialog).startsWith(QStringLiteral("Name:")));

    typeText(child<QLineEdit>(&dialog, "name"), QStringLiteral("张三"));
    typeText(child<QLineEdit>(&dialog, "section"), QStringLiteral("特种设备安全监察股"));
    typeText(child<QLineEdit>(&dialog, "phone"), QStringLiteral("0316-6612345"));
    CHECK(message(&dialog).startsWith(QStringLiteral("Roles:")));
    QTest::mouseClick(child<QCheckBox>(&dialog, "role-inspector"), Qt::LeftButton);
    REQUIRE(child<QCheckBox>(&dialog, "role-inspector")->isChecked());
    // An inspector without an enforcement certificate may not be saved.
    CHECK_FALSE(ok->isEnabled());
    CHECK(message(&dialog).contains(QStringLiteral("needs an enforcement certificate")));

    auto *until = child<OptionalDateEdit>(&dialog, "enforcementUntil");
    CHECK_FALSE(until->isEnabled());
    typeText(child<QLineEdit>(&dialog, "enforcementNumber"), QStringLiteral("ZF13100012"));
    CHECK(until->isEnabled());
    CHECK(message(&dialog).contains(QStringLiteral("give the date until which certificate ZF13100012 is valid")));
    CHECK_FALSE(ok->isEnabled());
    // The date typed from the keyboard, over "not given".
    until->setFocus();
    typeText(until, QStringLiteral("20281231"));
    CHECK(until->optionalDate() == QDate(2028, 12, 31));
    CHECK(message(&dialog).startsWith(QStringLiteral("Password: use at least")));
    CHECK_FALSE(ok->isEnabled());

    typeText(child<QLineEdit>(&dialog, "password"), QStringLiteral("Zhang-pass-1"));
    typeText(child<QLineEdit>(&dialog, "confirmation"), QStringLiteral("Zhang-pass-2"));
    CHECK(message(&dialog).contains(QStringLiteral("the two passwords differ")));
    CHECK_FALSE(ok->isEnabled());
    retype(child<QLineEdit>(&dialog, "confirmation"), QStringLiteral("Zhang-pass-1"));
    CHECK(message(&dialog).isEmpty());
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    auto stored = StaffDirectory(temp.db()).find(admin, QStringLiteral("zhangsan"));
    REQUIRE(stored);
    CHECK(stored->name == QStringLiteral("张三"));
    CHECK(stored->section == QStringLiteral("特种设备安全监察股"));
    CHECK(stored->phone == QStringLiteral("0316-6612345"));
    CHECK(stored->roles == RoleSet{Role::Inspector});
    CHECK(stored->enforcement.number == QStringLiteral("ZF13100012"));
    CHECK_FALSE(stored->enforcement.validFrom.isValid());
    CHECK(stored->enforcement.validUntil == QDate(2028, 12, 31));
    CHECK_FALSE(stored->specialEquipment.present());
    CHECK(stored->active);
    CHECK(stored->mustChangePassword);
    CHECK(dialog.saved().uuid == stored->uuid);

    auto history = AuditQueries(temp.db()).recordHistory(admin, stored->uuid);
    REQUIRE(history);
    REQUIRE(history->size() == 1);
    CHECK(history->at(0).action == QStringLiteral("users.add"));
    CHECK(history->at(0).actor == QStringLiteral("admin"));
    // The first password typed is the one that signs in.
    auto session = SignIn(temp.db()).attempt(QStringLiteral("zhangsan"), QStringLiteral("Zhang-pass-1"));
    REQUIRE(session);
    CHECK(session->mustChangePassword());
}

TEST_CASE("a refused save keeps the staff form open with the core's reason", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    auto own = StaffDirectory(temp.db()).find(admin, QStringLiteral("admin"));
    REQUIRE(own);
    StaffEditDialog dialog(temp.db(), admin, *own);
    dialog.show();
    CHECK(child<QLineEdit>(&dialog, "login")->isReadOnly());
    CHECK(child<QCheckBox>(&dialog, "role-administrator")->isChecked());
    QTest::mouseClick(child<QCheckBox>(&dialog, "role-administrator"), Qt::LeftButton);
    QTest::mouseClick(child<QCheckBox>(&dialog, "role-clerk"), Qt::LeftButton);
    REQUIRE(okButton(&dialog)->isEnabled());
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(message(&dialog).contains(QStringLiteral("last active administrator")));
    CHECK(StaffDirectory(temp.db()).find(admin, QStringLiteral("admin"))->roles == RoleSet{Role::Administrator});
}

TEST_CASE("an edit made in the staff dialog shows in the person's history with the value before and after",
          "[gui][admin][staff][history]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    StaffMember li;
    li.login = QStringLiteral("lisi");
    li.name = QStringLiteral("李四");
    li.section = QStringLiteral("计量股");
    li.roles = {Role::Clerk};
    REQUIRE(StaffDirectory(temp.db()).add(admin, li, QStringLiteral("First-pass-1")));

    StaffDialog dialog(temp.db(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    selectStaff(dialog, QStringLiteral("lisi"));
    auto *table = child<QTableView>(&dialog, "staffTable");
    table->setFocus();
    // Enter on the selected person opens their record.
    const bool edited =
        whileShown<StaffEditDialog>([&] { QTest::keyClick(table, Qt::Key_Return); },
                                    [](StaffEditDialog *edit) {
                                        CHECK(edit->member().login == QStringLiteral("lisi"));
                                        retype(child<QLineEdit>(edit, "section"), QStringLiteral("稽查股"));
                                        QTest::mouseClick(okButton(edit), Qt::LeftButton);
                                        CHECK(edit->result() == QDialog::Accepted);
                                    });
    REQUIRE(edited);
    const int row = rowOf(dialog, QStringLiteral("lisi"));
    REQUIRE(row >= 0);
    CHECK(dialog.model()->index(row, StaffTableModel::SectionColumn).data().toString() == QStringLiteral("稽查股"));

    QStringList entries, sectionChange;
    const bool opened = whileShown<HistoryDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(&dialog, "historyButton"), Qt::LeftButton); },
        [&](HistoryDialog *history) {
            auto *list = child<QTableWidget>(history, "historyEntries");
            for (int r = 0; r < list->rowCount(); ++r)
                entries << rowTexts(list, r).join(QLatin1Char('|'));
            list->selectRow(1);
            auto *changes = child<QTableWidget>(history, "historyChanges");
            for (int r = 0; r < changes->rowCount(); ++r)
                if (changes->item(r, 0)->text() == AuditDiff::fieldLabel(QStringLiteral("section")))
                    sectionChange = rowTexts(changes, r);
        });
    REQUIRE(opened);
    REQUIRE(entries.size() == 2);
    CHECK(entries[0].endsWith(
        QStringLiteral("管理员甲 (admin)|%1|A-3").arg(auditActionName(QStringLiteral("users.add")))));
    CHECK(entries[1].endsWith(
        QStringLiteral("管理员甲 (admin)|%1|A-4").arg(auditActionName(QStringLiteral("users.edit")))));
    CHECK(sectionChange == QStringList{AuditDiff::fieldLabel(QStringLiteral("section")), QStringLiteral("计量股"),
                                       QStringLiteral("稽查股")});
}

TEST_CASE("deactivating a person in the staff dialog stops them signing in", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    addColleague(temp.db(), admin, QStringLiteral("wangwu"), {Role::Clerk}, QStringLiteral("王五"));

    StaffDialog dialog(temp.db(), admin);
    dialog.show();
    auto *active = child<QPushButton>(&dialog, "activeButton");
    selectStaff(dialog, QStringLiteral("wangwu"));
    CHECK(active->text() == QStringLiteral("&Deactivate"));
    const QString shown = answerModal([&] { QTest::mouseClick(active, Qt::LeftButton); });
    CHECK(shown.isEmpty());

    CHECK_FALSE(StaffDirectory(temp.db()).find(admin, QStringLiteral("wangwu"))->active);
    CHECK_FALSE(SignIn(temp.db()).attempt(QStringLiteral("wangwu"), QString::fromLatin1(kOwnPassword)));
    // Hidden until deactivated accounts are asked for, then marked.
    CHECK(rowOf(dialog, QStringLiteral("wangwu")) == -1);
    QTest::keyClick(child<QCheckBox>(&dialog, "showDeactivated"), Qt::Key_Space);
    const int row = rowOf(dialog, QStringLiteral("wangwu"));
    REQUIRE(row >= 0);
    CHECK(dialog.model()->index(row, StaffTableModel::StatusColumn).data().toString() == QStringLiteral("Deactivated"));
    selectStaff(dialog, QStringLiteral("wangwu"));
    CHECK(active->text() == QStringLiteral("&Reactivate"));

    // The core's refusal is shown in its words.
    selectStaff(dialog, QStringLiteral("admin"));
    const QString refused = answerModal([&] { QTest::mouseClick(active, Qt::LeftButton); });
    CHECK(refused.contains(QStringLiteral("cannot deactivate their own account")));
    CHECK(StaffDirectory(temp.db()).find(admin, QStringLiteral("admin"))->active);
}

TEST_CASE("an administrator resets a colleague's password, who must then choose their own", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    addColleague(temp.db(), admin, QStringLiteral("zheng"), {Role::Clerk}, QStringLiteral("郑十"));
    StaffDialog dialog(temp.db(), admin);
    dialog.show();
    selectStaff(dialog, QStringLiteral("zheng"));
    const bool shown = whileShown<PasswordResetDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(&dialog, "resetPasswordButton"), Qt::LeftButton); },
        [](PasswordResetDialog *reset) {
            QPushButton *ok = okButton(reset);
            typeText(child<QLineEdit>(reset, "password"), QStringLiteral("short1"));
            CHECK_FALSE(ok->isEnabled());
            CHECK(message(reset).startsWith(QStringLiteral("Password: use at least 8")));
            typeText(child<QLineEdit>(reset, "password"), QStringLiteral("-Reset"));
            typeText(child<QLineEdit>(reset, "confirmation"), QStringLiteral("short1-Reset"));
            CHECK(message(reset).isEmpty());
            CHECK(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    REQUIRE(shown);
    CHECK_FALSE(SignIn(temp.db()).attempt(QStringLiteral("zheng"), QString::fromLatin1(kOwnPassword)));
    auto session = SignIn(temp.db()).attempt(QStringLiteral("zheng"), QStringLiteral("short1-Reset"));
    REQUIRE(session);
    CHECK(session->mustChangePassword());
}

TEST_CASE("a clerk sees the staff list without the buttons that change it", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const Session clerk = addColleague(temp.db(), admin, QStringLiteral("zhaoliu"), {Role::Clerk});
    StaffDialog dialog(temp.db(), clerk);
    dialog.show();
    CHECK(dialog.refusal().isEmpty());
    CHECK(dialog.model()->rowCount() == 2);
    for (const char *name : {"addButton", "editButton", "activeButton", "resetPasswordButton"})
        CHECK_FALSE(child<QPushButton>(&dialog, name)->isVisible());
    CHECK(child<QPushButton>(&dialog, "historyButton")->isVisible());
}

TEST_CASE("the staff dialog shows an expired certificate in red with its date", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    StaffMember old;
    old.login = QStringLiteral("sunqi");
    old.name = QStringLiteral("孙七");
    old.roles = {Role::Inspector};
    old.enforcement = {QStringLiteral("ZF00000001"), QDate(2015, 1, 1), QDate(2020, 12, 31)};
    REQUIRE(StaffDirectory(temp.db()).add(admin, old, QStringLiteral("First-pass-1")));
    StaffDialog dialog(temp.db(), admin);
    const QModelIndex until =
        dialog.model()->index(rowOf(dialog, QStringLiteral("sunqi")), StaffTableModel::EnforcementUntilColumn);
    CHECK(until.data().toString() == QStringLiteral("2020-12-31"));
    CHECK(until.data(Qt::ToolTipRole).toString() == QStringLiteral("Certificate ZF00000001 expired on 2020-12-31."));
    CHECK(until.data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
}

TEST_CASE("a person who must first change their password cannot open the staff list", "[gui][admin][staff]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    StaffMember m;
    m.login = QStringLiteral("zhouba");
    m.name = QStringLiteral("周八");
    m.roles = {Role::Clerk};
    REQUIRE(StaffDirectory(temp.db()).add(admin, m, QStringLiteral("First-pass-1")));
    auto fresh = SignIn(temp.db()).attempt(QStringLiteral("zhouba"), QStringLiteral("First-pass-1"));
    REQUIRE(fresh);
    StaffDialog dialog(temp.db(), *fresh);
    int result = -1;
    const QString shown = answerModal([&] { result = dialog.exec(); });
    CHECK(result == QDialog::Rejected);
    CHECK(shown.contains(QStringLiteral("must choose a new password first")));
}

TEST_CASE("the audit trail lists entries newest first and verification finds a rewritten entry", "[gui][admin][audit]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    addColleague(temp.db(), admin, QStringLiteral("wu"), {Role::Clerk}, QStringLiteral("吴九"));
    // A-1 set-up, A-2 admin, A-3 wu added, A-4 wu's own password.
    AuditTrailDialog dialog(temp.db(), admin);
    dialog.show();
    CHECK(dialog.refusal().isEmpty());
    AuditTrailModel *model = dialog.model();
    REQUIRE(model->rowCount() == 4);
    QStringList references;
    for (int row = 0; row < 4; ++row)
        references << model->index(row, AuditTrailModel::EntryColumn).data().toString();
    CHECK(references ==
          QStringList{QStringLiteral("A-4"), QStringLiteral("A-3"), QStringLiteral("A-2"), QStringLiteral("A-1")});
    CHECK(model->index(0, AuditTrailModel::PersonColumn).data().toString() == QStringLiteral("吴九 (wu)"));
    CHECK(model->index(0, AuditTrailModel::ActionColumn).data().toString() ==
          auditActionName(QStringLiteral("users.change-password")));
    CHECK(model->index(1, AuditTrailModel::RecordColumn).data().toString() == QStringLiteral("吴九"));
    // The selected entry's changes show below, and its record's history.
    child<QTableView>(&dialog, "auditTable")->selectRow(1);
    CHECK(child<QTableWidget>(&dialog, "auditChanges")->rowCount() > 3);
    QStringList history;
    REQUIRE(whileShown<HistoryDialog>(
        [&] { QTest::mouseClick(child<QPushButton>(&dialog, "historyButton"), Qt::LeftButton); },
        [&](HistoryDialog *h) {
            auto *list = child<QTableWidget>(h, "historyEntries");
            for (int r = 0; r < list->rowCount(); ++r)
                history << list->item(r, HistoryDialog::EntryColumn)->text();
        }));
    CHECK(history == QStringList{QStringLiteral("A-3"), QStringLiteral("A-4")});

    auto *verify = child<QPushButton>(&dialog, "verifyButton");
    REQUIRE(verify->isVisible());
    QSqlQuery head(temp.db().sql());
    REQUIRE(head.exec(QStringLiteral("SELECT hash FROM audit_head WHERE site = 'A'")));
    REQUIRE(head.next());
    ShownBox intact = answerMessageBox([&] { QTest::mouseClick(verify, Qt::LeftButton); });
    CHECK(intact.icon == QMessageBox::Information);
    CHECK(intact.text == QStringLiteral("The audit trail is intact: 4 entries checked."));
    CHECK(intact.informative == QStringLiteral("Workstation A: 4 entries, last hash %1").arg(head.value(0).toString()));

    QSqlQuery tamper(temp.db().sql());
    REQUIRE(tamper.exec(QStringLiteral("UPDATE audit_entry SET after_json = '{\"name\":\"某人\"}' WHERE seq = 2")));
    ShownBox broken = answerMessageBox([&] { QTest::mouseClick(verify, Qt::LeftButton); });
    CHECK(broken.icon == QMessageBox::Critical);
    CHECK(broken.text.contains(QStringLiteral("A-2")));
    CHECK(broken.informative.contains(QStringLiteral("changed after it was written")));
}

TEST_CASE("the audit trail is refused to a clerk and cannot be verified by a section chief", "[gui][admin][audit]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const Session clerk = addColleague(temp.db(), admin, QStringLiteral("feng"), {Role::Clerk});
    AuditTrailDialog refused(temp.db(), clerk);
    int result = -1;
    const QString shown = answerModal([&] { result = refused.exec(); });
    CHECK(result == QDialog::Rejected);
    CHECK(shown.contains(QStringLiteral("may not view the audit trail")));

    const Session chief = addColleague(temp.db(), admin, QStringLiteral("chen"), {Role::SectionChief});
    AuditTrailDialog dialog(temp.db(), chief);
    dialog.show();
    CHECK(dialog.refusal().isEmpty());
    CHECK(dialog.model()->total() == 6); // set-up, admin, two colleagues added and their own passwords
    CHECK_FALSE(child<QPushButton>(&dialog, "verifyButton")->isVisible());
    CHECK(child<QPushButton>(&dialog, "historyButton")->isVisible());
}

TEST_CASE("the audit trail reads a long trail a page at a time as it scrolls", "[gui][admin][audit]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    // Listing does not check the chain, so bare rows are enough here.
    QSqlQuery q(temp.db().sql());
    REQUIRE(temp.db().sql().transaction());
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO audit_entry (uuid, site, seq, at, actor, actor_name, action, "
                                     "record_table, record_uuid, record_label, before_json, after_json, prev_hash, "
                                     "hash) VALUES (?, 'B', ?, ?, 'x', 'X', 'users.edit', 'staff', 'r', ?, '{}', "
                                     "'{}', '', '')")));
    for (int i = 1; i <= 1000; ++i) {
        q.addBindValue(QStringLiteral("u%1").arg(i));
        q.addBindValue(i);
        q.addBindValue(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i).toString(Qt::ISODateWithMs));
        q.addBindValue(QStringLiteral("record %1").arg(i));
        REQUIRE(q.exec());
    }
    REQUIRE(temp.db().sql().commit());

    AuditTrailDialog dialog(temp.db(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    AuditTrailModel *model = dialog.model();
    CHECK(model->total() == 1002);
    CHECK(model->rowCount() == AuditTrailModel::kPageSize);
    CHECK(model->index(0, AuditTrailModel::RecordColumn).data().toString() == QStringLiteral("record 1000"));
    CHECK(model->canFetchMore({}));
    auto *table = child<QTableView>(&dialog, "auditTable");
    table->scrollToBottom();
    CHECK(waitUntil([&] { return model->rowCount() > AuditTrailModel::kPageSize; }));
    CHECK(model->index(AuditTrailModel::kPageSize, AuditTrailModel::RecordColumn).data().toString() ==
          QStringLiteral("record 800"));
}

TEST_CASE("the bureau settings dialog saves a new name and refuses a bad idle time", "[gui][admin][settings]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    BureauSettingsDialog dialog(temp.db(), admin);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QPushButton *ok = okButton(&dialog);
    CHECK(ok->isEnabled());
    CHECK(child<QLineEdit>(&dialog, "site")->isReadOnly());
    CHECK(child<QLineEdit>(&dialog, "site")->text() == QStringLiteral("A"));

    auto *minutes = child<QSpinBox>(&dialog, "idleLock");
    minutes->setFocus();
    minutes->selectAll();
    typeText(minutes, QStringLiteral("0"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(message(&dialog).startsWith(QStringLiteral("Idle lock:")));
    minutes->selectAll();
    typeText(minutes, QStringLiteral("25"));
    CHECK(ok->isEnabled());
    CHECK(message(&dialog).isEmpty());

    retype(child<QLineEdit>(&dialog, "bureauName"), QString());
    CHECK_FALSE(ok->isEnabled());
    CHECK(message(&dialog).startsWith(QStringLiteral("Bureau name:")));
    typeText(child<QLineEdit>(&dialog, "bureauName"), QStringLiteral("永清县市场监督管理局"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);

    const BureauSettings saved = BureauSettings::load(temp.db());
    CHECK(saved.bureauName == QStringLiteral("永清县市场监督管理局"));
    CHECK(saved.abbreviation == QStringLiteral("永质监"));
    CHECK(saved.idleLockMinutes == 25);
    auto newest = AuditQueries(temp.db()).page(admin, 0, 1);
    REQUIRE(newest);
    REQUIRE(newest->size() == 1);
    CHECK(newest->at(0).action == QStringLiteral("settings.edit"));
    QStringList fields;
    for (const FieldChange &c : AuditDiff::changes(newest->at(0)))
        fields << c.field + QLatin1Char('=') + c.after;
    CHECK(fields ==
          QStringList{QStringLiteral("bureauName=永清县市场监督管理局"), QStringLiteral("idleLockMinutes=25")});
}

TEST_CASE("a clerk may read the bureau settings but not change them", "[gui][admin][settings]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    const Session clerk = addColleague(temp.db(), admin, QStringLiteral("qian"), {Role::Clerk});
    BureauSettingsDialog dialog(temp.db(), clerk);
    dialog.show();
    CHECK(okButton(&dialog) == nullptr);
    CHECK(child<QLineEdit>(&dialog, "bureauName")->isReadOnly());
    CHECK(child<QLineEdit>(&dialog, "bureauName")->text() == QStringLiteral("永清县质量技术监督局"));
    CHECK(child<QSpinBox>(&dialog, "idleLock")->isReadOnly());
    CHECK(child<QLabel>(&dialog, "readOnlyNote")->text().contains(QStringLiteral("change the bureau settings")));
}
