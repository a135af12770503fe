// SummaryExport: a summary built by hand (every kind of column, a rate
// that does not apply, signed changes, text that needs CSV quoting) as CSV
// and as PDF text against reviewed golden files (CASEDESK_UPDATE_GOLDEN=1
// writes them); the computed summary of summarysample.cpp as XLSX read back
// with unzip (a sheet per table, typed numbers equal to the summary's,
// frozen header) and as JSON; the formats by extension; refusals that leave
// nothing behind.
#include "goldenfile.h"
#include "pdftools.h"
#include "summary/summaryexport.h"
#include "summarysample.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {

SummaryCell text(const QString &s)
{
    return SummaryCell{s, {}};
}
SummaryCell count(qint64 n)
{
    return SummaryCell{QVariant::fromValue(n), {}};
}
SummaryCell amount(double v)
{
    return SummaryCell{v, {}};
}
SummaryCell none()
{
    return SummaryCell{};
}

// A small summary of 2026Q3 written by hand: what the exports must show is
// known without the calculator.
QuarterSummary handBuilt()
{
    QuarterSummary s;
    s.period = ReportPeriod::ofQuarter(2026, 3);
    s.previous = ReportPeriod::ofQuarter(2026, 2);
    s.yearBefore = ReportPeriod::ofQuarter(2025, 3);
    s.bureau = QStringLiteral("永清县质量技术监督局");
    s.asOf = QDate(2026, 9, 30);
    s.edition = QStringLiteral("2015版");

    SummaryTable overview;
    overview.key = QStringLiteral("overview");
    overview.title = QStringLiteral("主要指标");
    overview.headers = {QStringLiteral("指标"), QStringLiteral("本期"), QStringLiteral("上期"), QStringLiteral("增减"),
                        QStringLiteral("上年同期"), QStringLiteral("增减")};
    overview.columns = {SummaryColumn::Label, SummaryColumn::Count,  SummaryColumn::Count,
                        SummaryColumn::Change, SummaryColumn::Count, SummaryColumn::Change};
    overview.rowColumns = {SummaryColumn::Count, SummaryColumn::Percent, SummaryColumn::Yuan};
    overview.rows = {
        {text(QStringLiteral("监督检查次数")), count(5), count(2), count(3), count(7), count(-2)},
        {text(QStringLiteral("计划抽查合格率(%)")), amount(33.3), amount(100.0), amount(-66.7), none(), none()},
        {text(QStringLiteral("罚款金额（元）")), amount(100000.0), amount(0.0), amount(100000.0), amount(12345.67),
         amount(87654.33)},
    };
    overview.note = QStringLiteral("本期：2026年7月1日至9月30日。");

    SummaryTable penalties;
    penalties.key = QStringLiteral("penalties");
    penalties.title = QStringLiteral("行政处罚");
    penalties.headers = {QStringLiteral("处罚种类"), QStringLiteral("案件数"), QStringLiteral("处罚数"),
                         QStringLiteral("金额（元）")};
    penalties.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Yuan};
    penalties.rows = {
        {text(QStringLiteral("罚款")), count(2), count(2), amount(100000.0)},
        {text(QStringLiteral("没收违法所得, \"含\"财物")), count(1), count(1), amount(12345.67)},
        {text(QStringLiteral("合计")), count(2), count(3), amount(112345.67)},
    };
    penalties.totalRow = true;

    SummaryTable rates;
    rates.key = QStringLiteral("sampling");
    rates.title = QStringLiteral("监督抽查");
    rates.headers = {QStringLiteral("抽查类型"), QStringLiteral("批次"), QStringLiteral("合格率(%)")};
    rates.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Percent};
    rates.rows = {
        {text(QStringLiteral("计划抽查")), count(4), amount(33.3)},
        {text(QStringLiteral("复检\n（异议）")), count(0), none()},
    };
    s.tables = {overview, penalties, rates};

    SummaryChart chart;
    chart.key = QStringLiteral("inspections");
    chart.title = QStringLiteral("监督检查次数");
    chart.categories = {QStringLiteral("上年同期"), QStringLiteral("上期"), QStringLiteral("本期")};
    chart.seriesNames = {QStringLiteral("检查次数")};
    chart.series = {{7, 2, 5}};
    chart.unit = QStringLiteral("次");
    s.charts = {chart};
    return s;
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

