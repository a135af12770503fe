#include "legalreferences.h"

#include "publishedtext.h"

#include <QRegularExpression>
#include <optional>

namespace casedesk {

using publishedtext::trimmed;

namespace {

const QRegularExpression &articleHeader()
{
    // 第六十五条, 第57条, 第九十四条第一款, and lists written together:
    // 第五十七条、第五十八条.
    static const QString n = QStringLiteral("[〇零一二三四五六七八九十百千两0-9０-９]+");
    static const QString unit = QStringLiteral("第%1条(?:之[一二三四五六七八九十]+)?(?:第%1款)?(?:第%1项)?").arg(n);
    static const QRegularExpression re(QStringLiteral("%1(?:\\s*[、，,和及与至]\\s*%1)*").arg(unit));
    return re;
}

bool isWhitespace(QChar c)
{
    return c.isSpace() || c == QChar(0x3000) || c == QChar(0x00A0);
}

qsizetype skipSpaces(const QString &s, qsizetype at, const QString &alsoSkip = QString())
{
    while (at < s.size() && (isWhitespace(s.at(at)) || alsoSkip.contains(s.at(at))))
        ++at;
    return at;
}

// Length of the article header at offset, or 0.
qsizetype articleAt(const QString &s, qsizetype at)
{
    const auto m =
        articleHeader().match(s, at, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() ? m.capturedLength() : 0;
}

// Index of the bracket closing the one at `open`, or -1.
qsizetype closingBracket(const QString &s, qsizetype open)
{
    static const QString openers = QStringLiteral("（(《[【");
    static const QString closers = QStringLiteral("）)》]】");
    const qsizetype kind = openers.indexOf(s.at(open));
    if (kind < 0)
        return -1;
    // （ and ( close each other in published text as often as not.
    const bool round = kind <= 1;
    int depth = 0;
    for (qsizetype i = open; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool opens = round ? (c == openers.at(0) || c == openers.at(1)) : c == openers.at(kind);
        const bool closes = round ? (c == closers.at(0) || c == closers.at(1)) : c == closers.at(kind);
        if (opens)
            ++depth;
        else if (closes && --depth == 0)
            return i;
    }
    return -1;
}

QString cleanSituations(const QString &text)
{
    QString t = trimmed(text);
    const QString leading = QStringLiteral("：:，,。、；;");
    while (!t.isEmpty() && (leading.contains(t.front()) || isWhitespace(t.front())))
        t.remove(0, 1);
    const QChar open(0x201C), close(0x201D);
    if (t.startsWith(open)) {
        const qsizetype firstClose = t.indexOf(close);
        if (firstClose < 0 || firstClose == t.size() - 1) {
            t.remove(0, 1);
            if (t.endsWith(close))
                t.chop(1);
        }
    } else if (t.endsWith(close) && !t.contains(open)) {
        t.chop(1);
    }
    return trimmed(t);
}

// Cuts the text before each numbered marker ("2.《…", "3、依法…") that opens a
// paragraph or follows a blank or a sentence end.
QStringList segments(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("\\d{1,2}\\s*[.、．]\\s*(?=《|依法)"));
    QStringList out;
    qsizetype bodyFrom = 0;
    auto it = marker.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype at = m.capturedStart();
        if (at > 0) {
            const QChar before = text.at(at - 1);
            if (!isWhitespace(before) && !QStringLiteral("。；;").contains(before))
                continue;
        }
        out << text.mid(bodyFrom, at - bodyFrom);
        bodyFrom = m.capturedEnd();
    }
    out << text.mid(bodyFrom);
    return out;
}

struct ArticleChunk {
    QString article;
    QString situations;
};

// Article headers count at the start and right after 。；, never inside a quote.
QList<ArticleChunk> splitArticles(const QString &rest)
{
    struct Header {
        qsizetype start, end;
    };
    QList<Header> headers;
    const qsizetype first = skipSpaces(rest, 0, QStringLiteral("：:"));
    if (const qsizetype len = articleAt(rest, first))
        headers << Header{first, first + len};
    int quoteDepth = 0;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == QChar(0x201C) || c == QChar(0x300C))
            ++quoteDepth;
        else if ((c == QChar(0x201D) || c == QChar(0x300D)) && quoteDepth > 0)
            --quoteDepth;
        else if (quoteDepth == 0 && QStringLiteral("。；;").contains(c)) {
            const qsizetype at = skipSpaces(rest, i + 1);
            if (!headers.isEmpty() && headers.back().end > at)
                continue;
            if (const qsizetype len = articleAt(rest, at))
                headers << Header{at, at + len};
        }
    }
    QList<ArticleChunk> chunks;
    const QString lead = cleanSituations(rest.left(headers.isEmpty() ? rest.size() : headers.front().start));
    if (headers.isEmpty() || !lead.isEmpty())
        chunks << ArticleChunk{QString(), lead};
    for (qsizetype k = 0; k < headers.size(); ++k) {
        const Header &h = headers.at(k);
        const qsizetype next = k + 1 < headers.size() ? headers.at(k + 1).start : rest.size();
        chunks << ArticleChunk{rest.mid(h.start, h.end - h.start).remove(QRegularExpression(QStringLiteral("\\s"))),
                               cleanSituations(rest.mid(h.end, next - h.end))};
    }
    return chunks;
}

