#pragma once
// RegisterActions: what the window can do to the register of entities,
// licences and special equipment, ready for its menus, tool bars and detail
// pane: undo and redo (one undo stack for the window), a new entity, the
// import, and the edit, status and removal commands for one record. Each
// opens its dialog, goes through RegisterCommands (so every edit is
// undoable and every step is checked by the core) and reports what changed,
// so the lists can reload. Removals ask first; refusals of the core are
// explained in a message box.
//
// `db` and `session` are the window's and must outlive this object; when
// someone else signs in, updatePermissions() clears the undo stack, because
// one person's edits are not another's to take back.

#include "auth/session.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace casedesk {

class Database;
enum class Action;

class RegisterActions : public QObject {
    Q_OBJECT

  public:
    RegisterActions(Database &db, const Session &session, QWidget *dialogParent);

    QUndoStack *undoStack() const { return m_stack; }
    QAction *undoAction() const { return m_undo; }           // Ctrl+Z, "Undo Edit 某某公司"
    QAction *redoAction() const { return m_redo; }           // Ctrl+Shift+Z and Ctrl+Y
    QAction *newEntityAction() const { return m_newEntity; } // Ctrl+N
    QAction *importAction() const { return m_import; }

    void editEntity(qint64 id);
    void removeEntity(qint64 id);
    void addLicence(qint64 entityId);
    void editLicence(qint64 licenceId);
    void changeLicenceStatus(qint64 licenceId);
    void removeLicence(qint64 licenceId);
    void addEquipment(qint64 entityId);
    void editEquipment(qint64 equipmentId);
    void removeEquipment(qint64 equipmentId);

    // Shows only what the signed-in person may do (Permissions::allowed);
    // call after every change of session.
    void updatePermissions();

  signals:
    // After an edit, undo, redo or import; 0 = many entities.
    void registerChanged(qint64 entityId);
    void entityCreated(qint64 entityId);

  private:
    void newEntity();
    void openImport();
    void refreshUndoActions();
    // The core's refusal before a dialog opens, rather than a form that
    // cannot be saved.
    bool permitted(Action action, const QString &title);
    bool confirmRemoval(const QString &title, const QString &question, const QString &consequence);
    void showRefusal(const QString &title, const QString &message);

    Database &m_db;
    const Session &m_session;
    QWidget *m_parent;
    qint64 m_stackOwner = 0; // whose edits the stack holds
    bool m_mayEdit = false;

    QUndoStack *m_stack = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_newEntity = nullptr;
    QAction *m_import = nullptr;
};

} // namespace casedesk
