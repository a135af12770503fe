#include "registeractions.h"

#include "auth/permissions.h"
#include "entityeditdialog.h"
#include "equipmenteditdialog.h"
#include "licenceeditdialog.h"
#include "licencestatusdialog.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registercommands.h"
#include "registerimportdialog.h"
#include "registernotifier.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>

namespace casedesk {

RegisterActions::RegisterActions(Database &db, const Session &session, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_session(session), m_parent(dialogParent), m_stackOwner(session.staffId())
{
    m_stack = new QUndoStack(this);
    RegisterNotifier *notifier = RegisterCommands::notifier(*m_stack);
    connect(notifier, &RegisterNotifier::registerChanged, this, &RegisterActions::registerChanged);
    connect(notifier, &RegisterNotifier::stepRefused, this, &RegisterActions::showRefusal);

    m_undo = new QAction(this);
    m_undo->setObjectName(QStringLiteral("undoRegister"));
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undo, &QAction::triggered, m_stack, &QUndoStack::undo);

    m_redo = new QAction(this);
    m_redo->setObjectName(QStringLiteral("redoRegister"));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redo, &QAction::triggered, m_stack, &QUndoStack::redo);

    connect(m_stack, &QUndoStack::indexChanged, this, &RegisterActions::refreshUndoActions);
    connect(m_stack, &QUndoStack::undoTextChanged, this, &RegisterActions::refreshUndoActions);
    connect(m_stack, &QUndoStack::redoTextChanged, this, &RegisterActions::refreshUndoActions);
    connect(m_stack, &QUndoStack::canUndoChanged, this, &RegisterActions::refreshUndoActions);
    connect(m_stack, &QUndoStack::canRedoChanged, this, &RegisterActions::refreshUndoActions);

    m_newEntity = new QAction(tr("&New Entity…"), this);
    m_newEntity->setObjectName(QStringLiteral("newEntity"));
    m_newEntity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newEntity->setStatusTip(tr("Add an enterprise or institution to the register"));
    connect(m_newEntity, &QAction::triggered, this, &RegisterActions::newEntity);

    m_import = new QAction(tr("Import &Register…"), this);
    m_import->setObjectName(QStringLiteral("importRegister"));
    m_import->setStatusTip(tr("Load entities, licences or special equipment from a CSV file"));
    connect(m_import, &QAction::triggered, this, &RegisterActions::openImport);

    // The shortcuts work in the whole window, whether or not a menu shows
    // the actions.
    if (m_parent)
        m_parent->addActions({m_undo, m_redo, m_newEntity, m_import});

    updatePermissions();
}

void RegisterActions::updatePermissions()
{
    if (m_session.staffId() != m_stackOwner) {
        m_stack->clear();
        m_stackOwner = m_session.staffId();
    }
    const bool edit = Permissions::allowed(m_session, Action::EditRegister);
    // The stack also holds case edits (CaseCommands), so whoever may edit a
    // case (the bureau head among them) may undo.
    m_mayEdit = edit || Permissions::allowed(m_session, Action::EditCase);
    const bool import = Permissions::allowed(m_session, Action::ImportRegister);
    m_newEntity->setVisible(edit);
    m_newEntity->setEnabled(edit);
    m_import->setVisible(import);
    m_import->setEnabled(import);
    m_undo->setVisible(m_mayEdit);
    m_redo->setVisible(m_mayEdit);
    refreshUndoActions();
}

void RegisterActions::refreshUndoActions()
{
    m_undo->setText(m_stack->canUndo() ? tr("&Undo %1").arg(m_stack->undoText()) : tr("&Undo"));
    m_undo->setEnabled(m_mayEdit && m_stack->canUndo());
    m_redo->setText(m_stack->canRedo() ? tr("&Redo %1").arg(m_stack->redoText()) : tr("&Redo"));
    m_redo->setEnabled(m_mayEdit && m_stack->canRedo());
}

bool RegisterActions::permitted(Action action, const QString &title)
{
    const Status allowed = Permissions::require(m_session, action);
    if (!allowed)
        QMessageBox::warning(m_parent, title, allowed.error().message);
    return allowed.ok();
}

bool RegisterActions::confirmRemoval(const QString &title, const QString &question, const QString &consequence)
{
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::NoButton, m_parent);
    box.setObjectName(QStringLiteral("confirmRemoval"));
    box.setInformativeText(consequence);
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::No);
    // A removal is never what Enter should do by accident.
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

