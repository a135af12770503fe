#include "casebrowser.h"

#include "auth/permissions.h"
#include "caseeditactions.h"
#include "casefilterbar.h"
#include "caselistmodel.h"
#include "cases/caserepository.h"
#include "cases/caseworkflow.h"
#include "caseview.h"
#include "lazylistpage.h"
#include "searchfield.h"

#include <QAction>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Widths that fit typical values: 永质监罚字〔2026〕第007号, a 案由, a company name.
constexpr int kColumnWidths[CaseListModel::ColumnCount] = {190, 220, 180, 80, 100, 80, 80, 110, 90};
} // namespace

CaseBrowser::CaseBrowser(QWidget *parent) : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("caseToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_newLead = BrowserLayout::makeAction(this, tr("&New Lead…"), QStringLiteral("newLeadAction"),
                                          tr("Register a complaint, a finding or a referral as a new lead"));
    m_newLead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_edit = BrowserLayout::makeAction(
        this, tr("&Edit…"), QStringLiteral("editCaseAction"),
        tr("Change the party, facts, handlers, provisions or penalties, as far as the stage allows"));
    m_advance =
        BrowserLayout::makeAction(this, tr("&Advance…"), QStringLiteral("advanceCaseAction"),
                                  tr("Take the case to its next stage: only the steps you may take are offered"));
    m_advance->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_extend = BrowserLayout::makeAction(this, tr("E&xtend…"), QStringLiteral("extendCaseAction"),
                                         tr("The bureau head's one extension of 30 days for a complex case"));
    m_stopClock =
        BrowserLayout::makeAction(this, tr("&Stop Clock…"), QStringLiteral("stopClockAction"),
                                  tr("A hearing, a test or appraisal, or a public notice: the days do not count"));
    m_resumeClock = BrowserLayout::makeAction(this, tr("&Resume Clock…"), QStringLiteral("resumeClockAction"),
                                              tr("The hearing, test or notice is over: the clock runs again"));
    m_seize = BrowserLayout::makeAction(this, tr("Sei&ze…"), QStringLiteral("seizeAction"),
                                        tr("Record a sealing or seizure, which has its own 30-day limit"));
    m_attach = BrowserLayout::makeAction(this, tr("A&ttach File…"), QStringLiteral("attachFileAction"),
                                         tr("Attach a photo or a scanned document to the case"));
    m_print = BrowserLayout::makeAction(this, tr("&Print…"), QStringLiteral("printCaseDocumentAction"),
                                        tr("Preview and print the document chosen in the case's Documents tab"));
    m_print->setShortcut(QKeySequence::Print);
    m_toolBar->addAction(m_newLead);
    m_toolBar->addSeparator();
    for (QAction *action : {m_edit, m_advance, m_extend, m_stopClock, m_resumeClock, m_seize, m_attach})
        m_toolBar->addAction(action);

    m_filters = new CaseFilterBar(this);
    m_filters->setObjectName(QStringLiteral("caseFilters"));

    m_table = BrowserLayout::makeTable(this, QStringLiteral("caseTable"), tr("Cases"), CaseListModel::ReceivedColumn,
                                       Qt::DescendingOrder);
    QHeaderView *columns = m_table->horizontalHeader();

    m_view = new CaseView(this);
    m_view->setObjectName(QStringLiteral("caseView"));

    m_splitter = BrowserLayout::makeSplitter(this, QStringLiteral("caseSplitter"), m_table, m_view);
    BrowserLayout::layOutPage(this, m_filters, m_toolBar, m_splitter, m_table);

    connect(m_filters, &CaseFilterBar::filterChanged, this, &CaseBrowser::applyFilter);
    connect(m_filters, &CaseFilterBar::resultsFocusRequested, this, &CaseBrowser::focusList);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &CaseBrowser::sortBy);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (m_edit->isEnabled() && m_edit->isVisible() && m_model && m_model->caseId(index.row()) != 0)
            m_edit->trigger();
    });
    connect(m_view, &CaseView::attachRequested, this, [this](qint64 id) {
        if (m_edits)
            m_edits->attach(id);
    });
    connectActions();
    updateActions();
}

CaseBrowser::~CaseBrowser()
{
    m_table->setModel(nullptr);
}

QList<QAction *> CaseBrowser::caseActions() const
{
    return {m_newLead, m_edit, m_advance, m_extend, m_stopClock, m_resumeClock, m_seize, m_attach, m_print};
}

