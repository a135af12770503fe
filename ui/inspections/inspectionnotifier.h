#pragma once
// InspectionNotifier: what the undo stack's inspection commands tell the
// windows. Every draft edit, undo and redo that reached the database names
// the record, so the inspection list and view reload only then; a step the
// core refused (the record was finished or changed meanwhile) says why,
// because QUndoCommand::undo() has no way to return a reason.

#include <QObject>
#include <QString>

namespace casedesk {

class InspectionNotifier : public QObject {
    Q_OBJECT

  public:
    using QObject::QObject;

  signals:
    void inspectionChanged(qint64 inspectionId);
    // An undo or redo the core refused; nothing changed and the command has
    // left the stack.
    void stepRefused(const QString &title, const QString &message);
};

} // namespace casedesk
