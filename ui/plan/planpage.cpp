#include "planpage.h"

#include "auth/permissions.h"
#include "browserlayout.h"
#include "drawspanel.h"
#include "dutylist/supervisiondomain.h"
#include "planentriespanel.h"
#include "planprogresstable.h"
#include "planrowmodel.h"
#include "recusaldialog.h"
#include "searchfield.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace casedesk {

namespace {
const BrowserLayout kLayout(QStringLiteral("planPage"));
const char *const kTopSplitterKey = "planPage/topSplitter";
constexpr int kColumnWidths[PlanRowModel::ColumnCount] = {220, 170, 90, 130, 300, 70, 100};

} // namespace

PlanPage::PlanPage(QWidget *parent) : QWidget(parent)
{
    m_recordInspection =
        BrowserLayout::makeAction(this, tr("&Record Inspection…"), QStringLiteral("recordPlannedInspection"),
                                  tr("Record an inspection of the unit chosen in the plan"));
    m_draw = BrowserLayout::makeAction(this, tr("Random &Draw…"), QStringLiteral("randomDrawAction"),
                                       tr("Draw units at random and pair each with inspectors (双随机)"));
    m_draw->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_recusals = BrowserLayout::makeAction(this, tr("&Conflicts of Interest…"), QStringLiteral("recusalsAction"),
                                           tr("Who may not inspect which unit (回避), respected by every draw"));
    m_newCampaign = BrowserLayout::makeAction(this, tr("New &Campaign…"), QStringLiteral("newCampaignAction"),
                                              tr("Plan a special campaign or key-period check of the year"));

    m_progress = new PlanProgressTable(this);
    m_progress->setObjectName(QStringLiteral("planProgress"));
    m_entries = new PlanEntriesPanel(this);
    m_entries->setObjectName(QStringLiteral("planEntriesPanel"));
    m_draws = new DrawsPanel(this);
    m_draws->setObjectName(QStringLiteral("drawsPanel"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabs"));
    m_tabs->addTab(m_entries, tr("Campaigns and Key Periods"));
    m_tabs->addTab(m_draws, tr("Random Draws"));

    m_table = BrowserLayout::makeTable(this, QStringLiteral("planTable"), tr("Units due this year"));
    m_table->setToolTip(tr("Units still due are listed first, in red. Enter or a double-click records an "
                           "inspection of the unit."));

    m_topSplitter = new QSplitter(Qt::Horizontal, this);
    m_topSplitter->setObjectName(QStringLiteral("planTopSplitter"));
    m_topSplitter->addWidget(m_progress);
    m_topSplitter->addWidget(m_tabs);
    m_topSplitter->setChildrenCollapsible(false);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("planSplitter"));
    m_splitter->addWidget(m_topSplitter);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(makeFilterRow());
    layout->addWidget(m_splitter, 1);

    connect(m_table, &QTableView::activated, this, [this] { recordInspectionForCurrent(); });
    connect(m_recordInspection, &QAction::triggered, this, &PlanPage::recordInspectionForCurrent);
    connect(m_draw, &QAction::triggered, this, &PlanPage::openDrawDialog);
    connect(m_recusals, &QAction::triggered, this, &PlanPage::openRecusals);
    connect(m_newCampaign, &QAction::triggered, m_entries, &PlanEntriesPanel::addEntry);
    connect(m_progress, &PlanProgressTable::domainChosen, this, [this](const QString &domain) {
        setPlanEntry(kAllRows);
        setDomain(domain);
        focusList();
    });
    connect(m_progress, &PlanProgressTable::planEntryChosen, this, [this](qint64 id) {
        setPlanEntry(id);
        focusList();
    });
    connect(m_entries, &PlanEntriesPanel::changed, this, &PlanPage::refresh);
    connect(m_draws, &DrawsPanel::drawMade, this, &PlanPage::refresh);
    updateActions();
}

PlanPage::~PlanPage()
{
    m_table->setModel(nullptr);
}

QWidget *PlanPage::makeFilterRow()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("planToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(m_recordInspection);
    toolBar->addSeparator();
    toolBar->addAction(m_draw);
    toolBar->addAction(m_recusals);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("planYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(today().year());
    m_year->setAccessibleName(tr("Year"));
    m_year->setToolTip(tr("The year of the plan"));
    m_domain = new QComboBox(this);
    m_domain->setObjectName(QStringLiteral("planDomain"));
    m_domain->setAccessibleName(tr("Domain"));
    m_domain->setToolTip(tr("Domain"));
    m_domain->addItem(tr("All domains"), QString());
    for (const QString &code : SupervisionDomain::codes())
        m_domain->addItem(SupervisionDomain::displayName(code), code);
    m_planEntry = new QComboBox(this);
    m_planEntry->setObjectName(QStringLiteral("planEntryFilter"));
    m_planEntry->setAccessibleName(tr("Due because of"));
    m_planEntry->setToolTip(tr("Due because of the frequency rules, or of one campaign or key period"));
    m_planEntry->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_planEntry->setMinimumContentsLength(10);
    m_outstanding = new QCheckBox(tr("&Still due only"), this);
    m_outstanding->setObjectName(QStringLiteral("planOutstandingOnly"));
    m_search = new SearchField(this);
    m_search->setObjectName(QStringLiteral("planSearch"));
    m_search->setPlaceholderText(tr("Search unit, code or township (Ctrl+F)"));
    m_search->setToolTip(tr("Shows only the units whose name, code or township contain the words typed. Escape "
                            "clears the search."));
    m_search->setAccessibleName(tr("Search the plan"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("planCount"));

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *row = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(toolBar, 1);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(yearLabel);
    filters->addWidget(m_year);
    filters->addWidget(m_domain, 1);
    filters->addWidget(m_planEntry, 2);
    filters->addWidget(m_outstanding);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addLayout(top);
    column->addLayout(filters);
    setTabOrder(m_search, m_year);
    setTabOrder(m_year, m_domain);
    setTabOrder(m_domain, m_planEntry);
    setTabOrder(m_planEntry, m_outstanding);
    setTabOrder(m_outstanding, m_table);

    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (!m_quiet)
            refresh();
    });
    connect(m_domain, &QComboBox::currentIndexChanged, this, [this] {
        m_draws->setDomain(m_domain->currentData().toString());
        applyFilter();
    });
    connect(m_planEntry, &QComboBox::currentIndexChanged, this, &PlanPage::applyFilter);
    connect(m_outstanding, &QCheckBox::toggled, this, &PlanPage::applyFilter);
    connect(m_search, &SearchField::searchRequested, this, &PlanPage::applyFilter);
    connect(m_search, &SearchField::resultsFocusRequested, this, &PlanPage::focusList);
    return row;
}

void PlanPage::setDatabase(Database *db)
{
    PlanRowModel *old = m_model;
    m_db = db;
    m_model = nullptr;
    if (db) {
        m_model = new PlanRowModel(*db, this);
        connect(m_model, &PlanRowModel::loadFailed, this, &PlanPage::loadFailed);
        m_table->setModel(m_model);
        if (!old)
            for (int column = 0; column < PlanRowModel::ColumnCount; ++column)
                m_table->setColumnWidth(column, kColumnWidths[column]);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PlanPage::updateActions);
    } else {
        m_table->setModel(nullptr);
    }
    delete old;
    m_entries->setDatabase(db);
    m_draws->setDatabase(db);
    refresh();
}

