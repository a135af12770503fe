#pragma once
// MainWindow: pages chosen in the navigation on the left (Ctrl+1…):
// the start page (what falls due), the register of regulated entities, the
// case page (CaseBrowser, its editing CaseControls' part), the inspection
// page (InspectionBrowser, its editing InspectionControls' part), the
// year's plan (PlanPage) and the sampling (SamplingPage), SupervisionControls'
// part, the quarterly summary (SummaryPage, its figures opening the records
// behind them on their pages), and the
// responsibility list browser: the list as a tree with the search box
// above it, the selected node's details on the right, and the File menu's
// import, export and database actions. Owns the open database and
// everything that reads from it. Who works on it is SessionControls' part:
// the menus offer only what that person may do, and while the idle lock
// holds, every page gives way to an empty one. The register's editing and
// export are RegisterControls' part.

#include "listnode.h"
#include "result.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace casedesk {

class CaseBrowser;
class CaseControls;
class Database;
class EditionContentCache;
class EntityBrowser;
class InspectionBrowser;
class InspectionControls;
class PlanPage;
class SamplingPage;
class SummaryPage;
enum class TraceKind;
class SupervisionControls;
class RegisterControls;
class StartPage;
class IdleLock;
class Session;
class SessionControls;
class ListDetailPane;
class ListImportController;
class PageNavigation;
struct MainWindowActions;
class ResponsibilityListModel;
class SearchField;
struct ListImportReport;
struct RestoreResult;

class MainWindow : public QMainWindow {
    Q_OBJECT

  public:
    // In the order of the navigation and of their shortcuts.
    enum class Page { Start, Register, ResponsibilityList, Cases, Inspections, Plan, Sampling, Summary };

    MainWindow(std::unique_ptr<Database> db, Session session, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the menu actions do once their file dialogs have answered; the
    // tests call these to skip only the dialogs.
    bool importFile(const QString &path);
    Status exportEditionCsv(qint64 editionId, const QString &path);
    // Switches to another database file, through its set-up or sign-in; on
    // failure or cancel keeps the current database and session.
    bool openDatabase(const QString &path);
    // Removes the edition after the user confirms (Remove Edition…).
    bool removeEdition(qint64 editionId);

    Database &database() const { return *m_db; }
    const Session &session() const;
    MainWindowActions &actions() const { return *m_actions; }
    IdleLock *idleLock() const;
    SearchField *searchField() const { return m_search; }
    QTreeView *treeView() const { return m_tree; }
    ListDetailPane *detailPane() const { return m_detail; }
    ResponsibilityListModel *listModel() const { return m_model; }

    void showPage(Page page);
    Page currentPage() const;
    // Opens the register page on the entity (from the start page).
    bool showEntity(qint64 entityId);
    // Opens the case page on the case (from the start page, or a new lead).
    bool showCase(qint64 caseId);
    // Opens the inspection page on the record (a new one, or from the start page).
    bool showInspection(qint64 inspectionId);
    // Opens the sampling page on the batch (from the start page).
    bool showSamplingBatch(qint64 batchId);
    // Opens a record behind a summary's figure on its page (equipment on
    // its owner's entry in the register).
    bool showTracedRecord(TraceKind kind, qint64 id);
    StartPage *startPage() const { return m_startPage; }
    EntityBrowser *entityBrowser() const { return m_browser; }
    RegisterControls *registerControls() const { return m_register; }
    CaseBrowser *caseBrowser() const { return m_caseBrowser; }
    CaseControls *caseControls() const { return m_cases; }
    InspectionBrowser *inspectionBrowser() const { return m_inspectionBrowser; }
    InspectionControls *inspectionControls() const { return m_inspections; }
    PlanPage *planPage() const { return m_planPage; }
    SamplingPage *samplingPage() const { return m_samplingPage; }
    SummaryPage *summaryPage() const { return m_summaryPage; }

  protected:
    void closeEvent(QCloseEvent *event) override;

  private:
    void connectActions();
    void setDatabase(std::unique_ptr<Database> db);
    void runSearch(const QString &term);
    void reloadTree();
    void selectNode(const ListNodeRef &ref);
    void showCurrentNode();
    void updateActions();
    void focusResults();
    void chooseImportFile();
    void chooseExportFile();
    void chooseDatabase();
    void showLocked(bool locked);
    QWidget *makeWorkArea(QWidget *listPage);
    void findOnCurrentPage();
    void reloadCurrentPage();
    void attachCases();
    void attachInspections();
    void attachSummary();
    // Tools → Export/Import Exchange File…, Conflicts and Duplicates…, Sync Key… (mainwindowsync.cpp).
    void attachSync();
    void reloadAfterExchange();
    // Tools → Back Up…, Restore…, Check Database (mainwindowmaintenance.cpp).
    void attachMaintenance();
    void backUpDatabase();
    void restoreDatabase();
    void reopenRestored(const RestoreResult &restored);
    void checkDatabase();
    QWidget *pageFocus() const;
    void showEditionHistory();
    void showSettings();
    void showAbout();
    void restoreLayout();
    void saveLayout() const;
    ListNodeRef currentRef() const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<EditionContentCache> m_cache;
    ResponsibilityListModel *m_model = nullptr;

    SearchField *m_search = nullptr;
    QTreeView *m_tree = nullptr;
    ListDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_pages = nullptr; // the work area, or the locked page
    QWidget *m_workArea = nullptr;     // navigation and pages
    PageNavigation *m_navigation = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    StartPage *m_startPage = nullptr;
    EntityBrowser *m_browser = nullptr;
    RegisterControls *m_register = nullptr;
    CaseBrowser *m_caseBrowser = nullptr;
    CaseControls *m_cases = nullptr;
    InspectionBrowser *m_inspectionBrowser = nullptr;
    InspectionControls *m_inspections = nullptr;
    PlanPage *m_planPage = nullptr;
    SamplingPage *m_samplingPage = nullptr;
    SummaryPage *m_summaryPage = nullptr;
    SupervisionControls *m_supervision = nullptr;
    QWidget *m_lockedPage = nullptr;
    QPointer<QWidget> m_focusBeforeLock;
    ListImportController *m_importer = nullptr;
    SessionControls *m_controls = nullptr;

    std::unique_ptr<MainWindowActions> m_actions;
};

} // namespace casedesk
