#pragma once
// PlanPage: the year's inspection plan (计划). At the top the year, the
// domain, what made the units due (the frequency rules or one campaign),
// "still due only" and a search; the progress per domain and campaign
// (PlanProgressTable) beside the campaigns and key periods
// (PlanEntriesPanel) and the random draws (DrawsPanel); below, every unit
// due (PlanRowModel, read lazily), those still due first in red. Enter or a
// double-click on a unit asks for an inspection of it to be recorded
// (inspectionRequested; the main window opens the inspection form).
// Random Draw and Conflicts of Interest open their dialogs.

#include "inspections/inspection.h"
#include "inspections/inspectionplan.h"

#include <QDate>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;

namespace casedesk {

class Database;
class DrawsPanel;
class PlanEntriesPanel;
class PlanProgressTable;
class PlanRowModel;
class SearchField;
class Session;

class PlanPage : public QWidget {
    Q_OBJECT

  public:
    // The "due because of" choices besides one campaign (PlanFilter::planEntryId).
    static constexpr qint64 kAllRows = -1;
    static constexpr qint64 kFrequencyRules = 0;

    explicit PlanPage(QWidget *parent = nullptr);
    ~PlanPage() override;

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    void setToday(const QDate &today);
    QDate today() const;

    // Reads the progress, campaigns, draws and rows again.
    void refresh();
    PlanFilter filter() const;
    void setYear(int year);
    void setDomain(const QString &domain);
    void setPlanEntry(qint64 planEntryId);
    void focusSearch();
    void focusList();
    void restoreLayout();
    void saveLayout() const;

    // Asks for an inspection of the current row (emits inspectionRequested).
    void recordInspectionForCurrent();
    // A new inspection record of the plan's row: the unit, the domain, and
    // for a campaign's row the campaign (kind, title, section).
    Inspection prefillFor(const PlanRow &row) const;
    void openDrawDialog();
    void openRecusals();

    QAction *recordInspectionAction() const { return m_recordInspection; }
    QAction *drawAction() const { return m_draw; }
    QAction *recusalsAction() const { return m_recusals; }
    QAction *newCampaignAction() const { return m_newCampaign; }

    QSpinBox *yearField() const { return m_year; }
    QComboBox *domainField() const { return m_domain; }
    QComboBox *planEntryField() const { return m_planEntry; }
    QCheckBox *outstandingField() const { return m_outstanding; }
    SearchField *searchField() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    QTableView *tableView() const { return m_table; }
    PlanRowModel *model() const { return m_model; }
    PlanProgressTable *progressTable() const { return m_progress; }
    PlanEntriesPanel *entriesPanel() const { return m_entries; }
    DrawsPanel *drawsPanel() const { return m_draws; }

  signals:
    // Record an inspection of a planned unit: `prefill` is a new record (id 0)
    // with the unit, the domain and the campaign filled in.
    void inspectionRequested(const Inspection &prefill);
    void loadFailed(const QString &message);

  protected:
    void showEvent(QShowEvent *event) override;

  private:
    QWidget *makeFilterRow();
    void applyFilter();
    void fillPlanEntries();
    void updateCount();
    void updateActions();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QDate m_today;
    bool m_quiet = false;
    PlanRowModel *m_model = nullptr;

    QSpinBox *m_year = nullptr;
    QComboBox *m_domain = nullptr;
    QComboBox *m_planEntry = nullptr;
    QCheckBox *m_outstanding = nullptr;
    SearchField *m_search = nullptr;
    QLabel *m_count = nullptr;
    PlanProgressTable *m_progress = nullptr;
    QTabWidget *m_tabs = nullptr;
    PlanEntriesPanel *m_entries = nullptr;
    DrawsPanel *m_draws = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_topSplitter = nullptr;
    QAction *m_recordInspection = nullptr;
    QAction *m_draw = nullptr;
    QAction *m_recusals = nullptr;
    QAction *m_newCampaign = nullptr;
};

} // namespace casedesk
