// Exchanging data with the bureau's other workstations, the window's side:
// SyncControls' actions in the Tools menu shown by the person's
// permissions, and every page read again when an import, a resolved
// conflict or a merge changed records under them. Kept apart from
// mainwindow.cpp, which builds the window and switches its pages.
#include "cases/casebrowser.h"
#include "editioncontentcache.h"
#include "entitybrowser.h"
#include "inspections/inspectionbrowser.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "plan/planpage.h"
#include "sampling/samplingpage.h"
#include "sessioncontrols.h"
#include "startpage.h"
#include "summary/summarypage.h"
#include "sync/synccontrols.h"

namespace casedesk {

void MainWindow::attachSync()
{
    auto *sync = new SyncControls(this, *m_actions);
    sync->setObjectName(QStringLiteral("syncControls"));
    sync->showPermitted(m_controls->session());
    connect(m_controls, &SessionControls::sessionChanged, sync,
            [this, sync] { sync->showPermitted(m_controls->session()); });
    connect(sync, &SyncControls::dataChanged, this, &MainWindow::reloadAfterExchange);
}

void MainWindow::reloadAfterExchange()
{
    // Any record may have changed, as after a register import: every page
    // reads again, keeping its selection where it can.
    m_cache->clear();
    reloadTree();
    m_startPage->refresh();
    m_browser->refresh();
    m_caseBrowser->refresh();
    m_inspectionBrowser->refresh();
    m_planPage->refresh();
    m_samplingPage->refresh();
    // Figures computed before the import would mislead; the page computes again when asked.
    m_summaryPage->setDatabase(m_db.get());
}

} // namespace casedesk
