// The sampling page: a batch through the real dialogs from its creation to
// the re-check request (the result, the report delivered, rectification,
// the request, and the re-check batch offered and created), the deadlines
// in the detail view, the frequency refusal shown in the form, and the
// sampling notice saved as PDF.
#include "duemarking.h"
#include "guitestsupport.h"
#include "inlinemessage.h"
#include "plan/entitysearchpicker.h"
#include "plan/supervisionpaperprinter.h"
#include "sampling/samplerpicker.h"
#include "sampling/samplingdetailview.h"
#include "sampling/samplingformdialog.h"
#include "sampling/samplinglistmodel.h"
#include "sampling/samplingpage.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingstepdialog.h"
#include "supervisionwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QPushButton *okOf(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    REQUIRE(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    return ok ? ok : buttons->button(QDialogButtonBox::Save);
}

// Fills a new plan batch of 电线电缆 from unit 1, sampled today by insp1 and insp2.
void fillPlanBatch(SamplingFormDialog *form)
{
    typeText(form->planField(), QStringLiteral("2026年县级产品质量监督抽查计划"));
    form->enterprisePicker()->search(QStringLiteral("一厂"));
    REQUIRE(form->enterprisePicker()->results()->count() == 1);
    form->enterprisePicker()->pick(0);
    typeText(form->productField(), QStringLiteral("电线电缆"));
    typeText(form->specificationField(), QStringLiteral("BV 2.5mm²"));
    typeText(form->quantityField(), QStringLiteral("6 卷"));
    typeText(form->sampledFromField(), QStringLiteral("成品库"));
    REQUIRE(form->samplerPicker()->tick(QStringLiteral("insp1")));
    REQUIRE(form->samplerPicker()->tick(QStringLiteral("insp2")));
    typeText(form->labField(), QStringLiteral("廊坊市产品质量监督检验所"));
    form->sectionField()->setCurrentText(QStringLiteral("质量监督股"));
}

SamplingBatch stored(SupervisionWindow &w, qint64 id)
{
    auto batch = SamplingRepository(w.window->database()).find(id);
    REQUIRE(batch);
    return *batch;
}

} // namespace

TEST_CASE("a sampling batch goes through the dialogs from creation to the re-check batch", "[gui][sampling]")
{
    SupervisionWindow w;
    w.open(w.staff.clerk, MainWindow::Page::Sampling);
    SamplingPage *page = w.window->samplingPage();
    REQUIRE(page->isVisible());
    REQUIRE(page->newBatchAction()->isVisible());
    CHECK(page->model()->rowCount() == 0);

    // Creation: Save waits until the form is complete.
    int seen = answerModals([&] { page->newBatchAction()->trigger(); }, {[&](QWidget *modal) {
                                auto *form = qobject_cast<SamplingFormDialog *>(modal);
                                REQUIRE(form);
                                CHECK_FALSE(okOf(form)->isEnabled());
                                fillPlanBatch(form);
                                INFO(form->message()->text().toStdString());
                                CHECK(form->problems().isEmpty());
                                REQUIRE(okOf(form)->isEnabled());
                                okOf(form)->click();
                            }});
    CHECK(seen == 1);
    REQUIRE(page->model()->rowCount() == 1);
    const qint64 id = page->currentBatchId();
    REQUIRE(id != 0);
    SamplingBatch batch = stored(w, id);
    CHECK(batch.product == QStringLiteral("电线电缆"));
    CHECK(batch.samplers.size() == 2);
    CHECK(batch.result == SamplingResult::Pending);
    CHECK(page->model()->data(page->model()->index(0, SamplingListModel::EnterpriseColumn)).toString() ==
          QStringLiteral("永清塑料制品一厂"));
    CHECK(page->resultAction()->isEnabled());
    CHECK_FALSE(page->deliveredAction()->isEnabled());

    // The result: failed, with the report and the failed items.
    seen =
        answerModals([&] { page->resultAction()->trigger(); }, {[&](QWidget *modal) {
                         auto *step = qobject_cast<SamplingStepDialog *>(modal);
                         REQUIRE(step);
                         step->resultField()->setCurrentIndex(step->resultField()->findData(int(SamplingResult::Fail)));
                         typeText(step->reportNumberField(), QStringLiteral("LF2026-0315"));
                         step->dateField()->setDate(w.today);
                         step->failedItemsField()->setPlainText(QStringLiteral("导体电阻"));
                         okOf(step)->click();
                     }});
    CHECK(seen == 1);
    batch = stored(w, id);
    CHECK(batch.result == SamplingResult::Fail);
    CHECK(batch.reportNumber == QStringLiteral("LF2026-0315"));
    CHECK(page->deliveredAction()->isEnabled());
    CHECK(page->openCaseAction()->isEnabled());

    // Delivered today: the objection and rectification deadlines run.
    seen = answerModals([&] { page->deliveredAction()->trigger(); },
                        {[&](QWidget *modal) { okOf(qobject_cast<QDialog *>(modal))->click(); }});
    CHECK(seen == 1);
    CHECK(stored(w, id).deliveredOn == w.today);
    const QList<SamplingDeadline> &deadlines = page->detailView()->deadlines();
    REQUIRE(deadlines.size() == 2);
    CHECK(deadlines.at(0).due == SamplingClock::objectionDeadline(w.today));
    CHECK(deadlines.at(1).due == SamplingClock::rectificationDeadline(w.today));
    CHECK(page->detailView()->toPlainText().contains(SamplingClock::name(SamplingDeadlineKind::Rectification)));
    CHECK(page->model()->data(page->model()->index(0, SamplingListModel::NextDueColumn)).toString() ==
          DueMarking::daysLeft(SamplingClock::kObjectionDays));

    // Rectified, then the re-check is requested and its batch created at once.
    seen = answerModals([&] { page->rectifiedAction()->trigger(); },
                        {[&](QWidget *modal) { okOf(qobject_cast<QDialog *>(modal))->click(); }});
    CHECK(seen == 1);
    CHECK(stored(w, id).rectifiedOn == w.today);
    REQUIRE(page->recheckAction()->isEnabled());
    seen = answerModals([&] { page->recheckAction()->trigger(); },
                        {[&](QWidget *modal) { okOf(qobject_cast<QDialog *>(modal))->click(); },
                         [&](QWidget *modal) {
                             auto *box = qobject_cast<QMessageBox *>(modal);
                             REQUIRE(box);
                             box->button(QMessageBox::Yes)->click();
                         },
                         [&](QWidget *modal) {
                             auto *form = qobject_cast<SamplingFormDialog *>(modal);
                             REQUIRE(form);
                             CHECK(form->editedBatch().kind == SamplingKind::Recheck);
                             CHECK(form->editedBatch().parentId == id);
                             CHECK(form->productField()->text() == QStringLiteral("电线电缆"));
                             typeText(form->sampledFromField(), QStringLiteral("成品库"));
                             REQUIRE(form->samplerPicker()->tick(QStringLiteral("insp1")));
                             REQUIRE(form->samplerPicker()->tick(QStringLiteral("insp2")));
                             INFO(form->message()->text().toStdString());
                             REQUIRE(okOf(form)->isEnabled());
                             okOf(form)->click();
                         }});
    CHECK(seen == 3);
    CHECK(stored(w, id).recheckRequestedOn == w.today);
    const QList<SamplingBatch> followers = SamplingRepository(w.window->database()).followers(id);
    REQUIRE(followers.size() == 1);
    CHECK(followers.first().kind == SamplingKind::Recheck);
    // The page shows the new re-check batch; its parent links back.
    CHECK(page->currentBatchId() == followers.first().id);
    CHECK(page->detailView()->toPlainText().contains(stored(w, id).batchNumber));
    CHECK(page->model()->rowCount() == 2);
}

