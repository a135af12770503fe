#pragma once
// The undo commands behind RegisterCommands (private to it: nothing else
// pushes them). Each stands for one change the core has already made; undo
// and redo ask the core again, as the same signed-in person, so every step
// is checked and audited like the first. A step the core refuses marks the
// command obsolete, which makes QUndoStack drop it: the stack never claims
// an undo that did not happen.
//
// The records differ only in their register, so one template per kind of
// change serves entities, licences and equipment; they are instantiated in
// registerundocommands.cpp for those three.

#include "auth/session.h"
#include "database.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace casedesk {

class RecordVersions;
class RegisterNotifier;

// What every command of one stack acts through. The session is the
// window's: it must outlive the stack. Undo acts as whoever is signed in
// then, which RegisterActions keeps to the person who made the change (it
// clears the stack when someone else signs in).
struct RegisterStackContext {
    Database &db;
    const Session &session;
    RegisterNotifier *notifier;
    RecordVersions *versions;
};

class RegisterUndoCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(casedesk::RegisterUndoCommand)

  public:
    enum class Change { Add, Edit, Remove };

  protected:
    RegisterUndoCommand(const RegisterStackContext &context, Change change, const QString &label,
                        const QString &recordKey, qint64 entityId);

    // push() calls redo() at once, but the facade has already made the
    // change through the core: the first call only reports it.
    bool firstRedo();
    void reportChanged() const;
    // The core refused the step: the command leaves the stack and the
    // notifier says why.
    void refuse(bool undoing, const QString &reason);

    // The time that now stands for a state this command left or found.
    QString resolve(const QString &stamp) const;
    void restamped(const QString &old, const QString &now);

    // Refused unless the stored record holds the values `left` and the
    // stamp `stamp`: nobody changed it since this command's last step. The
    // core checks the stamp again when it writes; the values catch two
    // writes within one millisecond, and a removal (which quotes no stamp).
    template <class Register, class Record>
    Status requireAsLeft(const Register &reg, const Record &left, const QString &stamp) const;

    RegisterStackContext m_context;
    QString m_recordKey; // RecordVersions::key
    qint64 m_entityId;

  private:
    bool m_done = false;
};

// Undo removes the added record; redo restores it.
template <class Record> class AddRecordCommand : public RegisterUndoCommand {
  public:
    AddRecordCommand(const RegisterStackContext &context, const Record &stored);
    void undo() override;
    void redo() override;

  private:
    const Record m_record; // as added; its stamp resolves to the current one
};

// Undo writes the values from before back; redo writes the edited ones
// again. Each quotes the time that stands for the state the last step
// left, so a change someone made in between is refused, not overwritten.
template <class Record> class UpdateRecordCommand : public RegisterUndoCommand {
  public:
    UpdateRecordCommand(const RegisterStackContext &context, const Record &before, const Record &after);
    void undo() override;
    void redo() override;

  private:
    const Record m_before; // as read before the edit
    const Record m_after;  // as the edit stored it
};

// Undo restores the removed record (an entity with its licences and
// equipment); redo removes it again.
template <class Record> class RemoveRecordCommand : public RegisterUndoCommand {
  public:
    RemoveRecordCommand(const RegisterStackContext &context, const Record &removed);
    void undo() override;
    void redo() override;

  private:
    const Record m_record; // as found before the removal
};

extern template class AddRecordCommand<Entity>;
extern template class AddRecordCommand<Licence>;
extern template class AddRecordCommand<Equipment>;
extern template class UpdateRecordCommand<Entity>;
extern template class UpdateRecordCommand<Licence>;
extern template class UpdateRecordCommand<Equipment>;
extern template class RemoveRecordCommand<Entity>;
extern template class RemoveRecordCommand<Licence>;
extern template class RemoveRecordCommand<Equipment>;

} // namespace casedesk
