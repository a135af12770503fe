// The case page as its users drive it: the list of leads and cases read a
// page at a time, narrowed by the filters and the search, sorted by SQL;
// the case view with its clock, details and timeline; the tool bar showing
// only what the signed-in person may do and enabling what the stage
// allows; Ctrl+4, Ctrl+F and Escape; the page following CaseEditActions'
// changes.
#include "auth/permissions.h"
#include "cases/caseattachmentspanel.h"
#include "cases/casebrowser.h"
#include "cases/casecontrols.h"
#include "cases/caseeditactions.h"
#include "cases/casefilterbar.h"
#include "cases/caselistmodel.h"
#include "cases/caserepository.h"
#include "cases/caseview.h"
#include "cases/statutoryclock.h"
#include "casewindow.h"
#include "duemarking.h"
#include "guitestsupport.h"
#include "mainwindowactions.h"
#include "recordtable.h"
#include "searchfield.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

CaseBrowser *browserOf(const CaseWindow &w)
{
    return w.window->caseBrowser();
}

// Chooses the combo's entry whose data is `value` (as a click in its list would).
void choose(QComboBox *combo, const QVariant &value)
{
    const int index = combo->findData(value);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QStringList columnTexts(CaseBrowser *browser, int column)
{
    QStringList texts;
    CaseListModel *model = browser->model();
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, column).data().toString();
    return texts;
}

// A case filed four months ago and still under investigation: overdue.
EnforcementCase overdueCase(CaseWindow &w, int n = 2)
{
    return caseAtStage(w.temp.db(), w.staff, CaseStage::Investigating, w.today.addMonths(-4), n);
}

// A filed case whose decision falls due within the next week.
EnforcementCase caseDueSoon(CaseWindow &w, int n = 3)
{
    const EnforcementCase c = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(5).addMonths(-3), n);
    const ClockState clock = StatutoryClock::evaluate(c, w.today);
    REQUIRE(clock.daysLeft >= 0);
    REQUIRE(clock.daysLeft <= CaseFilterBar::kSoonDays);
    return c;
}

} // namespace

TEST_CASE("the case page lists leads a page at a time and narrows them by every filter", "[gui][cases]")
{
    CaseWindow w;
    const QList<qint64> leads = w.storeLeads(230);
    const EnforcementCase overdue = overdueCase(w);
    const EnforcementCase dueSoon = caseDueSoon(w);
    // A case of a third inspector, the only one the handler filter should keep.
    const Session insp3 =
        addColleague(w.temp.db(), w.staff.admin, QStringLiteral("insp3"), {Role::Inspector}, QStringLiteral("赵强"));
    EnforcementCase other = sampleLead(w.temp.db(), w.staff, w.today, 4);
    other.handlers[1].staffId = insp3.staffId();
    other.handlers[1].login = insp3.login();
    auto third = CaseRepository(w.temp.db()).registerLead(w.staff.clerk, other, w.today);
    REQUIRE(third);
    w.open(w.staff.clerk);

    CaseBrowser *browser = browserOf(w);
    CaseListModel *model = browser->model();
    CaseFilterBar *filters = browser->filterBar();
    REQUIRE(model->total() == 233);
    CHECK(filters->countLabel()->text() == QStringLiteral("233 case(s)"));
    // Only the pages the view shows were read.
    CHECK(model->cachedPages() <= 2);
    browser->tableView()->scrollToBottom();
    CHECK(model->caseId(232) != 0);
    CHECK(model->cachedPages() <= 3);

    // The stage: the filed case alone; then every open case.
    choose(filters->stageFilter(), int(CaseStage::Filed));
    REQUIRE(model->total() == 1);
    CHECK(model->caseId(0) == dueSoon.id);
    CHECK(browser->caseView()->caseId() == dueSoon.id);
    CHECK(model->index(0, CaseListModel::StageColumn).data().toString() == caseStages().name(CaseStage::Filed));
    choose(filters->stageFilter(), CaseFilterBar::kOpenStages);
    CHECK(model->total() == 233);
    filters->stageFilter()->setCurrentIndex(0);

    // Overdue: the case filed four months ago, its days in red.
    choose(filters->dueFilter(), int(CaseFilterBar::Due::Overdue));
    REQUIRE(model->total() == 1);
    CHECK(model->caseId(0) == overdue.id);
    const QModelIndex due = model->index(0, CaseListModel::DueColumn);
    const int daysLeft = StatutoryClock::evaluate(overdue, w.today).daysLeft;
    REQUIRE(daysLeft < 0);
    CHECK(due.data().toString() == DueMarking::daysLeft(daysLeft));
    CHECK(due.data(Qt::ForegroundRole).value<QBrush>().color() == DueMarking::warningText());
    // Due within a week: the soon one and the overdue one.
    choose(filters->dueFilter(), int(CaseFilterBar::Due::Within7Days));
    CHECK(model->total() == 2);
    filters->dueFilter()->setCurrentIndex(0);

    // The handler: only the case 赵强 handles.
    choose(filters->handlerFilter(), insp3.staffId());
    REQUIRE(model->total() == 1);
    CHECK(model->caseId(0) == third->id);
    CHECK(model->index(0, CaseListModel::HandlersColumn).data().toString().contains(QStringLiteral("赵强")));
    filters->handlerFilter()->setCurrentIndex(0);

    // The source: leads 3, 6, 9 … came from an inspection.
    choose(filters->sourceFilter(), int(CaseSource::Inspection));
    CHECK(model->total() == 76);
    filters->sourceFilter()->setCurrentIndex(0);
    // The year a lead was received or a case filed: every 50th lead last
    // year (and, early in the year, the cases filed months ago).
    int lastYear = 0;
    for (const qint64 id : leads)
        lastYear += CaseRepository(w.temp.db()).find(id)->receivedOn.year() == w.today.year() - 1;
    CHECK(lastYear >= 4);
    for (const EnforcementCase &c : {overdue, dueSoon})
        lastYear += c.receivedOn.year() == w.today.year() - 1 || c.filedOn.year() == w.today.year() - 1;
    choose(filters->yearFilter(), w.today.year() - 1);
    CHECK(model->total() == lastYear);
    filters->yearFilter()->setCurrentIndex(0);
    CHECK(model->total() == 233);

    // Two Chinese characters typed: the 23 food leads.
    filters->searchField()->setFocus();
    typeText(filters->searchField(), QStringLiteral("食品"));
    REQUIRE(waitUntil([&] { return model->total() == 23; }));
    for (const QString &title : columnTexts(browser, CaseListModel::TitleColumn))
        CHECK(title.contains(QStringLiteral("食品")));
    QTest::keyClick(filters->searchField(), Qt::Key_Escape);
    CHECK(filters->searchField()->text().isEmpty());
    CHECK(model->total() == 233);
    CHECK(leads.size() == 230);
}

