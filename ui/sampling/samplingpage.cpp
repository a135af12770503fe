#include "samplingpage.h"

#include "auth/permissions.h"
#include "browserlayout.h"
#include "lazylistpage.h"
#include "sampling/samplingrepository.h"
#include "samplingactions.h"
#include "samplingdetailview.h"
#include "samplingfilterbar.h"
#include "samplinglistmodel.h"
#include "searchfield.h"

#include <QAction>
#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>

namespace casedesk {

namespace {
const BrowserLayout kLayout(QStringLiteral("samplingPage"));
constexpr int kColumnWidths[SamplingListModel::ColumnCount] = {125, 150, 90, 56, 100, 80, 90, 70, 180, 160};
} // namespace

SamplingPage::SamplingPage(QWidget *parent) : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("samplingToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = BrowserLayout::makeAction(this, tr("&New Batch…"), QStringLiteral("newSamplingBatch"),
                                      tr("Record a batch of supervision sampling"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_edit = BrowserLayout::makeAction(this, tr("&Edit…"), QStringLiteral("editSamplingBatch"),
                                       tr("Change the batch's plan, product, samples or samplers"));
    m_result = BrowserLayout::makeAction(this, tr("Enter &Result…"), QStringLiteral("samplingResult"),
                                         tr("The lab's result: pass or fail, the report"));
    m_delivered =
        BrowserLayout::makeAction(this, tr("&Delivered…"), QStringLiteral("samplingDelivered"),
                                  tr("The day the report reached the enterprise: the 15 days to object start"));
    m_objection =
        BrowserLayout::makeAction(this, tr("&Objection…"), QStringLiteral("samplingObjection"),
                                  tr("The enterprise objected to the result; then create the re-test batch (复检)"));
    m_rectified = BrowserLayout::makeAction(this, tr("Recti&fied…"), QStringLiteral("samplingRectified"),
                                            tr("The enterprise reports the failed product rectified"));
    m_recheck =
        BrowserLayout::makeAction(this, tr("Re-&check Requested…"), QStringLiteral("samplingRecheck"),
                                  tr("The enterprise asks for a re-check; then create the re-check batch (复查)"));
    m_openCase = BrowserLayout::makeAction(this, tr("Open &Case…"), QStringLiteral("samplingOpenCase"),
                                           tr("Register a lead from the failed batch"));
    m_discard = BrowserLayout::makeAction(this, tr("Discard Batch…"), QStringLiteral("samplingDiscard"),
                                          tr("Remove a batch still awaiting its result"));
    m_print = BrowserLayout::makeAction(this, tr("&Print Notice…"), QStringLiteral("printSamplingNotice"),
                                        tr("Preview and print the sampling notice (抽查通知书) on A4"));
    m_print->setShortcut(QKeySequence::Print);
    m_savePdf = BrowserLayout::makeAction(this, tr("Save Notice as P&DF…"), QStringLiteral("saveSamplingNoticePdf"),
                                          tr("Save the sampling notice as PDF"));
    // The steps of a batch in their order; editing (Enter or a double-click)
    // and printing (Ctrl+P) are in the menu and the list's context menu, so
    // the steps fit beside the search box.
    m_toolBar->addAction(m_new);
    m_toolBar->addSeparator();
    for (QAction *action : {m_result, m_delivered, m_objection, m_rectified, m_recheck, m_openCase})
        m_toolBar->addAction(action);

    m_filters = new SamplingFilterBar(this);
    m_filters->setObjectName(QStringLiteral("samplingFilters"));

    m_table = BrowserLayout::makeTable(this, QStringLiteral("samplingTable"), tr("Sampling batches"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addActions(batchActions());

    m_view = new SamplingDetailView(this);
    m_view->setObjectName(QStringLiteral("samplingDetail"));

    m_splitter = BrowserLayout::makeSplitter(this, QStringLiteral("samplingSplitter"), m_table, m_view);
    BrowserLayout::layOutPage(this, m_filters, m_toolBar, m_splitter, m_table);

    connect(m_filters, &SamplingFilterBar::filterChanged, this, &SamplingPage::applyFilter);
    connect(m_filters, &SamplingFilterBar::resultsFocusRequested, this, &SamplingPage::focusList);
    connect(m_view, &SamplingDetailView::batchRequested, this, &SamplingPage::selectBatch);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            m_edit->trigger();
    });
    connectActions();
    updateActions();
}

SamplingPage::~SamplingPage()
{
    m_table->setModel(nullptr);
}

QList<QAction *> SamplingPage::batchActions() const
{
    return {m_new,     m_edit,     m_result,  m_delivered, m_objection, m_rectified,
            m_recheck, m_openCase, m_discard, m_print,     m_savePdf};
}

void SamplingPage::connectActions()
{
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_actions)
            m_actions->newBatch();
    });
    const auto forward = [this](QAction *action, void (SamplingActions::*act)(qint64)) {
        connect(action, &QAction::triggered, this, [this, act] {
            if (m_actions && m_view->batch().id != 0)
                (m_actions->*act)(m_view->batch().id);
        });
    };
    forward(m_edit, &SamplingActions::edit);
    forward(m_result, &SamplingActions::enterResult);
    forward(m_delivered, &SamplingActions::deliver);
    forward(m_objection, &SamplingActions::objection);
    forward(m_rectified, &SamplingActions::rectified);
    forward(m_recheck, &SamplingActions::requestRecheck);
    forward(m_openCase, &SamplingActions::openCase);
    forward(m_discard, &SamplingActions::discard);
    forward(m_print, &SamplingActions::printNotice);
    forward(m_savePdf, &SamplingActions::saveNoticePdf);
}

