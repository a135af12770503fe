// DocumentPdf with the inspection documents: the report written to PDF and
// read back with poppler's tools — its text (pdftotext -layout) against the
// reviewed golden file, every font embedded with a Chinese one among them
// (pdffonts), A4 portrait with the title set (pdfinfo) — the other three
// documents in reading order, and a section's reports in one file with
// each record starting on a new page.
#include "documents/documentpdf.h"
#include "goldenfile.h"
#include "inspectiondocumentsample.h"
#include "inspections/inspectiondocuments.h"
#include "pdftools.h"
#include "testsupport.h"

#include <QDir>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

QString reportHtml(const InspectionDocumentData &data)
{
    return InspectionDocuments::html(InspectionDocumentKind::Report, data);
}

// A record whose checklist runs over a page: twenty-four points.
InspectionDocumentData longReportData()
{
    InspectionDocumentData data = sampleReportData();
    Inspection &r = data.inspection;
    r.recordNumber = QStringLiteral("YQ1-2026-J0015");
    r.directiveNumber.clear();
    r.outcomes = {InspectionOutcome::OrderToCorrect};
    QList<CheckPoint> points;
    for (int i = 1; i <= 24; ++i)
        points.append({QString::number(i), QStringLiteral("（一）现场检查"),
                       QStringLiteral("第%1项：检查电梯机房、井道、轿厢和层门的安全部件是否完好，安全保护装置是否有效，"
                                      "维护保养记录是否真实完整")
                           .arg(i),
                       i % 5 == 0 ? CheckResult::DoesNotConform : CheckResult::Conforms,
                       i % 5 == 0 ? QStringLiteral("现场发现问题，已拍照取证") : QString()});
    r.checklist = points;
    return data;
}

} // namespace

TEST_CASE("The inspection report prints to an A4 PDF with its text and an embedded Chinese font",
          "[inspectiondocs][inspectionpdf][golden]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const InspectionDocumentData data = sampleReportData();
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const QString title = InspectionDocuments::title(InspectionDocumentKind::Report, data);
    REQUIRE(DocumentPdf::write({reportHtml(data)}, title, pdf));
    keepPdf(pdf, QStringLiteral("inspection-report.pdf"));

    checkGolden(QStringLiteral("inspections/report.txt"), pdfText(pdf, true).toUtf8());
    checkFontsEmbedded(pdf);
    checkA4(pdf);
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(
        QRegularExpression(QStringLiteral("^Title:\\s+") + QRegularExpression::escape(title) + QStringLiteral("$"),
                           QRegularExpression::MultilineOption)));
    // The checklist's marks are text, not pictures.
    const QString words = pdfWords(pdf);
    CHECK(words.contains(QStringLiteral("☑符合")));
    CHECK(words.contains(QStringLiteral("☒不符合")));
}

TEST_CASE("The directive, the sampling notice and the draw record print in reading order",
          "[inspectiondocs][inspectionpdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    struct Expect {
        InspectionDocumentKind kind;
        InspectionDocumentData data;
        QString start;
        QStringList contains;
    };
    const QList<Expect> expected = {
        {InspectionDocumentKind::Directive,
         sampleReportData(),
         QStringLiteral(
             "永清县质量技术监督局特种设备安全监察指令书编号：永质监特令〔2026〕第003号永清县华联商厦有限公司："),
         {QStringLiteral("本指令已于2026年3月5日口头下达，现予书面补发。"),
          QStringLiteral("永清县质量技术监督局（印章）二〇二六年三月五日")}},
        {InspectionDocumentKind::SamplingNotice,
         sampleBatchData(),
         QStringLiteral("永清县质量技术监督局产品质量监督抽查通知书编号：YQ1-2026-C0004永清县恒通电缆有限公司："),
         {QStringLiteral("可以自收到检验报告之日起十五日内向本局申请复检"),
          QStringLiteral("永清县质量技术监督局（印章）"), QStringLiteral("二〇二六年四月八日")}},
        {InspectionDocumentKind::DrawRecord,
         sampleDrawData(),
         QStringLiteral("永清县质量技术监督局随机抽查记录编号：YQ1-2026-D002"),
         {QStringLiteral("随机种子9f2c41d07ab35e68"),
          QStringLiteral("结果校验值（SHA-256）：") + sampleDrawData().draw.resultHash,
          QStringLiteral("永清县华联商厦有限公司91131023MA0CX8L27K")}},
    };
    for (const Expect &e : expected) {
        const QString code = inspectionDocumentKinds().code(e.kind);
        INFO(code.toStdString());
        const QString pdf = dir.filePath(code + QStringLiteral(".pdf"));
        REQUIRE(DocumentPdf::write({InspectionDocuments::html(e.kind, e.data)},
                                   InspectionDocuments::title(e.kind, e.data), pdf));
        keepPdf(pdf, QStringLiteral("inspection-") + code + QStringLiteral(".pdf"));
        const QString words = pdfWords(pdf);
        CHECK(words.startsWith(e.start));
        for (const QString &part : e.contains)
            CHECK(words.contains(part));
        // The letters fit their page; the record runs on with its pools.
        CHECK(pdfPages(pdf) == (e.kind == InspectionDocumentKind::DrawRecord ? 2 : 1));
        checkFontsEmbedded(pdf);
        checkA4(pdf);
    }
}