void CaseBrowser::connectActions()
{
    connect(m_newLead, &QAction::triggered, this, [this] {
        if (m_edits)
            m_edits->newLead();
    });
    // Each acts on the case shown; nothing when none is.
    const auto forward = [this](QAction *action, void (CaseEditActions::*act)(qint64)) {
        connect(action, &QAction::triggered, this, [this, act] {
            if (m_edits && m_view->caseId() != 0)
                (m_edits->*act)(m_view->caseId());
        });
    };
    forward(m_edit, &CaseEditActions::editCase);
    forward(m_advance, &CaseEditActions::advance);
    forward(m_extend, &CaseEditActions::extend);
    forward(m_stopClock, &CaseEditActions::suspendClock);
    forward(m_resumeClock, &CaseEditActions::resumeClock);
    forward(m_seize, &CaseEditActions::seize);
    forward(m_attach, &CaseEditActions::attach);
    connect(m_print, &QAction::triggered, this, &CaseBrowser::printCurrentDocument);
}

void CaseBrowser::setEditActions(CaseEditActions *edits)
{
    if (m_edits)
        disconnect(m_edits, nullptr, this, nullptr);
    m_edits = edits;
    if (edits) {
        connect(edits, &CaseEditActions::caseAdded, this, &CaseBrowser::caseAdded);
        connect(edits, &CaseEditActions::caseChanged, this, &CaseBrowser::caseChanged);
    }
    updateActions();
}

void CaseBrowser::setDatabase(Database *db)
{
    CaseListModel *old = m_model;
    m_db = db;
    m_model = nullptr;
    m_view->setDatabase(db);
    if (db) {
        m_model = new CaseListModel(*db, this);
        m_model->setToday(m_today);
        m_table->setModel(m_model);
        if (!old)
            for (int column = 0; column < CaseListModel::ColumnCount; ++column)
                m_table->setColumnWidth(column, kColumnWidths[column]);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CaseBrowser::showCurrent);
        reloadChoices();
        m_model->setFilter(m_filters->filter());
        m_filters->setCount(m_model->total());
        restoreSortFromHeader();
        // The page opens on a case rather than an empty view.
        if (m_model->total() > 0)
            selectRow(0);
    } else {
        m_table->setModel(nullptr);
    }
    delete old;
    showCurrent();
}

void CaseBrowser::showPermitted(const Session &session)
{
    m_session = &session;
    m_view->showPermitted(session);
    const auto permit = [&session](QAction *action, Action what) {
        action->setVisible(Permissions::allowed(session, what));
    };
    permit(m_newLead, Action::EditCase);
    permit(m_edit, Action::EditCase);
    permit(m_seize, Action::EditCase);
    permit(m_attach, Action::EditCase);
    permit(m_extend, Action::ApproveCase);
    permit(m_stopClock, Action::ReviewCase);
    permit(m_resumeClock, Action::ReviewCase);
    m_advance->setVisible(Permissions::allowed(session, Action::EditCase) ||
                          Permissions::allowed(session, Action::ReviewCase) ||
                          Permissions::allowed(session, Action::ApproveCase));
    m_print->setVisible(Permissions::allowed(session, Action::ViewCases));
    updateActions();
}

void CaseBrowser::setToday(const QDate &today)
{
    m_today = today;
    m_view->setToday(today);
    if (m_model)
        m_model->setToday(today);
}

QDate CaseBrowser::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CaseBrowser::updateActions()
{
    const EnforcementCase &c = m_view->shownCase();
    const bool shown = c.id != 0 && m_edits && isVisible();
    const ClockState &clock = m_view->clock();
    m_newLead->setEnabled(m_edits != nullptr);
    // The details may change until the case is reviewed (penalties until the party is told).
    m_edit->setEnabled(shown && (c.stage <= CaseStage::UnderReview) && !caseEnded(c.stage));
    m_advance->setEnabled(shown && m_session && !CaseWorkflow::offered(c, *m_session).isEmpty());
    m_extend->setEnabled(shown && clockRuns(c.stage) && !c.extension);
    m_stopClock->setEnabled(shown && clockRuns(c.stage) && clock.phase == ClockState::Phase::Running);
    m_resumeClock->setEnabled(shown && clock.phase == ClockState::Phase::Stopped);
    m_seize->setEnabled(shown && clockRuns(c.stage));
    m_attach->setEnabled(shown && c.stage != CaseStage::Archived);
    m_print->setEnabled(c.id != 0 && isVisible() && m_view->selectedDocument().has_value());
}

void CaseBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void CaseBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void CaseBrowser::refresh()
{
    if (!m_model)
        return;
    const qint64 id = currentCaseId();
    const int row = m_table->currentIndex().row();
    reloadChoices();
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    if (reselect(id, row, false) < 0 && id != 0) {
        // Out of the list now (filtered out): the case stays shown, read again.
        m_view->showCase(id);
        updateActions();
    }
}

void CaseBrowser::caseAdded(qint64 id)
{
    refresh();
    selectCase(id);
}

void CaseBrowser::caseChanged(qint64 id)
{
    refresh();
    if (m_view->caseId() == id) {
        m_view->reload();
        updateActions();
    }
}

bool CaseBrowser::selectCase(qint64 id)
{
    if (!m_model)
        return false;
    return LazyListPage::selectAnywhere(m_table, *m_model, m_filters, id, [&] {
        const Result<EnforcementCase> found = CaseRepository(*m_db).find(id);
        return found ? found->displayNumber() : QString();
    });
}

qint64 CaseBrowser::currentCaseId() const
{
    return m_model ? m_model->caseId(m_table->currentIndex().row()) : 0;
}

void CaseBrowser::focusSearch()
{
    LazyListPage::focusSearch(m_filters->searchField());
}

void CaseBrowser::focusList()
{
    LazyListPage::focusList(m_table, m_model ? m_model->total() : 0);
}

void CaseBrowser::printCurrentDocument()
{
    if (const auto kind = m_view->selectedDocument())
        m_view->previewDocument(*kind);
}

void CaseBrowser::applyFilter()
{
    if (!m_model)
        return;
    const qint64 id = currentCaseId();
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    m_table->scrollToTop();
    reselect(id, 0, true);
}

void CaseBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model ||
        !LazyListPage::acceptSortColumn(m_table, CaseListModel::sortColumn(column).has_value(),
                                        CaseListModel::columnOf(m_model->sortColumnInForce()), !m_model->ascending()))
        return;
    const qint64 id = currentCaseId();
    m_model->sort(column, order);
    if (reselect(id, 0, false) < 0)
        m_table->scrollToTop();
}

int CaseBrowser::reselect(qint64 id, int hintRow, bool orFirst)
{
    return LazyListPage::reselect(m_table, *m_model, id, hintRow, orFirst, [this] { showCurrent(); });
}

void CaseBrowser::restoreSortFromHeader()
{
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    LazyListPage::sortFromHeader(m_table, *m_model, CaseListModel::sortColumn(column).has_value(),
                                 CaseListModel::ReceivedColumn, Qt::DescendingOrder);
}

void CaseBrowser::restoreLayout()
{
    if (m_layout.restore(m_splitter, m_table, {640, 560}) && m_model) {
        const qint64 id = currentCaseId();
        restoreSortFromHeader();
        reselect(id, 0, false);
    }
}

void CaseBrowser::saveLayout() const
{
    m_layout.save(m_splitter, m_table);
}

void CaseBrowser::selectRow(int row, QAbstractItemView::ScrollHint hint)
{
    BrowserLayout::selectRow(m_table, row, hint);
}

void CaseBrowser::showCurrent()
{
    const qint64 id = currentCaseId();
    const CaseFilter f = m_filters->filter();
    const bool filtered = !f.search.isEmpty() || !f.stages.isEmpty() || !f.sources.isEmpty() || !f.section.isEmpty() ||
                          f.handlerId != 0 || f.year != 0 || f.overdueOnly || f.dueWithinDays;
    if (id != 0)
        m_view->showCase(id);
    else if (m_model && m_model->total() == 0 && !filtered)
        m_view->showPlaceholder(tr("No lead or case to show. Register a complaint or a finding with New Lead."));
    else
        m_view->showPlaceholder(m_model && m_model->total() == 0 ? tr("No case matches the search and filters.")
                                                                 : QString());
    updateActions();
    emit currentCaseChanged(id);
}

void CaseBrowser::reloadChoices()
{
    if (!m_db)
        return;
    const CaseQueries queries(*m_db);
    m_filters->setSections(queries.sections());
    m_filters->setYears(queries.years());
    QList<QPair<qint64, QString>> handlers;
    for (const CaseHandler &h : CaseRepository(*m_db).eligibleHandlers(today()))
        handlers.append({h.staffId, h.name});
    m_filters->setHandlers(handlers);
}

} // namespace casedesk
