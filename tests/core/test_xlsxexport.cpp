// XLSX export: a workbook with Chinese text, numbers, a date, a blank and a
// totals row, read back with unzip; failures leave nothing behind and an
// existing file is replaced whole.
#include "testsupport.h"
#include "xlsxexport.h"

#include <QDate>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;

namespace {
const QString kCompany = QStringLiteral("永清县华通机械制造有限公司");

XlsxSheet inspectionsSheet()
{
    XlsxSheet sheet;
    sheet.name = QStringLiteral("检查记录");
    sheet.title = QStringLiteral("2024年特种设备监督检查企业名单");
    sheet.headers = {QStringLiteral("企业名称"), QStringLiteral("Ref"),      QStringLiteral("检查次数"),
                     QStringLiteral("罚款金额"), QStringLiteral("检查日期"), QStringLiteral("备注")};
    sheet.rows << QVariantList{kCompany, QStringLiteral("A-1"), 42, 1500.5, QDate(2024, 3, 15), QVariant()};
    sheet.rows << QVariantList{QStringLiteral("廊坊市安信压力容器检验所"),
                               QStringLiteral("B-22"),
                               qint64(7),
                               0.25,
                               QDate(2024, 4, 1),
                               QStringLiteral("复查")};
    sheet.totals = true;
    return sheet;
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QString unzipEntry(const QString &zip, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

// The width given to column `n` (1-based) in <cols>.
double columnWidth(const QString &sheetXml, int n)
{
    const QRegularExpression re(QStringLiteral("<col min=\"%1\" max=\"%1\" width=\"([0-9.]+)\"").arg(n));
    const auto match = re.match(sheetXml);
    REQUIRE(match.hasMatch());
    return match.captured(1).toDouble();
}

// The XML of one cell, e.g. <c r="C3"><v>42</v></c>; empty when absent.
QString cellXml(const QString &sheetXml, const QString &ref)
{
    const QRegularExpression re(QStringLiteral("<c r=\"%1\"[^>]*(/>|>.*?</c>)").arg(ref));
    return re.match(sheetXml).captured(0);
}
} // namespace

TEST_CASE("a workbook holds Chinese text, typed numbers and dates, a frozen header and totals", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("检查记录.xlsx"));
    XlsxSheet second;
    second.name = QStringLiteral("a/b:c*?[d]");
    second.headers = {QStringLiteral("x")};
    const auto written = XlsxExport::write(path, {inspectionsSheet(), second});
    REQUIRE(written);
    REQUIRE(QFileInfo(path).size() > 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("检查记录.xlsx")});

    if (!haveUnzip()) {
        WARN("unzip is not installed: the contents of the XLSX file are not checked");
        return;
    }
    const QString strings = unzipEntry(path, QStringLiteral("xl/sharedStrings.xml"));
    CHECK(strings.contains(kCompany));
    CHECK(strings.contains(QStringLiteral("2024年特种设备监督检查企业名单")));
    CHECK(strings.contains(QStringLiteral("<t>复查</t>")));
    CHECK(strings.contains(QStringLiteral("<t>Total</t>")));

    const QString sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    // Row 1 is the title, row 2 the header, rows 3-4 the data, row 5 the totals.
    CHECK(cellXml(sheet, QStringLiteral("C3")) == QStringLiteral("<c r=\"C3\"><v>42</v></c>"));
    CHECK(cellXml(sheet, QStringLiteral("C4")) == QStringLiteral("<c r=\"C4\"><v>7</v></c>"));
    CHECK(cellXml(sheet, QStringLiteral("D3")) == QStringLiteral("<c r=\"D3\"><v>1500.5</v></c>"));
    CHECK(cellXml(sheet, QStringLiteral("A3")).contains(QStringLiteral("t=\"s\"")));
    // 2024-03-15 is Excel's day 45366, with a yyyy-mm-dd style.
    const QString date = cellXml(sheet, QStringLiteral("E3"));
    CHECK(date.contains(QStringLiteral("<v>45366</v>")));
    CHECK(date.contains(QStringLiteral(" s=\"")));
    CHECK_FALSE(date.contains(QStringLiteral("t=\"s\"")));
    CHECK(unzipEntry(path, QStringLiteral("xl/styles.xml")).contains(QStringLiteral("formatCode=\"yyyy-mm-dd\"")));
    // The blank cell is not written at all.
    CHECK(cellXml(sheet, QStringLiteral("F3")).isEmpty());
    CHECK_FALSE(cellXml(sheet, QStringLiteral("F4")).isEmpty());

