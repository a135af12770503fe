#pragma once
// CaseEditActions: every change a person makes to a case from the GUI, as
// slots that open the right dialog, act through the core (CaseRepository:
// permission, rules, audit) and report what changed. The case list, the
// case view and the start page call these and listen to the signals; they
// never write themselves. Detail edits go through the undo stack (Ctrl+Z);
// stage transitions, extensions and clock stops are approvals with legal
// effect and are not undoable, like a licence's status.

#include "auth/permissions.h"
#include "auth/session.h"
#include "database.h"

#include <QObject>

class QUndoStack;
class QWidget;

namespace casedesk {

class CaseEditActions : public QObject {
    Q_OBJECT
  public:
    // `db`, `session` and `stack` must outlive this object.
    CaseEditActions(Database &db, const Session &session, QUndoStack &stack, QWidget *dialogParent);

    // Whether the session may take the action at all (to hide buttons).
    bool canRegisterLeads() const;

  public slots:
    void newLead();               // the lead form; emits caseAdded
    void editCase(qint64 caseId); // details, provisions, penalties (what the stage allows)
    void advance(qint64 caseId);  // the transition dialog: only what the session may take
    void extend(qint64 caseId);
    void suspendClock(qint64 caseId);
    void resumeClock(qint64 caseId);
    void seize(qint64 caseId);
    void attach(qint64 caseId); // file dialog, then CaseRepository::attach

  public:
    // What attach() does once its file dialog has answered: each file
    // through CaseRepository::attach, the refusals shown together. Returns
    // how many were attached.
    int attachFiles(qint64 caseId, const QStringList &paths);

  signals:
    void caseAdded(qint64 caseId);
    void caseChanged(qint64 caseId);

  private:
    // ClockDialog::Kind as int: the dialog's header stays out of this one.
    void openClockDialog(qint64 caseId, int kind, Action action);

    Database &m_db;
    const Session &m_session;
    QUndoStack &m_stack;
    QWidget *m_parent;
};

} // namespace casedesk
