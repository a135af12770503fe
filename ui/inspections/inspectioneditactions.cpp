#include "inspectioneditactions.h"

#include "auth/permissions.h"
#include "auth/staffdirectory.h"
#include "inspectioncommands.h"
#include "inspectionformdialog.h"
#include "inspectionnotifier.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionrules.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QWidget>
#include <optional>

namespace casedesk {

namespace {
void showRefusal(QWidget *parent, const QString &title, const QString &message)
{
    // open(), not exec(): a refused undo arrives inside QUndoStack::undo(),
    // and a nested event loop there would let another Ctrl+Z in midway.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("inspectionRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

InspectionEditActions::InspectionEditActions(Database &db, const Session &session, QUndoStack &stack,
                                             QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_session(session), m_stack(stack), m_parent(dialogParent)
{
    InspectionNotifier *notifier = InspectionCommands::notifier(m_stack);
    connect(notifier, &InspectionNotifier::inspectionChanged, this, &InspectionEditActions::inspectionChanged);
    connect(notifier, &InspectionNotifier::stepRefused, this,
            [this](const QString &title, const QString &message) { showRefusal(m_parent, title, message); });
}

bool InspectionEditActions::canEdit() const
{
    return Permissions::allowed(m_session, Action::EditInspection);
}

bool InspectionEditActions::permitted(const QString &title) const
{
    const Status allowed = Permissions::require(m_session, Action::EditInspection);
    if (!allowed)
        QMessageBox::warning(m_parent, title, allowed.error().message);
    return allowed.ok();
}

std::optional<Inspection> InspectionEditActions::find(qint64 id, const QString &title) const
{
    Result<Inspection> found = InspectionRepository(m_db).find(id);
    if (!found) {
        QMessageBox::warning(m_parent, title, found.error().message);
        return std::nullopt;
    }
    return std::move(found).value();
}

void InspectionEditActions::newInspection()
{
    newInspectionFrom(Inspection{});
}

void InspectionEditActions::newInspectionFrom(const Inspection &prefill)
{
    if (!permitted(tr("New Inspection")))
        return;
    Inspection record = prefill;
    record.id = 0;
    openForm(record);
}

void InspectionEditActions::openForm(const Inspection &record)
{
    InspectionFormDialog dialog(m_db, m_session, record, m_parent);
    if (dialog.mode() == InspectionFormDialog::Mode::Draft)
        dialog.setSave([this](const Inspection &original, const Inspection &edited) {
            // The command's first redo reports the change (inspectionChanged).
            return InspectionCommands::updateDraft(m_stack, m_db, m_session, original, edited);
        });
    const bool adding = record.id == 0;
    dialog.exec();
    // A new record is stored once saved, even when finishing it was then refused.
    const qint64 stored = dialog.saved().id;
    if (stored == 0)
        return;
    if (adding)
        emit inspectionAdded(stored);
    else if (dialog.mode() == InspectionFormDialog::Mode::Correction || dialog.wasFinished())
        emit inspectionChanged(stored);
}

void InspectionEditActions::edit(qint64 id)
{
    const QString title = tr("Edit Inspection");
    if (!permitted(title))
        return;
    const std::optional<Inspection> found = find(id, title);
    if (!found)
        return;
    if (found->locked()) {
        QMessageBox::information(
            m_parent, title,
            tr("%1 is finished and locked. Use Correct to record a corrected version.").arg(found->recordNumber));
        return;
    }
    openForm(*found);
}

void InspectionEditActions::finish(qint64 id)
{
    const QString title = tr("Finish Inspection");
    if (!permitted(title))
        return;
    const std::optional<Inspection> found = find(id, title);
    if (!found || found->locked())
        return;
    QList<StaffMember> staff;
    if (const auto all = StaffDirectory(m_db).list(m_session, false))
        for (const StaffMember &member : *all)
            for (const InspectionInspector &i : found->inspectors)
                if (i.staffId == member.id)
                    staff << member;
    const FieldProblems problems = InspectionRules::finishProblems(*found, staff, QDate::currentDate());
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << QStringLiteral("• ") + p.message;
        QMessageBox box(QMessageBox::Information, title,
                        tr("%1 cannot be finished yet:").arg(found->recordNumber) + QStringLiteral("\n\n") +
                            lines.join(QLatin1Char('\n')),
                        QMessageBox::NoButton, m_parent);
        box.setObjectName(QStringLiteral("finishProblems"));
        QPushButton *open = box.addButton(tr("&Open the Form"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() == open)
            openForm(*found);
        return;
    }
    if (!InspectionFormDialog::confirmFinish(m_parent, *found))
        return;
    const Result<Inspection> finished = InspectionRepository(m_db).finish(m_session, id, QDate::currentDate());
    if (!finished) {
        QMessageBox::warning(m_parent, title, finished.error().message);
        return;
    }
    emit inspectionChanged(finished->id);
}

void InspectionEditActions::correct(qint64 id)
{
    const QString title = tr("Correct Inspection");
    if (!permitted(title))
        return;
    const std::optional<Inspection> found = find(id, title);
    if (!found)
        return;
    if (found->status != InspectionStatus::Finished || !found->current) {
        QMessageBox::information(m_parent, title,
                                 tr("Only the current version of a finished record is corrected; a draft is "
                                    "simply edited."));
        return;
    }
    openForm(*found);
}

void InspectionEditActions::discard(qint64 id)
{
    const QString title = tr("Discard Draft");
    if (!permitted(title))
        return;
    const std::optional<Inspection> found = find(id, title);
    if (!found || found->locked())
        return;
    QMessageBox confirm(QMessageBox::Warning, title,
                        tr("Discard the draft %1 of %2?").arg(found->recordNumber, found->unit.name),
                        QMessageBox::NoButton, m_parent);
    confirm.setObjectName(QStringLiteral("discardConfirmation"));
    confirm.setInformativeText(tr("The draft is removed from the lists; the audit trail keeps it, and its number "
                                  "is not given again. This cannot be undone."));
    QPushButton *discard = confirm.addButton(tr("&Discard Draft"), QMessageBox::DestructiveRole);
    confirm.addButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != discard)
        return;
    if (const Status removed = InspectionRepository(m_db).discard(m_session, id); !removed) {
        QMessageBox::warning(m_parent, title, removed.error().message);
        return;
    }
    emit inspectionRemoved(id);
}

} // namespace casedesk