QByteArray unzipEntry(const QString &zip, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, entry});
    REQUIRE(unzip.waitForFinished(30000));
    INFO("unzip -p " << entry.toStdString());
    REQUIRE(unzip.exitCode() == 0);
    return unzip.readAllStandardOutput();
}

QStringList zipEntries(const QString &zip)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip});
    REQUIRE(unzip.waitForFinished(30000));
    REQUIRE(unzip.exitCode() == 0);
    return QString::fromUtf8(unzip.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList sharedStrings(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("si")) {
            inSi = true;
            current.clear();
        } else if (r.isStartElement() && r.name() == QLatin1String("t") && inSi) {
            current += r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("si")) {
            out << current;
            inSi = false;
        }
    }
    REQUIRE_FALSE(r.hasError());
    return out;
}

struct XlsxCell {
    QString type;    // t attribute: "s", "str", "n" or ""
    QString value;   // <v> (the shared string resolved) or inline text
    bool formula = false;
};

// Cells by reference ("B3") with shared strings resolved.
std::map<QString, XlsxCell> sheetCells(const QByteArray &xml, const QStringList &strings)
{
    std::map<QString, XlsxCell> cells;
    QXmlStreamReader r(xml);
    QString ref;
    XlsxCell cell;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("c")) {
            ref = r.attributes().value(QLatin1String("r")).toString();
            cell = XlsxCell{r.attributes().value(QLatin1String("t")).toString(), {}, false};
        } else if (r.isStartElement() && r.name() == QLatin1String("f")) {
            cell.formula = true;
        } else if (r.isStartElement() && r.name() == QLatin1String("v")) {
            cell.value = r.readElementText();
        } else if (r.isStartElement() && r.name() == QLatin1String("t")) {
            cell.value += r.readElementText(); // inline strings
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            if (cell.type == QLatin1String("s"))
                cell.value = strings.value(cell.value.toInt());
            cells[ref] = cell;
        }
    }
    REQUIRE_FALSE(r.hasError());
    return cells;
}

QString cellRef(int column, int row) // 0-based column, 1-based row
{
    return QString(QChar(u'A' + column)) + QString::number(row);
}

// The sheet files in the workbook's order, by following the relationships.
QStringList sheetFiles(const QString &zip)
{
    const QByteArray workbook = unzipEntry(zip, QStringLiteral("xl/workbook.xml"));
    const QByteArray rels = unzipEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"));
    std::map<QString, QString> targets;
    QXmlStreamReader rr(rels);
    while (!rr.atEnd()) {
        rr.readNext();
        if (rr.isStartElement() && rr.name() == QLatin1String("Relationship"))
            targets[rr.attributes().value(QLatin1String("Id")).toString()] =
                rr.attributes().value(QLatin1String("Target")).toString();
    }
    QStringList files;
    QXmlStreamReader wr(workbook);
    while (!wr.atEnd()) {
        wr.readNext();
        if (wr.isStartElement() && wr.name() == QLatin1String("sheet")) {
            QString id;
            for (const auto &a : wr.attributes())
                if (a.name() == QLatin1String("id"))
                    id = a.value().toString();
            QString target = targets[id];
            if (target.startsWith(QLatin1Char('/')))
                target = target.mid(1);
            else
                target.prepend(QStringLiteral("xl/"));
            files << target;
        }
    }
    return files;
}

bool isNumber(const XlsxCell &c)
{
    return (c.type.isEmpty() || c.type == QLatin1String("n")) && !c.value.isEmpty();
}

