#include "inspectionbrowser.h"

#include "auth/permissions.h"
#include "auth/staffdirectory.h"
#include "batchprintdialog.h"
#include "browserlayout.h"
#include "inspectioneditactions.h"
#include "inspectionfilterbar.h"
#include "inspectionlistmodel.h"
#include "inspectionprinter.h"
#include "inspections/inspectionrepository.h"
#include "inspectionview.h"
#include "lazylistpage.h"
#include "searchfield.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace casedesk {

namespace {
// Widths that fit typical values: YQ1-2026-J0007 v2, a company name, 特种设备安全监察股.
constexpr int kColumnWidths[InspectionListModel::ColumnCount] = {150, 90, 200, 90, 100, 120, 120, 70, 140, 150};
} // namespace

InspectionBrowser::InspectionBrowser(QWidget *parent) : QWidget(parent)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("inspectionToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_new = BrowserLayout::makeAction(
        this, tr("&New Inspection…"), QStringLiteral("newInspectionAction"),
        tr("Record an inspection: the unit, the inspectors, the checklist, what was found and done"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_edit = BrowserLayout::makeAction(this, tr("&Edit…"), QStringLiteral("editInspectionAction"),
                                       tr("Change the draft record"));
    m_finish =
        BrowserLayout::makeAction(this, tr("&Finish…"), QStringLiteral("finishInspectionAction"),
                                  tr("Lock the draft: a finished record can only be corrected by a new version"));
    m_correct = BrowserLayout::makeAction(this, tr("C&orrect…"), QStringLiteral("correctInspectionAction"),
                                          tr("Record a corrected version of the finished record, with the reason"));
    m_discard = BrowserLayout::makeAction(this, tr("&Discard Draft…"), QStringLiteral("discardInspectionAction"),
                                          tr("Remove a draft entered by mistake"));
    m_print = BrowserLayout::makeAction(this, tr("&Print…"), QStringLiteral("printInspectionAction"),
                                        tr("Preview and print the inspection record (监督检查记录) on A4"));
    m_print->setShortcut(QKeySequence::Print);
    m_savePdf = BrowserLayout::makeAction(this, tr("Save P&DF…"), QStringLiteral("saveInspectionPdfAction"),
                                          tr("Save the inspection record as a PDF file"));
    m_printDirective =
        BrowserLayout::makeAction(this, tr("Print Di&rective…"), QStringLiteral("printDirectiveAction"),
                                  tr("Preview and print the special-equipment safety supervision directive (指令书)"));
    m_batchPrint =
        BrowserLayout::makeAction(this, tr("Print &Section's Records…"), QStringLiteral("batchPrintAction"),
                                  tr("Print every finished record of a section for a range of days in one go"));
    m_toolBar->addAction(m_new);
    m_toolBar->addSeparator();
    for (QAction *action : {m_edit, m_finish, m_correct, m_discard})
        m_toolBar->addAction(action);
    m_toolBar->addSeparator();
    // The four ways of printing behind one button, so the tool bar fits beside the search box.
    auto *printButton = new QToolButton(m_toolBar);
    printButton->setObjectName(QStringLiteral("printMenuButton"));
    printButton->setText(tr("Print"));
    printButton->setToolTip(tr("Print or save the record, its directive, or a section's records"));
    printButton->setPopupMode(QToolButton::InstantPopup);
    printButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *printMenu = new QMenu(printButton);
    printMenu->addActions({m_print, m_savePdf, m_printDirective});
    printMenu->addSeparator();
    printMenu->addAction(m_batchPrint);
    printButton->setMenu(printMenu);
    m_toolBar->addWidget(printButton);

    m_filters = new InspectionFilterBar(this);
    m_filters->setObjectName(QStringLiteral("inspectionFilters"));

    m_table = BrowserLayout::makeTable(this, QStringLiteral("inspectionTable"), tr("Inspections"),
                                       InspectionListModel::DateColumn, Qt::DescendingOrder);
    QHeaderView *columns = m_table->horizontalHeader();

    m_view = new InspectionView(this);
    m_view->setObjectName(QStringLiteral("inspectionView"));

    m_splitter = BrowserLayout::makeSplitter(this, QStringLiteral("inspectionSplitter"), m_table, m_view);
    BrowserLayout::layOutPage(this, m_filters, m_toolBar, m_splitter, m_table);

    connect(m_filters, &InspectionFilterBar::filterChanged, this, &InspectionBrowser::applyFilter);
    connect(m_filters, &InspectionFilterBar::resultsFocusRequested, this, &InspectionBrowser::focusList);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &InspectionBrowser::sortBy);
    // Enter on a draft edits it; on a finished record it previews the report.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!m_model || m_model->inspectionId(index.row()) == 0)
            return;
        if (m_edit->isEnabled() && m_edit->isVisible())
            m_edit->trigger();
        else if (m_print->isEnabled())
            m_print->trigger();
    });
    connectActions();
    updateActions();
}

