// The CSV template: write then read gives back the same list; clerks' files
// in GB18030 or reordered columns read too; bad rows are refused with their
// line.
#include "csv.h"
#include "dutylist/dutylistcsv.h"
#include "testsupport.h"

#include <QStringEncoder>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
QString decoded(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.mid(3));
}

const QString kHeader =
    QStringLiteral("记录类型,编号,名称,内容,补充,责任股室,备注,法规名称,法规版本,条款,联系电话,分类\n");
const QString kMinimal = kHeader + QStringLiteral("清单信息,,部门,某县质监局,,,,,,,,\n职责,1,,负责计量,,,,,,,,\n");
} // namespace

TEST_CASE("the template is written as UTF-8 with BOM, CRLF and the documented header", "[csv]")
{
    const QByteArray bytes = ResponsibilityListCsv::write(sampleList());
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = decoded(bytes);
    CHECK(text.startsWith(
        QStringLiteral("记录类型,编号,名称,内容,补充,责任股室,备注,法规名称,法规版本,条款,联系电话,分类\r\n")));
    CHECK(text.contains(QStringLiteral("\r\n职责,1,,负责全县计量工作，推行法定计量单位,,,,,,,,\r\n")));
    CHECK(text.contains(QStringLiteral(
        "事项,2,市场计量,监督管理商品量、市场计量行为,,标准计量股、稽查股,\"含\"\"定量包装\"\"商品\",,,,,\r\n")));
    CHECK(text.contains(QStringLiteral("追责依据,2,,徇私舞弊的,,,,计量法实施细则,1987年,第五十七条,,\r\n")));
    CHECK(ResponsibilityListCsv::recognises(text));
}

TEST_CASE("writing then reading the template gives back the same list", "[csv]")
{
    const ResponsibilityList original = sampleList();
    const QByteArray bytes = ResponsibilityListCsv::write(original);
    auto read = ResponsibilityListCsv::read(decoded(bytes), QStringLiteral("sample.csv"));
    REQUIRE(read);
    CHECK(read->duties == original.duties);
    CHECK(read->boundaries == original.boundaries);
    CHECK(read->systems == original.systems);
    CHECK(read->services == original.services);
    CHECK(read->accountability == original.accountability);
    CHECK(*read == original);
    CHECK(ResponsibilityListCsv::write(*read) == bytes);
}

TEST_CASE("the template reads reordered columns, missing optional columns and GB18030", "[csv]")
{
    const QString reordered = QStringLiteral("内容,记录类型,编号,名称\n某县质监局,清单信息,,部门\n负责计量,职责,1,\n"
                                             "监督管理计量器具,事项,1,\n");
    auto a = ResponsibilityListCsv::read(reordered, QStringLiteral("r.csv"));
    REQUIRE(a);
    REQUIRE(a->duties.size() == 1);
    CHECK(a->duties[0].items.size() == 1);
    CHECK(a->duties[0].items[0].text == QStringLiteral("监督管理计量器具"));

    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb(kMinimal);
    const QString back = QStringDecoder("GB18030")(gbBytes);
    auto b = ResponsibilityListCsv::read(back, QStringLiteral("gb.csv"));
    REQUIRE(b);
    CHECK(b->department == QStringLiteral("某县质监局"));
}

