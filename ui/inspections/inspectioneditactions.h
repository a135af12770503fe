#pragma once
// InspectionEditActions: every change a person makes to inspection records
// from the GUI, as slots that open the right dialog, act through the core
// (InspectionRepository: permission, rules, audit) and report what changed.
// The inspection page, its menu and the plan page call these and listen to
// the signals; they never write themselves. Draft edits go through the undo
// stack (Ctrl+Z); a new record takes a number that is never given again,
// and finishing, correcting and discarding are final (their confirmations
// say so), so none of those is undoable.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspection.h"

#include <QObject>
#include <optional>

class QUndoStack;
class QWidget;

namespace casedesk {

class InspectionEditActions : public QObject {
    Q_OBJECT

  public:
    // `db`, `session` and `stack` must outlive this object.
    InspectionEditActions(Database &db, const Session &session, QUndoStack &stack, QWidget *dialogParent);

    bool canEdit() const;

  public slots:
    void newInspection();
    // A new record prefilled (the plan's unit and campaign, say; id 0).
    void newInspectionFrom(const Inspection &prefill);
    void edit(qint64 id);    // a draft: the form, its changes undoable
    void finish(qint64 id);  // a draft complete enough: confirmed, then locked
    void correct(qint64 id); // a finished record: the form, then the reason; a new version
    void discard(qint64 id); // a draft: confirmed, then removed (kept as a tombstone)

  signals:
    void inspectionAdded(qint64 id);
    // `id` is the record's current version (after a correction, the new one).
    void inspectionChanged(qint64 id);
    void inspectionRemoved(qint64 id);

  private:
    bool permitted(const QString &title) const;
    std::optional<Inspection> find(qint64 id, const QString &title) const;
    void openForm(const Inspection &record);

    Database &m_db;
    const Session &m_session;
    QUndoStack &m_stack;
    QWidget *m_parent;
};

} // namespace casedesk