// The sheet holds the table: the header row (frozen, everything above it
// too), then each row with labels as text and figures as typed numbers
// equal to the summary's.
void checkSheet(const QString &zip, const QString &file, const SummaryTable &t, const QStringList &strings)
{
    INFO("sheet " << file.toStdString() << " for table " << t.key.toStdString());
    const QByteArray xml = unzipEntry(zip, file);
    const auto cells = sheetCells(xml, strings);
    // The header row: the row whose column A holds the first header.
    int header = 0;
    for (int row = 1; row <= 5 && header == 0; ++row) {
        const auto a = cells.find(cellRef(0, row));
        if (a != cells.end() && a->second.value == t.headers.first())
            header = row;
    }
    REQUIRE(header > 0);
    for (int c = 0; c < t.headers.size(); ++c)
        CHECK(cells.at(cellRef(c, header)).value == t.headers.at(c));
    const QString sheetText = QString::fromUtf8(xml);
    CHECK(sheetText.contains(QStringLiteral("state=\"frozen\"")));
    CHECK(sheetText.contains(QStringLiteral("ySplit=\"%1\"").arg(header)));
    for (int r = 0; r < t.rows.size(); ++r) {
        for (int c = 0; c < t.headers.size(); ++c) {
            const SummaryCell &want = t.rows.at(r).at(c);
            const QString ref = cellRef(c, header + 1 + r);
            INFO("cell " << ref.toStdString() << " want " << want.value.toString().toStdString());
            const auto got = cells.find(ref);
            if (!want.value.isValid() || (want.value.typeId() == QMetaType::QString && want.value.toString().isEmpty())) {
                CHECK((got == cells.end() || got->second.value.isEmpty() ||
                       got->second.value == QStringLiteral("—")));
                continue;
            }
            REQUIRE(got != cells.end());
            if (want.value.typeId() == QMetaType::QString) {
                CHECK(got->second.value == want.value.toString());
            } else if (want.value.typeId() == QMetaType::QDate) {
                CHECK(isNumber(got->second)); // a date cell
            } else {
                CHECK(isNumber(got->second));
                CHECK(got->second.value.toDouble() == Approx(want.value.toDouble()));
            }
        }
    }
}

QString tempFile(const QTemporaryDir &dir, const QString &name)
{
    return dir.filePath(name);
}

} // namespace

TEST_CASE("summary export: cell text for each kind of column", "[summary][export]")
{
    using SummaryExport::cellText;
    CHECK(cellText(count(42), SummaryColumn::Count) == QStringLiteral("42"));
    CHECK(cellText(count(0), SummaryColumn::Count) == QStringLiteral("0"));
    CHECK(cellText(amount(100000.0), SummaryColumn::Yuan) == QStringLiteral("100000.00"));
    CHECK(cellText(amount(12345.67), SummaryColumn::Yuan) == QStringLiteral("12345.67"));
    CHECK(cellText(amount(0.5), SummaryColumn::Yuan) == QStringLiteral("0.50"));
    CHECK(cellText(amount(33.3), SummaryColumn::Percent) == QStringLiteral("33.3"));
    CHECK(cellText(amount(100.0), SummaryColumn::Percent) == QStringLiteral("100.0"));
    CHECK(cellText(count(3), SummaryColumn::Change) == QStringLiteral("+3"));
    CHECK(cellText(count(-2), SummaryColumn::Change) == QStringLiteral("-2"));
    CHECK(cellText(count(0), SummaryColumn::Change) == QStringLiteral("0"));
    CHECK(cellText(none(), SummaryColumn::Count) == QStringLiteral("—"));
    CHECK(cellText(none(), SummaryColumn::Percent) == QStringLiteral("—"));
    CHECK(cellText(none(), SummaryColumn::Change) == QStringLiteral("—"));
    CHECK(cellText(text(QStringLiteral("质量监督股")), SummaryColumn::Label) == QStringLiteral("质量监督股"));
}

TEST_CASE("summary export: the CSV has a BOM, each table under its title, blank lines between them",
          "[summary][export][golden]")
{
    const QuarterSummary s = handBuilt();
    const QByteArray csv = SummaryExport::csv(s);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF"));
    const QString body = QString::fromUtf8(csv.mid(3));
    CHECK(body.contains(QStringLiteral("主要指标")));
    CHECK(body.contains(QStringLiteral("指标,本期,上期,增减,上年同期,增减")));
    // Per row formats in the overview: a rate with one decimal, yuan with two, changes signed.
    CHECK(body.contains(QStringLiteral("监督检查次数,5,2,+3,7,-2")));
    CHECK(body.contains(QStringLiteral("计划抽查合格率(%),33.3,100.0,-66.7,—,—")));
    CHECK(body.contains(QStringLiteral("罚款金额（元）,100000.00,0.00,+100000.00,12345.67,+87654.33")));
    // Quoting: a comma and quotes, a line break.
    CHECK(body.contains(QStringLiteral("\"没收违法所得, \"\"含\"\"财物\",1,1,12345.67")));
    CHECK(body.contains(QStringLiteral("\"复检\n（异议）\",0,—")));
    // Tables in order, separated by a blank line.
    const qsizetype overview = body.indexOf(QStringLiteral("主要指标"));
    const qsizetype penalties = body.indexOf(QStringLiteral("行政处罚"));
    const qsizetype sampling = body.indexOf(QStringLiteral("监督抽查"));
    CHECK(overview < penalties);
    CHECK(penalties < sampling);
    const QString between = body.mid(overview, penalties - overview);
    CHECK(QRegularExpression(QStringLiteral("\\r?\\n\\r?\\n")).match(between).hasMatch());
    checkGolden(QStringLiteral("summary/summary.csv"), csv);
}

