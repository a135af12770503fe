#include "documents/documentpdf.h"

#include "documents/pdftextmap.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

namespace casedesk::DocumentPdf {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DocumentPdf)
};

constexpr qreal kMarginMillimetres = 20;
constexpr int kResolution = 300;

using Documents = std::vector<std::unique_ptr<QTextDocument>>;

// Qt's QTextLayout::draw also paints the last line above its clip (it keeps
// the index of the last line it skipped), so a paragraph running over a
// page break would leave its last line of one page, clipped away but still
// in the PDF's text, at the top of the next: pdftotext, search and copy
// would find it twice. Every such paragraph is split where the page breaks.
// Paragraphs have no margins, so the split changes nothing on paper.
void splitAtPageBreaks(QTextDocument &doc, qreal pageHeight)
{
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() < 2)
            continue;
        const qreal top = doc.documentLayout()->blockBoundingRect(block).top() - layout->boundingRect().top();
        const int firstPage = pageOf(top + layout->lineAt(0).y());
        for (int i = 1; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            if (pageOf(top + line.y()) == firstPage)
                continue;
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + line.textStart());
            cursor.insertBlock();
            block = cursor.block().previous();
            break;
        }
    }
}

// The pages that hold text: QTextDocument counts a page for the leading
// below the last line when that line ends at the foot of a page, and the
// printer would feed a blank sheet.
int pagesWithText(const QTextDocument &doc, qreal pageHeight)
{
    // pageCount() finishes the layout, which QTextDocument otherwise does
    // lazily: a long document's later blocks would have no lines yet and
    // its last pages would be left out.
    const int laidOutPages = doc.pageCount();
    qreal bottom = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *layout = block.layout();
        if (!layout || layout->lineCount() == 0 || block.text().trimmed().isEmpty())
            continue;
        const qreal top = doc.documentLayout()->blockBoundingRect(block).top() - layout->boundingRect().top();
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        bottom = std::max(bottom, top + last.y() + last.height());
    }
    const int used = int(std::ceil(bottom / pageHeight));
    return std::clamp(used, 1, std::max(1, laidOutPages));
}

Documents load(const QStringList &htmls)
{
    Documents docs;
    for (const QString &html : htmls) {
        auto doc = std::make_unique<QTextDocument>();
        // Latin runs (GB/T 5023.3-2008) drawn without OpenType shaping: the
        // CJK faces substitute their digits there with glyphs the PDF's text
        // map cannot name, so they would not copy or search.
        QFont base = doc->defaultFont();
        base.setStyleStrategy(QFont::PreferNoShaping);
        doc->setDefaultFont(base);
        doc->setDocumentMargin(0);
        doc->setHtml(html);
        docs.push_back(std::move(doc));
    }
    return docs;
}

// Lays a document out for the device itself, so point sizes resolve at its
// resolution and Qt scales the HTML's pixel lengths (borders, padding) from
// 96 dpi, paginated to the device's page.
void layOut(QTextDocument &doc, QPagedPaintDevice &device, const QSizeF &pageSize)
{
    doc.documentLayout()->setPaintDevice(&device);
    doc.setPageSize(pageSize);
    splitAtPageBreaks(doc, pageSize.height());
    // The splits leave the layout of what follows them to be done lazily
    // (by a timer that a printing CLI never runs): lay it all out again.
    doc.markContentsDirty(0, doc.characterCount());
}

// Paints each page of each document's paginated layout, a document starting
// on a new page (QTextDocument::print would add margins and page numbers of
// its own).
bool paintPages(const Documents &docs, QPagedPaintDevice &device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
                    QPageLayout::Millimeter));
    const QSizeF pageSize(device.width(), device.height());
    for (const auto &doc : docs)
        layOut(*doc, device, pageSize);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    bool first = true;
    for (const auto &doc : docs) {
        const int pages = pagesWithText(*doc, pageSize.height());
        for (int page = 0; page < pages; ++page) {
            if (!first)
                device.newPage();
            first = false;
            const QRectF visible(QPointF(0, page * pageSize.height()), pageSize);
            painter.save();
            painter.translate(0, -visible.top());
            painter.setClipRect(visible);
            // A block that starts on the next page touches this one's bottom edge.
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = visible.adjusted(0, 0, 0, -1);
            doc->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    return painter.end();
}

Status ready(const QStringList &htmls)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failure(Text::tr("Laying out a document needs the graphical application object (QGuiApplication)."));
    if (htmls.isEmpty())
        return refusal(Text::tr("There is no document to print."));
    return success();
}

// The radicals that the Chinese faces of the documents draw with an
// ideograph's glyph (see PdfTextMap).
QHash<char16_t, char16_t> sharedRadicals(const Documents &docs)
{
    QSet<QString> seen;
    QHash<char16_t, char16_t> radicals;
    for (const auto &doc : docs) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QFont font = it.fragment().charFormat().font();
                if (seen.contains(font.key()))
                    continue;
                seen.insert(font.key());
                radicals.insert(
                    PdfTextMap::radicalsSharingGlyphs(QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese)));
            }
        }
    }
    return radicals;
}

} // namespace

Status paint(const QStringList &htmls, QPagedPaintDevice &device)
{
    if (auto ok = ready(htmls); !ok)
        return ok;
    const Documents docs = load(htmls);
    if (!paintPages(docs, device))
        return failure(Text::tr("The document could not be printed: the printer did not start."));
    return success();
}

Status write(const QStringList &htmls, const QString &title, const QString &path)
{
    if (auto ok = ready(htmls); !ok)
        return ok;
    const Documents docs = load(htmls);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        if (!paintPages(docs, writer))
            return failure(Text::tr("Cannot write %1: the PDF could not be laid out.").arg(path));
    }
    PdfTextMap::unifyRadicals(pdf, sharedRadicals(docs));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace casedesk::DocumentPdf