TEST_CASE("the case list sorts by the columns SQL sorts", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase overdue = overdueCase(w, 2);
    const EnforcementCase dueSoon = caseDueSoon(w, 3);
    const EnforcementCase lead = caseAtStage(w.temp.db(), w.staff, CaseStage::Lead, w.today, 4);
    w.open(w.staff.clerk);
    CaseBrowser *browser = browserOf(w);
    CaseListModel *model = browser->model();
    QHeaderView *header = browser->tableView()->horizontalHeader();
    REQUIRE(model->total() == 3);

    // The default: the most recently received first.
    CHECK(model->caseId(0) == lead.id);
    CHECK(model->caseId(2) == overdue.id);
    // By the deadline, the nearest first: overdue, then the one due soon.
    header->setSortIndicator(CaseListModel::DueColumn, Qt::AscendingOrder);
    CHECK(model->caseId(0) == overdue.id);
    CHECK(model->caseId(1) == dueSoon.id);
    // A column SQL does not sort keeps the order in force.
    header->setSortIndicator(CaseListModel::TitleColumn, Qt::AscendingOrder);
    CHECK(header->sortIndicatorSection() == CaseListModel::DueColumn);
    CHECK(model->caseId(0) == overdue.id);
    // By the stage: the lead first.
    header->setSortIndicator(CaseListModel::StageColumn, Qt::AscendingOrder);
    CHECK(model->caseId(0) == lead.id);
}

