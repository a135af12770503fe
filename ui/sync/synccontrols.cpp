#include "sync/synccontrols.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "database.h"
#include "maintenanceprogressdialog.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "sync/syncconflictspanel.h"
#include "sync/syncduplicatespanel.h"
#include "sync/syncexportdialog.h"
#include "sync/syncimporter.h"
#include "sync/synckeydialog.h"
#include "sync/syncstatus.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace casedesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

SyncControls::SyncControls(MainWindow *window, MainWindowActions &actions) : QObject(window), m_window(window)
{
    auto make = [this, &actions](const QString &text, const char *name, const QString &statusTip) {
        auto *action = new QAction(text, m_window);
        action->setObjectName(QLatin1String(name));
        action->setStatusTip(statusTip);
        actions.toolsMenu->addAction(action);
        return action;
    };
    m_export = make(tr("&Export Exchange File…"), "exportExchangeAction",
                    tr("Write the changes another workstation of the bureau does not hold yet, or everything, "
                       "to a file"));
    m_import = make(tr("&Import Exchange File…"), "importExchangeAction",
                    tr("Take in the records another workstation of the bureau exported"));
    m_conflicts = make(tr("Con&flicts and Duplicates…"), "syncConflictsAction",
                       tr("Decide the fields two workstations changed and merge records made twice"));
    m_key = make(tr("Sync &Key…"), "syncKeyAction", tr("Give this workstation the bureau's new sync key"));
    connect(m_export, &QAction::triggered, this, &SyncControls::chooseExport);
    connect(m_import, &QAction::triggered, this, &SyncControls::chooseImport);
    connect(m_conflicts, &QAction::triggered, this, [this] { showConflicts(); });
    connect(m_key, &QAction::triggered, this, &SyncControls::changeKey);

    m_count = new QLabel(m_window);
    m_count->setObjectName(QStringLiteral("syncCountLabel"));
    m_count->setTextFormat(Qt::RichText);
    m_count->setToolTip(tr("Open Tools → Conflicts and Duplicates"));
    m_count->hide();
    connect(m_count, &QLabel::linkActivated, this, [this] { showConflicts(); });
    m_window->statusBar()->addPermanentWidget(m_count);
}

void SyncControls::showPermitted(const Session &session)
{
    m_export->setVisible(Permissions::allowed(session, Action::ExchangeData));
    m_import->setVisible(Permissions::allowed(session, Action::ExchangeData));
    m_conflicts->setVisible(SyncStatus::requireView(session).ok());
    m_key->setVisible(Permissions::allowed(session, Action::ManageSyncKey));
    updateCount();
}

void SyncControls::updateCount()
{
    const auto status = SyncStatus::read(m_window->database(), m_window->session());
    const int conflicts = status ? status->openConflicts : 0;
    const int duplicates = status ? status->openDuplicates : 0;
    if (conflicts + duplicates == 0) {
        m_count->hide();
        m_count->clear();
        return;
    }
    //: On the status bar; a link that opens Tools → Conflicts and Duplicates.
    m_count->setText(QStringLiteral("<a href=\"conflicts\">%1</a>")
                         .arg(tr("Exchange: %1 conflicts, %2 duplicates open").arg(conflicts).arg(duplicates)));
    m_count->show();
}

void SyncControls::chooseExport()
{
    QStringList peers;
    if (auto status = SyncStatus::read(m_window->database(), m_window->session()))
        for (const PeerState &p : status->peers)
            peers << p.site;
    SyncExportDialog dialog(m_window->session().site(), peers, m_window);
    if (dialog.exec() == QDialog::Accepted)
        exportTo(dialog.request());
}

std::optional<ExportReport> SyncControls::exportTo(const ExportRequest &request)
{
    const QString title = tr("Export Exchange File");
    MaintenanceProgressDialog progress(m_window, title, tr("Writing %1…").arg(QFileInfo(request.path).fileName()));
    const Result<ExportReport> report =
        SyncExporter::run(m_window->database(), m_window->session(), request, progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!report) {
        if (cancelled)
            QMessageBox::information(m_window, title, tr("The export was cancelled; no file was written."));
        else
            QMessageBox::critical(
                m_window, title,
                tr("The exchange file %1 was not written.\n\n%2").arg(native(request.path), report.error().message));
        return std::nullopt;
    }
    const QString size = QLocale().formattedDataSize(report->bytes);
    const QString forWhom =
        report->full ? tr("any workstation that joins the bureau") : tr("workstation %1").arg(report->to);
    m_window->statusBar()->showMessage(tr("Exchange file written: %1 (%2)").arg(native(report->path), size), 10000);
    QMessageBox done(QMessageBox::Information, title,
                     tr("The exchange file for %1 was written to %2 (%3).").arg(forWhom, native(report->path), size),
                     QMessageBox::Ok, m_window);
    done.setObjectName(QStringLiteral("exportResult"));
    done.setInformativeText(tr("It holds %1 records, %2 audit entries, %3 conflicts and %4 attachments. Take it to "
                               "that workstation and import it there (Tools → Import Exchange File).")
                                .arg(report->records)
                                .arg(report->auditEntries)
                                .arg(report->conflicts)
                                .arg(report->attachments));
    done.exec();
    return *report;
}

