// Editing the register in the GUI: the command facade's undo and redo
// checked in the database and the audit trail after every step, an undo
// the core refuses because someone else changed the record meanwhile, the
// window's Ctrl+Z / Ctrl+Shift+Z, and the edit and status dialogs driven
// as a clerk would type into them.
#include "audit/auditqueries.h"
#include "auth/permissions.h"
#include "entityeditdialog.h"
#include "equipmenteditdialog.h"
#include "guitestsupport.h"
#include "licenceeditdialog.h"
#include "licencestatusdialog.h"
#include "optionaldateedit.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/registrationcode.h"
#include "registeractions.h"
#include "registercommands.h"
#include "registernotifier.h"
#include "registersupport.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kName = QStringLiteral("永清县华北食品有限公司");

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

// What a field's line under it says, when it shows.
QString problemOf(QWidget *dialog, const char *key)
{
    auto *line = child<QLabel>(dialog, (QByteArray("problem-") + key).constData());
    return line->isVisibleTo(dialog) ? line->text() : QString();
}

// The audit actions of one record, oldest first.
QStringList auditActions(Database &db, const Session &session, const QString &uuid)
{
    const auto history = AuditQueries(db).recordHistory(session, uuid);
    REQUIRE(history);
    QStringList actions;
    for (const AuditEntry &entry : history.value())
        actions << entry.action;
    return actions;
}

bool stored(Database &db, qint64 id)
{
    return EntityRegister(db).find(id).ok();
}

Licence sampleLicence(qint64 entityId, const QString &number)
{
    Licence l;
    l.entityId = entityId;
    l.kind = LicenceKind::ProductionLicence;
    l.number = number;
    l.scope = QStringLiteral("食用植物油");
    l.issuedOn = QDate::currentDate().addYears(-2);
    l.expiresOn = QDate::currentDate().addYears(3);
    return l;
}

// The same code with a wrong check character.
QString withWrongCheckCharacter(const QString &code)
{
    const QChar last = code.back();
    return code.left(code.size() - 1) + (last == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0'));
}

} // namespace

TEST_CASE("Undo and redo of adding an entity go through the core and are audited", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    QUndoStack stack;
    QSignalSpy changed(RegisterCommands::notifier(stack), &RegisterNotifier::registerChanged);

    const auto added = RegisterCommands::addEntity(stack, db, admin, sampleEntity(kName, 1));
    REQUIRE(added);
    const qint64 id = added->id;
    CHECK(stored(db, id));
    CHECK(countRows(db, QStringLiteral("entity")) == 1);
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Add ") + kName);
    REQUIRE(changed.count() == 1);
    CHECK(changed.takeFirst().at(0).toLongLong() == id);

    stack.undo();
    CHECK_FALSE(stored(db, id));
    CHECK(countRows(db, QStringLiteral("entity")) == 0);
    CHECK(auditActions(db, admin, added->uuid) == QStringList{"entities.add", "entities.remove"});
    CHECK(stack.canRedo());
    CHECK(changed.count() == 1);

    stack.redo();
    CHECK(stored(db, id));
    CHECK(countRows(db, QStringLiteral("entity")) == 1);
    CHECK(auditActions(db, admin, added->uuid) == QStringList{"entities.add", "entities.remove", "entities.restore"});
    CHECK(changed.count() == 2);

    // Undo works again after a redo: the command keeps the stored state.
    stack.undo();
    CHECK(countRows(db, QStringLiteral("entity")) == 0);
}

TEST_CASE("Undo and redo of an entity edit write the values back through the core", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity before = storeEntity(db, admin, kName, 1);
    QUndoStack stack;

    Entity after = before;
    after.address = QStringLiteral("永清县永清镇新华路9号");
    after.phone = QStringLiteral("0316-6612345");
    const auto updated = RegisterCommands::updateEntity(stack, db, admin, before, after);
    REQUIRE(updated);
    CHECK(EntityRegister(db).find(before.id)->address == after.address);
    CHECK(stack.undoText() == QStringLiteral("Edit ") + kName);

    stack.undo();
    auto found = EntityRegister(db).find(before.id);
    REQUIRE(found);
    CHECK(found->address == before.address);
    CHECK(found->phone == before.phone);
    CHECK(auditActions(db, admin, before.uuid) == QStringList{"entities.add", "entities.edit", "entities.edit"});

    stack.redo();
    found = EntityRegister(db).find(before.id);
    CHECK(found->address == after.address);
    CHECK(found->phone == after.phone);
    CHECK(auditActions(db, admin, before.uuid).size() == 4);

    stack.undo();
    CHECK(EntityRegister(db).find(before.id)->address == before.address);

    // An untouched form writes nothing and pushes nothing.
    const auto same = EntityRegister(db).find(before.id);
    const QByteArray unchanged = fingerprint(db);
    const int commands = stack.count();
    REQUIRE(RegisterCommands::updateEntity(stack, db, admin, *same, *same));
    CHECK(fingerprint(db) == unchanged);
    CHECK(stack.count() == commands);
}