TEST_CASE("the case view shows the clock, the details and every step", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase c = overdueCase(w);
    w.open(w.staff.clerk);
    CaseBrowser *browser = browserOf(w);
    REQUIRE(browser->selectCase(c.id));
    CaseView *view = browser->caseView();
    REQUIRE(view->caseId() == c.id);

    CHECK(view->numberLabel()->text() == c.displayNumber(QStringLiteral("永质监")));
    CHECK(view->numberLabel()->text().startsWith(QStringLiteral("永质监罚字〔")));
    CHECK(view->stageLabel()->text() == caseStages().name(CaseStage::Investigating));
    const ClockState clock = StatutoryClock::evaluate(c, w.today);
    REQUIRE(clock.overdue());
    CHECK(view->clockDueLabel()->text().contains(clock.due.toString(Qt::ISODate)));
    CHECK(view->clockDaysLabel()->text() == DueMarking::daysLeft(clock.daysLeft));
    CHECK(view->clockDaysLabel()->palette().color(QPalette::WindowText) == DueMarking::warningText());
    CHECK(view->clockBasisLabel()->text() == clock.basis);

    const QString details = view->detailsBrowser()->toPlainText();
    CHECK(details.contains(QStringLiteral("永清县第2电线电缆有限公司")));
    CHECK(details.contains(QStringLiteral("张伟")));
    CHECK(details.contains(QStringLiteral("刘洋")));
    CHECK(details.contains(QStringLiteral("《产品质量法》第四十九条")));
    CHECK(details.contains(QStringLiteral("30,000.00–100,000.00 yuan")));
    CHECK(details.contains(QStringLiteral("导体电阻不合格")));

    // Lead, filed, investigating: who took each step, from which stage.
    RecordTable *timeline = view->timelineTable();
    const QList<CaseStep> steps = CaseRepository(w.temp.db()).steps(c.id);
    REQUIRE(timeline->rowCount() == steps.size());
    int filedRow = -1;
    for (int row = 0; row < timeline->rowCount(); ++row)
        if (timeline->item(row, CaseView::StepColumn)->text() == caseStages().name(CaseStage::Filed))
            filedRow = row;
    REQUIRE(filedRow >= 0);
    CHECK(timeline->item(filedRow, CaseView::DateColumn)->text() == w.today.addMonths(-4).toString(Qt::ISODate));
    CHECK(timeline->item(filedRow, CaseView::StagesColumn)->text() ==
          QStringLiteral("%1 → %2").arg(caseStages().name(CaseStage::Lead), caseStages().name(CaseStage::Filed)));
    CHECK(timeline->item(filedRow, CaseView::OpinionColumn)->text() == QStringLiteral("同意立案"));
    CHECK(timeline->item(filedRow, CaseView::WhoColumn)->text() == QStringLiteral("王建国"));
    CHECK_FALSE(timeline->item(filedRow, CaseView::RecordedColumn)->text().isEmpty());
}

TEST_CASE("a decided case shows its penalties and its seizure's own deadline", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase decided = caseAtStage(w.temp.db(), w.staff, CaseStage::Decided, w.today.addDays(-40), 5);
    const EnforcementCase filed = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-40), 6);
    Seizure seizure;
    seizure.items = QStringLiteral("BV2.5电线200卷");
    seizure.place = QStringLiteral("当事人仓库");
    seizure.from = w.today.addDays(-35);
    REQUIRE(CaseRepository(w.temp.db()).seize(w.staff.inspectorA, filed.id, seizure, w.today));
    w.open(w.staff.clerk);
    CaseBrowser *browser = browserOf(w);

    REQUIRE(browser->selectCase(decided.id));
    const QString penalties = browser->caseView()->detailsBrowser()->toPlainText();
    CHECK(penalties.contains(QStringLiteral("50,000.00元")));
    // 50,000 of 30,000–100,000 is in the lighter band (below 51,000).
    REQUIRE(decided.penalties.at(0).tier == DiscretionTier::Lighter);
    CHECK(penalties.contains(discretionTiers().name(DiscretionTier::Lighter)));
    CHECK(penalties.contains(QStringLiteral("初次违法，积极配合调查")));
    CHECK(penalties.contains(QStringLiteral("停止生产销售不合格电线")));
    CHECK(browser->caseView()->clockDaysLabel()->text().isEmpty()); // decided: the clock is over

    // Sealed 35 days ago: 5 days past its 30-day limit.
    REQUIRE(browser->selectCase(filed.id));
    const QString seized = browser->caseView()->detailsBrowser()->toPlainText();
    CHECK(seized.contains(QStringLiteral("BV2.5电线200卷")));
    CHECK(seized.contains(w.today.addDays(-5).toString(Qt::ISODate)));
    CHECK(seized.contains(DueMarking::daysLeft(-5)));
    CHECK(browser->caseView()->detailsBrowser()->toHtml().contains(DueMarking::warningText().name()));
}