void SyncControls::chooseImport()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Exchange File"), SyncExportDialog::exchangeFolder(),
                                     tr("CaseDesk exchange files (*.cdx);;All files (*)"));
    if (path.isEmpty())
        return;
    SyncExportDialog::rememberExchangeFolder(path);
    if (auto report = importFile(path))
        showImportResult(*report);
}

std::optional<ImportReport> SyncControls::importFile(const QString &path)
{
    const QString title = tr("Import Exchange File");
    MaintenanceProgressDialog progress(m_window, title, tr("Importing %1…").arg(QFileInfo(path).fileName()));
    const Result<ImportReport> report =
        SyncImporter::run(m_window->database(), &m_window->session(), path, progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!report) {
        if (cancelled)
            QMessageBox::information(m_window, title, tr("The import was cancelled; nothing was changed."));
        else
            QMessageBox::critical(m_window, title,
                                  tr("The exchange file %1 was not imported; nothing was changed.\n\n%2")
                                      .arg(native(path), report.error().message));
        return std::nullopt;
    }
    emit dataChanged();
    updateCount();
    m_window->statusBar()->showMessage(tr("Imported %1: %2 records received, %3 conflicts, %4 duplicates")
                                           .arg(QFileInfo(path).fileName())
                                           .arg(report->received)
                                           .arg(report->conflicts)
                                           .arg(report->duplicates),
                                       15000);
    return *report;
}

void SyncControls::showImportResult(const ImportReport &report)
{
    bool openDialog = false;
    int openConflicts = 0, openDuplicates = 0;
    {
        QMessageBox box(QMessageBox::Information, tr("Import Exchange File"),
                        tr("%1 from workstation %2 was imported.").arg(native(report.path), report.from),
                        QMessageBox::Close, m_window);
        box.setObjectName(QStringLiteral("importResult"));
        QString details = tr("%1 records received: %2 added, %3 updated, %4 unchanged, %5 changed on both "
                             "workstations and merged. %6 audit entries.")
                              .arg(report.received)
                              .arg(report.added)
                              .arg(report.updated)
                              .arg(report.unchanged)
                              .arg(report.merged)
                              .arg(report.auditEntries);
        // What waits counts the conflicts and pairs that came in the file too.
        const auto status = SyncStatus::read(m_window->database(), m_window->session());
        openConflicts = status ? status->openConflicts : report.conflicts;
        openDuplicates = status ? status->openDuplicates : report.duplicates;
        QPushButton *open = nullptr;
        if (openConflicts + openDuplicates > 0) {
            details += QStringLiteral("\n\n") + tr("Waiting for a decision: %1 fields changed on both workstations "
                                                   "and %2 pairs of records that look like duplicates.")
                                                    .arg(openConflicts)
                                                    .arg(openDuplicates);
            if (m_conflicts->isVisible()) {
                open = box.addButton(tr("Open Con&flicts and Duplicates…"), QMessageBox::AcceptRole);
                open->setObjectName(QStringLiteral("openConflicts"));
                box.setDefaultButton(open);
            }
        }
        box.setInformativeText(details);
        box.exec();
        openDialog = open && box.clickedButton() == open;
    }
    // The message is gone before the dialog opens, so the dialog is the active window.
    if (openDialog)
        showConflicts(openConflicts == 0 ? SyncConflictsDialog::Tab::Duplicates : SyncConflictsDialog::Tab::Conflicts);
}

void SyncControls::showConflicts(SyncConflictsDialog::Tab tab)
{
    if (auto allowed = SyncStatus::requireView(m_window->session()); !allowed) {
        QMessageBox::warning(m_window, tr("Conflicts and Duplicates"), allowed.error().message);
        return;
    }
    SyncConflictsDialog dialog(m_window->database(), m_window->session(), m_window);
    dialog.showTab(tab);
    // The status bar counts down while the person decides.
    connect(dialog.conflicts(), &SyncConflictsPanel::countChanged, this, &SyncControls::updateCount);
    connect(dialog.duplicates(), &SyncDuplicatesPanel::countChanged, this, &SyncControls::updateCount);
    dialog.exec();
    if (dialog.changedData())
        emit dataChanged();
    updateCount();
}

void SyncControls::changeKey()
{
    SyncKeyDialog dialog(m_window->database(), m_window->session(), m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_window->statusBar()->showMessage(tr("The sync key was changed."), 10000);
}

} // namespace casedesk
