#include "supervisioncontrols.h"

#include "auth/permissions.h"
#include "cases/casebrowser.h"
#include "inspections/inspectioncontrols.h"
#include "inspections/inspectioneditactions.h"
#include "mainwindowactions.h"
#include "planpage.h"
#include "sampling/samplingpage.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace casedesk {

SupervisionControls::SupervisionControls(QMainWindow *window, MainWindowActions &actions, PlanPage *plan,
                                         SamplingPage *sampling, InspectionControls *inspections, CaseBrowser *cases)
    : QObject(window), m_actions(actions), m_plan(plan), m_sampling(sampling), m_inspections(inspections)
{
    connect(plan, &PlanPage::inspectionRequested, this, &SupervisionControls::recordInspection);
    // What is still due changes with every inspection finished.
    connect(inspections, &InspectionControls::inspectionsChanged, plan, [plan] {
        if (plan->isVisible())
            plan->refresh();
    });
    // A lead opened from a failed batch belongs to the case list too.
    connect(sampling, &SamplingPage::caseOpened, cases, [cases] { cases->refresh(); });

    QMenu *planMenu = actions.planMenu;
    planMenu->addAction(plan->recordInspectionAction());
    planMenu->addSeparator();
    planMenu->addAction(plan->newCampaignAction());
    planMenu->addAction(plan->drawAction());
    planMenu->addAction(plan->recusalsAction());

    QMenu *samplingMenu = actions.samplingMenu;
    samplingMenu->addAction(sampling->newBatchAction());
    samplingMenu->addSeparator();
    for (QAction *action : {sampling->editAction(), sampling->resultAction(), sampling->deliveredAction(),
                            sampling->objectionAction(), sampling->rectifiedAction(), sampling->recheckAction(),
                            sampling->openCaseAction(), sampling->discardAction()})
        samplingMenu->addAction(action);
    samplingMenu->addSeparator();
    samplingMenu->addAction(sampling->printNoticeAction());
    samplingMenu->addAction(sampling->saveNoticePdfAction());
}

void SupervisionControls::recordInspection(const Inspection &prefill)
{
    if (InspectionEditActions *edits = m_inspections->editActions())
        edits->newInspectionFrom(prefill);
}

void SupervisionControls::showPermitted(const Session &session)
{
    m_plan->showPermitted(session);
    m_sampling->showPermitted(session);
    const bool views = Permissions::allowed(session, Action::ViewInspections);
    m_actions.showPlan->setVisible(views);
    m_actions.showSampling->setVisible(views);
    m_actions.planMenu->menuAction()->setVisible(views);
    m_actions.samplingMenu->menuAction()->setVisible(views);
}

} // namespace casedesk
