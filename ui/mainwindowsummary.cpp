// The quarterly summary's side of the main window: the page's actions in
// the Summary menu, its messages on the status bar, and the records behind
// its figures opened on their own pages. Kept apart from mainwindow.cpp,
// which builds the window and switches its pages.
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "register/equipmentregister.h"
#include "sessioncontrols.h"
#include "summary/summarypage.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace casedesk {

void MainWindow::attachSummary()
{
    m_summaryPage->showPermitted(m_controls->session());
    connect(m_controls, &SessionControls::sessionChanged, this,
            [this] { m_summaryPage->showPermitted(m_controls->session()); });
    connect(m_summaryPage, &SummaryPage::recordRequested, this, &MainWindow::showTracedRecord);
    connect(m_summaryPage, &SummaryPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    // The page's actions are enabled only while it shows; from the menu they
    // are reached after Ctrl+8.
    for (QAction *action :
         {m_summaryPage->computeAction(), m_summaryPage->exportAction(), m_summaryPage->printAction()})
        m_actions->summaryMenu->addAction(action);
}

bool MainWindow::showTracedRecord(TraceKind kind, qint64 id)
{
    switch (kind) {
    case TraceKind::Inspections:
        return showInspection(id);
    case TraceKind::Sampling:
        return showSamplingBatch(id);
    case TraceKind::Cases:
        return showCase(id);
    case TraceKind::Entities:
        return showEntity(id);
    case TraceKind::Equipment: {
        const auto equipment = EquipmentRegister(*m_db).find(id);
        if (!equipment) {
            statusBar()->showMessage(equipment.error().message, 10000);
            return false;
        }
        return showEntity(equipment->entityId);
    }
    case TraceKind::None:
        break;
    }
    return false;
}

} // namespace casedesk