InspectionBrowser::~InspectionBrowser()
{
    m_table->setModel(nullptr);
}

QList<QAction *> InspectionBrowser::inspectionActions() const
{
    return {m_new, m_edit, m_finish, m_correct, m_discard, m_print, m_savePdf, m_printDirective, m_batchPrint};
}

void InspectionBrowser::connectActions()
{
    connect(m_new, &QAction::triggered, this, [this] {
        if (m_edits)
            m_edits->newInspection();
    });
    const auto forward = [this](QAction *action, void (InspectionEditActions::*act)(qint64)) {
        connect(action, &QAction::triggered, this, [this, act] {
            if (m_edits && m_view->inspectionId() != 0)
                (m_edits->*act)(m_view->inspectionId());
        });
    };
    forward(m_edit, &InspectionEditActions::edit);
    forward(m_finish, &InspectionEditActions::finish);
    forward(m_correct, &InspectionEditActions::correct);
    forward(m_discard, &InspectionEditActions::discard);
    connect(m_print, &QAction::triggered, this, &InspectionBrowser::printReport);
    connect(m_savePdf, &QAction::triggered, this, &InspectionBrowser::saveReportPdf);
    connect(m_printDirective, &QAction::triggered, this, &InspectionBrowser::printDirective);
    connect(m_batchPrint, &QAction::triggered, this, &InspectionBrowser::printBatch);
}

void InspectionBrowser::setEditActions(InspectionEditActions *edits)
{
    if (m_edits)
        disconnect(m_edits, nullptr, this, nullptr);
    m_edits = edits;
    if (edits) {
        connect(edits, &InspectionEditActions::inspectionAdded, this, &InspectionBrowser::inspectionAdded);
        connect(edits, &InspectionEditActions::inspectionChanged, this, &InspectionBrowser::inspectionChanged);
        connect(edits, &InspectionEditActions::inspectionRemoved, this, &InspectionBrowser::refresh);
    }
    updateActions();
}

void InspectionBrowser::setDatabase(Database *db)
{
    InspectionListModel *old = m_model;
    m_db = db;
    m_model = nullptr;
    m_view->setDatabase(db);
    if (db) {
        m_model = new InspectionListModel(*db, this);
        m_model->setToday(m_today);
        connect(m_model, &InspectionListModel::loadFailed, this, &InspectionBrowser::loadFailed);
        m_table->setModel(m_model);
        if (!old)
            for (int column = 0; column < InspectionListModel::ColumnCount; ++column)
                m_table->setColumnWidth(column, kColumnWidths[column]);
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &InspectionBrowser::showCurrent);
        m_model->setFilter(m_filters->filter());
        m_filters->setCount(m_model->total());
        restoreSortFromHeader();
        if (m_model->total() > 0)
            selectRow(0);
    } else {
        m_table->setModel(nullptr);
    }
    delete old;
    showCurrent();
}

void InspectionBrowser::showPermitted(const Session &session)
{
    m_session = &session;
    m_mayEdit = Permissions::allowed(session, Action::EditInspection);
    for (QAction *action : {m_new, m_edit, m_finish, m_correct, m_discard})
        action->setVisible(m_mayEdit);
    const bool mayView = Permissions::allowed(session, Action::ViewInspections);
    for (QAction *action : {m_print, m_savePdf, m_printDirective, m_batchPrint})
        action->setVisible(mayView);
    m_ownSection.clear();
    if (m_db)
        if (const auto me = StaffDirectory(*m_db).find(session, session.login()))
            m_ownSection = me->section;
    m_filters->setPerson(session.staffId(), m_ownSection);
    updateActions();
}

void InspectionBrowser::setToday(const QDate &today)
{
    m_today = today;
    m_view->setToday(today);
    m_filters->setToday(today);
    if (m_model)
        m_model->setToday(today);
}

QDate InspectionBrowser::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void InspectionBrowser::updateActions()
{
    const Inspection &r = m_view->record();
    const bool shown = r.id != 0 && isVisible();
    const bool editing = shown && m_edits && m_mayEdit;
    const bool draft = r.status == InspectionStatus::Draft && r.current;
    m_new->setEnabled(m_edits != nullptr && m_mayEdit);
    m_edit->setEnabled(editing && draft);
    m_finish->setEnabled(editing && draft);
    m_discard->setEnabled(editing && draft);
    m_correct->setEnabled(editing && r.status == InspectionStatus::Finished && r.current);
    m_print->setEnabled(shown);
    m_savePdf->setEnabled(shown);
    m_printDirective->setEnabled(shown && r.has(InspectionOutcome::Directive) &&
                                 r.status == InspectionStatus::Finished);
    m_batchPrint->setEnabled(m_db != nullptr && isVisible());
}

void InspectionBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void InspectionBrowser::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void InspectionBrowser::refresh()
{
    if (!m_model)
        return;
    const qint64 id = currentInspectionId();
    const int row = m_table->currentIndex().row();
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    if (reselect(id, row, true) < 0 && id != 0 && m_view->inspectionId() == id) {
        m_view->reload();
        updateActions();
    }
}

