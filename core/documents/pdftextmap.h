#pragma once
// PdfTextMap: makes the text of Qt's PDFs copy and search as written.
// Qt 6.4 builds each embedded font's ToUnicode map by asking the font which
// character comes first for a glyph; CJK fonts such as Noto Serif CJK draw
// a Kangxi radical (U+2F8F ⾏) with the glyph of its ideograph (U+884C 行),
// so the radical wins and pdftotext, search and copy give ⾏政处罚. This
// maps such radicals back to the ideograph the font shares the glyph with,
// rewriting the ToUnicode entries in place (same length, so no offset of
// the PDF moves).

#include <QByteArray>
#include <QHash>
#include <QRawFont>

namespace casedesk::PdfTextMap {

// The CJK radicals (U+2E80–U+2FDF) that `font` draws with the glyph of a
// unified ideograph (U+4E00–U+9FFF), each with that ideograph.
QHash<char16_t, char16_t> radicalsSharingGlyphs(const QRawFont &font);

// Replaces the mapped radicals in the ToUnicode CMaps of `pdf` (the array
// entries of bfrange, single-glyph ranges and bfchar targets); returns how
// many entries changed.
int unifyRadicals(QByteArray &pdf, const QHash<char16_t, char16_t> &radicals);

} // namespace casedesk::PdfTextMap
