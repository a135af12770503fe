#include "registercommands.h"

#include "recordversions.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registernotifier.h"
#include "registerundocommands.h"

#include <QUndoStack>

namespace casedesk::RegisterCommands {

RegisterNotifier *notifier(QUndoStack &stack)
{
    auto *found = stack.findChild<RegisterNotifier *>(QString(), Qt::FindDirectChildrenOnly);
    // A child of the stack outlives the commands: ~QUndoStack deletes them
    // before QObject deletes its children.
    return found ? found : new RegisterNotifier(&stack);
}

namespace {

RegisterStackContext context(QUndoStack &stack, Database &db, const Session &session)
{
    auto *versions = stack.findChild<RecordVersions *>(QString(), Qt::FindDirectChildrenOnly);
    if (!versions)
        versions = new RecordVersions(&stack);
    return RegisterStackContext{db, session, notifier(stack), versions};
}

template <class Record, class Register>
Result<Record> add(QUndoStack &stack, Database &db, const Session &session, const Record &record)
{
    Result<Record> stored = Register(db).add(session, record);
    if (stored)
        stack.push(new AddRecordCommand<Record>(context(stack, db, session), stored.value()));
    return stored;
}

template <class Record, class Register>
Result<Record> update(QUndoStack &stack, Database &db, const Session &session, const Record &before,
                      const Record &after)
{
    // Saving an untouched form would only stamp the record and fill the
    // stack and the audit trail with nothing.
    if (before.toAuditJson() == after.toAuditJson())
        return before;
    Record edited = after;
    edited.modifiedAt = before.modifiedAt;
    Result<Record> stored = Register(db).update(session, edited);
    if (stored)
        stack.push(new UpdateRecordCommand<Record>(context(stack, db, session), before, stored.value()));
    return stored;
}

template <class Record, class Register>
Status remove(QUndoStack &stack, Database &db, const Session &session, qint64 id)
{
    Register reg(db);
    // Read first: the command names the record and restores it by id.
    const Result<Record> found = reg.find(id);
    if (!found)
        return found.error();
    Status removed = reg.remove(session, id);
    if (removed)
        stack.push(new RemoveRecordCommand<Record>(context(stack, db, session), found.value()));
    return removed;
}

} // namespace

Result<Entity> addEntity(QUndoStack &stack, Database &db, const Session &session, const Entity &entity)
{
    return add<Entity, EntityRegister>(stack, db, session, entity);
}

Result<Entity> updateEntity(QUndoStack &stack, Database &db, const Session &session, const Entity &before,
                            const Entity &after)
{
    return update<Entity, EntityRegister>(stack, db, session, before, after);
}

Status removeEntity(QUndoStack &stack, Database &db, const Session &session, qint64 entityId)
{
    return remove<Entity, EntityRegister>(stack, db, session, entityId);
}

Result<Licence> addLicence(QUndoStack &stack, Database &db, const Session &session, const Licence &licence)
{
    return add<Licence, LicenceRegister>(stack, db, session, licence);
}

Result<Licence> updateLicence(QUndoStack &stack, Database &db, const Session &session, const Licence &before,
                              const Licence &after)
{
    return update<Licence, LicenceRegister>(stack, db, session, before, after);
}

Status removeLicence(QUndoStack &stack, Database &db, const Session &session, qint64 licenceId)
{
    return remove<Licence, LicenceRegister>(stack, db, session, licenceId);
}

Result<Equipment> addEquipment(QUndoStack &stack, Database &db, const Session &session, const Equipment &equipment)
{
    return add<Equipment, EquipmentRegister>(stack, db, session, equipment);
}

Result<Equipment> updateEquipment(QUndoStack &stack, Database &db, const Session &session, const Equipment &before,
                                  const Equipment &after)
{
    return update<Equipment, EquipmentRegister>(stack, db, session, before, after);
}

Status removeEquipment(QUndoStack &stack, Database &db, const Session &session, qint64 equipmentId)
{
    return remove<Equipment, EquipmentRegister>(stack, db, session, equipmentId);
}

} // namespace casedesk::RegisterCommands