TEST_CASE("the case tool bar shows what the person may do and enables what the stage allows", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase lead = caseAtStage(w.temp.db(), w.staff, CaseStage::Lead, w.today, 2);
    const EnforcementCase filed = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-10), 3);

    SECTION("a clerk registers leads and records, but neither extends nor stops the clock")
    {
        w.open(w.staff.clerk);
        CaseBrowser *browser = browserOf(w);
        CHECK(browser->newLeadAction()->isVisible());
        CHECK(browser->newLeadAction()->isEnabled());
        CHECK(browser->editAction()->isVisible());
        CHECK(browser->advanceAction()->isVisible());
        CHECK_FALSE(browser->extendAction()->isVisible());
        CHECK_FALSE(browser->stopClockAction()->isVisible());
        CHECK_FALSE(browser->resumeClockAction()->isVisible());
        // Only the bureau head takes a lead further.
        REQUIRE(browser->selectCase(lead.id));
        CHECK(browser->editAction()->isEnabled());
        CHECK_FALSE(browser->advanceAction()->isEnabled());
        CHECK(browser->attachAction()->isEnabled());
        CHECK_FALSE(browser->seizeAction()->isEnabled());
        // A filed case: the handlers start the investigation and may seize.
        REQUIRE(browser->selectCase(filed.id));
        CHECK(browser->advanceAction()->isEnabled());
        CHECK(browser->seizeAction()->isEnabled());
        // The menu holds the same actions.
        CHECK(w.window->actions().casesMenu->actions().contains(browser->newLeadAction()));
        // Out of view, the case's actions wait (the menu must not act on a case unseen).
        w.window->showPage(MainWindow::Page::Start);
        CHECK_FALSE(browser->advanceAction()->isEnabled());
        CHECK(browser->newLeadAction()->isEnabled());
        w.window->showPage(MainWindow::Page::Cases);
        CHECK(browser->advanceAction()->isEnabled());
    }
    SECTION("the bureau head extends and stops the clock of a filed case, not of a lead")
    {
        w.open(w.staff.head);
        CaseBrowser *browser = browserOf(w);
        CHECK(browser->extendAction()->isVisible());
        CHECK(browser->stopClockAction()->isVisible());
        REQUIRE(browser->selectCase(lead.id));
        CHECK(browser->advanceAction()->isEnabled());
        CHECK_FALSE(browser->extendAction()->isEnabled());
        CHECK_FALSE(browser->stopClockAction()->isEnabled());
        REQUIRE(browser->selectCase(filed.id));
        CHECK(browser->extendAction()->isEnabled());
        CHECK(browser->stopClockAction()->isEnabled());
        CHECK_FALSE(browser->resumeClockAction()->isEnabled());
    }
    SECTION("the administrator reads the cases but registers none")
    {
        REQUIRE_FALSE(Permissions::allowed(w.staff.admin, Action::EditCase));
        w.open(w.staff.admin);
        CaseBrowser *browser = browserOf(w);
        CHECK(browser->model()->total() == 2);
        CHECK_FALSE(browser->newLeadAction()->isVisible());
        CHECK_FALSE(browser->editAction()->isVisible());
        CHECK_FALSE(browser->advanceAction()->isVisible());
        CHECK_FALSE(browser->caseView()->attachmentsPanel()->addButton()->isVisibleTo(browser->caseView()));
    }
}

TEST_CASE("the case page follows what CaseEditActions reports", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase filed = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-10), 2);
    w.open(w.staff.head);
    CaseBrowser *browser = browserOf(w);
    CaseEditActions *edits = w.window->caseControls()->editActions();
    REQUIRE(edits);
    REQUIRE(browser->selectCase(filed.id));
    REQUIRE(browser->extendAction()->isEnabled());
    const QDate dueBefore = browser->caseView()->clock().due;

    // Extended (as the extension dialog would do it), then reported.
    REQUIRE(CaseRepository(w.temp.db()).extend(w.staff.head, filed.id, w.today, QStringLiteral("案情复杂"), w.today));
    emit edits->caseChanged(filed.id);
    CHECK(browser->caseView()->clock().due == dueBefore.addDays(StatutoryClock::kExtensionDays));
    CHECK_FALSE(browser->extendAction()->isEnabled());

    // A new lead is shown, selected, on the case page.
    w.window->showPage(MainWindow::Page::Start);
    EnforcementCase lead = sampleLead(w.temp.db(), w.staff, w.today, 3);
    lead.title = QStringLiteral("涉嫌销售过期食品案");
    auto added = CaseRepository(w.temp.db()).registerLead(w.staff.head, lead, w.today);
    REQUIRE(added);
    emit edits->caseAdded(added->id);
    CHECK(w.window->currentPage() == MainWindow::Page::Cases);
    CHECK(browser->currentCaseId() == added->id);
    CHECK(browser->model()->total() == 2);
    CHECK(browser->caseView()->numberLabel()->text() == added->leadNumber);
}