TEST_CASE("Several edits of one record undo and redo in a row", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity original = storeEntity(db, admin, kName, 1);
    QUndoStack stack;
    QSignalSpy refused(RegisterCommands::notifier(stack), &RegisterNotifier::stepRefused);

    // Each edit starts from the record as the dialog reads it then.
    auto edit = [&](const std::function<void(Entity &)> &change) {
        const Entity before = EntityRegister(db).find(original.id).value();
        Entity after = before;
        change(after);
        REQUIRE(RegisterCommands::updateEntity(stack, db, admin, before, after));
    };
    edit([](Entity &e) { e.address = QStringLiteral("地址一"); });
    edit([](Entity &e) { e.phone = QStringLiteral("0316-6600001"); });
    edit([](Entity &e) { e.address = QStringLiteral("地址三"); });
    REQUIRE(stack.count() == 3);

    SECTION("all the way back and forth")
    {
        stack.undo();
        stack.undo();
        stack.undo();
        auto found = EntityRegister(db).find(original.id);
        CHECK(found->address == original.address);
        CHECK(found->phone == original.phone);
        stack.redo();
        stack.redo();
        stack.redo();
        found = EntityRegister(db).find(original.id);
        CHECK(found->address == QStringLiteral("地址三"));
        CHECK(found->phone == QStringLiteral("0316-6600001"));
        stack.undo();
        CHECK(EntityRegister(db).find(original.id)->address == QStringLiteral("地址一"));
        CHECK(refused.isEmpty());
    }

    SECTION("a colleague's change between two edits stops the undo there")
    {
        const Session clerk = addColleague(db, admin, QStringLiteral("clerk"), RoleSet{Role::Clerk});
        // Human edits are never a millisecond apart; the stamps must differ.
        QTest::qWait(5);
        Entity theirs = EntityRegister(db).find(original.id).value();
        theirs.notes = QStringLiteral("同事补充的备注");
        REQUIRE(EntityRegister(db).update(clerk, theirs));
        QTest::qWait(5);
        edit([](Entity &e) { e.contactPerson = QStringLiteral("钱七"); });

        stack.undo(); // our last edit, made after the colleague's: fine
        CHECK(refused.isEmpty());
        CHECK(EntityRegister(db).find(original.id)->contactPerson.isEmpty());
        const QByteArray unchanged = fingerprint(db);
        stack.undo(); // would overwrite the colleague's notes
        REQUIRE(refused.count() == 1);
        CHECK(fingerprint(db) == unchanged);
        CHECK(EntityRegister(db).find(original.id)->notes == theirs.notes);
        CHECK(stack.index() == 2);
        CHECK(stack.count() == 3);
    }
}

TEST_CASE("Undo of removing an entity brings it back with its licences", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity entity = storeEntity(db, admin, kName, 1);
    storeEntity(db, admin, QStringLiteral("永清县另一家机械厂"), 2);
    REQUIRE(LicenceRegister(db).add(admin, sampleLicence(entity.id, QStringLiteral("XK13-014-00001"))));
    QUndoStack stack;

    REQUIRE(RegisterCommands::removeEntity(stack, db, admin, entity.id));
    CHECK_FALSE(stored(db, entity.id));
    CHECK(countRows(db, QStringLiteral("entity")) == 1);
    CHECK(countRows(db, QStringLiteral("licence")) == 0);
    CHECK(stack.undoText() == QStringLiteral("Remove ") + kName);

    stack.undo();
    CHECK(stored(db, entity.id));
    CHECK(countRows(db, QStringLiteral("entity")) == 2);
    CHECK(countRows(db, QStringLiteral("licence")) == 1);
    CHECK(auditActions(db, admin, entity.uuid) == QStringList{"entities.add", "entities.remove", "entities.restore"});

    stack.redo();
    CHECK_FALSE(stored(db, entity.id));
    CHECK(countRows(db, QStringLiteral("licence")) == 0);

    // Removing what is not there is refused and pushes nothing.
    const int commands = stack.count();
    CHECK_FALSE(RegisterCommands::removeEntity(stack, db, admin, entity.id));
    CHECK(stack.count() == commands);
}

