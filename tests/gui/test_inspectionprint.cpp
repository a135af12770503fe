// The printed inspection record: an inspection recorded through the real
// form (the unit picked, the checklist walked from the keyboard, finished
// after the confirmation) previewed on A4 and saved as a PDF whose text has
// the unit, the checklist's points and the title 监督检查记录; a section
// chief's print run of the section's month in one PDF, one record per
// page; the directive printed only for a record that gave one.
#include "guitestsupport.h"
#include "inspectionformdriver.h"
#include "inspections/batchprintdialog.h"
#include "inspections/checklisttable.h"
#include "inspections/inspectionbrowser.h"
#include "inspections/inspectionformdialog.h"
#include "inspections/inspectionprinter.h"
#include "inspections/inspectionqueries.h"
#include "inspections/inspectionrepository.h"
#include "inspections/inspectionview.h"
#include "inspectionwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kSpecialEquipment = QString::fromLatin1(SupervisionDomain::SpecialEquipment);

// pdftotext's text with compatibility forms folded (fonts map some Han
// characters to Kangxi radicals: ⾏ for 行) and white space dropped, so a
// table cell's text wrapped over lines still reads as one.
QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .remove(QRegularExpression(QStringLiteral("\\s")));
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    REQUIRE(pages.hasMatch());
    return pages.captured(1).toInt();
}

QString folded(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

TEST_CASE("an inspection recorded through the form prints to a PDF with the unit and its checklist",
          "[gui][inspections]")
{
    InspectionWindow w;
    w.importList();
    const Entity hospital =
        w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    w.open(w.staff.seA);
    InspectionBrowser *browser = w.window->inspectionBrowser();

    // Ctrl+Shift+I: the form; typed from the keyboard; finished after the confirmation.
    QList<CheckPoint> typedPoints;
    const int dialogs = answerModals([&] { browser->newAction()->trigger(); }, {[&](QWidget *modal) {
                                         auto *form = qobject_cast<InspectionFormDialog *>(modal);
                                         REQUIRE(form);
                                         InspectionTyping typing;
                                         typing.unitSearch = QStringLiteral("人民医院");
                                         typing.secondInspector = w.staff.seB.staffId();
                                         typeInspection(*form, typing);
                                         typedPoints = form->checklistTable()->points();
                                         QString confirmation;
                                         const int confirmations = answerModals(
                                             [&] { form->finishButton()->click(); }, {[&](QWidget *box) {
                                                 confirmation = qobject_cast<QMessageBox *>(box)->text();
                                                 buttonNamed(box, QStringLiteral("Finish and Lock"))->click();
                                             }});
                                         CHECK(confirmations == 1);
                                         CHECK(confirmation.contains(hospital.name));
                                     }});
    CHECK(dialogs == 1);

    // The page shows the new record, finished.
    const qint64 id = browser->currentInspectionId();
    REQUIRE(id != 0);
    const Inspection record = InspectionRepository(w.temp.db()).find(id).value();
    CHECK(record.status == InspectionStatus::Finished);
    CHECK(record.unit.name == hospital.name);
    CHECK(record.checklist == typedPoints);
    CHECK(browser->inspectionView()->inspectionId() == id);
    CHECK(browser->inspectionView()->toPlainText().contains(record.recordNumber));
    CHECK(browser->correctAction()->isEnabled());

    // Ctrl+P previews the record on A4.
    QString title;
    CHECK(previewPages([&] { browser->printAction()->trigger(); }, &title) >= 1);
    CHECK(title.contains(QStringLiteral("监督检查记录")));

    // Save PDF through the file dialog, which suggests the record's title.
    const QString path = w.temp.dir() + QStringLiteral("/record.pdf");
    const int saved = answerModals([&] { browser->savePdfAction()->trigger(); }, {[&](QWidget *modal) {
                                       auto *dialog = qobject_cast<QFileDialog *>(modal);
                                       REQUIRE(dialog);
                                       auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                       REQUIRE(name);
                                       CHECK(name->text().contains(record.recordNumber));
                                       // Typed, as a clerk would: selectFile() is lost when the dialog
                                       // already shows the folder.
                                       name->setText(path);
                                       static_cast<QDialog *>(dialog)->accept();
                                   }});
    CHECK(saved == 1);
    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("监督检查记录")));
    CHECK(text.contains(folded(hospital.name)));
    // A cell's lines interleave with its neighbours' in pdftotext's reading
    // order: each point is looked for by the words of its first line.
    for (const int point : {0, 3})
        CHECK(text.contains(folded(typedPoints.at(point).text.left(12))));
    CHECK(text.contains(folded(typedPoints.at(2).note)));
}