void SamplingPage::attachActions()
{
    delete m_actions;
    m_actions = nullptr;
    if (!m_db || !m_session)
        return;
    m_actions = new SamplingActions(*m_db, *m_session, this);
    m_actions->setToday(m_today);
    connect(m_actions, &SamplingActions::batchAdded, this, &SamplingPage::batchAdded);
    connect(m_actions, &SamplingActions::batchChanged, this, &SamplingPage::batchChanged);
    connect(m_actions, &SamplingActions::caseOpened, this, &SamplingPage::caseOpened);
}

void SamplingPage::setDatabase(Database *db)
{
    SamplingListModel *old = m_model;
    m_db = db;
    m_model = nullptr;
    m_view->setDatabase(db);
    if (db) {
        m_model = new SamplingListModel(*db, this);
        m_model->setToday(m_today);
        connect(m_model, &SamplingListModel::loadFailed, this, &SamplingPage::loadFailed);
        m_table->setModel(m_model);
        if (!old)
            for (int column = 0; column < SamplingListModel::ColumnCount; ++column)
                m_table->setColumnWidth(column, kColumnWidths[column]);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SamplingPage::showCurrent);
        m_filters->setSections(SamplingQueries::sections(*db));
        m_model->setFilter(m_filters->filter());
        m_filters->setCount(m_model->total());
        if (m_model->total() > 0)
            selectRow(0);
    } else {
        m_table->setModel(nullptr);
    }
    delete old;
    attachActions();
    showCurrent();
}

void SamplingPage::showPermitted(const Session &session)
{
    m_session = &session;
    const bool edits = Permissions::allowed(session, Action::EditInspection);
    for (QAction *action :
         {m_new, m_edit, m_result, m_delivered, m_objection, m_rectified, m_recheck, m_openCase, m_discard})
        action->setVisible(edits);
    const bool views = Permissions::allowed(session, Action::ViewInspections);
    m_print->setVisible(views);
    m_savePdf->setVisible(views);
    attachActions();
    updateActions();
}

void SamplingPage::setToday(const QDate &today)
{
    m_today = today;
    m_view->setToday(today);
    if (m_model)
        m_model->setToday(today);
    if (m_actions)
        m_actions->setToday(today);
}

