#pragma once
// MainWindowActions: the main window's actions with their shortcuts, and its
// menus, made in one place so the shortcuts stay unique and the menus read
// in order. The window connects them to what they do.

#include <QCoreApplication>

class QAction;
class QMainWindow;

namespace casedesk {

struct MainWindowActions {
    Q_DECLARE_TR_FUNCTIONS(casedesk::MainWindowActions)

  public:
    // Creates the actions (owned by the window) and fills its menu bar.
    explicit MainWindowActions(QMainWindow *window);

    QAction *importList = nullptr;
    QAction *exportCsv = nullptr;
    QAction *openDatabase = nullptr;
    QAction *quit = nullptr;
    QAction *find = nullptr;
    QAction *reload = nullptr;
    QAction *collapseAll = nullptr;
    QAction *language = nullptr;
    QAction *about = nullptr;
    QAction *aboutQt = nullptr;
};

} // namespace casedesk
