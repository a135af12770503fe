#include "mainwindow.h"

#include "cases/casebrowser.h"
#include "cases/casecontrols.h"
#include "database.h"
#include "databaseopener.h"
#include "editioncontentcache.h"
#include "entitybrowser.h"
#include "inspections/inspectionbrowser.h"
#include "inspections/inspectioncontrols.h"
#include "listdetailpane.h"
#include "listimportcontroller.h"
#include "mainwindowactions.h"
#include "pagenavigation.h"
#include "plan/planpage.h"
#include "plan/supervisioncontrols.h"
#include "recordtable.h"
#include "registeractions.h"
#include "registercontrols.h"
#include "responsibilitylistmodel.h"
#include "sampling/samplingpage.h"
#include "searchfield.h"
#include "sessioncontrols.h"
#include "sessionstarter.h"
#include "settingsdialog.h"
#include "startpage.h"
#include "summary/summarypage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
const char *const kSplitterKey = "mainWindow/splitter";
const char *const kHeaderKey = "mainWindow/treeHeader";
const char *const kPageKey = "mainWindow/page";
const char *const kStartSplitterKey = "startPage/splitter";
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Session session, QWidget *parent) : QMainWindow(parent)
{
    // The platform appends the application name: "责任清单 — CaseDesk".
    setWindowTitle(tr("Responsibility List"));
    setObjectName(QStringLiteral("mainWindow"));

    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("listTree"));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAccessibleName(tr("Responsibility list"));
    m_detail = new ListDetailPane(this);
    m_detail->setObjectName(QStringLiteral("detailPane"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(4);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_tree);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    // While locked the list gives way to an empty page, so nothing of it
    // shows around the lock dialog.
    auto *lockedPage = new QLabel(tr("CaseDesk is locked."), this);
    lockedPage->setObjectName(QStringLiteral("lockedPage"));
    lockedPage->setAlignment(Qt::AlignCenter);
    m_lockedPage = lockedPage;
    m_workArea = makeWorkArea(m_splitter);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_workArea);
    m_pages->addWidget(m_lockedPage);
    setCentralWidget(m_pages);

    setTabOrder(m_search, m_tree);
    setTabOrder(m_tree, m_detail);

    m_importer = new ListImportController(this);
    connect(m_search, &SearchField::searchRequested, this, &MainWindow::runSearch);
    connect(m_search, &SearchField::resultsFocusRequested, this, &MainWindow::focusResults);

    m_actions = std::make_unique<MainWindowActions>(this);
    connectActions();
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({m_actions->exportCsv, m_actions->editionHistory, m_actions->removeEdition});
    setDatabase(std::move(db));
    m_controls = new SessionControls(this, *m_actions, *m_db, std::move(session));
    connect(m_controls, &SessionControls::sessionChanged, this, &MainWindow::updateActions);
    connect(m_controls, &SessionControls::lockedChanged, this, &MainWindow::showLocked);
    m_register = new RegisterControls(this, *m_actions, m_browser, m_startPage);
    m_register->attach(*m_db, m_controls->session());
    connect(m_controls, &SessionControls::sessionChanged, this,
            [this] { m_register->showPermitted(m_controls->session()); });
    m_cases = new CaseControls(this, *m_actions, m_caseBrowser, m_startPage);
    attachCases();
    connect(m_controls, &SessionControls::sessionChanged, this,
            [this] { m_cases->showPermitted(m_controls->session()); });
    connect(m_cases, &CaseControls::caseAdded, this, &MainWindow::showCase);
    m_inspections = new InspectionControls(this, *m_actions, m_inspectionBrowser);
    attachInspections();
    connect(m_controls, &SessionControls::sessionChanged, this,
            [this] { m_inspections->showPermitted(m_controls->session()); });
    connect(m_inspections, &InspectionControls::inspectionAdded, this, &MainWindow::showInspection);
    m_supervision = new SupervisionControls(this, *m_actions, m_planPage, m_samplingPage, m_inspections, m_caseBrowser);
    m_supervision->showPermitted(m_controls->session());
    connect(m_controls, &SessionControls::sessionChanged, this,
            [this] { m_supervision->showPermitted(m_controls->session()); });
    attachSummary();
    attachSync();
    attachMaintenance();
    restoreLayout();
}

