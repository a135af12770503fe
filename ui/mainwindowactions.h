#pragma once
// MainWindowActions: the main window's actions with their shortcuts, and its
// menus, made in one place so the shortcuts stay unique and the menus read
// in order. The window connects them to what they do and shows only those
// the signed-in person may take (showPermitted).

#include <QCoreApplication>

class QAction;
class QMainWindow;
class QMenu;

namespace casedesk {

class Session;

struct MainWindowActions {
    Q_DECLARE_TR_FUNCTIONS(casedesk::MainWindowActions)

  public:
    // Creates the actions (owned by the window) and fills its menu bar.
    explicit MainWindowActions(QMainWindow *window);

    // Hides what the session may not do (Permissions), and a menu left
    // with nothing in it.
    void showPermitted(const Session &session);

    QAction *importList = nullptr;
    QAction *exportCsv = nullptr;
    QAction *editionHistory = nullptr;
    QAction *removeEdition = nullptr;
    QAction *openDatabase = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *reload = nullptr;
    QAction *collapseAll = nullptr;
    // The window's pages (Ctrl+1, Ctrl+2, Ctrl+3, Ctrl+4).
    QAction *showStartPage = nullptr;
    QAction *showRegister = nullptr;
    QAction *showResponsibilityList = nullptr;
    QAction *showCases = nullptr;
    QAction *showInspections = nullptr; // Ctrl+5
    QAction *showPlan = nullptr;        // Ctrl+6
    QAction *showSampling = nullptr;    // Ctrl+7
    QAction *showSummary = nullptr;     // Ctrl+8
    QAction *exportEntitiesCsv = nullptr;
    QAction *exportLicencesCsv = nullptr;
    QAction *exportEquipmentCsv = nullptr;
    QAction *exportRegisterXlsx = nullptr;
    QAction *changePassword = nullptr;
    QAction *lockNow = nullptr;
    QAction *switchUser = nullptr;
    QAction *staffAccounts = nullptr;
    QAction *bureauSettings = nullptr;
    QAction *auditTrail = nullptr;
    QAction *language = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    // The window adds the register's editing actions (undo, redo, new,
    // import) to these; they belong to the open database.
    QMenu *editMenu = nullptr;
    QMenu *registerMenu = nullptr;
    // The case page's actions (CaseControls fills it).
    QMenu *casesMenu = nullptr;
    // The inspection page's actions (InspectionControls fills it).
    QMenu *inspectionsMenu = nullptr;
    // The plan page's and the sampling page's actions (SupervisionControls fills them).
    QMenu *planMenu = nullptr;
    QMenu *samplingMenu = nullptr;
    // The quarterly summary's actions (compute, export, print preview).
    QMenu *summaryMenu = nullptr;
    QMenu *accountMenu = nullptr;
    QMenu *administrationMenu = nullptr;
    // Exchange with other workstations, backup, restore and the database's
    // check (filled by the window's exchange and maintenance sides).
    QMenu *toolsMenu = nullptr;
};

} // namespace casedesk
