// The database's care in the Tools menu: Back Up…, Restore… and Check
// Database, each through the core (which checks the person's permission)
// with a progress dialog while it runs. A restore replaces the data under
// every page, so the window reopens the database afterwards and locks: the
// person signs in again against the restored accounts. Kept apart from
// mainwindow.cpp, which builds the window and switches its pages.
#include "auth/permissions.h"
#include "auth/session.h"
#include "database.h"
#include "databasecheckmessage.h"
#include "emptymenuhider.h"
#include "idlelock.h"
#include "maintenance/databasebackup.h"
#include "maintenance/databasecheck.h"
#include "maintenance/databaserestore.h"
#include "maintenanceprogressdialog.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "sessioncontrols.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

namespace casedesk {

namespace {
const char *const kBackupFolderKey = "maintenance/backupFolder";

// The folder of the last backup written or restored, else Documents, else home.
QString backupFolder()
{
    QString dir = QSettings().value(QLatin1String(kBackupFolderKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir;
}

void rememberBackupFolder(const QString &file)
{
    QSettings().setValue(QLatin1String(kBackupFolderKey), QFileInfo(file).absolutePath());
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The newest audit entry's time, as the person reads times.
QString localTime(const QString &utcIso)
{
    const QDateTime at = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

void MainWindow::attachMaintenance()
{
    auto make = [this](const QString &text, const char *name, const QString &statusTip) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setStatusTip(statusTip);
        m_actions->toolsMenu->addAction(action);
        return action;
    };
    if (!m_actions->toolsMenu->isEmpty())
        m_actions->toolsMenu->addSeparator();
    QAction *backup = make(tr("&Back Up Database…"), "backupDatabaseAction",
                           tr("Write a checked copy of the database to a file, while it stays in use"));
    QAction *restore = make(tr("&Restore Database…"), "restoreDatabaseAction",
                            tr("Replace the data with a backup; the current data is kept in an automatic backup"));
    QAction *check = make(tr("&Check Database"), "checkDatabaseAction",
                          tr("Check the database's structure, its references and the audit trail"));
    connect(backup, &QAction::triggered, this, &MainWindow::backUpDatabase);
    connect(restore, &QAction::triggered, this, &MainWindow::restoreDatabase);
    connect(check, &QAction::triggered, this, &MainWindow::checkDatabase);

    EmptyMenuHider::watch(m_actions->toolsMenu);
    const auto showPermitted = [this, backup, restore, check] {
        const Session &session = m_controls->session();
        backup->setVisible(Permissions::allowed(session, Action::BackupDatabase));
        restore->setVisible(Permissions::allowed(session, Action::RestoreDatabase));
        check->setVisible(Permissions::allowed(session, Action::CheckDatabase));
    };
    showPermitted();
    connect(m_controls, &SessionControls::sessionChanged, this, showPermitted);
}

void MainWindow::backUpDatabase()
{
    const QString suggested =
        QDir(backupFolder())
            .filePath(QStringLiteral("%1-backup-%2.sqlite")
                          .arg(QFileInfo(m_db->path()).completeBaseName(),
                               QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back Up Database"), suggested,
                                                      tr("CaseDesk backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberBackupFolder(path);

    MaintenanceProgressDialog progress(this, tr("Back Up Database"),
                                       tr("Backing up the database to %1…").arg(QFileInfo(path).fileName()));
    const Result<BackupFile> written = DatabaseBackup::write(*m_db, m_controls->session(), path, progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!written) {
        if (cancelled)
            QMessageBox::information(this, tr("Back Up Database"), written.error().message);
        else
            QMessageBox::critical(this, tr("Back Up Database"),
                                  tr("The backup was not written.\n\n%1").arg(written.error().message));
        return;
    }
    const QString size = QLocale().formattedDataSize(written->bytes);
    statusBar()->showMessage(tr("Backed up to %1 (%2)").arg(native(written->path), size), 10000);
    QMessageBox::information(this, tr("Back Up Database"),
                             tr("The database was backed up to %1 (%2).").arg(native(written->path), size));
}

void MainWindow::restoreDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore Database"), backupFolder(),
                                                      tr("CaseDesk backups (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberBackupFolder(path);
    const Result<BackupFileFacts> facts = DatabaseRestore::inspect(m_controls->session(), path);
    if (!facts) {
        QMessageBox::critical(this, tr("Restore Database"),
                              tr("This file cannot be restored.\n\n%1").arg(facts.error().message));
        return;
    }

    QMessageBox confirm(QMessageBox::Warning, tr("Restore Database"),
                        tr("Replace all data in %1 with the backup %2?")
                            .arg(QFileInfo(m_db->path()).fileName(), QFileInfo(path).fileName()),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("restoreConfirmation"));
    confirm.setInformativeText(
        tr("The backup holds the data of %1 (workstation %2). It was written on %3 and is %4 large; its newest "
           "change is from %5.\n\nEverything entered since then is replaced. An automatic backup of the current "
           "data is written next to the database first, so it can be brought back.")
            .arg(facts->bureauName, facts->site, QLocale().toString(facts->writtenAt, QLocale::ShortFormat),
                 QLocale().formattedDataSize(facts->bytes),
                 facts->newestChangeAt.isEmpty() ? tr("(none)") : localTime(facts->newestChangeAt)));
    QPushButton *replace = confirm.addButton(tr("&Replace the Data"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != replace)
        return;

    MaintenanceProgressDialog progress(this, tr("Restore Database"),
                                       tr("Restoring %1…").arg(QFileInfo(path).fileName()));
    const Result<RestoreResult> restored =
        DatabaseRestore::run(*m_db, m_controls->session(), path, progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!restored) {
        if (cancelled)
            QMessageBox::information(this, tr("Restore Database"), restored.error().message);
        else
            QMessageBox::critical(
                this, tr("Restore Database"),
                tr("The backup was not restored; the data is as it was.\n\n%1").arg(restored.error().message));
        return;
    }
    reopenRestored(*restored);
}

void MainWindow::reopenRestored(const RestoreResult &restored)
{
    // Every page and cache read the replaced data: they start afresh on a
    // new connection. Should that fail, the current one already reads the
    // restored data.
    if (auto reopened = Database::open(restored.databasePath))
        setDatabase(std::move(reopened).value());
    else
        QMessageBox::warning(this, tr("Restore Database"), reopened.error().message);
    m_controls->attach(*m_db, m_controls->session());
    QMessageBox::information(
        this, tr("Restore Database"),
        tr("The backup %1 was restored.\n\nThe data it replaced is kept in %2.\n\nSign in again to go on: the "
           "accounts and passwords are now those of the backup.")
            .arg(native(restored.backupFile), native(restored.automaticBackup)));
    statusBar()->showMessage(tr("Restored %1").arg(native(restored.backupFile)), 10000);
    // The person's roles and password come from the restored data now.
    m_controls->idleLock()->lockNow();
}

void MainWindow::checkDatabase()
{
    MaintenanceProgressDialog progress(this, tr("Check Database"), tr("Checking the database…"));
    const Result<DatabaseCheckReport> report = DatabaseCheck::run(*m_db, m_controls->session(), progress.callback());
    const bool cancelled = progress.wasCancelled();
    progress.close();
    if (!report) {
        if (cancelled)
            QMessageBox::information(this, tr("Check Database"), report.error().message);
        else
            QMessageBox::critical(
                this, tr("Check Database"),
                tr("The database %1 could not be checked.\n\n%2").arg(native(m_db->path()), report.error().message));
        return;
    }
    DatabaseCheckMessage::show(this, m_db->path(), *report);
}

} // namespace casedesk