QWidget *MainWindow::makeWorkArea(QWidget *listPage)
{
    m_startPage = new StartPage(this);
    m_startPage->setObjectName(QStringLiteral("startPage"));
    m_browser = new EntityBrowser(this);
    m_browser->setObjectName(QStringLiteral("entityBrowser"));
    m_caseBrowser = new CaseBrowser(this);
    m_caseBrowser->setObjectName(QStringLiteral("caseBrowser"));
    m_inspectionBrowser = new InspectionBrowser(this);
    m_inspectionBrowser->setObjectName(QStringLiteral("inspectionBrowser"));
    m_planPage = new PlanPage(this);
    m_planPage->setObjectName(QStringLiteral("planPage"));
    m_samplingPage = new SamplingPage(this);
    m_samplingPage->setObjectName(QStringLiteral("samplingPage"));
    m_summaryPage = new SummaryPage(this);
    m_summaryPage->setObjectName(QStringLiteral("summaryPage"));

    m_pageStack = new QStackedWidget(this);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    m_pageStack->addWidget(m_startPage);
    m_pageStack->addWidget(m_browser);
    m_pageStack->addWidget(listPage);
    m_pageStack->addWidget(m_caseBrowser);
    m_pageStack->addWidget(m_inspectionBrowser);
    m_pageStack->addWidget(m_planPage);
    m_pageStack->addWidget(m_samplingPage);
    m_pageStack->addWidget(m_summaryPage);

    m_navigation = new PageNavigation({tr("Start Page"), tr("Register"), tr("Responsibility List"), tr("Cases"),
                                       tr("Inspections"), tr("Plan"), tr("Sampling"), tr("Quarterly Summary")},
                                      this);
    m_navigation->setObjectName(QStringLiteral("pageNavigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pageStack->setCurrentIndex(row);
        setWindowTitle(m_navigation->item(row)->text());
        const Page page = currentPage();
        m_actions->showStartPage->setChecked(page == Page::Start);
        m_actions->showRegister->setChecked(page == Page::Register);
        m_actions->showResponsibilityList->setChecked(page == Page::ResponsibilityList);
        m_actions->showCases->setChecked(page == Page::Cases);
        m_actions->showInspections->setChecked(page == Page::Inspections);
        m_actions->showPlan->setChecked(page == Page::Plan);
        m_actions->showSampling->setChecked(page == Page::Sampling);
        m_actions->showSummary->setChecked(page == Page::Summary);
        updateActions();
    });
    connect(m_startPage, &StartPage::entityRequested, this, &MainWindow::showEntity);
    connect(m_startPage, &StartPage::caseRequested, this, &MainWindow::showCase);
    connect(m_startPage, &StartPage::inspectionRequested, this, &MainWindow::showInspection);
    connect(m_startPage, &StartPage::samplingRequested, this, &MainWindow::showSamplingBatch);
    connect(m_planPage, &PlanPage::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_samplingPage, &SamplingPage::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_startPage, &StartPage::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_browser, &EntityBrowser::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    auto *area = new QWidget(this);
    area->setObjectName(QStringLiteral("workArea"));
    auto *layout = new QHBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pageStack, 1);
    return area;
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(std::max(0, m_navigation->currentRow()));
}

bool MainWindow::showEntity(qint64 entityId)
{
    showPage(Page::Register);
    if (!m_browser->selectEntity(entityId))
        return false;
    m_browser->focusList();
    return true;
}

bool MainWindow::showCase(qint64 caseId)
{
    showPage(Page::Cases);
    if (!m_caseBrowser->selectCase(caseId))
        return false;
    m_caseBrowser->focusList();
    return true;
}

bool MainWindow::showInspection(qint64 inspectionId)
{
    showPage(Page::Inspections);
    if (!m_inspectionBrowser->selectInspection(inspectionId))
        return false;
    m_inspectionBrowser->focusList();
    return true;
}

bool MainWindow::showSamplingBatch(qint64 batchId)
{
    showPage(Page::Sampling);
    if (!m_samplingPage->selectBatch(batchId))
        return false;
    m_samplingPage->focusList();
    return true;
}

void MainWindow::attachInspections()
{
    // The same undo stack: Edit ▸ Undo takes back a draft's edit too.
    if (RegisterActions *edits = m_register->registerActions())
        m_inspections->attach(*m_db, m_controls->session(), *edits->undoStack());
}

