#include "inspectioncommands.h"

#include "inspectionnotifier.h"
#include "inspections/inspectionrepository.h"
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

// The values a form edits: what is filled on load or stamped is taken from `from`.
Inspection comparable(const Inspection &values, const Inspection &from)
{
    Inspection r = values;
    r.id = from.id;
    r.uuid = from.uuid;
    r.recordNumber = from.recordNumber;
    r.version = from.version;
    r.current = from.current;
    r.status = from.status;
    r.unit = from.unit;
    r.unit.entityId = values.unit.entityId;
    r.equipmentLabel = from.equipmentLabel;
    r.systemTitle = from.systemTitle;
    r.caseNumber = from.caseNumber;
    r.directiveNumber = from.directiveNumber;
    r.finishedAt = from.finishedAt;
    r.finishedBy = from.finishedBy;
    r.createdAt = from.createdAt;
    r.createdBy = from.createdBy;
    r.modifiedAt = from.modifiedAt;
    r.modifiedBy = from.modifiedBy;
    for (InspectionInspector &i : r.inspectors) {
        i.login.clear();
        i.name.clear();
        i.certificateNumber.clear();
        i.certificateValidUntil = QDate();
    }
    return r;
}

// One draft edit the core has already made. Undo writes the values from
// before back, redo the edited ones again; each quotes the stamp that stands
// for the state the last step left (RecordVersions), so a change made in
// between is refused, not overwritten.
class UpdateDraftCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(casedesk::InspectionUndoCommand)

  public:
    UpdateDraftCommand(Database &db, const Session &session, InspectionNotifier *notifier, RecordVersions *versions,
                       const Inspection &before, const Inspection &after)
        : m_db(db), m_session(session), m_notifier(notifier), m_versions(versions),
          m_key(RecordVersions::key("inspection", after.id)), m_before(before), m_after(after)
    {
        setText(tr("Edit %1", "undo command: a draft inspection record was edited").arg(after.recordNumber));
    }

    void undo() override { step(true, m_after, m_before); }

    void redo() override
    {
        // push() calls redo() at once, but the facade has already made the
        // change through the core: the first call only reports it.
        if (!m_done) {
            m_done = true;
            emit m_notifier->inspectionChanged(m_after.id);
            return;
        }
        step(false, m_before, m_after);
    }

  private:
    void step(bool undoing, const Inspection &from, const Inspection &to)
    {
        InspectionRepository repository(m_db);
        const QString stamp = m_versions->resolve(m_key, from.modifiedAt);
        const Result<Inspection> current = repository.find(from.id);
        if (!current)
            return refuse(undoing, current.error().message);
        if (current->locked())
            return refuse(undoing, tr("%1 has been finished since: a finished record is locked, and only a "
                                      "correction can change it.")
                                       .arg(current->recordNumber));
        if (current->modifiedAt != stamp)
            return refuse(undoing, tr("%1 was changed at %2, after this step. It is left as it is, so that change "
                                      "is not lost.")
                                       .arg(current->recordNumber, localTime(current->modifiedAt)));
        Inspection write = to;
        write.modifiedAt = stamp;
        const Result<Inspection> stored = repository.update(m_session, write, QDate::currentDate());
        if (!stored)
            return refuse(undoing, stored.error().message);
        m_versions->restamped(m_key, to.modifiedAt, stored->modifiedAt);
        emit m_notifier->inspectionChanged(m_after.id);
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
    InspectionNotifier *m_notifier;
    RecordVersions *m_versions;
    const QString m_key;
    const Inspection m_before;
    const Inspection m_after;
    bool m_done = false;
};

RecordVersions *versionsOf(QUndoStack &stack)
{
    auto *versions = stack.findChild<RecordVersions *>(QString(), Qt::FindDirectChildrenOnly);
    return versions ? versions : new RecordVersions(&stack);
}

} // namespace

namespace InspectionCommands {

InspectionNotifier *notifier(QUndoStack &stack)
{
    auto *found = stack.findChild<InspectionNotifier *>(QString(), Qt::FindDirectChildrenOnly);
    return found ? found : new InspectionNotifier(&stack);
}

bool sameContent(const Inspection &a, const Inspection &b)
{
    return comparable(a, a) == comparable(b, a);
}

Result<Inspection> updateDraft(QUndoStack &stack, Database &db, const Session &session, const Inspection &before,
                               const Inspection &after)
{
    Inspection edited = after;
    edited.modifiedAt = before.modifiedAt;
    // Saving an untouched form would only stamp the record and fill the
    // stack and the audit trail with nothing.
    if (sameContent(before, edited))
        return before;
    Result<Inspection> stored = InspectionRepository(db).update(session, edited, QDate::currentDate());
    if (stored)
        stack.push(new UpdateDraftCommand(db, session, notifier(stack), versionsOf(stack), before, stored.value()));
    return stored;
}

} // namespace InspectionCommands

} // namespace casedesk