TEST_CASE("summary export: the PDF is A4 with an embedded Chinese font and the summary's text",
          "[summary][export][golden]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QuarterSummary s = handBuilt();
    const QString pdf = tempFile(dir, QStringLiteral("summary.pdf"));
    const Status written = SummaryExport::writePdf(s, pdf);
    INFO((written ? std::string() : written.error().message.toStdString()));
    REQUIRE(written);
    keepPdf(pdf, QStringLiteral("summary.pdf"));
    checkFontsEmbedded(pdf);
    checkA4(pdf);
    const QString words = pdfWords(pdf);
    for (const QString &expected :
         {QStringLiteral("永清县质量技术监督局"), QStringLiteral("主要指标"), QStringLiteral("监督检查次数"),
          QStringLiteral("100000.00"), QStringLiteral("+87654.33"), QStringLiteral("-66.7"),
          QStringLiteral("行政处罚"), QStringLiteral("112345.67"), QStringLiteral("监督抽查"),
          QStringLiteral("本期：2026年7月1日至9月30日。")}) {
        INFO(expected.toStdString());
        CHECK(words.contains(expected));
    }
    checkGolden(QStringLiteral("summary/summary.txt"), pdfText(pdf, true).toUtf8());
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("summary.pdf")});
}

TEST_CASE("summary export: the XLSX has a sheet per table with typed numbers equal to the summary's",
          "[summary][export][xlsx]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(ReportPeriod::ofQuarter(2026, 3));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = tempFile(dir, QStringLiteral("2026Q3.xlsx"));
    REQUIRE(SummaryExport::writeXlsx(s, path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("2026Q3.xlsx")});
    if (!haveUnzip()) {
        WARN("unzip is not installed: the contents of the XLSX file are not checked");
        return;
    }
    const QStringList strings = sharedStrings(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
    const QStringList files = sheetFiles(path);
    // A sheet per table, in the summary's order, after at most one sheet
    // about the summary as a whole.
    REQUIRE(files.size() >= s.tables.size());
    REQUIRE(files.size() <= s.tables.size() + 1);
    const qsizetype first = files.size() - s.tables.size();
    const QStringList entries = zipEntries(path);
    for (qsizetype i = 0; i < s.tables.size(); ++i) {
        REQUIRE(entries.contains(files.at(first + i)));
        checkSheet(path, files.at(first + i), s.tables.at(i), strings);
    }

    // The exact 合计 of the penalties (2 distinct cases, not 2 + 1 summed)
    // is what the sheet holds.
    const qsizetype penalties = [&] {
        for (qsizetype i = 0; i < s.tables.size(); ++i)
            if (s.tables.at(i).key == QLatin1String("penalties"))
                return i;
        return qsizetype(-1);
    }();
    REQUIRE(penalties >= 0);
    CHECK(countOf(totalRow(s.tables.at(penalties)).at(1)) == 2);
}

TEST_CASE("summary export: the JSON holds the period, the section and every table's rows", "[summary][export][json]")
{
    SummaryBureau bureau;
    const QuarterSummary s = bureau.compute(ReportPeriod::ofQuarter(2026, 3), kQualitySection);
    const QJsonObject json = SummaryExport::json(s);
    INFO(QJsonDocument(json).toJson().left(3000).toStdString());
    CHECK(json.value(QStringLiteral("section")).toString() == kQualitySection);
    const QString period = QString::fromUtf8(QJsonDocument(json.value(QStringLiteral("period")).isObject()
                                                               ? json.value(QStringLiteral("period")).toObject()
                                                               : QJsonObject{{QStringLiteral("code"),
                                                                              json.value(QStringLiteral("period"))}})
                                                 .toJson(QJsonDocument::Compact));
    CHECK(period.contains(QStringLiteral("2026Q3")));
    CHECK(json.contains(QStringLiteral("tables")));
    CHECK(json.contains(QStringLiteral("charts")));
    const auto compact = [&](const char *key) {
        return QString::fromUtf8(QJsonDocument(QJsonArray{json.value(QLatin1String(key))}).toJson(QJsonDocument::Compact));
    };
    CHECK(compact("previous").contains(QStringLiteral("2026Q2")));
    CHECK(compact("yearBefore").contains(QStringLiteral("2025Q3")));
    CHECK(json.value(QStringLiteral("asOf")).toString() == QStringLiteral("2026-09-30"));
    CHECK(json.value(QStringLiteral("bureau")).toString() == s.bureau);
    CHECK(json.value(QStringLiteral("edition")).toString() == s.edition);
    const QJsonArray charts = json.value(QStringLiteral("charts")).toArray();
    REQUIRE(charts.size() == s.charts.size());
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QJsonObject chart = charts.at(i).toObject();
        CHECK(chart.value(QStringLiteral("key")).toString() == s.charts.at(i).key);
        const QJsonArray series = chart.value(QStringLiteral("series")).toArray();
        REQUIRE(series.size() == s.charts.at(i).series.size());
        for (qsizetype k = 0; k < series.size(); ++k) {
            const QJsonArray values = series.at(k).toObject().value(QStringLiteral("values")).toArray();
            REQUIRE(values.size() == s.charts.at(i).series.at(k).size());
            for (qsizetype v = 0; v < values.size(); ++v)
                CHECK(values.at(v).toDouble() == Approx(s.charts.at(i).series.at(k).at(v)));
        }
    }

    // The tables, by key, in the summary's order, with the same numbers.
    QList<QJsonObject> tables;
    const QJsonValue tv = json.value(QStringLiteral("tables"));
    if (tv.isArray()) {
        for (const QJsonValue &v : tv.toArray())
            tables << v.toObject();
    } else {
        REQUIRE(tv.isObject());
        for (const SummaryTable &t : s.tables)
            tables << tv.toObject().value(t.key).toObject();
    }
    REQUIRE(tables.size() == s.tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        const SummaryTable &t = s.tables.at(i);
        const QJsonObject &o = tables.at(i);
        INFO("table " << t.key.toStdString());
        if (tv.isArray())
            CHECK(o.value(QStringLiteral("key")).toString() == t.key);
        QStringList headers;
        for (const QJsonValue &h : o.value(QStringLiteral("headers")).toArray())
            headers << h.toString();
        CHECK(headers == t.headers);
        CHECK(o.value(QStringLiteral("title")).toString() == t.title);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        REQUIRE(rows.size() == t.rows.size());
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            const QJsonValue rowValue = rows.at(r);
            for (qsizetype c = 0; c < t.headers.size(); ++c) {
                const QJsonValue v = rowValue.isArray() ? rowValue.toArray().at(c)
                                                        : rowValue.toObject().value(t.headers.at(c));
                const QVariant want = t.rows.at(r).at(c).value;
                INFO("row " << r << " column " << c << ": " << want.toString().toStdString());
                if (!want.isValid())
                    CHECK(v.isNull());
                else if (want.typeId() == QMetaType::QString)
                    CHECK(v.toString() == want.toString());
                else if (want.typeId() == QMetaType::QDate)
                    CHECK(v.toString() == want.toDate().toString(Qt::ISODate));
                else {
                    CHECK(v.isDouble());
                    CHECK(v.toDouble() == Approx(want.toDouble()));
                }
            }
        }
    }

    QTemporaryDir dir;
    const QString path = tempFile(dir, QStringLiteral("s.json"));
    REQUIRE(SummaryExport::writeJson(s, path));
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(readAll(path), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(read.object() == json);
}

