#include "summarycomputation.h"

#include <QApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <algorithm>

namespace casedesk {

std::optional<QuarterSummary> SummaryComputation::run(QWidget *parent, const Database &db, const Session &session,
                                                      SummaryRequest request)
{
    QProgressDialog progress(tr("Computing the summary for %1…").arg(request.period.label()), tr("Cancel"), 0, 0,
                             parent);
    progress.setObjectName(QStringLiteral("summaryProgress"));
    progress.setWindowTitle(tr("Quarterly Summary"));
    progress.setWindowModality(Qt::WindowModal);
    // A quick computation shows no dialog at all.
    progress.setMinimumDuration(400);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);
    request.progress = [&progress](int done, int total) {
        progress.setMaximum(std::max(total, 1));
        progress.setValue(std::clamp(done, 0, std::max(total, 1)));
        return !progress.wasCanceled();
    };

    QApplication::setOverrideCursor(Qt::BusyCursor);
    Result<QuarterSummary> computed = SummaryCalculator::compute(db, session, request);
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress.wasCanceled();
    progress.close();
    if (computed)
        return std::move(computed).value();
    if (!cancelled)
        QMessageBox::warning(parent, tr("Quarterly Summary"),
                             tr("Could not compute the summary: %1").arg(computed.error().message));
    return std::nullopt;
}

} // namespace casedesk
