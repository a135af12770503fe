#include "inspectioncontrols.h"

#include "inspectionbrowser.h"
#include "inspectioneditactions.h"
#include "mainwindowactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace casedesk {

InspectionControls::InspectionControls(QMainWindow *window, MainWindowActions &actions, InspectionBrowser *browser)
    : QObject(window), m_window(window), m_browser(browser)
{
    // The page's tool bar and the menu share the same actions: one set of
    // shortcuts, one place that enables them.
    QMenu *menu = actions.inspectionsMenu;
    menu->addAction(browser->newAction());
    menu->addSeparator();
    for (QAction *action :
         {browser->editAction(), browser->finishAction(), browser->correctAction(), browser->discardAction()})
        menu->addAction(action);
    menu->addSeparator();
    for (QAction *action : {browser->printAction(), browser->savePdfAction(), browser->printDirectiveAction(),
                            browser->batchPrintAction()})
        menu->addAction(action);
}

InspectionControls::~InspectionControls()
{
    detach();
}

void InspectionControls::detach()
{
    m_browser->setEditActions(nullptr);
    delete m_edits;
    m_edits = nullptr;
}

void InspectionControls::attach(Database &db, const Session &session, QUndoStack &stack)
{
    detach();
    m_edits = new InspectionEditActions(db, session, stack, m_window);
    m_edits->setParent(this);
    m_browser->setEditActions(m_edits);
    connect(m_edits, &InspectionEditActions::inspectionAdded, this, [this](qint64 id) {
        emit inspectionsChanged();
        emit inspectionAdded(id);
    });
    connect(m_edits, &InspectionEditActions::inspectionChanged, this, &InspectionControls::inspectionsChanged);
    connect(m_edits, &InspectionEditActions::inspectionRemoved, this, &InspectionControls::inspectionsChanged);
    showPermitted(session);
}

void InspectionControls::showPermitted(const Session &session)
{
    m_browser->showPermitted(session);
}

} // namespace casedesk
