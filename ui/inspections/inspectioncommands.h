#pragma once
// InspectionCommands: the edits of a draft inspection record as plain
// functions over the window's undo stack (like CaseCommands). The edit goes
// through the core (InspectionRepository::update checks the permission,
// the rules, that the record is still a draft and the stamp, and audits
// it); only when the core accepted it is a command pushed whose undo and
// redo go through the core again, as the same person, quoting the stamp the
// last step left. A record finished or changed meanwhile makes the core
// refuse the undo, and the command leaves the stack.
//
// Creating a record is not undoable: the record number it took is never
// given again (a draft entered by mistake is discarded, and the discard is
// kept). Finishing and correcting are not undoable either: a finished
// record is locked, and a correction is a new version that stays.
//
// `db` and `session` must outlive the stack: its commands act through them.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspection.h"
#include "result.h"

class QUndoStack;

namespace casedesk {

class InspectionNotifier;

namespace InspectionCommands {

// The notifier of this stack, made on first use and owned by the stack.
InspectionNotifier *notifier(QUndoStack &stack);

// Whether two versions of a draft hold the same values (what the form
// edits; names and certificates filled on load do not count).
bool sameContent(const Inspection &a, const Inspection &b);

// `before` is the draft as read (its modifiedAt is the stamp the core
// checks), `after` the edited values. When nothing changed, nothing is
// written or pushed and `before` comes back.
Result<Inspection> updateDraft(QUndoStack &stack, Database &db, const Session &session, const Inspection &before,
                               const Inspection &after);

} // namespace InspectionCommands

} // namespace casedesk
