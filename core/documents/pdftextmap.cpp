#include "documents/pdftextmap.h"

#include <QList>
#include <QString>

namespace casedesk::PdfTextMap {

namespace {

constexpr char16_t kFirstRadical = 0x2E80;
constexpr char16_t kLastRadical = 0x2FDF;
constexpr char16_t kFirstIdeograph = 0x4E00;
constexpr char16_t kLastIdeograph = 0x9FFF;

QString range(char16_t first, char16_t last)
{
    QString s;
    s.reserve(last - first + 1);
    for (char32_t c = first; c <= last; ++c)
        s.append(QChar(char16_t(c)));
    return s;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Rewrites the four-digit hex token <XXXX> at `at` when it is a mapped radical.
bool replaceToken(QByteArray &pdf, qsizetype at, const QHash<char16_t, char16_t> &radicals)
{
    if (at + 5 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + 5) != '>')
        return false;
    for (int i = 1; i <= 4; ++i)
        if (!isHex(pdf.at(at + i)))
            return false;
    bool ok = false;
    const auto code = char16_t(pdf.mid(at + 1, 4).toUInt(&ok, 16));
    const auto found = radicals.constFind(code);
    if (!ok || found == radicals.constEnd())
        return false;
    const QByteArray hex = QByteArray::number(uint(*found), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
    return true;
}

// The <XXXX> tokens of one line, by position.
QList<qsizetype> tokens(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    QList<qsizetype> out;
    for (qsizetype i = pdf.indexOf('<', from); i >= 0 && i < to; i = pdf.indexOf('<', i + 1))
        out << i;
    return out;
}

int unifyLines(QByteArray &pdf, qsizetype from, qsizetype to, bool ranges, const QHash<char16_t, char16_t> &radicals)
{
    int changed = 0;
    qsizetype line = from;
    while (line < to) {
        qsizetype end = pdf.indexOf('\n', line);
        if (end < 0 || end > to)
            end = to;
        const QList<qsizetype> at = tokens(pdf, line, end);
        const qsizetype bracket = pdf.indexOf('[', line);
        if (!ranges) {
            // bfchar: <glyph> <unicode>
            if (at.size() == 2)
                changed += replaceToken(pdf, at.at(1), radicals);
        } else if (bracket >= 0 && bracket < end) {
            // <first> <last> [<u1> <u2> …]
            for (qsizetype i = 2; i < at.size(); ++i)
                changed += replaceToken(pdf, at.at(i), radicals);
        } else if (at.size() == 3 && pdf.mid(at.at(0), 6) == pdf.mid(at.at(1), 6)) {
            // <g> <g> <unicode>; a longer linear range keeps its radicals.
            changed += replaceToken(pdf, at.at(2), radicals);
        }
        line = end + 1;
    }
    return changed;
}

int unifySections(QByteArray &pdf, const QByteArray &begin, const QByteArray &end, qsizetype from, qsizetype to,
                  bool ranges, const QHash<char16_t, char16_t> &radicals)
{
    int changed = 0;
    for (qsizetype b = pdf.indexOf(begin, from); b >= 0 && b < to; b = pdf.indexOf(begin, b + 1)) {
        const qsizetype e = pdf.indexOf(end, b);
        if (e < 0 || e > to)
            break;
        changed += unifyLines(pdf, b + begin.size(), e, ranges, radicals);
    }
    return changed;
}

} // namespace

QHash<char16_t, char16_t> radicalsSharingGlyphs(const QRawFont &font)
{
    QHash<char16_t, char16_t> out;
    if (!font.isValid())
        return out;
    const QString ideographs = range(kFirstIdeograph, kLastIdeograph);
    const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
    QHash<quint32, char16_t> byGlyph;
    for (qsizetype i = 0; i < ideographGlyphs.size() && i < ideographs.size(); ++i)
        if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
            byGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());
    const QString radicals = range(kFirstRadical, kLastRadical);
    const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
    for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
        const auto found = byGlyph.constFind(radicalGlyphs.at(i));
        if (radicalGlyphs.at(i) != 0 && found != byGlyph.constEnd())
            out.insert(radicals.at(i).unicode(), *found);
    }
    return out;
}

int unifyRadicals(QByteArray &pdf, const QHash<char16_t, char16_t> &radicals)
{
    if (radicals.isEmpty())
        return 0;
    int changed = 0;
    static const QByteArray kBegin("begincmap");
    static const QByteArray kEnd("endcmap");
    for (qsizetype b = pdf.indexOf(kBegin); b >= 0; b = pdf.indexOf(kBegin, b + 1)) {
        const qsizetype e = pdf.indexOf(kEnd, b);
        if (e < 0)
            break;
        changed += unifySections(pdf, "beginbfrange", "endbfrange", b, e, true, radicals);
        changed += unifySections(pdf, "beginbfchar", "endbfchar", b, e, false, radicals);
    }
    return changed;
}

} // namespace casedesk::PdfTextMap