QDate SamplingPage::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void SamplingPage::updateActions()
{
    const SamplingBatch &b = m_view->batch();
    const bool shown = b.id != 0 && m_actions && isVisible();
    const bool known = b.result != SamplingResult::Pending;
    const bool failed = b.result == SamplingResult::Fail;
    m_new->setEnabled(m_actions != nullptr);
    m_edit->setEnabled(shown);
    m_result->setEnabled(shown && !b.deliveredOn.isValid());
    m_delivered->setEnabled(shown && known && !b.deliveredOn.isValid());
    // An objection only while its window is open.
    const QList<SamplingDeadline> &deadlines = m_view->deadlines();
    const bool objectionOpen = std::any_of(deadlines.cbegin(), deadlines.cend(), [this](const SamplingDeadline &d) {
        return d.kind == SamplingDeadlineKind::Objection && SamplingClock::pending(d, today());
    });
    m_objection->setEnabled(shown && objectionOpen && !b.objectionOn.isValid());
    m_rectified->setEnabled(shown && failed && b.deliveredOn.isValid() && !b.rectifiedOn.isValid());
    m_recheck->setEnabled(shown && b.rectifiedOn.isValid() && !b.recheckRequestedOn.isValid());
    m_openCase->setEnabled(shown && failed && b.caseId == 0);
    m_discard->setEnabled(shown && !known);
    m_print->setEnabled(b.id != 0 && isVisible());
    m_savePdf->setEnabled(b.id != 0 && isVisible());
}

void SamplingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void SamplingPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void SamplingPage::refresh()
{
    if (!m_model)
        return;
    const qint64 id = currentBatchId();
    const int row = m_table->currentIndex().row();
    m_filters->setSections(SamplingQueries::sections(*m_db));
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    const int found = m_model->rowOf(id, row);
    if (found >= 0) {
        selectRow(found);
        m_view->reload();
    } else if (id != 0) {
        m_view->showBatch(id);
    } else {
        showCurrent();
    }
    updateActions();
}

void SamplingPage::batchAdded(qint64 id)
{
    refresh();
    selectBatch(id);
    emit batchesChanged();
}

void SamplingPage::batchChanged(qint64 id)
{
    refresh();
    if (m_view->batch().id == id)
        m_view->reload();
    updateActions();
    emit batchesChanged();
}

bool SamplingPage::selectBatch(qint64 id)
{
    if (!m_model)
        return false;
    return LazyListPage::selectAnywhere(m_table, *m_model, m_filters, id, [&] {
        const Result<SamplingBatch> found = SamplingRepository(*m_db).find(id);
        return found ? found->batchNumber : QString();
    });
}

qint64 SamplingPage::currentBatchId() const
{
    return m_model ? m_model->batchId(m_table->currentIndex().row()) : 0;
}

void SamplingPage::focusSearch()
{
    LazyListPage::focusSearch(m_filters->searchField());
}

void SamplingPage::focusList()
{
    LazyListPage::focusList(m_table, m_model ? m_model->total() : 0);
}

void SamplingPage::applyFilter()
{
    if (!m_model)
        return;
    const qint64 id = currentBatchId();
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    m_table->scrollToTop();
    LazyListPage::reselect(m_table, *m_model, id, 0, true, [this] { showCurrent(); });
}

void SamplingPage::selectRow(int row, QAbstractItemView::ScrollHint hint)
{
    BrowserLayout::selectRow(m_table, row, hint);
}

void SamplingPage::showCurrent()
{
    const qint64 id = currentBatchId();
    if (id != 0)
        m_view->showBatch(id);
    else if (m_model && m_model->total() == 0 && m_filters->filter().search.isEmpty())
        m_view->showPlaceholder(tr("No sampling batch to show. Record one with New Batch."));
    else
        m_view->showPlaceholder(m_model ? tr("No batch matches the search and filters.") : QString());
    updateActions();
}

void SamplingPage::restoreLayout()
{
    kLayout.restore(m_splitter, m_table, {740, 460});
}

void SamplingPage::saveLayout() const
{
    kLayout.save(m_splitter, m_table);
}

} // namespace casedesk
