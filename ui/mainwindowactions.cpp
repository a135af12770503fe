#include "mainwindowactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace casedesk {

MainWindowActions::MainWindowActions(QMainWindow *window)
{
    auto make = [window](const QString &text, const QKeySequence &shortcut = {}, const QString &statusTip = {}) {
        auto *action = new QAction(text, window);
        action->setShortcut(shortcut);
        action->setStatusTip(statusTip);
        return action;
    };

    importList = make(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                      tr("Import a published responsibility list (.txt) or a CSV template"));
    exportCsv = make(tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     tr("Save the selected edition as a CSV file for Excel or WPS"));
    openDatabase = make(tr("&Open Database…"), QKeySequence::Open, tr("Work on another CaseDesk database file"));
    quit = make(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    find = make(tr("&Find…"), QKeySequence::Find, tr("Search the responsibility items"));
    reload = make(tr("&Reload"), QKeySequence::Refresh, tr("Read the list again from the database"));
    collapseAll = make(tr("&Collapse All"), QKeySequence(Qt::CTRL | Qt::Key_Minus));

    language = make(tr("&Language…"));
    language->setMenuRole(QAction::PreferencesRole);

    about = make(tr("&About CaseDesk"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(importList);
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(openDatabase);
    file->addSeparator();
    file->addAction(quit);

    bar->addMenu(tr("&Edit"))->addAction(find);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(reload);
    view->addAction(collapseAll);

    bar->addMenu(tr("&Settings"))->addAction(language);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);
}

} // namespace casedesk
