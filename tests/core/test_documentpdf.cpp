// DocumentPdf with a long document: QTextDocument lays long documents out
// lazily, and the pages counted before the layout had finished once cut a
// nine-page quarterly summary down to three. Every page must be printed.
#include "documents/documenthtml.h"
#include "documents/documentpdf.h"
#include "pdftools.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("A long document prints every page, down to its last line", "[documentpdf]")
{
    // Twelve tables of sixty rows, each with a note that wraps, as the
    // quarterly summary prints them: about twenty pages.
    QString body;
    for (int t = 1; t <= 12; ++t) {
        body += QStringLiteral("<p>表%1</p><table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                               "<thead><tr><th>项目</th><th>数量</th></tr></thead>")
                    .arg(t);
        for (int r = 1; r <= 60; ++r)
            body += QStringLiteral("<tr><td>第%1表第%2行</td><td>%3</td></tr>").arg(t).arg(r).arg(t * 1000 + r);
        body +=
            QStringLiteral("</table><p>") + QString(QStringLiteral("说明文字，")).repeated(40) + QStringLiteral("</p>");
    }
    body += QStringLiteral("<p>最后一段：全文结束。</p>");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    REQUIRE(DocumentPdf::write({DocumentHtml::page(body)}, QStringLiteral("长文档"), pdf));
    const int pages = pdfPages(pdf);
    CHECK(pages >= 15);
    const QString words = pdfWords(pdf);
    CHECK(words.contains(QStringLiteral("第12表第60行12060")));
    // The last line is on the last page, not on a page left out.
    CHECK(pdfWords(pdf, pages, pages).contains(QStringLiteral("最后一段：全文结束。")));
}