void RegisterActions::showRefusal(const QString &title, const QString &message)
{
    // open(), not exec(): this runs inside QUndoStack::undo(), and a nested
    // event loop there would let another Ctrl+Z into the stack midway.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_parent);
    box->setObjectName(QStringLiteral("registerRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- Entities --------------------------------------------------------------

void RegisterActions::newEntity()
{
    if (!permitted(Action::EditRegister, tr("New Entity")))
        return;
    EntityEditDialog dialog(m_db, m_session, m_parent);
    dialog.setSave([this](const Entity &, const Entity &edited) {
        return RegisterCommands::addEntity(*m_stack, m_db, m_session, edited);
    });
    if (dialog.exec() == QDialog::Accepted)
        emit entityCreated(dialog.saved().id);
}

void RegisterActions::editEntity(qint64 id)
{
    const QString title = tr("Edit Entity");
    if (!permitted(Action::EditRegister, title))
        return;
    const Result<Entity> entity = EntityRegister(m_db).find(id);
    if (!entity)
        return showRefusal(title, entity.error().message);
    EntityEditDialog dialog(m_db, m_session, entity.value(), m_parent);
    dialog.setSave([this](const Entity &original, const Entity &edited) {
        return RegisterCommands::updateEntity(*m_stack, m_db, m_session, original, edited);
    });
    dialog.exec();
}

void RegisterActions::removeEntity(qint64 id)
{
    const QString title = tr("Remove Entity");
    if (!permitted(Action::RemoveRegisterRecord, title))
        return;
    const Result<Entity> entity = EntityRegister(m_db).find(id);
    if (!entity)
        return showRefusal(title, entity.error().message);
    if (!confirmRemoval(title, tr("Remove “%1” from the register?").arg(entity->name),
                        tr("Its licences and special equipment are removed with it. Undo (Ctrl+Z) brings them "
                           "back; the audit trail records who removed them and when.")))
        return;
    const Status removed = RegisterCommands::removeEntity(*m_stack, m_db, m_session, id);
    if (!removed)
        showRefusal(title, removed.error().message);
}

// --- Licences --------------------------------------------------------------

void RegisterActions::addLicence(qint64 entityId)
{
    if (!permitted(Action::EditRegister, tr("New Licence")))
        return;
    LicenceEditDialog dialog(m_db, m_session, entityId, m_parent);
    dialog.setSave([this](const Licence &, const Licence &edited) {
        return RegisterCommands::addLicence(*m_stack, m_db, m_session, edited);
    });
    dialog.exec();
}

void RegisterActions::editLicence(qint64 licenceId)
{
    const QString title = tr("Edit Licence");
    if (!permitted(Action::EditRegister, title))
        return;
    const Result<Licence> licence = LicenceRegister(m_db).find(licenceId);
    if (!licence)
        return showRefusal(title, licence.error().message);
    LicenceEditDialog dialog(m_db, m_session, licence.value(), m_parent);
    dialog.setSave([this](const Licence &original, const Licence &edited) {
        return RegisterCommands::updateLicence(*m_stack, m_db, m_session, original, edited);
    });
    dialog.exec();
}

void RegisterActions::changeLicenceStatus(qint64 licenceId)
{
    const QString title = tr("Change Licence Status");
    if (!permitted(Action::ChangeLicenceStatus, title))
        return;
    const Result<Licence> licence = LicenceRegister(m_db).find(licenceId);
    if (!licence)
        return showRefusal(title, licence.error().message);
    LicenceStatusDialog dialog(m_db, m_session, licence.value(), m_parent);
    // Not undoable (see RegisterCommands): reported, never pushed.
    if (dialog.exec() == QDialog::Accepted)
        emit registerChanged(licence->entityId);
}

void RegisterActions::removeLicence(qint64 licenceId)
{
    const QString title = tr("Remove Licence");
    if (!permitted(Action::RemoveRegisterRecord, title))
        return;
    const Result<Licence> licence = LicenceRegister(m_db).find(licenceId);
    if (!licence)
        return showRefusal(title, licence.error().message);
    if (!confirmRemoval(title, tr("Remove the licence “%1”?").arg(licence->label()),
                        tr("Undo (Ctrl+Z) brings it back; the audit trail records who removed it and when. To "
                           "record that a licence was withdrawn or revoked, change its status instead.")))
        return;
    const Status removed = RegisterCommands::removeLicence(*m_stack, m_db, m_session, licenceId);
    if (!removed)
        showRefusal(title, removed.error().message);
}

// --- Special equipment -----------------------------------------------------

void RegisterActions::addEquipment(qint64 entityId)
{
    if (!permitted(Action::EditRegister, tr("New Special Equipment")))
        return;
    EquipmentEditDialog dialog(m_db, m_session, entityId, m_parent);
    dialog.setSave([this](const Equipment &, const Equipment &edited) {
        return RegisterCommands::addEquipment(*m_stack, m_db, m_session, edited);
    });
    dialog.exec();
}

void RegisterActions::editEquipment(qint64 equipmentId)
{
    const QString title = tr("Edit Special Equipment");
    if (!permitted(Action::EditRegister, title))
        return;
    const Result<Equipment> equipment = EquipmentRegister(m_db).find(equipmentId);
    if (!equipment)
        return showRefusal(title, equipment.error().message);
    EquipmentEditDialog dialog(m_db, m_session, equipment.value(), m_parent);
    dialog.setSave([this](const Equipment &original, const Equipment &edited) {
        return RegisterCommands::updateEquipment(*m_stack, m_db, m_session, original, edited);
    });
    dialog.exec();
}

void RegisterActions::removeEquipment(qint64 equipmentId)
{
    const QString title = tr("Remove Special Equipment");
    if (!permitted(Action::RemoveRegisterRecord, title))
        return;
    const Result<Equipment> equipment = EquipmentRegister(m_db).find(equipmentId);
    if (!equipment)
        return showRefusal(title, equipment.error().message);
    if (!confirmRemoval(title, tr("Remove “%1” from the register?").arg(equipment->label()),
                        tr("Undo (Ctrl+Z) brings it back; the audit trail records who removed it and when. A unit "
                           "taken out of service should rather be marked stopped or scrapped.")))
        return;
    const Status removed = RegisterCommands::removeEquipment(*m_stack, m_db, m_session, equipmentId);
    if (!removed)
        showRefusal(title, removed.error().message);
}

// --- Import ----------------------------------------------------------------

void RegisterActions::openImport()
{
    if (!permitted(Action::ImportRegister, tr("Import Register")))
        return;
    RegisterImportDialog dialog(m_db, m_session, m_parent);
    connect(&dialog, &RegisterImportDialog::imported, this, [this] { emit registerChanged(0); });
    dialog.exec();
}

} // namespace casedesk
