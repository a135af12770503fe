#pragma once
// CaseNotifier: what the undo stack's case commands tell the windows. Every
// detail edit, undo and redo that reached the database names the case, so
// the case list and view reload only then; a step the core refused (someone
// changed the case meanwhile, its stage has frozen the fields) says why,
// because QUndoCommand::undo() has no way to return a reason.

#include <QObject>
#include <QString>

namespace casedesk {

class CaseNotifier : public QObject {
    Q_OBJECT

  public:
    using QObject::QObject;

  signals:
    void caseChanged(qint64 caseId);
    // An undo or redo the core refused; title names the step ("Undo"),
    // message the command and the core's reason. Nothing changed and the
    // command has left the stack.
    void stepRefused(const QString &title, const QString &message);
};

} // namespace casedesk
