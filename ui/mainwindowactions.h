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
    QAction *changePassword = nullptr;
    QAction *lockNow = nullptr;
    QAction *switchUser = nullptr;
    QAction *staffAccounts = nullptr;
    QAction *bureauSettings = nullptr;
    QAction *auditTrail = nullptr;
    QAction *language = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;

    QMenu *accountMenu = nullptr;
    QMenu *administrationMenu = nullptr;
};

} // namespace casedesk