TEST_CASE("Licence and equipment edits are undoable too", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity entity = storeEntity(db, admin, kName, 1);
    QUndoStack stack;

    const auto licence = RegisterCommands::addLicence(stack, db, admin, sampleLicence(entity.id, "XK13-014-00002"));
    REQUIRE(licence);
    Licence renewed = *licence;
    renewed.expiresOn = licence->expiresOn.addYears(5);
    REQUIRE(RegisterCommands::updateLicence(stack, db, admin, *licence, renewed));
    CHECK(LicenceRegister(db).find(licence->id)->expiresOn == renewed.expiresOn);
    stack.undo();
    CHECK(LicenceRegister(db).find(licence->id)->expiresOn == licence->expiresOn);
    stack.undo();
    CHECK_FALSE(LicenceRegister(db).find(licence->id));
    stack.redo();
    CHECK(LicenceRegister(db).find(licence->id));

    Equipment unit;
    unit.entityId = entity.id;
    unit.category = EquipmentCategory::Elevator;
    unit.registrationNumber = QStringLiteral("梯11冀RF0001");
    unit.location = QStringLiteral("1号楼");
    unit.nextInspectionOn = QDate::currentDate().addMonths(6);
    const auto added = RegisterCommands::addEquipment(stack, db, admin, unit);
    REQUIRE(added);
    REQUIRE(RegisterCommands::removeEquipment(stack, db, admin, added->id));
    CHECK_FALSE(EquipmentRegister(db).find(added->id));
    stack.undo();
    CHECK(EquipmentRegister(db).find(added->id));
    CHECK(countRows(db, QStringLiteral("equipment")) == 1);
}

TEST_CASE("An undo is refused when someone else changed the record meanwhile", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Session clerk =
        addColleague(db, admin, QStringLiteral("clerk"), RoleSet{Role::Clerk}, QStringLiteral("李四"));
    const Entity before = storeEntity(db, admin, kName, 1);
    QUndoStack stack;
    QSignalSpy refused(RegisterCommands::notifier(stack), &RegisterNotifier::stepRefused);
    QSignalSpy changed(RegisterCommands::notifier(stack), &RegisterNotifier::registerChanged);

    SECTION("an edit")
    {
        Entity after = before;
        after.address = QStringLiteral("永清县永清镇新华路9号");
        REQUIRE(RegisterCommands::updateEntity(stack, db, admin, before, after));

        // The colleague edits the same entity through the core.
        Entity theirs = EntityRegister(db).find(before.id).value();
        theirs.phone = QStringLiteral("0316-6699999");
        REQUIRE(EntityRegister(db).update(clerk, theirs));

        const QByteArray unchanged = fingerprint(db);
        changed.clear();
        stack.undo();
        REQUIRE(refused.count() == 1);
        CHECK(refused.at(0).at(0).toString() == QStringLiteral("Undo"));
        CHECK(refused.at(0).at(1).toString().contains(QStringLiteral("could not be undone")));
        CHECK(fingerprint(db) == unchanged);
        CHECK(changed.isEmpty());
        // The stack does not pretend: the command is gone, not undone.
        CHECK(stack.count() == 0);
        CHECK_FALSE(stack.canUndo());
        CHECK_FALSE(stack.canRedo());
        const auto found = EntityRegister(db).find(before.id);
        CHECK(found->address == after.address);
        CHECK(found->phone == theirs.phone);
    }

    SECTION("an addition")
    {
        const auto added =
            RegisterCommands::addEntity(stack, db, admin, sampleEntity(QStringLiteral("永清县新开电梯维修站"), 7));
        REQUIRE(added);
        Entity theirs = *added;
        theirs.contactPerson = QStringLiteral("王五");
        REQUIRE(EntityRegister(db).update(clerk, theirs));

        const QByteArray unchanged = fingerprint(db);
        stack.undo();
        REQUIRE(refused.count() == 1);
        CHECK(refused.at(0).at(1).toString().contains(QStringLiteral("after this step")));
        CHECK(fingerprint(db) == unchanged);
        CHECK(stored(db, added->id));
        CHECK(stack.count() == 0);
    }
}