void MainWindow::attachCases()
{
    // One undo stack for the window: Edit ▸ Undo takes back a case edit too.
    if (RegisterActions *edits = m_register->registerActions())
        m_cases->attach(*m_db, m_controls->session(), *edits->undoStack());
}

QWidget *MainWindow::pageFocus() const
{
    switch (currentPage()) {
    case Page::Start:
        return m_startPage->licenceTable();
    case Page::Register:
        return m_browser->tableView();
    case Page::Cases:
        return m_caseBrowser->tableView();
    case Page::Inspections:
        return m_inspectionBrowser->tableView();
    case Page::Plan:
        return m_planPage->tableView();
    case Page::Sampling:
        return m_samplingPage->tableView();
    case Page::Summary:
        return m_summaryPage->preferredFocus();
    case Page::ResponsibilityList:
        break;
    }
    return m_tree;
}

void MainWindow::findOnCurrentPage()
{
    // Finding an entity is the start page's most likely next step too.
    if (currentPage() == Page::ResponsibilityList) {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
        return;
    }
    if (currentPage() == Page::Cases) {
        m_caseBrowser->focusSearch();
        return;
    }
    if (currentPage() == Page::Inspections) {
        m_inspectionBrowser->focusSearch();
        return;
    }
    if (currentPage() == Page::Plan) {
        m_planPage->focusSearch();
        return;
    }
    if (currentPage() == Page::Sampling) {
        m_samplingPage->focusSearch();
        return;
    }
    if (currentPage() == Page::Summary) {
        m_summaryPage->focusChoices();
        return;
    }
    showPage(Page::Register);
    m_browser->focusSearch();
}

void MainWindow::reloadCurrentPage()
{
    switch (currentPage()) {
    case Page::Start:
        m_startPage->refresh();
        break;
    case Page::Register:
        m_browser->refresh();
        break;
    case Page::ResponsibilityList:
        reloadTree();
        break;
    case Page::Cases:
        m_caseBrowser->refresh();
        break;
    case Page::Inspections:
        m_inspectionBrowser->refresh();
        break;
    case Page::Plan:
        m_planPage->refresh();
        break;
    case Page::Sampling:
        m_samplingPage->refresh();
        break;
    case Page::Summary:
        m_summaryPage->compute();
        break;
    }
}

MainWindow::~MainWindow()
{
    // The views and the models read from the database: detach them first.
    m_tree->setModel(nullptr);
    delete m_model;
    m_detail->setDataSource(nullptr, nullptr);
    // The case editing shares the register's undo stack: it goes first.
    delete m_cases;
    m_caseBrowser->setDatabase(nullptr);
    delete m_inspections;
    m_inspectionBrowser->setDatabase(nullptr);
    m_planPage->setDatabase(nullptr);
    m_samplingPage->setDatabase(nullptr);
    m_summaryPage->setDatabase(nullptr);
    delete m_register;
    m_browser->setDatabase(nullptr);
    m_startPage->setDatabase(nullptr);
}

