#pragma once
// RegisterNotifier: what the register's undo stack tells the windows. Every
// edit, undo and redo that reached the database says which entity it
// touched, so lists and detail panes reload only then; a step the core
// refused (someone changed the record meanwhile, a permission) says why,
// because QUndoCommand::undo() has no way to return a reason.

#include <QObject>
#include <QString>

namespace casedesk {

class RegisterNotifier : public QObject {
    Q_OBJECT

  public:
    using QObject::QObject;

  signals:
    // An edit, undo or redo changed the entity or one of its licences or
    // units of equipment; 0 = many entities (an import).
    void registerChanged(qint64 entityId);
    // An undo or redo the core refused; title names the step ("Undo"),
    // message the command and the core's reason. The database is unchanged
    // and the command has left the stack.
    void stepRefused(const QString &title, const QString &message);
};

} // namespace casedesk