TEST_CASE("the frequency limit is refused in the sampling form, saying why", "[gui][sampling]")
{
    SupervisionWindow w;
    w.open(w.staff.clerk, MainWindow::Page::Sampling);
    SamplingPage *page = w.window->samplingPage();
    // One batch of the product this quarter, through the form.
    answerModals([&] { page->newBatchAction()->trigger(); }, {[&](QWidget *modal) {
                     auto *form = qobject_cast<SamplingFormDialog *>(modal);
                     fillPlanBatch(form);
                     okOf(form)->click();
                 }});
    REQUIRE(page->model()->rowCount() == 1);
    const QString first = stored(w, page->currentBatchId()).batchNumber;

    QString shown;
    bool saveEnabled = true;
    answerModals([&] { page->newBatchAction()->trigger(); }, {[&](QWidget *modal) {
                     auto *form = qobject_cast<SamplingFormDialog *>(modal);
                     fillPlanBatch(form);
                     const FieldProblems problems = form->problems();
                     REQUIRE(problems.size() == 1);
                     CHECK(problems.first().field == QStringLiteral("frequency"));
                     shown = form->message()->text();
                     saveEnabled = okOf(form)->isEnabled();
                     // Another product of the enterprise is fine.
                     retype(form->productField(), QStringLiteral("塑料编织袋"));
                     CHECK(form->problems().isEmpty());
                     CHECK(okOf(form)->isEnabled());
                     form->reject();
                 }});
    CHECK_FALSE(saveEnabled);
    CHECK(shown.contains(first));
    CHECK(page->model()->rowCount() == 1);
}

TEST_CASE("the sampling notice saves as a PDF", "[gui][sampling]")
{
    SupervisionWindow w;
    w.open(w.staff.clerk, MainWindow::Page::Sampling);
    SamplingPage *page = w.window->samplingPage();
    answerModals([&] { page->newBatchAction()->trigger(); }, {[&](QWidget *modal) {
                     auto *form = qobject_cast<SamplingFormDialog *>(modal);
                     fillPlanBatch(form);
                     okOf(form)->click();
                 }});
    const SamplingBatch batch = stored(w, page->currentBatchId());
    REQUIRE(page->saveNoticePdfAction()->isEnabled());
    const QString path = w.temp.dir() + QStringLiteral("/notice.pdf");
    const int seen = answerModals([&] { page->saveNoticePdfAction()->trigger(); }, {[&](QWidget *modal) {
                                      auto *files = qobject_cast<QFileDialog *>(modal);
                                      REQUIRE(files);
                                      auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                      REQUIRE(name);
                                      CHECK(name->text().contains(batch.batchNumber));
                                      // Typed, as a clerk would: selectFile() is lost when the
                                      // dialog already shows the folder.
                                      name->setText(path);
                                      static_cast<QDialog *>(files)->accept();
                                  }});
    CHECK(seen == 1);
    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path).remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("抽查通知书")));
    CHECK(text.contains(QStringLiteral("永清塑料制品一厂")));
    CHECK(text.contains(QStringLiteral("电线电缆")));
}