TEST_CASE("summary export: formats by extension, unknown ones refused", "[summary][export]")
{
    using F = SummaryExport::Format;
    CHECK(*SummaryExport::formatOf(QStringLiteral("/tmp/a.xlsx")) == F::Xlsx);
    CHECK(*SummaryExport::formatOf(QStringLiteral("A.XLSX")) == F::Xlsx);
    CHECK(*SummaryExport::formatOf(QStringLiteral("统计.Csv")) == F::Csv);
    CHECK(*SummaryExport::formatOf(QStringLiteral("b.pdf")) == F::Pdf);
    CHECK(*SummaryExport::formatOf(QStringLiteral("dir.x/c.json")) == F::Json);
    for (const QString &bad : {QStringLiteral("a.txt"), QStringLiteral("a.xls"), QStringLiteral("a"),
                               QStringLiteral("a.csv.bak"), QStringLiteral("xlsx")}) {
        INFO(bad.toStdString());
        const auto f = SummaryExport::formatOf(bad);
        REQUIRE_FALSE(f);
        CHECK(f.error().refusal);
        CHECK(f.error().message.contains(bad));
        CHECK(f.error().message.contains(QStringLiteral("xlsx")));
    }
    for (F f : {F::Xlsx, F::Csv, F::Pdf, F::Json}) {
        const QString ext = SummaryExport::extensionOf(f);
        CHECK(*SummaryExport::formatOf(QStringLiteral("x.") + (ext.startsWith(QLatin1Char('.')) ? ext.mid(1) : ext)) ==
              f);
    }

    QuarterSummary s = handBuilt();
    const QString xlsxName = SummaryExport::suggestedFileName(s, F::Xlsx);
    CHECK(xlsxName.startsWith(QStringLiteral("2026Q3")));
    CHECK(xlsxName.endsWith(QStringLiteral(".xlsx")));
    CHECK(SummaryExport::suggestedFileName(s, F::Pdf).endsWith(QStringLiteral(".pdf")));
    s.section = kQualitySection;
    CHECK(SummaryExport::suggestedFileName(s, F::Csv).contains(kQualitySection));
    CHECK_FALSE(SummaryExport::suggestedFileName(s, F::Csv).contains(QLatin1Char('/')));
}