void PlanPage::showPermitted(const Session &session)
{
    m_session = &session;
    m_entries->showPermitted(session);
    m_draws->showPermitted(session);
    const bool plans = Permissions::allowed(session, Action::PlanInspections);
    m_draw->setVisible(plans);
    m_newCampaign->setVisible(plans);
    m_recusals->setVisible(Permissions::allowed(session, Action::EditInspection));
    m_recordInspection->setVisible(Permissions::allowed(session, Action::EditInspection));
    updateActions();
}

void PlanPage::setToday(const QDate &today)
{
    const bool yearFollowsToday = m_year->value() == this->today().year();
    m_today = today;
    m_draws->setToday(today);
    if (yearFollowsToday)
        setYear(this->today().year());
}

QDate PlanPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PlanPage::setYear(int year)
{
    m_year->setValue(year);
}

void PlanPage::setDomain(const QString &domain)
{
    m_domain->setCurrentIndex(std::max(0, m_domain->findData(domain)));
}

void PlanPage::setPlanEntry(qint64 planEntryId)
{
    m_planEntry->setCurrentIndex(std::max(0, m_planEntry->findData(planEntryId)));
}

PlanFilter PlanPage::filter() const
{
    PlanFilter f;
    f.year = m_year->value();
    f.domain = m_domain->currentData().toString();
    f.outstandingOnly = m_outstanding->isChecked();
    f.search = m_search->term();
    f.planEntryId = m_planEntry->currentIndex() < 0 ? kAllRows : m_planEntry->currentData().toLongLong();
    return f;
}

