// The quarterly summary page (季度统计) as a clerk drives it: Ctrl+8 opens
// it from the real main window, the quarter is chosen, Ctrl+Return
// computes, the tables show the figures, Enter on a figure lists the very
// records it counted and opens one on its page, and Export writes the
// summary as XLSX, CSV and PDF through the file dialog.
#include "guitestsupport.h"
#include "inspections/inspectionbrowser.h"
#include "inspectionwindow.h"
#include "mainwindowactions.h"
#include "recordtable.h"
#include "summary/summarychartwidget.h"
#include "summary/summarydrilldowndialog.h"
#include "summary/summarypage.h"
#include "summary/summaryperiodpicker.h"
#include "summary/summarytablemodel.h"
#include "summary/summarytabs.h"
#include "supervisionwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

const QString kQualitySection = QStringLiteral("质量监督股");

void forgetSummaryChoices()
{
    QSettings settings;
    for (const char *key : {"summaryPage/year", "summaryPage/quarter", "summaryPage/from", "summaryPage/to",
                            "summaryPage/section", "summaryPage/exportFolder", "summaryPage/exportFormat"})
        settings.remove(QLatin1String(key));
}

// The row of the model whose first column says `label`; -1 when none.
int rowLabelled(const SummaryTableModel *model, const QString &label)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->rowLabel(row) == label)
            return row;
    return -1;
}

void chooseQuarter(SummaryPage *page, const ReportPeriod &quarter)
{
    SummaryPeriodPicker *picker = page->periodPicker();
    picker->yearField()->setValue(quarter.year);
    picker->quarterField()->setCurrentIndex(picker->quarterField()->findData(quarter.quarter));
    REQUIRE(picker->period());
    REQUIRE(*picker->period() == quarter);
}

// Exports through Summary ▸ Export… and the file dialog, typing `path` as a clerk would.
void exportThroughDialog(SummaryPage *page, const QString &path, const QString &suggestedPart)
{
    QString suggested;
    const int seen = answerModals([&] { page->exportAction()->trigger(); }, {[&](QWidget *modal) {
                                      auto *files = qobject_cast<QFileDialog *>(modal);
                                      REQUIRE(files);
                                      auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                                      REQUIRE(name);
                                      suggested = name->text();
                                      name->setText(path);
                                      static_cast<QDialog *>(files)->accept();
                                  }});
    CHECK(seen == 1);
    CHECK(suggested.contains(suggestedPart));
}

} // namespace

