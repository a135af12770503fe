#pragma once
// CaseCommands: the detail edits of a case as plain functions over the
// window's undo stack (like RegisterCommands). The edit goes through the
// core (CaseRepository::update checks the permission, the stage's frozen
// fields and the stamp, and audits it); only when the core accepted it is a
// command pushed whose undo and redo go through the core again, as the same
// person, quoting the stamp the last step left. A change made meanwhile (an
// edit elsewhere, a stage reached) makes the core refuse the undo, and the
// command leaves the stack: it never claims an undo that did not happen.
//
// Registering a lead is deliberately not undoable: the lead number it took
// is never given again (the case file must show every number it gave), so
// taking a lead back would leave a hole the undo could not close. A lead
// entered by mistake is ended as "not filed" with the reason. Stage
// transitions, extensions, clock stops and seizures are approvals with
// legal effect and are not undoable either (CaseEditActions).
//
// `db` and `session` must outlive the stack: its commands act through them.

#include "auth/session.h"
#include "cases/enforcementcase.h"
#include "database.h"
#include "result.h"

class QUndoStack;

namespace casedesk {

class CaseNotifier;

namespace CaseCommands {

// The notifier of this stack, made on first use and owned by the stack.
CaseNotifier *notifier(QUndoStack &stack);

// `before` is the case as read (its modifiedAt is the stamp the core
// checks), `after` the edited values. When nothing changed, nothing is
// written or pushed and `before` comes back.
Result<EnforcementCase> updateCase(QUndoStack &stack, Database &db, const Session &session,
                                   const EnforcementCase &before, const EnforcementCase &after);

} // namespace CaseCommands

} // namespace casedesk