TEST_CASE("The window's undo and redo actions: texts and shortcuts", "[gui][register][undo]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity before = storeEntity(db, admin, kName, 1);

    QWidget window;
    RegisterActions actions(db, admin, &window);
    QSignalSpy changed(&actions, &RegisterActions::registerChanged);
    window.resize(400, 300);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    CHECK_FALSE(actions.undoAction()->isEnabled());
    CHECK(actions.undoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Z)));
    CHECK(actions.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    CHECK(actions.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(actions.newEntityAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));

    Entity after = before;
    after.legalRepresentative = QStringLiteral("赵六");
    REQUIRE(RegisterCommands::updateEntity(*actions.undoStack(), db, admin, before, after));
    CHECK(actions.undoAction()->isEnabled());
    CHECK(actions.undoAction()->text().remove(QLatin1Char('&')) == QStringLiteral("Undo Edit ") + kName);
    CHECK(changed.count() == 1);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(EntityRegister(db).find(before.id)->legalRepresentative == before.legalRepresentative);
    CHECK(actions.redoAction()->text().remove(QLatin1Char('&')) == QStringLiteral("Redo Edit ") + kName);
    CHECK(changed.count() == 2);
    CHECK(changed.last().at(0).toLongLong() == before.id);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(EntityRegister(db).find(before.id)->legalRepresentative == after.legalRepresentative);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(EntityRegister(db).find(before.id)->legalRepresentative == after.legalRepresentative);
    CHECK(changed.count() == 5);

    // A refused undo is explained in a message box, and the stack is left
    // consistent: nothing more to undo.
    const Session clerk = addColleague(db, admin, QStringLiteral("clerk"), RoleSet{Role::Clerk});
    Entity theirs = EntityRegister(db).find(before.id).value();
    theirs.notes = QStringLiteral("电话已核实");
    REQUIRE(EntityRegister(db).update(clerk, theirs));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return window.findChild<QMessageBox *>(QStringLiteral("registerRefusal")); }));
    const QStringList boxes = closeMessageBoxes(&window);
    REQUIRE(boxes.size() == 1);
    CHECK(boxes.first().contains(QStringLiteral("could not be undone")));
    CHECK(EntityRegister(db).find(before.id)->notes == theirs.notes);
    CHECK_FALSE(actions.undoAction()->isEnabled());
    CHECK(actions.undoAction()->text().remove(QLatin1Char('&')) == QStringLiteral("Undo"));
}

TEST_CASE("Removing through the actions asks first, No by default, and undo brings it back", "[gui][register]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity entity = storeEntity(db, admin, kName, 1);
    QWidget window;
    RegisterActions actions(db, admin, &window);
    window.show();

    QString question;
    // Enter answers the default button: No.
    answerModals([&] { actions.removeEntity(entity.id); }, {[&](QWidget *modal) {
                     auto *box = qobject_cast<QMessageBox *>(modal);
                     REQUIRE(box);
                     question = box->text();
                     QTest::keyClick(box, Qt::Key_Return);
                 }});
    CHECK(question.contains(kName));
    CHECK(stored(db, entity.id));
    CHECK(actions.undoStack()->count() == 0);

    answerModals([&] { actions.removeEntity(entity.id); },
                 {[&](QWidget *modal) { buttonNamed(modal, QStringLiteral("Remove"))->click(); }});
    CHECK_FALSE(stored(db, entity.id));
    actions.undoAction()->trigger();
    CHECK(stored(db, entity.id));
}