TEST_CASE("the quarterly summary counts the quarter's inspections, lists them and exports them", "[gui][summary]")
{
    forgetSummaryChoices();
    InspectionWindow w;
    const ReportPeriod quarter = ReportPeriod::containing(w.today).previous();
    const Entity cables = w.storeUnit(QStringLiteral("永清县恒通电线电缆有限公司"), 11);
    const Entity plastics = w.storeUnit(QStringLiteral("永清塑料制品一厂"), 12);
    // Three finished inspections in the quarter, one before it and a draft in it: the figure is 3.
    QStringList counted;
    QList<qint64> countedIds;
    for (const auto &[unit, offset] : {std::pair{cables.id, 3}, {plastics.id, 20}, {cables.id, 40}}) {
        const Inspection done = finishedInspection(w.temp.db(), w.staff, unit, quarter.from.addDays(offset));
        counted << done.recordNumber;
        countedIds << done.id;
    }
    finishedInspection(w.temp.db(), w.staff, cables.id, quarter.previous().from.addDays(10));
    w.storeInspections(plastics.id, 1, quarter.from.addDays(30), true);

    w.open(w.staff.clerk);
    QTest::keyClick(w.window.get(), Qt::Key_8, Qt::ControlModifier);
    REQUIRE(w.window->currentPage() == MainWindow::Page::Summary);
    SummaryPage *page = w.window->summaryPage();
    REQUIRE(page->isVisible());
    CHECK(w.window->actions().showSummary->isVisible());
    CHECK(page->sectionField()->findData(kQualitySection) >= 0);
    CHECK_FALSE(page->summary().has_value());

    chooseQuarter(page, quarter);
    page->setSection(QString());
    page->periodPicker()->setFocus();
    QTest::keyClick(page->periodPicker()->yearField(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(waitUntil([&] { return page->summary().has_value(); }));
    CHECK(page->isCurrent());
    CHECK(page->summary()->period == quarter);
    CHECK(page->titleLabel()->text().contains(page->summary()->title()));

    SummaryTableModel *bySection = page->tabs()->tableModel(QStringLiteral("inspections_by_section"));
    REQUIRE(bySection);
    const int row = rowLabelled(bySection, kQualitySection);
    REQUIRE(row >= 0);
    const QModelIndex figure = bySection->index(row, 1);
    CHECK(figure.data().toString() == QStringLiteral("3"));
    CHECK(figure.data(Qt::TextAlignmentRole).value<Qt::Alignment>().testFlag(Qt::AlignRight));
    REQUIRE(bySection->cell(figure));
    REQUIRE_FALSE(bySection->cell(figure)->trace.isEmpty());
    if (bySection->table().totalRow)
        CHECK(bySection->data(bySection->index(bySection->rowCount() - 1, 1), Qt::FontRole).value<QFont>().bold());
    CHECK_FALSE(page->tabs()->charts().isEmpty());

    QTableView *view = page->tabs()->tableView(QStringLiteral("inspections_by_section"));
    REQUIRE(view);
    page->tabs()->setCurrentWidget(view->parentWidget());
    view->setFocus();
    view->setCurrentIndex(figure);

    SECTION("Enter on the figure lists the very records it counted")
    {
        QStringList listed;
        QString title;
        const int seen = answerModals([&] { pressEnter(view); }, {[&](QWidget *modal) {
                                          auto *dialog = qobject_cast<SummaryDrillDownDialog *>(modal);
                                          REQUIRE(dialog);
                                          title = dialog->windowTitle();
                                          listed = dialog->numbers();
                                          dialog->reject();
                                      }});
        CHECK(seen == 1);
        CHECK(title.contains(kQualitySection));
        CHECK(title.contains(bySection->columnLabel(1)));
        CHECK(title.contains(QStringLiteral("3")));
        QStringList expected = counted;
        std::sort(expected.begin(), expected.end());
        std::sort(listed.begin(), listed.end());
        CHECK(listed == expected);
    }
    SECTION("a record chosen in the drill-down opens on the inspection page")
    {
        answerModals([&] { pressEnter(view); }, {[&](QWidget *modal) {
                         auto *dialog = qobject_cast<SummaryDrillDownDialog *>(modal);
                         REQUIRE(dialog);
                         // Newest first: the last of the quarter's inspections.
                         REQUIRE(dialog->table()->rowCount() == 3);
                         CHECK(dialog->table()->item(0, 0)->text() == counted.last());
                         dialog->table()->setCurrentCell(0, 0);
                         pressEnter(dialog->table());
                     }});
        CHECK(w.window->currentPage() == MainWindow::Page::Inspections);
        CHECK(w.window->inspectionBrowser()->currentInspectionId() == countedIds.last());
    }
    SECTION("Export writes the summary as XLSX, CSV and PDF")
    {
        const QString csv = w.temp.dir() + QStringLiteral("/summary.csv");
        exportThroughDialog(page, csv, quarter.code());
        REQUIRE(QFileInfo::exists(csv));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
        bool figureFound = false;
        for (const QString &line : lines)
            if (line.startsWith(kQualitySection + QLatin1Char(',')) &&
                line.section(QLatin1Char(','), 1, 1).trimmed() == QStringLiteral("3"))
                figureFound = true;
        CHECK(figureFound);
        // Handed in, so in Chinese although this desktop speaks English.
        CHECK(QString::fromUtf8(bytes).contains(QStringLiteral("\r\n监督检查情况（按股室）\r\n")));

        const QString xlsx = w.temp.dir() + QStringLiteral("/summary.xlsx");
        exportThroughDialog(page, xlsx, quarter.code());
        REQUIRE(QFileInfo::exists(xlsx));
        CHECK(readAll(xlsx).startsWith("PK"));

        const QString pdf = w.temp.dir() + QStringLiteral("/summary.pdf");
        exportThroughDialog(page, pdf, quarter.code());
        REQUIRE(QFileInfo::exists(pdf));
        CHECK(readAll(pdf).startsWith("%PDF"));
        CHECK(pdfText(pdf).remove(QLatin1Char(' ')).remove(QLatin1Char('\n')).contains(kQualitySection));

        // A name typed without an extension takes the format chosen last (PDF).
        exportThroughDialog(page, w.temp.dir() + QStringLiteral("/handed-in"), QStringLiteral(".pdf"));
        CHECK(QFileInfo::exists(w.temp.dir() + QStringLiteral("/handed-in.pdf")));
    }
    SECTION("Ctrl+P previews the summary on paper")
    {
        QString title;
        const int pages = previewPages([&] { QTest::keyClick(view, Qt::Key_P, Qt::ControlModifier); }, &title);
        // The paper is handed in: Chinese although this desktop speaks English.
        CHECK(title.contains(page->summary()->bureau + QStringLiteral("%1年第%2季度工作统计")
                                                           .arg(page->summary()->period.year)
                                                           .arg(page->summary()->period.quarter)));
        CHECK(pages >= 1);
    }
    SECTION("another choice is computed again before it is exported")
    {
        chooseQuarter(page, quarter.previous());
        CHECK_FALSE(page->isCurrent());
        const QString csv = w.temp.dir() + QStringLiteral("/before.csv");
        REQUIRE(page->exportTo(csv));
        CHECK(page->isCurrent());
        CHECK(page->summary()->period == quarter.previous());
        const QString text = QString::fromUtf8(readAll(csv));
        CHECK(text.contains(kQualitySection + QStringLiteral(",1,")));
    }
    forgetSummaryChoices();
}

TEST_CASE("the summary's period picker takes a quarter or a custom range and remembers it", "[gui][summary]")
{
    forgetSummaryChoices();
    {
        SummaryPeriodPicker picker;
        picker.restore(QDate(2026, 8, 15));
        REQUIRE(picker.period());
        // The quarter just ended, the one staff hand in.
        CHECK(*picker.period() == ReportPeriod::ofQuarter(2026, 2));
        CHECK_FALSE(picker.fromField()->isEnabled());

        picker.quarterField()->setCurrentIndex(picker.quarterField()->findData(SummaryPeriodPicker::kCustomRange));
        CHECK(picker.fromField()->isEnabled());
        CHECK_FALSE(picker.yearField()->isEnabled());
        // The range starts from the quarter shown before.
        CHECK(picker.fromField()->date() == QDate(2026, 4, 1));
        picker.fromField()->setDate(QDate(2026, 7, 1));
        picker.toField()->setDate(QDate(2026, 8, 15));
        REQUIRE(picker.period());
        CHECK(picker.period()->from == QDate(2026, 7, 1));
        CHECK(picker.period()->to == QDate(2026, 8, 15));
        CHECK_FALSE(picker.period()->isQuarter());

        picker.toField()->setDate(QDate(2026, 6, 1));
        CHECK_FALSE(picker.period());
        picker.toField()->setDate(QDate(2026, 8, 15));
        picker.save();
    }
    SummaryPeriodPicker again;
    again.restore(QDate(2026, 11, 22));
    REQUIRE(again.period());
    CHECK(again.period()->from == QDate(2026, 7, 1));
    CHECK(again.period()->to == QDate(2026, 8, 15));
    forgetSummaryChoices();
}

TEST_CASE("a summary chart paints its bars without a chart library", "[gui][summary]")
{
    SummaryChart chart;
    chart.key = QStringLiteral("inspections");
    chart.title = QStringLiteral("监督检查次数");
    chart.categories = {QStringLiteral("产品质量"), QStringLiteral("特种设备")};
    chart.seriesNames = {QStringLiteral("本期"), QStringLiteral("上年同期")};
    chart.series = {{12, 3}, {8, 0}};
    chart.unit = QStringLiteral("次");
    SummaryChartWidget widget(chart);
    widget.resize(480, 300);
    const QImage image = widget.grab().toImage();
    // The first series' colour is on the image: its bars were painted.
    bool barFound = false;
    for (int y = 0; y < image.height() && !barFound; y += 2)
        for (int x = 0; x < image.width() && !barFound; x += 2)
            barFound = image.pixelColor(x, y) == SummaryChartWidget::seriesColor(0);
    CHECK(barFound);
    CHECK(widget.toolTip().contains(QStringLiteral("产品质量 12")));
    CHECK(SummaryChartWidget::valueText(12.0) == QStringLiteral("12"));
    CHECK(SummaryChartWidget::valueText(97.5) == QStringLiteral("97.5"));
}
