#include "casecommands.h"

#include "casenotifier.h"
#include "cases/caserepository.h"
#include "recordversions.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QUndoCommand>
#include <QUndoStack>

namespace casedesk {

namespace {

QString localTime(const QString &stamp)
{
    const QDateTime at = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : stamp;
}

// One detail edit the core has already made. Undo writes the values from
// before back, redo the edited ones again; each quotes the stamp that
// stands for the state the last step left (RecordVersions), so a change
// made in between is refused, not overwritten.
class UpdateCaseCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(casedesk::CaseUndoCommand)

  public:
    UpdateCaseCommand(Database &db, const Session &session, CaseNotifier *notifier, RecordVersions *versions,
                      const EnforcementCase &before, const EnforcementCase &after)
        : m_db(db), m_session(session), m_notifier(notifier), m_versions(versions),
          m_key(RecordVersions::key("enforcement_case", after.id)), m_before(before), m_after(after)
    {
        setText(tr("Edit %1", "undo command: a case's details were edited").arg(after.displayNumber()));
    }

    void undo() override { step(true, m_after, m_before); }

    void redo() override
    {
        // push() calls redo() at once, but the facade has already made the
        // change through the core: the first call only reports it.
        if (!m_done) {
            m_done = true;
            emit m_notifier->caseChanged(m_after.id);
            return;
        }
        step(false, m_before, m_after);
    }

  private:
    // Writes `to` over the state `from` left, or refuses.
    void step(bool undoing, const EnforcementCase &from, const EnforcementCase &to)
    {
        CaseRepository repository(m_db);
        const QString stamp = m_versions->resolve(m_key, from.modifiedAt);
        const Result<EnforcementCase> current = repository.find(from.id);
        if (!current)
            return refuse(undoing, current.error().message);
        if (current->modifiedAt != stamp)
            return refuse(undoing, tr("%1 was changed at %2, after this step. It is left as it is, so that change "
                                      "is not lost.")
                                       .arg(current->displayNumber(), localTime(current->modifiedAt)));
        EnforcementCase write = to;
        write.modifiedAt = stamp;
        const Result<EnforcementCase> stored = repository.update(m_session, write, QDate::currentDate());
        if (!stored)
            return refuse(undoing, stored.error().message);
        m_versions->restamped(m_key, to.modifiedAt, stored->modifiedAt);
        emit m_notifier->caseChanged(m_after.id);
    }

    void refuse(bool undoing, const QString &reason)
    {
        setObsolete(true);
        const QString what =
            undoing ? tr("“%1” could not be undone.").arg(text()) : tr("“%1” could not be redone.").arg(text());
        emit m_notifier->stepRefused(undoing ? tr("Undo") : tr("Redo"), what + QStringLiteral("\n\n") + reason);
    }

    Database &m_db;
    const Session &m_session;
    CaseNotifier *m_notifier;
    RecordVersions *m_versions;
    const QString m_key;
    const EnforcementCase m_before; // as read before the edit
    const EnforcementCase m_after;  // as the edit stored it
    bool m_done = false;
};

RecordVersions *versionsOf(QUndoStack &stack)
{
    // Shared with the register's commands: one per stack, keyed by table.
    auto *versions = stack.findChild<RecordVersions *>(QString(), Qt::FindDirectChildrenOnly);
    return versions ? versions : new RecordVersions(&stack);
}

} // namespace

namespace CaseCommands {

CaseNotifier *notifier(QUndoStack &stack)
{
    auto *found = stack.findChild<CaseNotifier *>(QString(), Qt::FindDirectChildrenOnly);
    // A child of the stack outlives the commands: ~QUndoStack deletes them
    // before QObject deletes its children.
    return found ? found : new CaseNotifier(&stack);
}

Result<EnforcementCase> updateCase(QUndoStack &stack, Database &db, const Session &session,
                                   const EnforcementCase &before, const EnforcementCase &after)
{
    EnforcementCase edited = after;
    edited.modifiedAt = before.modifiedAt;
    // Saving an untouched form would only stamp the case and fill the stack
    // and the audit trail with nothing.
    if (before.toAuditJson() == edited.toAuditJson())
        return before;
    Result<EnforcementCase> stored = CaseRepository(db).update(session, edited, QDate::currentDate());
    if (stored)
        stack.push(new UpdateCaseCommand(db, session, notifier(stack), versionsOf(stack), before, stored.value()));
    return stored;
}

} // namespace CaseCommands

} // namespace casedesk