TEST_CASE("The actions' forms save through the undo stack", "[gui][register]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity entity = storeEntity(db, admin, kName, 1);
    QWidget window;
    RegisterActions actions(db, admin, &window);
    QSignalSpy created(&actions, &RegisterActions::entityCreated);
    QSignalSpy changed(&actions, &RegisterActions::registerChanged);

    answerModals([&] { actions.editEntity(entity.id); }, {[&](QWidget *modal) {
                     auto *dialog = qobject_cast<EntityEditDialog *>(modal);
                     REQUIRE(dialog);
                     retype(child<QLineEdit>(dialog, "township"), QStringLiteral("韩村镇"));
                     okButton(dialog)->click();
                 }});
    CHECK(EntityRegister(db).find(entity.id)->township == QStringLiteral("韩村镇"));
    CHECK(actions.undoAction()->text().remove(QLatin1Char('&')) == QStringLiteral("Undo Edit ") + kName);
    CHECK(changed.count() == 1);

    answerModals([&] { actions.newEntityAction()->trigger(); }, {[&](QWidget *modal) {
                     auto *dialog = qobject_cast<EntityEditDialog *>(modal);
                     REQUIRE(dialog);
                     typeText(child<QLineEdit>(dialog, "name"), QStringLiteral("永清县计量检定所"));
                     typeText(child<QLineEdit>(dialog, "code"), testOrganisationCode(4));
                     child<QCheckBox>(dialog, "kind-metrology")->click();
                     pressEnter(child<QLineEdit>(dialog, "code"));
                 }});
    REQUIRE(created.count() == 1);
    const qint64 id = created.first().at(0).toLongLong();
    const auto stored = EntityRegister(db).find(id);
    REQUIRE(stored);
    CHECK(stored->codeKind == CodeKind::OrganisationCode);
    CHECK(actions.undoStack()->count() == 2);

    // Licences and equipment through the same path.
    answerModals([&] { actions.addLicence(id); }, {[&](QWidget *modal) {
                     auto *kind = child<QComboBox>(modal, "kind");
                     kind->setCurrentIndex(kind->findData(int(LicenceKind::MetrologyInstrumentLicence)));
                     typeText(child<QLineEdit>(modal, "number"), QStringLiteral("冀制01000123号"));
                     child<OptionalDateEdit>(modal, "issuedOn")->setOptionalDate(QDate::currentDate().addDays(-30));
                     child<OptionalDateEdit>(modal, "expiresOn")->setOptionalDate(QDate::currentDate().addYears(3));
                     okButton(modal)->click();
                 }});
    const auto licences = LicenceRegister(db).ofEntity(id);
    REQUIRE(licences);
    REQUIRE(licences->size() == 1);
    CHECK(licences->first().kind == LicenceKind::MetrologyInstrumentLicence);
    CHECK(actions.undoStack()->count() == 3);
    actions.undoAction()->trigger();
    CHECK(LicenceRegister(db).ofEntity(id)->isEmpty());
}

TEST_CASE("Actions follow the person's permissions; another person's sign-in clears the stack", "[gui][register]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Session head = addColleague(db, admin, QStringLiteral("head"), RoleSet{Role::BureauHead});
    const Entity entity = storeEntity(db, admin, kName, 1);
    Session current = admin;
    QWidget window;
    RegisterActions actions(db, current, &window);
    CHECK(actions.newEntityAction()->isVisible());
    CHECK(actions.importAction()->isVisible());

    Entity after = entity;
    after.notes = QStringLiteral("复查");
    REQUIRE(RegisterCommands::updateEntity(*actions.undoStack(), db, current, entity, after));
    CHECK(actions.undoAction()->isEnabled());

    current = head;
    actions.updatePermissions();
    CHECK(actions.undoStack()->count() == 0);
    CHECK(actions.newEntityAction()->isVisible() == Permissions::allowed(head, Action::EditRegister));
    CHECK(actions.importAction()->isVisible() == Permissions::allowed(head, Action::ImportRegister));
    CHECK_FALSE(actions.undoAction()->isEnabled());
}