TEST_CASE("a section chief prints the section's month of inspections in one PDF, one record a page",
          "[gui][inspections]")
{
    InspectionWindow w;
    w.setSection(w.staff.chief, QStringLiteral("质量监督股"));
    const Entity cables = w.storeUnit(QStringLiteral("永清县恒通电线电缆有限公司"), 11);
    const Entity hospital =
        w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    const QDate thisMonth(w.today.year(), w.today.month(), 1);
    const QList<qint64> month = w.storeInspections(cables.id, 6, thisMonth);
    w.storeInspections(cables.id, 2, thisMonth.addMonths(-1));               // last month
    w.storeInspections(cables.id, 1, thisMonth, true);                       // a draft
    w.storeInspections(hospital.id, 2, thisMonth, false, kSpecialEquipment); // another section
    const auto expected = InspectionQueries::forPrinting(w.temp.db(), QStringLiteral("质量监督股"), thisMonth,
                                                         thisMonth.addMonths(1).addDays(-1));
    REQUIRE(expected);
    REQUIRE(expected->size() == 6);
    for (const qint64 id : *expected)
        CHECK(month.contains(id));

    // One record is one page.
    const QString single = w.temp.dir() + QStringLiteral("/single.pdf");
    {
        QWidget parent;
        REQUIRE(InspectionPrinter(w.temp.db(), &parent)
                    .savePdfTo(InspectionDocumentKind::Report, {month.first()}, w.today, single));
    }
    REQUIRE(pdfPages(single) == 1);

    w.open(w.staff.chief);
    InspectionBrowser *browser = w.window->inspectionBrowser();
    CHECK(browser->ownSection() == QStringLiteral("质量监督股"));
    const QString path = w.temp.dir() + QStringLiteral("/month.pdf");
    const int dialogs =
        answerModals([&] { browser->batchPrintAction()->trigger(); }, {[&](QWidget *modal) {
                         auto *dialog = qobject_cast<BatchPrintDialog *>(modal);
                         REQUIRE(dialog);
                         CHECK(dialog->section() == QStringLiteral("质量监督股"));
                         CHECK(dialog->from() == thisMonth);
                         CHECK(dialog->to() == thisMonth.addMonths(1).addDays(-1));
                         CHECK(dialog->countLabel()->text() == QStringLiteral("6 finished record(s) will print."));
                         CHECK(dialog->ids() == *expected);
                         CHECK(previewPages([&] { dialog->previewButton()->click(); }) == 6);
                         REQUIRE(dialog->savePdfTo(path));
                         // Another section, another count.
                         dialog->sectionCombo()->setCurrentText(QStringLiteral("特种设备安全监察股"));
                         CHECK(dialog->ids().size() == 2);
                         dialog->fromEdit()->setDate(thisMonth.addMonths(1));
                         CHECK(dialog->ids().isEmpty());
                         CHECK_FALSE(dialog->savePdfButton()->isEnabled());
                         dialog->reject();
                     }});
    CHECK(dialogs == 1);
    REQUIRE(QFileInfo::exists(path));
    CHECK(pdfPages(path) == 6);
    const QString text = pdfText(path);
    CHECK(text.count(QStringLiteral("监督检查记录")) >= 6);
    for (const qint64 id : month)
        CHECK(text.contains(folded(InspectionRepository(w.temp.db()).find(id)->recordNumber)));
}

TEST_CASE("the directive prints only for a record that gave one", "[gui][inspections]")
{
    InspectionWindow w;
    const Entity hospital =
        w.storeUnit(QStringLiteral("永清县第一人民医院"), 12, EntityKinds{EntityKind::EquipmentUser});
    const qint64 plain = w.storeInspections(hospital.id, 1, w.today, false, kSpecialEquipment).first();
    Inspection record = sampleInspection(w.temp.db(), w.staff, hospital.id, w.today, kSpecialEquipment);
    record.checklist[1].result = CheckResult::DoesNotConform;
    record.checklist[1].note = QStringLiteral("限速器未按期校验");
    record.findings = QStringLiteral("1号电梯限速器超过校验有效期。");
    record.outcomes = {InspectionOutcome::Directive};
    record.correctBy = w.today.addDays(10);
    record.directiveDemands = QStringLiteral("立即停止使用1号电梯，校验合格后方可使用");
    InspectionRepository repository(w.temp.db());
    auto created = repository.create(w.staff.seA, record, w.today);
    REQUIRE(created);
    auto finished = repository.finish(w.staff.seA, created->id, w.today);
    REQUIRE(finished);
    CHECK_FALSE(finished->directiveNumber.isEmpty());

    w.open(w.staff.seA);
    InspectionBrowser *browser = w.window->inspectionBrowser();
    REQUIRE(browser->selectInspection(plain));
    CHECK_FALSE(browser->printDirectiveAction()->isEnabled());
    REQUIRE(browser->selectInspection(finished->id));
    REQUIRE(browser->printDirectiveAction()->isEnabled());
    QString title;
    CHECK(previewPages([&] { browser->printDirectiveAction()->trigger(); }, &title) >= 1);
    CHECK(title.contains(QStringLiteral("指令书")));
    // The details name the directive and the follow-up due on its deadline.
    CHECK(browser->inspectionView()->toPlainText().contains(finished->directiveNumber));
}