void PlanPage::fillPlanEntries()
{
    const QVariant chosen = m_planEntry->currentData();
    const QSignalBlocker quiet(m_planEntry);
    m_planEntry->clear();
    m_planEntry->addItem(tr("Every reason"), kAllRows);
    m_planEntry->addItem(tr("The frequency rules"), kFrequencyRules);
    for (const PlanEntry &e : m_entries->entries())
        m_planEntry->addItem(e.title, e.id);
    m_planEntry->setCurrentIndex(std::max(0, m_planEntry->findData(chosen)));
}

void PlanPage::refresh()
{
    const int year = m_year->value();
    m_entries->setYear(year);
    m_draws->setYear(year);
    m_entries->refresh();
    m_draws->refresh();
    fillPlanEntries();
    if (m_db) {
        const Result<QList<PlanProgress>> progress = InspectionPlan::progress(*m_db, year);
        if (!progress)
            emit loadFailed(progress.error().message);
        m_progress->setProgress(progress ? *progress : QList<PlanProgress>{});
    } else {
        m_progress->setProgress({});
    }
    applyFilter();
}

void PlanPage::applyFilter()
{
    if (!m_model)
        return;
    const qint64 entityId =
        m_model->rowAt(m_table->currentIndex().row()) ? m_model->rowAt(m_table->currentIndex().row())->entityId : 0;
    m_model->setFilter(filter());
    updateCount();
    // The same unit stays chosen when it is still among the first rows.
    int row = -1;
    for (int i = 0; entityId != 0 && i < std::min(m_model->total(), PlanRowModel::kPageSize); ++i)
        if (m_model->rowAt(i)->entityId == entityId) {
            row = i;
            break;
        }
    if (row < 0 && m_model->total() > 0)
        row = 0;
    if (row >= 0)
        BrowserLayout::selectRow(m_table, row);
    updateActions();
}

void PlanPage::updateCount()
{
    m_count->setText(tr("%Ln unit(s)", "rows of the plan shown", m_model ? m_model->total() : 0));
}

void PlanPage::updateActions()
{
    const bool row = m_model && m_model->rowAt(m_table->currentIndex().row());
    m_recordInspection->setEnabled(row && m_session);
    m_draw->setEnabled(m_db && m_session);
    m_recusals->setEnabled(m_db && m_session);
    m_newCampaign->setEnabled(m_db && m_session);
}

void PlanPage::recordInspectionForCurrent()
{
    if (!m_model || !m_recordInspection->isVisible())
        return;
    if (const PlanRow *row = m_model->rowAt(m_table->currentIndex().row()))
        emit inspectionRequested(prefillFor(*row));
}

Inspection PlanPage::prefillFor(const PlanRow &row) const
{
    Inspection record;
    record.unit.entityId = row.entityId;
    record.unit.name = row.name;
    record.unit.code = row.code;
    record.domain = row.domain;
    record.inspectedOn = today();
    record.kind = InspectionKind::Routine;
    for (const PlanEntry &entry : m_entries->entries())
        if (row.planEntryId != 0 && entry.id == row.planEntryId) {
            record.planEntryId = entry.id;
            record.kind = entry.kind;
            record.campaign = entry.title;
            record.section = entry.section;
        }
    return record;
}

void PlanPage::openDrawDialog()
{
    m_tabs->setCurrentWidget(m_draws);
    m_draws->newDraw();
}

void PlanPage::openRecusals()
{
    if (!m_db || !m_session)
        return;
    RecusalDialog dialog(*m_db, *m_session, today(), this);
    dialog.exec();
}

void PlanPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PlanPage::focusList()
{
    m_table->setFocus(Qt::OtherFocusReason);
}

void PlanPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Inspections recorded meanwhile change what is still due.
    refresh();
}

void PlanPage::restoreLayout()
{
    kLayout.restore(m_splitter, m_table, {260, 480});
    if (!m_topSplitter->restoreState(QSettings().value(QLatin1String(kTopSplitterKey)).toByteArray()))
        m_topSplitter->setSizes({480, 620});
}

void PlanPage::saveLayout() const
{
    kLayout.save(m_splitter, m_table);
    QSettings().setValue(QLatin1String(kTopSplitterKey), m_topSplitter->saveState());
}

} // namespace casedesk
