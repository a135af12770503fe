// CasePdf: a case document's HTML laid out by QTextDocument on A4 portrait
// with 20 mm margins and written through QPdfWriter, which embeds the
// subsets of the fonts used (the serif CJK face of the style sheet). The
// PDF is made in memory, its text map repaired (PdfTextMap), then saved so
// that the file appears whole or not at all (QSaveFile).
#include "cases/casedocuments.h"
#include "cases/pdftextmap.h"

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
#include <cmath>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CasePdf)
};

constexpr qreal kMarginMillimetres = 20;
constexpr int kResolution = 300;

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

void load(QTextDocument &doc, const QString &html)
{
    // Latin runs (GB/T 5023.3-2008) drawn without OpenType shaping: the CJK
    // faces substitute their digits there with glyphs the PDF's text map
    // cannot name, so they would not copy or search.
    QFont base = doc.defaultFont();
    base.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(base);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
}

// Lays the document out for the device itself, so point sizes resolve at its
// resolution and Qt scales the HTML's pixel lengths (borders, padding) from
// 96 dpi, and paints each page of the paginated layout (QTextDocument::print
// would add margins and page numbers of its own).
bool paintPages(QTextDocument &doc, QPagedPaintDevice &device)
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                    QMarginsF(kMarginMillimetres, kMarginMillimetres, kMarginMillimetres, kMarginMillimetres),
                    QPageLayout::Millimeter));
    doc.documentLayout()->setPaintDevice(&device);
    const QSizeF pageSize(device.width(), device.height());
    doc.setPageSize(pageSize);
    splitAtPageBreaks(doc, pageSize.height());
    // The splits leave the layout of what follows them to be done lazily
    // (by a timer that a printing CLI never runs): lay it all out again.
    doc.markContentsDirty(0, doc.characterCount());
    const int pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        const QRectF visible(QPointF(0, page * pageSize.height()), pageSize);
        painter.save();
        painter.translate(0, -visible.top());
        painter.setClipRect(visible);
        // A block that starts on the next page touches this one's bottom edge.
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = visible.adjusted(0, 0, 0, -1);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

Status needsGuiApplication()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return failure(Text::tr("Laying out a document needs the graphical application object (QGuiApplication)."));
    return success();
}

// The radicals that the Chinese faces of the document draw with an
// ideograph's glyph (see PdfTextMap).
QHash<char16_t, char16_t> sharedRadicals(const QTextDocument &doc)
{
    QSet<QString> seen;
    QHash<char16_t, char16_t> radicals;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QFont font = it.fragment().charFormat().font();
            if (seen.contains(font.key()))
                continue;
            seen.insert(font.key());
            radicals.insert(
                PdfTextMap::radicalsSharingGlyphs(QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese)));
        }
    }
    return radicals;
}

} // namespace

namespace CasePdf {

Status paint(const QString &html, QPagedPaintDevice &device)
{
    if (auto ready = needsGuiApplication(); !ready)
        return ready;
    QTextDocument doc;
    load(doc, html);
    if (!paintPages(doc, device))
        return failure(Text::tr("The document could not be printed: the printer did not start."));
    return success();
}

Status write(const QString &html, const QString &title, const QString &path)
{
    if (auto ready = needsGuiApplication(); !ready)
        return ready;
    QTextDocument doc;
    load(doc, html);
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CaseDesk"));
        if (!paintPages(doc, writer))
            return failure(Text::tr("Cannot write %1: the PDF could not be laid out.").arg(path));
    }
    PdfTextMap::unifyRadicals(pdf, sharedRadicals(doc));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

} // namespace CasePdf

} // namespace casedesk
