#pragma once
// SyncControls: exchanging data with the bureau's other workstations from
// the main window's Tools menu: Export Exchange File… (SyncExportDialog,
// then the file), Import Exchange File… (its result, and the conflicts
// and duplicates it left), Conflicts and Duplicates… (SyncConflictsDialog)
// and, for administrators, Sync Key… (SyncKeyDialog). Long runs show their
// progress and can be cancelled; a refused file is explained naming it.
// The status bar says how many conflicts and duplicates wait. What the
// window must read again after an import or a resolution it learns from
// dataChanged().

#include "sync/syncconflictsdialog.h"
#include "sync/syncexporter.h"
#include "sync/syncreport.h"

#include <QObject>
#include <optional>

class QAction;
class QLabel;

namespace casedesk {

class MainWindow;
class Session;
struct MainWindowActions;

class SyncControls : public QObject {
    Q_OBJECT

  public:
    // Adds the actions to the Tools menu and the count to the status bar.
    SyncControls(MainWindow *window, MainWindowActions &actions);

    void showPermitted(const Session &session);

    // What the actions do once their file dialogs have answered; the tests
    // call these to skip only the file dialogs.
    std::optional<ExportReport> exportTo(const ExportRequest &request);
    std::optional<ImportReport> importFile(const QString &path);

    void chooseExport();
    void chooseImport();
    void showConflicts(SyncConflictsDialog::Tab tab = SyncConflictsDialog::Tab::Conflicts);
    void changeKey();
    // Reads the open conflicts and duplicates again for the status bar.
    void updateCount();

    QAction *exportAction() const { return m_export; }
    QAction *importAction() const { return m_import; }
    QAction *conflictsAction() const { return m_conflicts; }
    QAction *keyAction() const { return m_key; }
    QLabel *countLabel() const { return m_count; }

  signals:
    // Records changed under every page (an import, a resolution, a merge).
    void dataChanged();

  private:
    void showImportResult(const ImportReport &report);

    MainWindow *m_window;
    QAction *m_export = nullptr;
    QAction *m_import = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_key = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace casedesk