TEST_CASE("The entity form checks as the clerk types", "[gui][register][dialog]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity existing = storeEntity(db, admin, kName, 1);
    QUndoStack stack;

    EntityEditDialog dialog(db, admin);
    dialog.setSave(
        [&](const Entity &, const Entity &edited) { return RegisterCommands::addEntity(stack, db, admin, edited); });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    // An empty form is not wrong yet, but cannot be saved.
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    CHECK(problemOf(&dialog, "name").isEmpty());

    auto *name = child<QLineEdit>(&dialog, "name");
    auto *code = child<QLineEdit>(&dialog, "code");

    // A name close to one in the register is pointed out, without blocking.
    typeText(name, QStringLiteral("华北食品有限责任公司"));
    auto *similar = child<QLabel>(&dialog, "similarNames");
    REQUIRE(waitUntil([&] { return similar->isVisibleTo(&dialog); }));
    CHECK(similar->text().contains(kName));
    CHECK(similar->text().contains(existing.code));

    // A code with a wrong check character: the reason shows under it, Save stays off.
    const QString good = testCreditCode(2);
    const QString bad = withWrongCheckCharacter(good);
    typeText(code, bad);
    const QString expected = RegistrationCodes::check(bad).error().message;
    CHECK(problemOf(&dialog, "code") == expected);
    CHECK(code->styleSheet().contains(QStringLiteral("border")));
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    // A code another entity has: named.
    retype(code, existing.code);
    CHECK(problemOf(&dialog, "code").contains(kName));
    CHECK_FALSE(okButton(&dialog)->isEnabled());

    // Put right: the kind of code is confirmed, and Save comes on once a kind is chosen too.
    retype(code, good);
    CHECK(problemOf(&dialog, "code").contains(RegistrationCodes::kindName(CodeKind::CreditCode)));
    CHECK(code->styleSheet().isEmpty());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    child<QCheckBox>(&dialog, "kind-producer")->click();
    CHECK(okButton(&dialog)->isEnabled());

    // A crowded place must be a special-equipment user.
    child<QCheckBox>(&dialog, "crowdedPlace")->click();
    CHECK_FALSE(problemOf(&dialog, "crowdedPlace").isEmpty());
    CHECK_FALSE(okButton(&dialog)->isEnabled());
    child<QCheckBox>(&dialog, "kind-equipment-user")->click();
    CHECK(problemOf(&dialog, "crowdedPlace").isEmpty());
    REQUIRE(okButton(&dialog)->isEnabled());

    // Enter saves.
    pressEnter(name);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto saved = EntityRegister(db).find(dialog.saved().id);
    REQUIRE(saved);
    CHECK(saved->name == QStringLiteral("华北食品有限责任公司"));
    CHECK(saved->code == good);
    CHECK(saved->crowdedPlace);
    CHECK(stack.count() == 1);
}

TEST_CASE("A save the core refuses keeps the dialog open with what was typed", "[gui][register][dialog]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Session clerk = addColleague(db, admin, QStringLiteral("clerk"), RoleSet{Role::Clerk});
    const Entity entity = storeEntity(db, admin, kName, 1);
    QUndoStack stack;

    EntityEditDialog dialog(db, admin, entity);
    dialog.setSave([&](const Entity &original, const Entity &edited) {
        return RegisterCommands::updateEntity(stack, db, admin, original, edited);
    });
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(okButton(&dialog)->isEnabled());

    // Meanwhile a colleague changes the entity.
    Entity theirs = entity;
    theirs.phone = QStringLiteral("0316-6688888");
    REQUIRE(EntityRegister(db).update(clerk, theirs));

    auto *address = child<QLineEdit>(&dialog, "address");
    retype(address, QStringLiteral("永清县永清镇永安路1号"));
    okButton(&dialog)->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto *message = child<QLabel>(&dialog, "message");
    CHECK(message->isVisibleTo(&dialog));
    CHECK_FALSE(message->text().isEmpty());
    CHECK(address->text() == QStringLiteral("永清县永清镇永安路1号"));
    CHECK(EntityRegister(db).find(entity.id)->address == entity.address);
    CHECK(stack.count() == 0);
}