    CHECK(sheet.contains(QStringLiteral("<pane ySplit=\"2\" topLeftCell=\"A3\"")));
    CHECK(sheet.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheet.contains(QStringLiteral("<autoFilter ref=\"A2:F4\"/>")));

    CHECK(cellXml(sheet, QStringLiteral("C5")).contains(QStringLiteral("<f>SUM(C3:C4)</f><v>49</v>")));
    CHECK(cellXml(sheet, QStringLiteral("D5")).contains(QStringLiteral("<f>SUM(D3:D4)</f><v>1500.75</v>")));
    CHECK(cellXml(sheet, QStringLiteral("B5")).isEmpty());
    CHECK(cellXml(sheet, QStringLiteral("E5")).isEmpty()); // dates are not summed
    CHECK_FALSE(cellXml(sheet, QStringLiteral("A5")).isEmpty());

    // Column A (13 Chinese characters) is wider than column B (ASCII), and
    // both are within the limits.
    const double chinese = columnWidth(sheet, 1);
    const double ascii = columnWidth(sheet, 2);
    CHECK(chinese > ascii);
    CHECK(chinese >= 26);
    CHECK(chinese <= 60);
    CHECK(ascii >= 8);

    const QString workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"检查记录\"")));
    CHECK(workbook.contains(QStringLiteral("name=\"a_b_c___d_\"")));
    CHECK(unzipEntry(path, QStringLiteral("docProps/core.xml"))
              .contains(QStringLiteral("<dc:title>2024年特种设备监督检查企业名单</dc:title>")));
}

TEST_CASE("sheet names are cut to 31 characters and made unique", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("names.xlsx"));
    XlsxSheet a, b, c;
    a.name = QString(40, QChar(u'长'));
    b.name = a.name;
    c.name = QString();
    REQUIRE(XlsxExport::write(path, {a, b, c}));
    if (!haveUnzip()) {
        WARN("unzip is not installed: the contents of the XLSX file are not checked");
        return;
    }
    const QString workbook = unzipEntry(path, QStringLiteral("xl/workbook.xml"));
    CHECK(workbook.contains(QStringLiteral("name=\"%1\"").arg(QString(31, QChar(u'长')))));
    CHECK(workbook.contains(QStringLiteral("name=\"%1 (2)\"").arg(QString(27, QChar(u'长')))));
    CHECK(workbook.contains(QStringLiteral("name=\"Sheet3\"")));
}

TEST_CASE("an existing file is replaced whole", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.xlsx"));
    test::writeFile(path, QByteArray("an older report"));
    REQUIRE(XlsxExport::write(path, {inspectionsSheet()}));
    const QByteArray bytes = test::readAll(path);
    CHECK(bytes.startsWith("PK"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.xlsx")});
}

TEST_CASE("writing into a missing folder fails naming the path and leaves nothing", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("没有的文件夹/report.xlsx"));
    const auto r = XlsxExport::write(path, {inspectionsSheet()});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.contains(QDir::toNativeSeparators(path)));
    CHECK(r.error().message.contains(QStringLiteral("does not exist")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());

    const auto none = XlsxExport::write(dir.filePath(QStringLiteral("empty.xlsx")), {});
    REQUIRE_FALSE(none);
    CHECK(none.error().message.contains(QStringLiteral("empty.xlsx")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("a library error names the path, the cell and libxlsxwriter's reason, and leaves nothing", "[xlsx]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("too-long.xlsx"));
    XlsxSheet sheet;
    sheet.name = QStringLiteral("长文本");
    sheet.headers = {QStringLiteral("内容")};
    sheet.rows << QVariantList{QString(40000, QChar(u'字'))}; // Excel holds at most 32,767 characters
    const auto r = XlsxExport::write(path, {sheet});
    REQUIRE_FALSE(r);
    CHECK(r.error().message.startsWith(QStringLiteral("Cannot write %1: sheet \"长文本\", cell A2: ").arg(path)));
    CHECK(r.error().message.endsWith(QStringLiteral("String exceeds Excel's limit of 32,767 characters.")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
