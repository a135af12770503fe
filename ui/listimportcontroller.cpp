#include "listimportcontroller.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

namespace casedesk {

ListImportController::ListImportController(QWidget *window) : QObject(window), m_window(window) {}

std::optional<ListImportReport> ListImportController::importFile(Database &db, const Session &session,
                                                                 const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog progress(tr("Importing %1…").arg(fileName), tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(tr("Import Responsibility List"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setValue(0);

    // setValue() on a modal progress dialog processes events, so the Cancel
    // button is heard between the importer's stages.
    const ImportProgress onProgress = [&progress](int percent, const QString &stage) {
        if (!stage.isEmpty())
            progress.setLabelText(stage);
        progress.setValue(qBound(0, percent, 100));
        return !progress.wasCanceled();
    };

    ListImportRequest request;
    request.path = path;
    auto result = ResponsibilityListImporter(db).importFile(session, request, onProgress);
    const bool cancelled = progress.wasCanceled();
    progress.close();

    if (!result) {
        if (cancelled) {
            showMessage(QMessageBox::Information,
                        tr("The import of %1 was cancelled; nothing was stored.").arg(fileName), {});
            return std::nullopt;
        }
        showMessage(QMessageBox::Critical, tr("%1 could not be imported. Nothing was stored.").arg(fileName),
                    result.error().message);
        return std::nullopt;
    }
    showMessage(QMessageBox::Information, summary(*result), {});
    return result.value();
}

QString ListImportController::editionName(const ListImportReport &report)
{
    return report.department.isEmpty() || report.label.contains(report.department)
               ? report.label
               : tr("%1 (%2)", "department (edition label)").arg(report.department, report.label);
}

QString ListImportController::summary(const ListImportReport &report)
{
    const QString name = editionName(report);
    if (report.alreadyPresent)
        return tr("The edition “%1” is already in the database with the same content; nothing was changed.").arg(name);

    QStringList lines;
    lines << tr("Imported the edition “%1” (%2).").arg(name, report.format);
    lines << QString();
    lines << tr("Main duties: %1").arg(report.duties);
    lines << tr("Responsibility items: %1").arg(report.items);
    lines << tr("Legal references: %1").arg(report.references);
    lines << tr("Boundary matters: %1").arg(report.boundaries);
    lines << tr("Supervision systems: %1").arg(report.systems);
    lines << tr("Public services: %1").arg(report.services);
    return lines.join(QLatin1Char('\n'));
}

void ListImportController::showMessage(int icon, const QString &text, const QString &details)
{
    // open(), not exec(): the message is window-modal for the user but does
    // not stall the caller (the tree reloads behind it; tests read it).
    auto *box = new QMessageBox(static_cast<QMessageBox::Icon>(icon), tr("Import Responsibility List"), text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importResultMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setInformativeText(details);
    box->open();
}

} // namespace casedesk
