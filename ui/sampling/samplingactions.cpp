#include "samplingactions.h"

#include "plan/supervisionpaperprinter.h"
#include "sampling/samplingrepository.h"
#include "samplingformdialog.h"
#include "samplingstepdialog.h"

#include <QMessageBox>

namespace casedesk {

SamplingActions::SamplingActions(Database &db, const Session &session, QWidget *dialogParent)
    : QObject(dialogParent), m_db(db), m_session(session), m_parent(dialogParent)
{
}

QDate SamplingActions::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

SamplingBatch SamplingActions::follower(const SamplingBatch &parent, SamplingKind kind, const QDate &today)
{
    SamplingBatch b;
    b.kind = kind;
    b.parentId = parent.id;
    b.parentNumber = parent.batchNumber;
    b.planName = parent.planName;
    b.unit = parent.unit;
    b.product = parent.product;
    b.specification = parent.specification;
    b.productionBatch = kind == SamplingKind::Objection ? parent.productionBatch : QString();
    b.trademark = parent.trademark;
    b.sampleQuantity = parent.sampleQuantity;
    b.lab = parent.lab;
    b.standard = parent.standard;
    b.section = parent.section;
    b.itemIds = parent.itemIds;
    b.sampledOn = today;
    return b;
}

bool SamplingActions::read(qint64 batchId, SamplingBatch &batch, const QString &title)
{
    const Result<SamplingBatch> found = SamplingRepository(m_db).find(batchId);
    if (!found) {
        QMessageBox::warning(m_parent, title, found.error().message);
        return false;
    }
    batch = *found;
    return true;
}

void SamplingActions::newBatch()
{
    SamplingBatch blank;
    blank.sampledOn = today();
    SamplingFormDialog dialog(m_db, m_session, today(), blank, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit batchAdded(dialog.saved().id);
}

void SamplingActions::newFollower(qint64 batchId, SamplingKind kind)
{
    SamplingBatch parent;
    if (!read(batchId, parent, samplingKinds().name(kind)))
        return;
    SamplingFormDialog dialog(m_db, m_session, today(), follower(parent, kind, today()), m_parent);
    if (dialog.exec() == QDialog::Accepted) {
        emit batchChanged(batchId);
        emit batchAdded(dialog.saved().id);
    }
}

void SamplingActions::edit(qint64 batchId)
{
    SamplingBatch batch;
    if (!read(batchId, batch, tr("Edit Sampling Batch")))
        return;
    SamplingFormDialog dialog(m_db, m_session, today(), batch, m_parent);
    if (dialog.exec() == QDialog::Accepted)
        emit batchChanged(batchId);
}

bool SamplingActions::step(qint64 batchId, int which)
{
    SamplingBatch batch;
    if (!read(batchId, batch, tr("Sampling")))
        return false;
    SamplingStepDialog dialog(m_db, m_session, today(), batch, SamplingStepDialog::Step(which), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    emit batchChanged(batchId);
    return true;
}

void SamplingActions::enterResult(qint64 batchId)
{
    step(batchId, int(SamplingStepDialog::Step::Result));
}

void SamplingActions::deliver(qint64 batchId)
{
    step(batchId, int(SamplingStepDialog::Step::Delivered));
}

void SamplingActions::objection(qint64 batchId)
{
    if (!step(batchId, int(SamplingStepDialog::Step::Objection)))
        return;
    if (QMessageBox::question(m_parent, tr("Objection"),
                              tr("The objection is recorded. Create the re-test batch (复检) now?")) ==
        QMessageBox::Yes)
        newFollower(batchId, SamplingKind::Objection);
}

void SamplingActions::rectified(qint64 batchId)
{
    step(batchId, int(SamplingStepDialog::Step::Rectified));
}

void SamplingActions::requestRecheck(qint64 batchId)
{
    if (!step(batchId, int(SamplingStepDialog::Step::RecheckRequested)))
        return;
    if (QMessageBox::question(m_parent, tr("Re-check Requested"),
                              tr("The request is recorded; the re-check must be sampled within 15 days. Create the "
                                 "re-check batch (复查) now?")) == QMessageBox::Yes)
        newFollower(batchId, SamplingKind::Recheck);
}

void SamplingActions::openCase(qint64 batchId)
{
    SamplingBatch batch;
    if (!read(batchId, batch, tr("Open Case")))
        return;
    if (QMessageBox::question(m_parent, tr("Open Case"),
                              tr("Register a lead against %1 for %2 (batch %3)?")
                                  .arg(batch.unit.name, batch.product, batch.batchNumber)) != QMessageBox::Yes)
        return;
    const Result<SamplingBatch> opened = SamplingRepository(m_db).openCase(m_session, batchId, today());
    if (!opened) {
        QMessageBox::warning(m_parent, tr("Open Case"), opened.error().message);
        return;
    }
    QMessageBox::information(m_parent, tr("Open Case"),
                             tr("Lead %1 registered for batch %2.").arg(opened->caseNumber, opened->batchNumber));
    emit batchChanged(batchId);
    emit caseOpened(opened->caseId);
}

void SamplingActions::discard(qint64 batchId)
{
    SamplingBatch batch;
    if (!read(batchId, batch, tr("Discard Batch")))
        return;
    if (QMessageBox::question(m_parent, tr("Discard Batch"),
                              tr("Discard batch %1 (%2, %3)? It is kept as removed.")
                                  .arg(batch.batchNumber, batch.unit.name, batch.product)) != QMessageBox::Yes)
        return;
    if (const Status removed = SamplingRepository(m_db).discard(m_session, batchId); !removed) {
        QMessageBox::warning(m_parent, tr("Discard Batch"), removed.error().message);
        return;
    }
    emit batchChanged(batchId);
}

void SamplingActions::printNotice(qint64 batchId)
{
    SupervisionPaperPrinter(m_db, m_parent).preview(InspectionDocumentKind::SamplingNotice, batchId, today());
}

void SamplingActions::saveNoticePdf(qint64 batchId)
{
    SupervisionPaperPrinter(m_db, m_parent).savePdf(InspectionDocumentKind::SamplingNotice, batchId, today());
}

} // namespace casedesk
