#include "mainwindow.h"

#include "database.h"
#include "databaseopener.h"
#include "dutylist/dutylistqueries.h"
#include "editioncontentcache.h"
#include "listcsvexport.h"
#include "listdetailpane.h"
#include "listimportcontroller.h"
#include "responsibilitylistmodel.h"
#include "searchfield.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const char *const kGeometryKey = "mainWindow/geometry";
const char *const kStateKey = "mainWindow/state";
const char *const kSplitterKey = "mainWindow/splitter";
const char *const kHeaderKey = "mainWindow/treeHeader";
const char *const kImportDirKey = "import/lastDirectory";
const char *const kExportDirKey = "export/lastDirectory";

QString startDirectory(const char *key)
{
    const QString dir = QSettings().value(QLatin1String(key)).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("CaseDesk — Responsibility List"));
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
    setCentralWidget(m_splitter);

    setTabOrder(m_search, m_tree);
    setTabOrder(m_tree, m_detail);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    m_importer = new ListImportController(this);
    connect(m_search, &SearchField::searchRequested, this, &MainWindow::runSearch);
    connect(m_search, &SearchField::resultsFocusRequested, this, &MainWindow::focusResults);

    createActions();
    createMenus();
    setDatabase(std::move(db));
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // The view and the model read from the database: detach them first.
    m_tree->setModel(nullptr);
    delete m_model;
    m_detail->setDataSource(nullptr, nullptr);
}

void MainWindow::createActions()
{
    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import a published responsibility list (.txt) or a CSV template"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::chooseImportFile);

    m_exportAction = new QAction(tr("&Export CSV…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Save the selected edition as a CSV file for Excel or WPS"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::chooseExportFile);

    m_openDatabaseAction = new QAction(tr("&Open Database…"), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Work on another CaseDesk database file"));
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::chooseDatabase);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Search the responsibility items"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_refreshAction = new QAction(tr("&Reload"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setStatusTip(tr("Read the list again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reloadTree);

    m_collapseAction = new QAction(tr("&Collapse All"), this);
    m_collapseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_collapseAction, &QAction::triggered, this, [this] { m_tree->collapseAll(); });

    m_settingsAction = new QAction(tr("&Language…"), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = new QAction(tr("&About CaseDesk"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_openDatabaseAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_collapseAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_settingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
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

    const QFileInfo info(m_db->path());
    m_databaseLabel->setText(tr("Database: %1").arg(info.fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(info.absoluteFilePath()));

    if (!m_search->term().isEmpty())
        runSearch(m_search->term());
    else
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

bool MainWindow::openDatabase(const QString &path)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Open Database"),
                              tr("The database could not be opened; CaseDesk keeps working on %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(m_db->path()), opened.error().message));
        return false;
    }
    setDatabase(std::move(opened).value());
    DatabaseOpener::remember(m_db->path());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_db->path())), 5000);
    return true;
}

bool MainWindow::importFile(const QString &path)
{
    const auto report = m_importer->importFile(*m_db, path);
    if (!report)
        return false;
    m_cache->clear();
    reloadTree();
    // Show the new edition, unless a search is filtering the tree.
    if (!m_model->isShowingSearchResults())
        selectNode(ListNodeRef{ListNodeKind::Edition, report->editionId, 0, 0, -1});
    statusBar()->showMessage(report->alreadyPresent ? tr("The edition was already present.")
                                                    : tr("Imported %1.").arg(report->label),
                             5000);
    return true;
}

Status MainWindow::exportEditionCsv(qint64 editionId, const QString &path)
{
    return ListCsvExport::write(*m_cache, editionId, path);
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Responsibility List"), startDirectory(kImportDirKey),
        tr("Responsibility lists (*.txt *.csv);;Published text (*.txt);;CSV template (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kImportDirKey), QFileInfo(path).absolutePath());
    importFile(path);
}

void MainWindow::chooseExportFile()
{
    const qint64 editionId = currentRef().editionId;
    if (editionId == 0)
        return;
    const QString suggested = QDir(startDirectory(kExportDirKey))
                                  .filePath(ListCsvExport::suggestedFileName(m_model->editionRow(editionId).label));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
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

ListNodeRef MainWindow::currentRef() const { return m_model ? m_model->nodeRef(m_tree->currentIndex()) : ListNodeRef{}; }

void MainWindow::showCurrentNode()
{
    const ListNodeRef ref = currentRef();
    if (ref.isValid())
        m_detail->showNode(ref, m_model->editionRow(ref.editionId));
    else
        m_detail->showPlaceholder(m_model->editionCount() == 0);
    updateActions();
}

void MainWindow::updateActions() { m_exportAction->setEnabled(currentRef().editionId != 0); }

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