void MainWindow::connectActions()
{
    connect(m_actions->importList, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_actions->editionHistory, &QAction::triggered, this, &MainWindow::showEditionHistory);
    connect(m_actions->removeEdition, &QAction::triggered, this, [this] { removeEdition(currentRef().editionId); });
    connect(m_actions->openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, this, &MainWindow::findOnCurrentPage);
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reloadCurrentPage);
    connect(m_actions->showStartPage, &QAction::triggered, this, [this] { showPage(Page::Start); });
    connect(m_actions->showRegister, &QAction::triggered, this, [this] { showPage(Page::Register); });
    connect(m_actions->showResponsibilityList, &QAction::triggered, this,
            [this] { showPage(Page::ResponsibilityList); });
    connect(m_actions->showCases, &QAction::triggered, this, [this] { showPage(Page::Cases); });
    connect(m_actions->showInspections, &QAction::triggered, this, [this] { showPage(Page::Inspections); });
    connect(m_actions->showPlan, &QAction::triggered, this, [this] { showPage(Page::Plan); });
    connect(m_actions->showSampling, &QAction::triggered, this, [this] { showPage(Page::Sampling); });
    connect(m_actions->showSummary, &QAction::triggered, this, [this] { showPage(Page::Summary); });
    connect(m_actions->collapseAll, &QAction::triggered, this, [this] { m_tree->collapseAll(); });
    connect(m_actions->language, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // Build the new readers before dropping the old ones; the view must
    // never hold a model whose database is gone.
    auto cache = std::make_unique<EditionContentCache>(*db);
    auto *model = new ResponsibilityListModel(*db, *cache, this);
    connect(model, &ResponsibilityListModel::loadFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    ResponsibilityListModel *old = m_model;
    m_tree->setModel(model);
    delete old;
    m_detail->setDataSource(db.get(), cache.get());
    // The register's pages and editing move to the new database before the old one closes.
    m_browser->setDatabase(db.get());
    m_startPage->setDatabase(db.get());
    m_caseBrowser->setDatabase(db.get());
    m_inspectionBrowser->setDatabase(db.get());
    m_planPage->setDatabase(db.get());
    m_samplingPage->setDatabase(db.get());
    m_summaryPage->setDatabase(db.get());
    if (m_register)
        m_register->attach(*db, m_controls->session());
    m_model = model;
    m_cache = std::move(cache);
    m_db = std::move(db);
    if (m_cases)
        attachCases();
    if (m_inspections)
        attachInspections();

    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ResponsibilityListModel::TitleColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ResponsibilityListModel::SectionsColumn, QHeaderView::Interactive);
    m_tree->header()->resizeSection(ResponsibilityListModel::SectionsColumn, 180);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showCurrentNode);

    if (!m_search->term().isEmpty())
        runSearch(m_search->term());
    else
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

bool MainWindow::openDatabase(const QString &path)
{
    std::optional<OpenedSession> opened = SessionStarter::open(this, path, m_db->path());
    if (!opened)
        return false;
    setDatabase(std::move(opened->db));
    m_controls->attach(*m_db, opened->session);
    DatabaseOpener::remember(m_db->path());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_db->path())), 5000);
    return true;
}

void MainWindow::chooseDatabase()
{
    const QString path = DatabaseOpener::chooseFile(this, m_db->path());
    if (!path.isEmpty())
        openDatabase(path);
}

const Session &MainWindow::session() const
{
    return m_controls->session();
}

IdleLock *MainWindow::idleLock() const
{
    return m_controls->idleLock();
}

void MainWindow::showLocked(bool locked)
{
    if (locked)
        m_focusBeforeLock = QApplication::focusWidget();
    m_pages->setCurrentWidget(locked ? m_lockedPage : m_workArea);
    menuBar()->setEnabled(!locked);
    if (locked) {
        statusBar()->clearMessage();
        return;
    }
    // Back to where the person was typing (maybe in another dialog).
    QWidget *focus = m_focusBeforeLock ? m_focusBeforeLock.data() : pageFocus();
    focus->activateWindow();
    focus->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About CaseDesk"),
        tr("<h3>CaseDesk %1</h3>"
           "<p>Case management for county quality and technical supervision bureaus: the responsibility list, "
           "and the inspections and cases that carry it out.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                 QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray()))
        resize(1200, 760);
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    if (!m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray()))
        m_splitter->setSizes({520, 680});
    m_tree->header()->restoreState(settings.value(QLatin1String(kHeaderKey)).toByteArray());
    m_browser->restoreLayout();
    m_caseBrowser->restoreLayout();
    m_inspectionBrowser->restoreLayout();
    m_planPage->restoreLayout();
    m_samplingPage->restoreLayout();
    m_summaryPage->restoreLayout();
    if (!m_startPage->splitter()->restoreState(settings.value(QLatin1String(kStartSplitterKey)).toByteArray()))
        m_startPage->splitter()->setSizes({170, 200, 150, 150, 150});
    // The page the person left; the start page the first time.
    const int page = settings.value(QLatin1String(kPageKey), 0).toInt();
    showPage(page >= 0 && page < m_pageStack->count() ? static_cast<Page>(page) : Page::Start);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kHeaderKey), m_tree->header()->saveState());
    m_browser->saveLayout();
    m_caseBrowser->saveLayout();
    m_inspectionBrowser->saveLayout();
    m_planPage->saveLayout();
    m_samplingPage->saveLayout();
    m_summaryPage->saveLayout();
    settings.setValue(QLatin1String(kStartSplitterKey), m_startPage->splitter()->saveState());
    settings.setValue(QLatin1String(kPageKey), static_cast<int>(currentPage()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace casedesk
