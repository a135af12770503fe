#include "caseeditactions.h"

#include "auth/permissions.h"
#include "casecommands.h"
#include "caseleaddialog.h"
#include "casenotifier.h"
#include "cases/caserepository.h"
#include "clockdialogs.h"
#include "transitiondialog.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
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
    box->setObjectName(QStringLiteral("caseRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// The core's refusal before a dialog opens, rather than a form that cannot
// be saved. True when the session may act.
bool permitted(QWidget *parent, const Session &session, Action action, const QString &title)
{
    const Status allowed = Permissions::require(session, action);
    if (!allowed)
        QMessageBox::warning(parent, title, allowed.error().message);
    return allowed.ok();
}

std::optional<EnforcementCase> findCase(QWidget *parent, Database &db, qint64 caseId, const QString &title)
{
    Result<EnforcementCase> found = CaseRepository(db).find(caseId);
    if (!found) {
        QMessageBox::warning(parent, title, found.error().message);
        return std::nullopt;
    }
    return std::move(found).value();
}

} // namespace

CaseEditActions::CaseEditActions(Database &db, const Session &session, QUndoStack &stack, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_session(session), m_stack(stack), m_parent(dialogParent)
{
    CaseNotifier *notifier = CaseCommands::notifier(m_stack);
    connect(notifier, &CaseNotifier::caseChanged, this, &CaseEditActions::caseChanged);
    connect(notifier, &CaseNotifier::stepRefused, this,
            [this](const QString &title, const QString &message) { showRefusal(m_parent, title, message); });
}

bool CaseEditActions::canRegisterLeads() const
{
    return Permissions::allowed(m_session, Action::EditCase);
}

void CaseEditActions::newLead()
{
    const QString title = tr("New Lead");
    if (!permitted(m_parent, m_session, Action::EditCase, title))
        return;
    // Not through the undo stack: a lead number once given is never given
    // again (CaseCommands), so registering a lead cannot be taken back.
    CaseLeadDialog dialog(m_db, m_session, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit caseAdded(dialog.saved().id);
}

void CaseEditActions::editCase(qint64 caseId)
{
    const QString title = tr("Edit Case");
    if (!permitted(m_parent, m_session, Action::EditCase, title))
        return;
    const std::optional<EnforcementCase> found = findCase(m_parent, m_db, caseId, title);
    if (!found)
        return;
    CaseLeadDialog dialog(m_db, m_session, *found, m_parent);
    dialog.setSave([this](const EnforcementCase &original, const EnforcementCase &edited) {
        // The command's first redo reports the change (caseChanged).
        return CaseCommands::updateCase(m_stack, m_db, m_session, original, edited);
    });
    dialog.exec();
}

void CaseEditActions::advance(qint64 caseId)
{
    const QString title = tr("Next Stage");
    const std::optional<EnforcementCase> found = findCase(m_parent, m_db, caseId, title);
    if (!found)
        return;
    if (CaseWorkflow::offered(*found, m_session).isEmpty()) {
        QMessageBox::information(m_parent, title,
                                 tr("There is nothing you may do with %1 at its stage (%2).")
                                     .arg(found->displayNumber(), caseStages().name(found->stage)));
        return;
    }
    TransitionDialog dialog(m_db, m_session, *found, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit caseChanged(caseId);
}

void CaseEditActions::openClockDialog(qint64 caseId, int kind, Action action)
{
    const QString title = tr("Case Clock");
    if (!permitted(m_parent, m_session, action, title))
        return;
    const std::optional<EnforcementCase> found = findCase(m_parent, m_db, caseId, title);
    if (!found)
        return;
    ClockDialog dialog(m_db, m_session, *found, ClockDialog::Kind(kind), m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit caseChanged(caseId);
}

void CaseEditActions::extend(qint64 caseId)
{
    openClockDialog(caseId, int(ClockDialog::Kind::Extend), Action::ApproveCase);
}

void CaseEditActions::suspendClock(qint64 caseId)
{
    openClockDialog(caseId, int(ClockDialog::Kind::Suspend), Action::ReviewCase);
}

void CaseEditActions::resumeClock(qint64 caseId)
{
    openClockDialog(caseId, int(ClockDialog::Kind::Resume), Action::ReviewCase);
}

void CaseEditActions::seize(qint64 caseId)
{
    openClockDialog(caseId, int(ClockDialog::Kind::Seize), Action::EditCase);
}

void CaseEditActions::attach(qint64 caseId)
{
    const QString title = tr("Attach Files");
    if (!permitted(m_parent, m_session, Action::EditCase, title))
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        m_parent, title, QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
        tr("Photos and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
    if (!paths.isEmpty())
        attachFiles(caseId, paths);
}

int CaseEditActions::attachFiles(qint64 caseId, const QStringList &paths)
{
    CaseRepository repository(m_db);
    QStringList refused;
    int attached = 0;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        QFile file(path);
        if (info.size() > CaseRepository::kLargestAttachment) {
            // Refused by the repository too; not read into memory first.
            refused << tr("%1: larger than %2 MiB.")
                           .arg(info.fileName())
                           .arg(CaseRepository::kLargestAttachment / (1024 * 1024));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            refused << tr("%1: %2").arg(info.fileName(), file.errorString());
            continue;
        }
        const Result<CaseAttachment> stored = repository.attach(m_session, caseId, info.fileName(), file.readAll(), {});
        if (stored)
            ++attached;
        else
            refused << tr("%1: %2").arg(info.fileName(), stored.error().message);
    }
    if (attached > 0)
        emit caseChanged(caseId);
    if (!refused.isEmpty())
        showRefusal(m_parent, tr("Attach Files"),
                    tr("These files were not attached:") + QStringLiteral("\n\n") + refused.join(QLatin1Char('\n')));
    return attached;
}

} // namespace casedesk