struct LawName {
    QString law;
    QString edition;
    qsizetype end = 0; // just past the edition (or the name)
};

// The 《law》 at `at` with the bracketed edition that directly follows it.
std::optional<LawName> lawAt(const QString &s, qsizetype at)
{
    if (at >= s.size() || s.at(at) != QChar(0x300A)) // 《
        return std::nullopt;
    const qsizetype close = closingBracket(s, at);
    if (close < 0)
        return std::nullopt;
    LawName out;
    out.law = trimmed(s.mid(at + 1, close - at - 1));
    out.end = close + 1;
    const qsizetype p = skipSpaces(s, out.end);
    if (p < s.size() && (s.at(p) == QChar(0xFF08) || s.at(p) == QLatin1Char('('))) {
        const qsizetype editionClose = closingBracket(s, p);
        if (editionClose > 0) {
            out.edition = trimmed(s.mid(p + 1, editionClose - p - 1));
            out.end = editionClose + 1;
        }
    }
    return out;
}

} // namespace

QList<LegalReference> splitAccountabilityBasis(const QString &input)
{
    const QString text = publishedtext::hasParagraphMarkup(input) ? publishedtext::cellText(input) : input;
    QList<LegalReference> out;
    QString previousLaw, previousEdition;
    for (const QString &segment : segments(text)) {
        const QString s = trimmed(segment);
        if (s.isEmpty())
            continue;
        const std::optional<LawName> leading = lawAt(s, 0);
        const QString rest = leading ? s.mid(leading->end) : s;
        const bool startsWithArticle = articleAt(rest, skipSpaces(rest, 0, QStringLiteral("：:"))) > 0;
        if (leading || startsWithArticle) {
            // A segment opening with 第…条 continues the previous segment's law.
            const QString law = leading ? leading->law : previousLaw;
            const QString edition = leading ? leading->edition : previousEdition;
            for (const ArticleChunk &chunk : splitArticles(rest))
                out << LegalReference{law, edition, chunk.article, chunk.situations, -1};
            previousLaw = law;
            previousEdition = edition;
            continue;
        }
        // No leading law: every law the sentence names is held to the whole text.
        const QString situations = cleanSituations(s);
        QStringList seen;
        for (qsizetype at = s.indexOf(QChar(0x300A)); at >= 0; at = s.indexOf(QChar(0x300A), at + 1)) {
            const std::optional<LawName> named = lawAt(s, at);
            if (!named)
                break;
            if (!named->law.isEmpty() && !seen.contains(named->law)) {
                seen << named->law;
                out << LegalReference{named->law, named->edition, QString(), situations, -1};
            }
            at = named->end - 1;
        }
        if (seen.isEmpty())
            out << LegalReference{QString(), QString(), QString(), situations, -1};
    }
    return out;
}

} // namespace casedesk
