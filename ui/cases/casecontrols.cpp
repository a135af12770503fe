#include "casecontrols.h"

#include "casebrowser.h"
#include "caseeditactions.h"
#include "mainwindowactions.h"
#include "startpage.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace casedesk {

CaseControls::CaseControls(QMainWindow *window, MainWindowActions &actions, CaseBrowser *browser, StartPage *startPage)
    : QObject(window), m_window(window), m_actions(actions), m_browser(browser), m_startPage(startPage)
{
    // The page's tool bar and the menu share the same actions: one set of
    // shortcuts, one place that enables them.
    QMenu *menu = actions.casesMenu;
    menu->addAction(browser->newLeadAction());
    menu->addSeparator();
    for (QAction *action :
         {browser->editAction(), browser->advanceAction(), browser->extendAction(), browser->stopClockAction(),
          browser->resumeClockAction(), browser->seizeAction(), browser->attachAction()})
        menu->addAction(action);
    menu->addSeparator();
    menu->addAction(browser->printAction());
}

CaseControls::~CaseControls()
{
    detach();
}

void CaseControls::detach()
{
    m_browser->setEditActions(nullptr);
    delete m_edits;
    m_edits = nullptr;
}

void CaseControls::attach(Database &db, const Session &session, QUndoStack &stack)
{
    detach();
    m_edits = new CaseEditActions(db, session, stack, m_window);
    m_edits->setParent(this);
    m_browser->setEditActions(m_edits);
    connect(m_edits, &CaseEditActions::caseAdded, this, [this](qint64 id) {
        m_startPage->casesChanged();
        emit caseAdded(id);
    });
    connect(m_edits, &CaseEditActions::caseChanged, this, [this](qint64 id) {
        m_startPage->casesChanged();
        emit caseChanged(id);
    });
    showPermitted(session);
}

void CaseControls::showPermitted(const Session &session)
{
    m_browser->showPermitted(session);
}

} // namespace casedesk