TEST_CASE("summary export: write() follows the extension and replaces a file whole", "[summary][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QuarterSummary s = handBuilt();
    const QString csv = tempFile(dir, QStringLiteral("s.csv"));
    REQUIRE(SummaryExport::write(s, csv));
    CHECK(readAll(csv) == SummaryExport::csv(s));
    // Written again with other numbers: the new content, nothing else left.
    s.tables[0].rows[0][1] = count(6);
    REQUIRE(SummaryExport::write(s, csv));
    CHECK(readAll(csv) == SummaryExport::csv(s));
    const QString json = tempFile(dir, QStringLiteral("s.JSON"));
    REQUIRE(SummaryExport::write(s, json));
    CHECK(QJsonDocument::fromJson(readAll(json)).object() == SummaryExport::json(s));
    REQUIRE(SummaryExport::write(s, tempFile(dir, QStringLiteral("s.xlsx"))));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name) ==
          QStringList{QStringLiteral("s.JSON"), QStringLiteral("s.csv"), QStringLiteral("s.xlsx")});

    const auto refused = SummaryExport::write(s, tempFile(dir, QStringLiteral("s.doc")));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("s.doc")));
    CHECK_FALSE(QFile::exists(tempFile(dir, QStringLiteral("s.doc"))));
}

TEST_CASE("summary export: writing into a missing folder is refused and leaves nothing behind", "[summary][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QuarterSummary s = handBuilt();
    const QString missing = tempFile(dir, QStringLiteral("no-such-folder"));
    for (const QString &name : {QStringLiteral("s.xlsx"), QStringLiteral("s.csv"), QStringLiteral("s.pdf"),
                                QStringLiteral("s.json")}) {
        INFO(name.toStdString());
        const QString path = missing + QLatin1Char('/') + name;
        const Status written = SummaryExport::write(s, path);
        REQUIRE_FALSE(written);
        CHECK(written.error().message.contains(name));
        CHECK_FALSE(QFileInfo::exists(missing));
        CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    CHECK_FALSE(SummaryExport::writeXlsx(s, missing + QStringLiteral("/x.xlsx")));
    CHECK_FALSE(SummaryExport::writeCsv(s, missing + QStringLiteral("/x.csv")));
    CHECK_FALSE(SummaryExport::writePdf(s, missing + QStringLiteral("/x.pdf")));
    CHECK_FALSE(SummaryExport::writeJson(s, missing + QStringLiteral("/x.json")));
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
}
