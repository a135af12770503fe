#pragma once
// ProseLines prepares the prose of a published list for the parsers of its
// prose parts: one cleaned line per source line (markdown-ish "- " bullets
// dropped, the ideographic indentation noted), then paragraphs that a page
// break cut in two ("…产品" / "质量检验机构…", "执" / "行情况") joined again.

#include <QList>
#include <QString>

namespace casedesk {

struct ProseLine {
    int line = 0;
    QString text;                   // trimmed, without a leading bullet
    bool ideographicIndent = false; // indented with U+3000, as body text is in some lists
    int headingKind = 0;            // 0 for body text; the parser's own heading codes otherwise
};

class ProseLines {
  public:
    static ProseLine clean(int line, const QString &raw);
    // A body line continues the previous body line when that one does not
    // end a sentence and the line itself is no numbered item. Headings
    // (headingKind != 0) never join either way.
    static QList<ProseLine> joinPageBreaks(const QList<ProseLine> &lines);
    // A short （一）-numbered line without punctuation: "（一）检验检测机构监管程序".
    static bool isSubheading(const QString &text);
};

} // namespace casedesk