TEST_CASE("A section's reports print in one PDF, each record starting on a new page", "[inspectiondocs][inspectionpdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QList<InspectionDocumentData> records = {longReportData(), sampleReportData(), sampleDraftReportData()};
    QStringList htmls;
    QList<int> pages;
    for (const InspectionDocumentData &data : records) {
        htmls << reportHtml(data);
        const QString alone = dir.filePath(data.inspection.recordNumber + QStringLiteral(".pdf"));
        REQUIRE(DocumentPdf::write({htmls.last()}, QStringLiteral("t"), alone));
        pages << pdfPages(alone);
    }
    CHECK(pages.first() >= 2); // the long record really runs over a page

    const QString pdf = dir.filePath(QStringLiteral("section.pdf"));
    REQUIRE(DocumentPdf::write(htmls, QStringLiteral("质量监督股 监督检查记录 2026年3月"), pdf));
    keepPdf(pdf, QStringLiteral("inspection-section.pdf"));
    REQUIRE(pdfPages(pdf) == pages.at(0) + pages.at(1) + pages.at(2));
    checkFontsEmbedded(pdf);
    checkA4(pdf);

    int first = 1;
    for (int i = 0; i < records.size(); ++i) {
        const QString number = records.at(i).inspection.recordNumber;
        INFO(number.toStdString());
        const int last = first + pages.at(i) - 1;
        const QString start = pdfWords(pdf, first, first);
        const QString heading = QStringLiteral("永清县质量技术监督局监督检查记录编号：") + number;
        if (records.at(i).inspection.status == InspectionStatus::Draft)
            CHECK(start.startsWith(QStringLiteral("草稿（尚未完成，不作为正式记录）") + heading));
        else
            CHECK(start.startsWith(heading));
        // The record's pages hold it alone, ending with its notice.
        const QString own = pdfWords(pdf, first, last);
        CHECK(own.count(QStringLiteral("监督检查记录编号：")) == 1);
        CHECK(own.endsWith(QStringLiteral("公众可以查阅。")));
        // Each point of the long checklist once, however the pages break.
        if (i == 0)
            for (int n = 1; n <= 24; ++n)
                CHECK(own.count(QStringLiteral("第%1项：").arg(n)) == 1);
        first = last + 1;
    }
}

TEST_CASE("Several documents paint on any paged device as they print to PDF", "[inspectiondocs][inspectionpdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList htmls = {reportHtml(sampleReportData()), reportHtml(sampleDraftReportData())};
    const QString painted = dir.filePath(QStringLiteral("painted.pdf"));
    {
        QPdfWriter device(painted);
        device.setResolution(300);                        // as write() lays out
        device.setPageSize(QPageSize(QPageSize::Letter)); // paint() sets A4
        REQUIRE(DocumentPdf::paint(htmls, device));
    }
    const QString written = dir.filePath(QStringLiteral("written.pdf"));
    REQUIRE(DocumentPdf::write(htmls, QStringLiteral("t"), written));
    keepPdf(painted, QStringLiteral("inspection-painted.pdf"));
    keepPdf(written, QStringLiteral("inspection-written.pdf"));
    checkA4(painted);
    // The same pages: each record where it is in the written file (the text
    // compared by its numbers: paint() leaves the PDF's text map as Qt makes it).
    REQUIRE(pdfPages(painted) == pdfPages(written));
    for (int page = 1; page <= pdfPages(written); ++page) {
        INFO(page);
        const QString writtenPage = pdfWords(written, page, page);
        const QString paintedPage = pdfWords(painted, page, page);
        for (const char *number : {"YQ1-2026-J0007", "YQ1-2026-J0012"})
            CHECK(paintedPage.contains(QLatin1String(number)) == writtenPage.contains(QLatin1String(number)));
        CHECK(paintedPage.size() == writtenPage.size());
    }
}

TEST_CASE("DocumentPdf refuses an empty list and writes whole or not at all", "[inspectiondocs][inspectionpdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    SECTION("nothing to print")
    {
        const QString path = dir.filePath(QStringLiteral("none.pdf"));
        const Status s = DocumentPdf::write({}, QStringLiteral("t"), path);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().refusal);
        CHECK(s.error().message == QStringLiteral("There is no document to print."));
        CHECK_FALSE(QFile::exists(path));
        QPdfWriter device(dir.filePath(QStringLiteral("device.pdf")));
        CHECK_FALSE(DocumentPdf::paint({}, device).ok());
    }
    SECTION("a folder that does not exist is a failure that leaves nothing behind")
    {
        const QString path = dir.filePath(QStringLiteral("missing/section.pdf"));
        const Status s = DocumentPdf::write({reportHtml(sampleReportData())}, QStringLiteral("t"), path);
        REQUIRE_FALSE(s.ok());
        CHECK_FALSE(s.error().refusal);
        CHECK(s.error().message.contains(path));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("an existing file is replaced")
    {
        const QString path = dir.filePath(QStringLiteral("section.pdf"));
        writeFile(path, "old");
        REQUIRE(DocumentPdf::write({reportHtml(sampleReportData())}, QStringLiteral("t"), path));
        CHECK(readAll(path).startsWith("%PDF-"));
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("section.pdf")});
    }
}
