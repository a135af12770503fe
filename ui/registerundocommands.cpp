#include "registerundocommands.h"

#include "recordversions.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registernotifier.h"

#include <QDateTime>

namespace casedesk {

namespace {

// What differs between the three kinds of record: their register, their
// table, and the entity a change concerns (the one whose views reload).
template <class Record> struct RegisterOf;
template <> struct RegisterOf<Entity> {
    using Type = EntityRegister;
    static constexpr const char *table = "entity";
    static qint64 entityId(const Entity &e) { return e.id; }
};
template <> struct RegisterOf<Licence> {
    using Type = LicenceRegister;
    static constexpr const char *table = "licence";
    static qint64 entityId(const Licence &l) { return l.entityId; }
};
template <> struct RegisterOf<Equipment> {
    using Type = EquipmentRegister;
    static constexpr const char *table = "equipment";
    static qint64 entityId(const Equipment &e) { return e.entityId; }
};

template <class Record> QString recordKey(const Record &record)
{
    return RecordVersions::key(RegisterOf<Record>::table, record.id);
}

QString localTime(const QString &stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : stamp;
}

} // namespace

RegisterUndoCommand::RegisterUndoCommand(const RegisterStackContext &context, Change change, const QString &label,
                                         const QString &recordKey, qint64 entityId)
    : m_context(context), m_recordKey(recordKey), m_entityId(entityId)
{
    switch (change) {
    case Change::Add:
        setText(tr("Add %1", "undo command: a record was added").arg(label));
        break;
    case Change::Edit:
        setText(tr("Edit %1", "undo command: a record was edited").arg(label));
        break;
    case Change::Remove:
        setText(tr("Remove %1", "undo command: a record was removed").arg(label));
        break;
    }
}

bool RegisterUndoCommand::firstRedo()
{
    if (m_done)
        return false;
    m_done = true;
    reportChanged();
    return true;
}

void RegisterUndoCommand::reportChanged() const
{
    emit m_context.notifier->registerChanged(m_entityId);
}

void RegisterUndoCommand::refuse(bool undoing, const QString &reason)
{
    setObsolete(true);
    const QString what =
        undoing ? tr("“%1” could not be undone.").arg(text()) : tr("“%1” could not be redone.").arg(text());
    emit m_context.notifier->stepRefused(undoing ? tr("Undo") : tr("Redo"), what + QStringLiteral("\n\n") + reason);
}

QString RegisterUndoCommand::resolve(const QString &stamp) const
{
    return m_context.versions->resolve(m_recordKey, stamp);
}

void RegisterUndoCommand::restamped(const QString &old, const QString &now)
{
    m_context.versions->restamped(m_recordKey, old, now);
}

template <class Register, class Record>
Status RegisterUndoCommand::requireAsLeft(const Register &reg, const Record &left, const QString &stamp) const
{
    const Result<Record> current = reg.find(left.id);
    if (!current) {
        if (!current.error().refusal)
            return current.error();
        return refusal(tr("“%1” is no longer in the register.").arg(left.label()));
    }
    if (current->modifiedAt != stamp || current->toAuditJson() != left.toAuditJson())
        return refusal(tr("“%1” was changed by %2 at %3, after this step. It is left as it is, so that change is "
                          "not lost.")
                           .arg(current->label(), current->modifiedBy, localTime(current->modifiedAt)));
    return success();
}

// --- Add -------------------------------------------------------------------

template <class Record>
AddRecordCommand<Record>::AddRecordCommand(const RegisterStackContext &context, const Record &stored)
    : RegisterUndoCommand(context, Change::Add, stored.label(), recordKey(stored),
                          RegisterOf<Record>::entityId(stored)),
      m_record(stored)
{
}

template <class Record> void AddRecordCommand<Record>::undo()
{
    typename RegisterOf<Record>::Type reg(m_context.db);
    Status removed = requireAsLeft(reg, m_record, resolve(m_record.modifiedAt));
    if (removed)
        removed = reg.remove(m_context.session, m_record.id);
    if (!removed)
        return refuse(true, removed.error().message);
    reportChanged();
}

template <class Record> void AddRecordCommand<Record>::redo()
{
    if (firstRedo())
        return;
    const Result<Record> restored =
        typename RegisterOf<Record>::Type(m_context.db).restore(m_context.session, m_record.id);
    if (!restored)
        return refuse(false, restored.error().message);
    restamped(m_record.modifiedAt, restored->modifiedAt);
    reportChanged();
}

// --- Update ----------------------------------------------------------------

template <class Record>
UpdateRecordCommand<Record>::UpdateRecordCommand(const RegisterStackContext &context, const Record &before,
                                                 const Record &after)
    : RegisterUndoCommand(context, Change::Edit, after.label(), recordKey(after), RegisterOf<Record>::entityId(after)),
      m_before(before), m_after(after)
{
}

template <class Record> void UpdateRecordCommand<Record>::undo()
{
    typename RegisterOf<Record>::Type reg(m_context.db);
    const QString stamp = resolve(m_after.modifiedAt);
    if (Status s = requireAsLeft(reg, m_after, stamp); !s)
        return refuse(true, s.error().message);
    Record back = m_before;
    back.modifiedAt = stamp;
    const Result<Record> stored = reg.update(m_context.session, back);
    if (!stored)
        return refuse(true, stored.error().message);
    restamped(m_before.modifiedAt, stored->modifiedAt);
    reportChanged();
}

template <class Record> void UpdateRecordCommand<Record>::redo()
{
    if (firstRedo())
        return;
    typename RegisterOf<Record>::Type reg(m_context.db);
    const QString stamp = resolve(m_before.modifiedAt);
    if (Status s = requireAsLeft(reg, m_before, stamp); !s)
        return refuse(false, s.error().message);
    Record again = m_after;
    again.modifiedAt = stamp;
    const Result<Record> stored = reg.update(m_context.session, again);
    if (!stored)
        return refuse(false, stored.error().message);
    restamped(m_after.modifiedAt, stored->modifiedAt);
    reportChanged();
}

// --- Remove ----------------------------------------------------------------

template <class Record>
RemoveRecordCommand<Record>::RemoveRecordCommand(const RegisterStackContext &context, const Record &removed)
    : RegisterUndoCommand(context, Change::Remove, removed.label(), recordKey(removed),
                          RegisterOf<Record>::entityId(removed)),
      m_record(removed)
{
}

template <class Record> void RemoveRecordCommand<Record>::undo()
{
    const Result<Record> restored =
        typename RegisterOf<Record>::Type(m_context.db).restore(m_context.session, m_record.id);
    if (!restored)
        return refuse(true, restored.error().message);
    restamped(m_record.modifiedAt, restored->modifiedAt);
    reportChanged();
}

template <class Record> void RemoveRecordCommand<Record>::redo()
{
    if (firstRedo())
        return;
    typename RegisterOf<Record>::Type reg(m_context.db);
    Status removed = requireAsLeft(reg, m_record, resolve(m_record.modifiedAt));
    if (removed)
        removed = reg.remove(m_context.session, m_record.id);
    if (!removed)
        return refuse(false, removed.error().message);
    reportChanged();
}

template class AddRecordCommand<Entity>;
template class AddRecordCommand<Licence>;
template class AddRecordCommand<Equipment>;
template class UpdateRecordCommand<Entity>;
template class UpdateRecordCommand<Licence>;
template class UpdateRecordCommand<Equipment>;
template class RemoveRecordCommand<Entity>;
template class RemoveRecordCommand<Licence>;
template class RemoveRecordCommand<Equipment>;

} // namespace casedesk