void InspectionBrowser::inspectionAdded(qint64 id)
{
    refresh();
    selectInspection(id);
}

void InspectionBrowser::inspectionChanged(qint64 id)
{
    refresh();
    // A correction is a new row: the list follows the record to it.
    if (currentInspectionId() != id)
        selectInspection(id);
    else if (m_view->inspectionId() == id)
        m_view->reload();
    updateActions();
}

bool InspectionBrowser::selectInspection(qint64 id)
{
    if (!m_model)
        return false;
    return LazyListPage::selectAnywhere(m_table, *m_model, m_filters, id, [&] {
        const Result<Inspection> found = InspectionRepository(*m_db).find(id);
        return found && found->current ? found->recordNumber : QString();
    });
}

qint64 InspectionBrowser::currentInspectionId() const
{
    return m_model ? m_model->inspectionId(m_table->currentIndex().row()) : 0;
}

void InspectionBrowser::focusSearch()
{
    LazyListPage::focusSearch(m_filters->searchField());
}

void InspectionBrowser::focusList()
{
    LazyListPage::focusList(m_table, m_model ? m_model->total() : 0);
}

bool InspectionBrowser::printReport()
{
    if (!m_db || m_view->inspectionId() == 0)
        return false;
    return InspectionPrinter(*m_db, this).preview(InspectionDocumentKind::Report, {m_view->inspectionId()}, today());
}

bool InspectionBrowser::saveReportPdf()
{
    if (!m_db || m_view->inspectionId() == 0)
        return false;
    return InspectionPrinter(*m_db, this).savePdf(InspectionDocumentKind::Report, {m_view->inspectionId()}, today());
}

bool InspectionBrowser::printDirective()
{
    if (!m_db || m_view->inspectionId() == 0)
        return false;
    return InspectionPrinter(*m_db, this).preview(InspectionDocumentKind::Directive, {m_view->inspectionId()}, today());
}

void InspectionBrowser::printBatch()
{
    if (!m_db)
        return;
    BatchPrintDialog dialog(*m_db, m_ownSection, today(), this);
    dialog.exec();
}

void InspectionBrowser::applyFilter()
{
    if (!m_model)
        return;
    const qint64 id = currentInspectionId();
    m_model->setFilter(m_filters->filter());
    m_filters->setCount(m_model->total());
    m_table->scrollToTop();
    reselect(id, 0, true);
}

void InspectionBrowser::sortBy(int column, Qt::SortOrder order)
{
    if (!m_model || !LazyListPage::acceptSortColumn(m_table, InspectionListModel::sortColumn(column).has_value(),
                                                    InspectionListModel::columnOf(m_model->sortInForce().column),
                                                    m_model->sortInForce().descending))
        return;
    const qint64 id = currentInspectionId();
    m_model->sort(column, order);
    if (reselect(id, 0, false) < 0)
        m_table->scrollToTop();
}

int InspectionBrowser::reselect(qint64 id, int hintRow, bool orFirst)
{
    return LazyListPage::reselect(m_table, *m_model, id, hintRow, orFirst, [this] { showCurrent(); });
}

void InspectionBrowser::restoreSortFromHeader()
{
    const int column = m_table->horizontalHeader()->sortIndicatorSection();
    LazyListPage::sortFromHeader(m_table, *m_model, InspectionListModel::sortColumn(column).has_value(),
                                 InspectionListModel::DateColumn, Qt::DescendingOrder);
}

void InspectionBrowser::restoreLayout()
{
    if (m_layout.restore(m_splitter, m_table, {660, 540}) && m_model) {
        const qint64 id = currentInspectionId();
        restoreSortFromHeader();
        reselect(id, 0, false);
    }
    m_filters->restoreState();
}

void InspectionBrowser::saveLayout() const
{
    m_layout.save(m_splitter, m_table);
    m_filters->saveState();
}

void InspectionBrowser::selectRow(int row, QAbstractItemView::ScrollHint hint)
{
    BrowserLayout::selectRow(m_table, row, hint);
}

void InspectionBrowser::showCurrent()
{
    const qint64 id = currentInspectionId();
    const InspectionFilter f = m_filters->filter();
    const bool filtered = !f.search.isEmpty() || f.inspectorId != 0 || !f.section.isEmpty() || f.from.isValid() ||
                          f.kind || !f.domain.isEmpty() || f.status || f.followUpOpen;
    if (id != 0)
        m_view->showInspection(id);
    else if (m_model && m_model->total() == 0 && !filtered)
        m_view->showPlaceholder(tr("No inspection recorded yet. Record one with New Inspection (Ctrl+Shift+I)."));
    else
        m_view->showPlaceholder(m_model && m_model->total() == 0 ? tr("No inspection matches the search and filters.")
                                                                 : QString());
    updateActions();
    emit currentInspectionChanged(id);
}

} // namespace casedesk
