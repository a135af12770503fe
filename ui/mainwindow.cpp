#include "mainwindow.h"

#include "database.h"
#include "databaseopener.h"
#include "dutylist/dutylistqueries.h"
#include "editioncommands.h"
#include "editioncontentcache.h"
#include "listcsvexport.h"
#include "listdetailpane.h"
#include "listfiledialogs.h"
#include "listimportcontroller.h"
#include "mainwindowactions.h"
#include "responsibilitylistmodel.h"
#include "searchfield.h"
#include "sessioncontrols.h"
#include "sessionstarter.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
const char *const kSplitterKey = "mainWindow/splitter";
const char *const kHeaderKey = "mainWindow/treeHeader";
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
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_splitter);
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
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The view and the model read from the database: detach them first.
    m_tree->setModel(nullptr);
    delete m_model;
    m_detail->setDataSource(nullptr, nullptr);
}

void MainWindow::connectActions()
{
    connect(m_actions->importList, &QAction::triggered, this, &MainWindow::chooseImportFile);
    connect(m_actions->exportCsv, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_actions->editionHistory, &QAction::triggered, this, &MainWindow::showEditionHistory);
    connect(m_actions->removeEdition, &QAction::triggered, this, [this] { removeEdition(currentRef().editionId); });
    connect(m_actions->openDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reloadTree);
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
    m_model = model;
    m_cache = std::move(cache);
    m_db = std::move(db);

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

bool MainWindow::importFile(const QString &path)
{
    const auto report = m_importer->importFile(*m_db, session(), path);
    if (!report)
        return false;
    m_cache->clear();
    reloadTree();
    // Show the new edition, unless a search is filtering the tree, with the
    // keyboard in the tree to browse it.
    if (!m_model->isShowingSearchResults())
        selectNode(ListNodeRef{ListNodeKind::Edition, report->editionId, 0, 0, -1});
    m_tree->setFocus(Qt::OtherFocusReason);
    const QString name = ListImportController::editionName(*report);
    statusBar()->showMessage(
        report->alreadyPresent ? tr("“%1” was already present.").arg(name) : tr("Imported “%1”.").arg(name), 5000);
    return true;
}

Status MainWindow::exportEditionCsv(qint64 editionId, const QString &path)
{
    return ListCsvExport::write(*m_cache, editionId, path);
}

void MainWindow::chooseImportFile()
{
    if (const QString path = ListFileDialogs::importPath(this); !path.isEmpty())
        importFile(path);
}

void MainWindow::chooseExportFile()
{
    const qint64 editionId = currentRef().editionId;
    if (editionId == 0)
        return;
    const QString path = ListFileDialogs::exportPath(this, m_model->editionRow(editionId).label);
    if (path.isEmpty())
        return;
    const Status written = exportEditionCsv(editionId, path);
    if (!written) {
        QMessageBox::critical(this, tr("Export CSV"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::chooseDatabase()
{
    const QString path = DatabaseOpener::chooseFile(this, m_db->path());
    if (!path.isEmpty())
        openDatabase(path);
}

bool MainWindow::removeEdition(qint64 editionId)
{
    if (editionId == 0 || !EditionCommands::confirmAndRemove(this, *m_db, session(), m_model->editionRow(editionId)))
        return false;
    const QString name = EditionCommands::editionName(m_model->editionRow(editionId));
    reloadTree();
    statusBar()->showMessage(tr("Removed “%1”.").arg(name), 5000);
    return true;
}

void MainWindow::showEditionHistory()
{
    if (const qint64 editionId = currentRef().editionId)
        EditionCommands::showHistory(this, *m_db, session(), m_model->editionRow(editionId));
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
    m_pages->setCurrentWidget(locked ? m_lockedPage : m_splitter);
    menuBar()->setEnabled(!locked);
    if (locked) {
        statusBar()->clearMessage();
        return;
    }
    // Back to where the person was typing (maybe in another dialog).
    QWidget *focus = m_focusBeforeLock ? m_focusBeforeLock.data() : m_tree;
    focus->activateWindow();
    focus->setFocus(Qt::OtherFocusReason);
}

void MainWindow::runSearch(const QString &term)
{
    const ListNodeRef previous = currentRef();
    if (term.isEmpty()) {
        if (m_model->isShowingSearchResults()) {
            m_model->reload();
            statusBar()->clearMessage();
            // Stay on the item the search led to, now inside the whole list.
            selectNode(previous);
        }
        return;
    }

    const QList<SearchHit> hits = ResponsibilityListQueries(*m_db).search(term);
    m_model->showSearchResults(hits);
    m_tree->expandAll();
    if (hits.isEmpty())
        statusBar()->showMessage(tr("No responsibility item matches “%1”.").arg(term));
    else
        statusBar()->showMessage(
            tr("%n responsibility item(s) match “%1”.", nullptr, static_cast<int>(hits.size())).arg(term));

    QModelIndex target = previous.kind == ListNodeKind::Item ? m_model->indexOf(previous) : QModelIndex();
    if (!target.isValid())
        target = m_model->firstItemIndex();
    if (target.isValid()) {
        m_tree->setCurrentIndex(target);
        m_tree->scrollTo(target);
    } else {
        m_detail->showPlaceholder(m_model->editionCount() == 0);
        updateActions();
    }
}

void MainWindow::reloadTree()
{
    const ListNodeRef previous = currentRef();
    m_cache->clear();
    if (!m_search->term().isEmpty()) {
        runSearch(m_search->term());
        return;
    }
    m_model->reload();
    if (previous.isValid())
        selectNode(previous);
    if (!m_tree->currentIndex().isValid())
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

void MainWindow::selectNode(const ListNodeRef &ref)
{
    const QModelIndex index = m_model->indexOf(ref);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

ListNodeRef MainWindow::currentRef() const
{
    return m_model ? m_model->nodeRef(m_tree->currentIndex()) : ListNodeRef{};
}

void MainWindow::showCurrentNode()
{
    const ListNodeRef ref = currentRef();
    if (ref.isValid())
        m_detail->showNode(ref, m_model->editionRow(ref.editionId));
    else
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

void MainWindow::updateActions()
{
    const bool edition = currentRef().editionId != 0;
    for (QAction *action : {m_actions->exportCsv, m_actions->editionHistory, m_actions->removeEdition})
        action->setEnabled(edition);
}

void MainWindow::focusResults()
{
    m_tree->setFocus(Qt::OtherFocusReason);
    if (!m_tree->currentIndex().isValid()) {
        const QModelIndex first = m_model->firstItemIndex();
        m_tree->setCurrentIndex(first.isValid() ? first : m_model->index(0, 0));
    }
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
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kHeaderKey), m_tree->header()->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace casedesk
