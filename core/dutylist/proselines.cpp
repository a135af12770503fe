#include "proselines.h"

#include "publishedtext.h"

#include <QRegularExpression>

namespace casedesk {

using namespace publishedtext;

ProseLine ProseLines::clean(int line, const QString &raw)
{
    ProseLine out;
    out.line = line;
    for (const QChar c : raw) {
        if (c == QChar(0x3000)) {
            out.ideographicIndent = true;
            break;
        }
        if (!c.isSpace())
            break;
    }
    static const QRegularExpression bullet(QStringLiteral("^[-•·*]\\s+"));
    // Page numbers the conversion left between the halves of a paragraph.
    static const QRegularExpression pageNumber(
        QStringLiteral("^(?:[-—–]\\s*\\d{1,3}\\s*[-—–]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,3}\\s*页)?)$"));
    if (!pageNumber.match(trimmed(raw)).hasMatch())
        out.text = trimmed(trimmed(raw).remove(bullet));
    return out;
}

QList<ProseLine> ProseLines::joinPageBreaks(const QList<ProseLine> &lines)
{
    QList<ProseLine> out;
    for (const ProseLine &line : lines) {
        if (line.text.isEmpty())
            continue;
        const bool joins = line.headingKind == 0 && !out.isEmpty() && out.back().headingKind == 0 &&
                           !endsWithTerminal(out.back().text) && !isSubheading(out.back().text) &&
                           !parseNumbered(line.text);
        if (joins)
            out.back().text += line.text;
        else
            out << line;
    }
    return out;
}

bool ProseLines::isSubheading(const QString &text)
{
    // Only （一）/一、 labels head sub-sections; a short "2、…" is an item that
    // a page break may have cut.
    const auto numbered = parseNumbered(text);
    if (!numbered || numbered->rest.size() > 24 || numbered->style == NumberedLine::Style::Arabic ||
        numbered->style == NumberedLine::Style::BracketedArabic)
        return false;
    static const QRegularExpression punctuation(QStringLiteral("[，。；：,;:！？]"));
    return !numbered->rest.contains(punctuation);
}

} // namespace casedesk