TEST_CASE("bad template rows are refused naming the file, line and field", "[csv]")
{
    struct Case {
        QString text;
        QString expected;
    };
    const QList<Case> cases = {
        {kMinimal + QStringLiteral("职务,2,,x,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: unknown record type \"职务\"")},
        {kHeader + QStringLiteral("事项,1,,x,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 2: an item comes before any main duty.")},
        {kMinimal + QStringLiteral("事项,3,,x,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: main duty 1 has no item 3.")},
        {kMinimal + QStringLiteral("事项,1.1,,x,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: item number \"1.1\" must be the item's number within main duty 1")},
        {kMinimal + QStringLiteral("事项,1,,x,,,,,,,,\n事项,1,,y,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 5: item number 1 is out of order.")},
        {kMinimal + QStringLiteral("职责,1,,又一条,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: main duty 1 appears twice.")},
        {kMinimal + QStringLiteral("事项,1,,\"未闭合,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: a quoted field is never closed")},
        {kMinimal + QStringLiteral("制度部分,,x,y,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: a system part comes before any supervision system.")},
        {kMinimal + QStringLiteral("事项,1,,,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: the 事项 row needs a value in column 内容.")},
        {kMinimal + QStringLiteral("事项,1,,x,,,,,,,,,多余\n"),
         QStringLiteral("bad.csv, line 4: the row has 13 fields but the header has 12.")},
        {QStringLiteral("记录类型,内容,颜色\n"), QStringLiteral("bad.csv, line 1: unknown column \"颜色\"")},
        {kHeader + QStringLiteral("职责,1,,负责计量,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 2: no 清单信息 row gives the 部门")},
        {kHeader + QStringLiteral("清单信息,,部门,某县质监局,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 2: the file has no 职责 rows")},
        {kMinimal + QStringLiteral("清单信息,,颜色,红,,,,,,,,\n"),
         QStringLiteral("bad.csv, line 4: unknown 清单信息 \"颜色\"")},
    };
    for (const Case &c : cases) {
        auto r = ResponsibilityListCsv::read(c.text, QStringLiteral("bad.csv"));
        INFO(c.text.toStdString());
        REQUIRE_FALSE(r);
        CHECK(r.error().message.startsWith(c.expected));
    }
}

TEST_CASE("item numbers survive a spreadsheet: whole numbers only", "[csv]")
{
    // Excel, WPS and LibreOffice read "3.10" as the number 3.1; the template
    // therefore numbers items within their duty (1, 2 … 10).
    ResponsibilityList list = sampleList();
    for (int i = 0; i < 10; ++i)
        list.duties[1].items << ResponsibilityItem{QStringLiteral("事项%1").arg(i), {}, {}, {}};
    list.duties[1].references << LegalReference{
        QStringLiteral("特种设备安全法"), {}, QStringLiteral("第九十四条"), {}, 9};
    const QString text = decoded(ResponsibilityListCsv::write(list));
    auto records = Csv::parse(text, QStringLiteral("x.csv"));
    REQUIRE(records);
    QStringList itemNumbers;
    for (const Csv::Record &r : *records)
        if (r.fields[0] == QStringLiteral("事项") || r.fields[0] == QStringLiteral("追责依据")) {
            CHECK_FALSE(r.fields[1].contains(QLatin1Char('.')));
            itemNumbers << r.fields[1];
        }
    CHECK(itemNumbers.contains(QStringLiteral("10")));
    CHECK(itemNumbers.contains(QStringLiteral("12")));
    auto back = ResponsibilityListCsv::read(text, QStringLiteral("x.csv"));
    REQUIRE(back);
    CHECK(*back == list);
}

TEST_CASE("a template saved by a spreadsheet with every field quoted reads back the same", "[csv]")
{
    const ResponsibilityList original = sampleList();
    auto records = Csv::parse(decoded(ResponsibilityListCsv::write(original)), QStringLiteral("x.csv"));
    REQUIRE(records);
    QString quotedAll;
    for (const Csv::Record &r : *records) {
        QStringList fields;
        for (QString f : r.fields)
            fields << QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        quotedAll += fields.join(QLatin1Char(',')) + QStringLiteral("\n");
    }
    REQUIRE(quotedAll.startsWith(QStringLiteral("\"记录类型\",")));
    CHECK(ResponsibilityListCsv::recognises(quotedAll));
    auto back = ResponsibilityListCsv::read(quotedAll, QStringLiteral("x.csv"));
    REQUIRE(back);
    CHECK(*back == original);
    CHECK_FALSE(ResponsibilityListCsv::recognises(QStringLiteral("序号,主要职责\n")));
}
