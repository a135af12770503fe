#pragma once
// SupervisionControls: the plan's and the sampling's side of the main
// window: puts the plan page's actions (record an inspection of a planned
// unit, random draw, conflicts of interest, new campaign) into the Plan
// menu and the sampling page's into the Sampling menu, shows what the
// signed-in person may do, and passes on what the pages ask of other pages
// (record an inspection, a case opened, sampling changed).

#include <QObject>
#include <QString>

class QMainWindow;

namespace casedesk {

class CaseBrowser;
struct Inspection;
class InspectionControls;
class PlanPage;
class SamplingPage;
class Session;
struct MainWindowActions;

class SupervisionControls : public QObject {
    Q_OBJECT

  public:
    SupervisionControls(QMainWindow *window, MainWindowActions &actions, PlanPage *plan, SamplingPage *sampling,
                        InspectionControls *inspections, CaseBrowser *cases);

    void showPermitted(const Session &session);

  private:
    void recordInspection(const Inspection &prefill);

    MainWindowActions &m_actions;
    PlanPage *m_plan;
    SamplingPage *m_sampling;
    InspectionControls *m_inspections;
};

} // namespace casedesk