TEST_CASE("The licence and equipment forms check as the clerk types", "[gui][register][dialog]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Entity entity = storeEntity(db, admin, kName, 1);

    SECTION("licence")
    {
        LicenceEditDialog dialog(db, admin, entity.id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(child<QLabel>(&dialog, "holder")->text() == kName);
        CHECK(child<QComboBox>(&dialog, "kind")->count() == allLicenceKinds().size());
        CHECK_FALSE(okButton(&dialog)->isEnabled());

        typeText(child<QLineEdit>(&dialog, "number"), QStringLiteral("XK13-014-00003"));
        auto *issued = child<OptionalDateEdit>(&dialog, "issuedOn");
        auto *expires = child<OptionalDateEdit>(&dialog, "expiresOn");
        issued->setOptionalDate(QDate::currentDate().addYears(-1));
        expires->setOptionalDate(QDate::currentDate().addYears(-2));
        CHECK_FALSE(problemOf(&dialog, "expiresOn").isEmpty());
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        expires->setOptionalDate(QDate::currentDate().addYears(4));
        CHECK(problemOf(&dialog, "expiresOn").isEmpty());
        REQUIRE(okButton(&dialog)->isEnabled());
        okButton(&dialog)->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(LicenceRegister(db).find(dialog.saved().id)->number == QStringLiteral("XK13-014-00003"));
    }

    SECTION("equipment")
    {
        EquipmentEditDialog dialog(db, admin, entity.id);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(child<QComboBox>(&dialog, "category")->count() == 8);
        typeText(child<QLineEdit>(&dialog, "registrationNumber"), QStringLiteral("锅11冀R0002"));
        // In use without a due date: the date is still needed (said under
        // the form until the field is touched), and Save waits for it.
        CHECK(child<QLabel>(&dialog, "message")->isVisibleTo(&dialog));
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        child<OptionalDateEdit>(&dialog, "nextInspectionOn")->setOptionalDate(QDate::currentDate().addMonths(3));
        REQUIRE(okButton(&dialog)->isEnabled());
        okButton(&dialog)->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(EquipmentRegister(db).find(dialog.saved().id));
    }
}

TEST_CASE("The licence status dialog offers only the allowed statuses and asks first", "[gui][register][dialog]")
{
    TempDatabase t;
    Database &db = t.db();
    const Session admin = adminSession(db);
    const Session chief = addColleague(db, admin, QStringLiteral("chief"), RoleSet{Role::SectionChief});
    const Entity entity = storeEntity(db, admin, kName, 1);
    const auto licence = LicenceRegister(db).add(admin, sampleLicence(entity.id, QStringLiteral("XK13-014-00004")));
    REQUIRE(licence);

    {
        LicenceStatusDialog dialog(db, chief, *licence);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *status = child<QComboBox>(&dialog, "status");
        QStringList offered;
        for (int i = 0; i < status->count(); ++i)
            offered << status->itemText(i);
        QStringList allowed;
        for (LicenceStatus to : LicenceStatusRules::next(LicenceStatus::Valid))
            allowed << licenceStatusName(to);
        CHECK(offered == allowed);
        CHECK_FALSE(offered.contains(licenceStatusName(LicenceStatus::Valid)));
        CHECK(child<QDateEdit>(&dialog, "effectiveOn")->date() == QDate::currentDate());
        CHECK(child<QLabel>(&dialog, "warning")->text().contains(QStringLiteral("cannot be undone")));

        // The reason is required.
        CHECK_FALSE(okButton(&dialog)->isEnabled());
        status->setCurrentIndex(status->findText(licenceStatusName(LicenceStatus::Revoked)));
        typeText(child<QLineEdit>(&dialog, "reason"), QStringLiteral("永质监撤字〔2026〕3号"));
        REQUIRE(okButton(&dialog)->isEnabled());

        // Cancelling the confirmation changes nothing.
        answerModals([&] { okButton(&dialog)->click(); }, {});
        CHECK(LicenceRegister(db).find(licence->id)->status == LicenceStatus::Valid);
        CHECK(dialog.isVisible());

        QString question;
        answerModals([&] { okButton(&dialog)->click(); }, {[&](QWidget *modal) {
                         question = qobject_cast<QMessageBox *>(modal)->informativeText();
                         buttonNamed(modal, QStringLiteral("Change Status"))->click();
                     }});
        CHECK(question.contains(QStringLiteral("cannot be undone")));
        CHECK(dialog.result() == QDialog::Accepted);
        const auto changed = LicenceRegister(db).find(licence->id);
        CHECK(changed->status == LicenceStatus::Revoked);
        CHECK(changed->statusReason == QStringLiteral("永质监撤字〔2026〕3号"));
    }

    // Revoked is final: nothing is offered.
    LicenceStatusDialog dialog(db, chief, LicenceRegister(db).find(licence->id).value());
    CHECK(child<QComboBox>(&dialog, "status")->count() == 0);
    CHECK_FALSE(okButton(&dialog)->isEnabled());
}
