#pragma once
// SummaryPage: the quarterly summary page (季度统计). At the top the period
// (SummaryPeriodPicker), the section (the whole bureau or one of
// SummaryCalculator::sections) and the page's actions: Compute, Export…
// (XLSX, CSV, PDF through SummaryExport) and Print Preview (PaperOutput
// over SummaryExport::html); below, the summary's title and its tables and
// charts (SummaryTabs). Double-click or Enter on a figure lists the records
// behind it (SummaryDrillDownDialog); choosing one there asks the main
// window to open it on its page (recordRequested). It owns the summary it
// shows and which request computed it, so Export and Print Preview compute
// again only when the choice has changed.

#include "summary/quartersummary.h"
#include "summary/summarycalculator.h"
#include "summary/summarytrace.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;

namespace casedesk {

class Database;
class Session;
class SummaryPeriodPicker;
class SummaryTableModel;
class SummaryTabs;

class SummaryPage : public QWidget {
    Q_OBJECT

  public:
    explicit SummaryPage(QWidget *parent = nullptr);
    ~SummaryPage() override;

    // Who may see the page (the one place that decides it for the GUI).
    static bool allowed(const Session &session);

    void setDatabase(Database *db);
    void showPermitted(const Session &session);
    // The day states are counted as of (overdue cases, equipment); invalid = today.
    void setToday(const QDate &today);
    QDate today() const;

    // Computes the chosen period and section and shows it; false after an
    // error (explained) or a cancel.
    bool compute();
    // Asks for a file, computes when the summary shown is not of the choice, writes.
    void chooseExportFile();
    // The same without the file dialog; false (after saying why) on failure.
    bool exportTo(const QString &path);
    void printPreview();
    // Lists the records behind the figure at `index` of `model`'s table;
    // a record chosen there is asked for with recordRequested.
    void drillDown(SummaryTableModel *model, const QModelIndex &index);

    // The summary shown, if any, and whether it is of the current choice.
    const std::optional<QuarterSummary> &summary() const { return m_summary; }
    bool isCurrent() const;
    QString chosenSection() const;
    void setSection(const QString &section);

    void focusChoices();
    // Where the keyboard goes when the page comes back: the table shown, or the period.
    QWidget *preferredFocus() const;
    void restoreLayout();
    void saveLayout() const;

    SummaryPeriodPicker *periodPicker() const { return m_period; }
    QComboBox *sectionField() const { return m_section; }
    QAction *computeAction() const { return m_compute; }
    QAction *exportAction() const { return m_export; }
    QAction *printAction() const { return m_print; }
    QToolBar *toolBar() const { return m_toolBar; }
    QLabel *titleLabel() const { return m_title; }
    // What the figures compare with and count as of, and whether they are of the choice.
    QLabel *detailsLabel() const { return m_details; }
    SummaryTabs *tabs() const { return m_tabs; }

  signals:
    // A record from a drill-down, to be opened on its page.
    void recordRequested(casedesk::TraceKind kind, qint64 id);
    void statusMessage(const QString &message);

  protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

  private:
    struct Choice {
        ReportPeriod period;
        QString section;
        bool operator==(const Choice &) const = default;
    };
    std::optional<Choice> currentChoice() const;
    // The summary of the current choice, computed when needed; nullptr after an error or a cancel.
    const QuarterSummary *currentSummary();
    SummaryRequest requestFor(const Choice &choice) const;
    // Runs `use` with the summary as it is handed in: in Chinese, computed
    // again under a Chinese translation when CaseDesk speaks another
    // language. False after an error or a cancel.
    bool withHandedInSummary(const std::function<void(const QuarterSummary &)> &use);
    void fillSections();
    void updateTitle();
    void updateActions();

    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    QDate m_today;
    std::optional<QuarterSummary> m_summary;
    std::optional<Choice> m_shown;

    SummaryPeriodPicker *m_period = nullptr;
    QComboBox *m_section = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_compute = nullptr;
    QAction *m_export = nullptr;
    QAction *m_print = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    SummaryTabs *m_tabs = nullptr;
};

} // namespace casedesk
