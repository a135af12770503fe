#pragma once
// RegisterCommands: every change to the register the GUI makes, as plain
// functions over one undo stack (Subsurface's command facade). Each makes
// the change through the core (EntityRegister, LicenceRegister,
// EquipmentRegister: they check the permission, validate and audit) and,
// only when the core accepted it, pushes a command whose undo and redo go
// through the core again. A refusal comes back to the caller and nothing is
// pushed.
//
// The stack's RegisterNotifier (notifier()) reports every change that
// reached the database and every undo or redo the core refused.
//
// Licence status changes are deliberately absent: withdrawing or revoking a
// licence is a decision with legal effect, recorded in the licence's
// history, not an edit to take back with Ctrl+Z (LicenceStatusDialog).
//
// `db` and `session` must outlive the stack: its commands act through them.

#include "auth/session.h"
#include "database.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"
#include "result.h"

class QUndoStack;

namespace casedesk {

class RegisterNotifier;

namespace RegisterCommands {

// The notifier of this stack, made on first use and owned by the stack.
RegisterNotifier *notifier(QUndoStack &stack);

// `before` is the record as read (its modifiedAt is the one the core
// checks: a change made meanwhile is refused); `after` the edited values.
// When nothing changed, nothing is written or pushed and `before` comes
// back.
Result<Entity> addEntity(QUndoStack &stack, Database &db, const Session &session, const Entity &entity);
Result<Entity> updateEntity(QUndoStack &stack, Database &db, const Session &session, const Entity &before,
                            const Entity &after);
// With its licences and equipment; undo brings them all back.
Status removeEntity(QUndoStack &stack, Database &db, const Session &session, qint64 entityId);

Result<Licence> addLicence(QUndoStack &stack, Database &db, const Session &session, const Licence &licence);
Result<Licence> updateLicence(QUndoStack &stack, Database &db, const Session &session, const Licence &before,
                              const Licence &after);
Status removeLicence(QUndoStack &stack, Database &db, const Session &session, qint64 licenceId);

Result<Equipment> addEquipment(QUndoStack &stack, Database &db, const Session &session, const Equipment &equipment);
Result<Equipment> updateEquipment(QUndoStack &stack, Database &db, const Session &session, const Equipment &before,
                                  const Equipment &after);
Status removeEquipment(QUndoStack &stack, Database &db, const Session &session, qint64 equipmentId);

} // namespace RegisterCommands

} // namespace casedesk
