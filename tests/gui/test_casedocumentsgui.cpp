// The case documents from the case view (print preview on A4, Save PDF
// through the file dialog, the PDF's text naming the case), and the case
// deadlines on the start page: overdue ones marked, a double-click opening
// the case on the case page.
#include "cases/casebrowser.h"
#include "cases/casedocumentprinter.h"
#include "cases/casedocuments.h"
#include "cases/caseview.h"
#include "cases/statutoryclock.h"
#include "casewindow.h"
#include "duemarking.h"
#include "guitestsupport.h"
#include "recordtable.h"
#include "startpage.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

// pdftotext's text with compatibility forms folded (fonts map some Han
// characters to Kangxi radicals: ⾏ for 行).
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int rowOfDocument(QListWidget *list, CaseDocumentKind kind)
{
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text() == caseDocumentKinds().name(kind))
            return row;
    return -1;
}

} // namespace

TEST_CASE("a case document opens in the print preview and saves as a PDF naming the case", "[gui][cases]")
{
    CaseWindow w;
    const EnforcementCase c = caseAtStage(w.temp.db(), w.staff, CaseStage::Decided, w.today.addDays(-40), 2);
    w.open(w.staff.chief);
    CaseBrowser *browser = w.window->caseBrowser();
    REQUIRE(browser->selectCase(c.id));
    CaseView *view = browser->caseView();
    view->tabs()->setCurrentIndex(CaseView::DocumentsTab);

    // What the case has reached: the filing form and the decision, not yet the closing form.
    QListWidget *documents = view->documentList();
    CHECK(rowOfDocument(documents, CaseDocumentKind::FilingApproval) >= 0);
    const int decision = rowOfDocument(documents, CaseDocumentKind::PenaltyDecision);
    REQUIRE(decision >= 0);
    CHECK(rowOfDocument(documents, CaseDocumentKind::ClosingApproval) < 0);
    documents->setCurrentRow(decision);
    REQUIRE(view->selectedDocument() == CaseDocumentKind::PenaltyDecision);

    SECTION("print preview")
    {
        QString title;
        const int pages = previewPages([&] { view->previewButton()->click(); }, &title);
        CHECK(title.contains(c.number.format(QStringLiteral("永质监"))));
        CHECK(pages >= 1);
        // Cases ▸ Print… previews the same document.
        CHECK(answerModal([&] { browser->printAction()->trigger(); }).contains(QStringLiteral("行政处罚决定书")));
    }
    SECTION("save PDF")
    {
        const QString path = w.temp.dir() + QStringLiteral("/decision.pdf");
        const int seen = answerModals([&] { view->savePdfButton()->click(); }, {[&](QWidget *modal) {
                                          auto *dialog = qobject_cast<QFileDialog *>(modal);
                                          REQUIRE(dialog);
                                          auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                          REQUIRE(name);
                                          // The suggested name is the document's title.
                                          CHECK(name->text().contains(QStringLiteral("行政处罚决定书")));
                                          // Typed, as a clerk would: selectFile() is lost when the dialog
                                          // already shows the folder.
                                          name->setText(path);
                                          static_cast<QDialog *>(dialog)->accept();
                                      }});
        CHECK(seen == 1);
        REQUIRE(QFileInfo::exists(path));
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("行政处罚决定书")));
        CHECK(text.contains(
            QStringLiteral("〔%1〕第%2号").arg(c.number.year).arg(c.number.sequence, 3, 10, QChar(u'0'))));
        CHECK(text.contains(QStringLiteral("永清县第2电线电缆有限公司")));
    }
    SECTION("a document the case has not reached is refused, saying why")
    {
        CaseDocumentPrinter printer(w.temp.db(), view);
        const auto rendered = printer.render(c.id, CaseDocumentKind::ClosingApproval, w.today);
        REQUIRE_FALSE(rendered);
        CHECK_FALSE(rendered.error().message.isEmpty());
        const QString shown = answerModal(
            [&] { printer.savePdfTo(c.id, CaseDocumentKind::ClosingApproval, w.today, w.temp.dir() + "/x.pdf"); });
        CHECK(shown.contains(rendered.error().message));
        CHECK_FALSE(QFileInfo::exists(w.temp.dir() + "/x.pdf"));
    }
}

TEST_CASE("the start page lists case deadlines, overdue ones marked, and opens the case", "[gui][cases][start]")
{
    CaseWindow w;
    const EnforcementCase overdue =
        caseAtStage(w.temp.db(), w.staff, CaseStage::Investigating, w.today.addMonths(-4), 2);
    const EnforcementCase later = caseAtStage(w.temp.db(), w.staff, CaseStage::Filed, w.today.addDays(-5), 3);
    w.open(w.staff.clerk);
    w.window->showPage(MainWindow::Page::Start);
    StartPage *page = w.window->startPage();
    RecordTable *cases = page->caseTable();
    // Only the overdue one falls within the 30 days; the other is due in about three months.
    REQUIRE(cases->rowCount() == 1);
    const ClockState clock = StatutoryClock::evaluate(overdue, w.today);
    REQUIRE(clock.overdue());
    CHECK(cases->item(0, StartPage::CaseNumberColumn)->text() == overdue.displayNumber(QStringLiteral("永质监")));
    CHECK(cases->item(0, StartPage::CaseTitleColumn)->text() == overdue.title);
    CHECK(cases->item(0, StartPage::CaseDueColumn)->text() == clock.due.toString(Qt::ISODate));
    CHECK(cases->item(0, StartPage::CaseDaysColumn)->text() == DueMarking::daysLeft(clock.daysLeft));
    CHECK(cases->item(0, StartPage::CaseDaysColumn)->text().contains(QStringLiteral("overdue")));
    CHECK(cases->item(0, 0)->background().color() == DueMarking::warningBackground());
    CHECK(page->summaryText().contains(QStringLiteral("1 case deadline(s) overdue")));
    // A wider window takes in the other case's decision.
    page->windowField()->setValue(120);
    REQUIRE(cases->rowCount() == 2);
    CHECK(cases->idAt(1) == later.id);
    page->windowField()->setValue(30);

    // A double click opens the case on the case page.
    const QRect cell = cases->visualRect(cases->model()->index(0, 1));
    QTest::mouseClick(cases->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(cases->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    REQUIRE(w.window->currentPage() == MainWindow::Page::Cases);
    CaseBrowser *browser = w.window->caseBrowser();
    CHECK(browser->currentCaseId() == overdue.id);
    CHECK(browser->caseView()->caseId() == overdue.id);
    CHECK(browser->tableView()->hasFocus());
}