TEST_CASE("Ctrl+4 opens the case page, Ctrl+F its search, Escape clears it", "[gui][cases]")
{
    CaseWindow w;
    w.storeLeads(12);
    w.open(w.staff.clerk);
    w.window->showPage(MainWindow::Page::Start);
    QTest::keyClick(w.window.get(), Qt::Key_4, Qt::ControlModifier);
    REQUIRE(w.window->currentPage() == MainWindow::Page::Cases);
    CHECK(w.window->actions().showCases->isChecked());
    CaseBrowser *browser = browserOf(w);
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    SearchField *search = browser->filterBar()->searchField();
    REQUIRE(search->hasFocus());
    typeText(search, QStringLiteral("食品"));
    REQUIRE(waitUntil([&] { return browser->model()->total() == 1; }));
    QTest::keyClick(search, Qt::Key_Escape);
    CHECK(search->text().isEmpty());
    CHECK(browser->model()->total() == 12);
    // The food lead the search led to stays selected; Down goes on to the list.
    const qint64 found = browser->currentCaseId();
    CHECK(browser->model()->rowOf(found) >= 0);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(browser->tableView()->hasFocus());
    CHECK(browser->caseView()->caseId() == found);
}

TEST_CASE("the case view lists the attachments and saves a copy of one", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase c = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-3), 2);
    const QByteArray photo = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, 'x');
    auto attached =
        CaseRepository(w.temp.db())
            .attach(w.staff.inspectorA, c.id, QStringLiteral("现场照片1.png"), photo, QStringLiteral("仓库门口"));
    REQUIRE(attached);
    w.open(w.staff.inspectorA);
    CaseBrowser *browser = browserOf(w);
    REQUIRE(browser->selectCase(c.id));
    CaseAttachmentsPanel *panel = browser->caseView()->attachmentsPanel();
    RecordTable *table = panel->table();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, CaseAttachmentsPanel::NameColumn)->text() == QStringLiteral("现场照片1.png"));
    CHECK(table->item(0, CaseAttachmentsPanel::SizeColumn)->text() == CaseAttachmentsPanel::sizeText(2008));
    CHECK(table->item(0, CaseAttachmentsPanel::HashColumn)->text() == attached->sha256.left(12));
    CHECK(table->item(0, CaseAttachmentsPanel::NoteColumn)->text() == QStringLiteral("仓库门口"));
    CHECK(panel->addButton()->isVisibleTo(panel));
    CHECK_FALSE(panel->openButton()->isEnabled());
    table->selectRow(0);
    CHECK(panel->openButton()->isEnabled());

    const QString copy = panel->writeTemporaryCopy(attached->id);
    REQUIRE_FALSE(copy.isEmpty());
    CHECK(copy.endsWith(QStringLiteral("现场照片1.png")));
    CHECK(readAll(copy) == photo);
    const QString saved = w.temp.dir() + QStringLiteral("/copy.png");
    REQUIRE(panel->saveCopy(attached->id, saved));
    CHECK(readAll(saved) == photo);
}

TEST_CASE("the case page keeps its splitter and columns as the person left them", "[gui][cases][layout]")
{
    CaseWindow w;
    caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-3), 2);
    w.open(w.staff.clerk);
    CaseBrowser *browser = browserOf(w);
    browser->splitter()->setSizes({500, 500});
    const QList<int> sizes = browser->splitter()->sizes();
    QHeaderView *header = browser->tableView()->horizontalHeader();
    header->resizeSection(CaseListModel::TitleColumn, 321);
    header->setSortIndicator(CaseListModel::NumberColumn, Qt::AscendingOrder);
    w.window->close();

    // A new window, as after a restart (without forgetting the layout).
    auto second = std::make_unique<MainWindow>(openDatabase(w.temp.path()), w.staff.clerk);
    second->show();
    REQUIRE(QTest::qWaitForWindowExposed(second.get()));
    CaseBrowser *again = second->caseBrowser();
    CHECK(second->currentPage() == MainWindow::Page::Cases);
    CHECK(again->splitter()->sizes() == sizes);
    CHECK(again->tableView()->horizontalHeader()->sectionSize(CaseListModel::TitleColumn) == 321);
    CHECK(again->model()->sortColumnInForce() == CaseSort::Number);
    CHECK(again->model()->ascending());
}
