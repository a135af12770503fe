#include "supervisionsystemparser.h"

#include "publishedtext.h"
#include "supervisiondomain.h"

#include <QHash>
#include <QRegularExpression>
#include <optional>
#include <utility>

namespace casedesk {

using namespace publishedtext;

namespace {

enum HeadingKind { Body = 0, SystemHeading = 1, PartHeading = 2 };

const QRegularExpression &endsWithPunctuation()
{
    static const QRegularExpression re(QStringLiteral("[；。，：、;,:.！？]$"));
    return re;
}

// "（三）法定计量检定机构监管" with the number the next system must carry.
// Lists nested in a system use （一）（二）… too: those are out of sequence,
// end with punctuation, or are indented like body text.
bool isSystemHeading(const ProseLine &line, int expected, QString *number, QString *title)
{
    static const QRegularExpression heading(
        QStringLiteral("^[（(]\\s*([一二三四五六七八九十]+)\\s*[)）]\\s*(\\S.{0,48})$"));
    const auto m = heading.match(line.text);
    if (!m.hasMatch() || line.ideographicIndent || chineseNumberValue(m.captured(1)) != expected)
        return false;
    const QString rest = trimmed(m.captured(2));
    if (rest.contains(endsWithPunctuation()))
        return false;
    *number = m.captured(1);
    *title = rest;
    return true;
}

bool isArabic(const NumberedLine &n)
{
    return n.style == NumberedLine::Style::Arabic || n.style == NumberedLine::Style::BracketedArabic;
}

} // namespace

QList<SupervisionSystem> SupervisionSystemParser::parse(const QList<ProseLine> &input)
{
    QList<ProseLine> classified;
    QHash<int, std::pair<QString, QString>> headings; // source line → number, title
    int expected = 1;
    bool inSystem = false;
    for (ProseLine line : input) {
        QString number, title;
        if (isSystemHeading(line, expected, &number, &title)) {
            line.headingKind = SystemHeading;
            headings.insert(line.line, {number, title});
            ++expected;
            inSystem = true;
        } else if (inSystem && isOrdinalHeading(line.text, &title)) {
            line.headingKind = PartHeading;
            headings.insert(line.line, {QString(), title});
        }
        classified << line;
    }

    QList<SupervisionSystem> systems;
    QList<QStringList> introLines;
    QList<QList<QStringList>> partLines;
    for (const ProseLine &line : ProseLines::joinPageBreaks(classified)) {
        const auto [number, title] = headings.value(line.line);
        if (line.headingKind == SystemHeading) {
            SupervisionSystem system;
            system.number = number;
            system.title = title;
            systems << system;
            introLines << QStringList();
            partLines << QList<QStringList>();
        } else if (systems.isEmpty()) {
            continue; // text before the first system introduces the whole part
        } else if (line.headingKind == PartHeading) {
            systems.back().parts << SystemPart{partKind(title), title, QString()};
            partLines.back() << QStringList();
        } else if (systems.back().parts.isEmpty()) {
            introLines.back() << line.text;
        } else {
            partLines.back().back() << line.text;
        }
    }

    for (qsizetype i = 0; i < systems.size(); ++i) {
        SupervisionSystem &system = systems[i];
        system.intro = introLines.at(i).join(QLatin1Char('\n'));
        for (qsizetype p = 0; p < system.parts.size(); ++p) {
            SystemPart &part = system.parts[p];
            part.body = partLines.at(i).at(p).join(QLatin1Char('\n'));
            if (part.kind == SystemPartKind::Content)
                system.contentPoints << contentPoints(partLines.at(i).at(p));
        }
        system.domain = SupervisionDomain::classify(system.title);
        if (system.domain.isEmpty())
            system.domain = SupervisionDomain::classify(system.intro);
    }
    return systems;
}

SystemPartKind SupervisionSystemParser::partKind(const QString &heading)
{
    // 措施 first: "监督检查措施及处理" is about measures.
    if (heading.contains(QStringLiteral("措施")))
        return SystemPartKind::Measures;
    if (heading.contains(QStringLiteral("对象")))
        return SystemPartKind::Targets;
    if (heading.contains(QStringLiteral("内容")))
        return SystemPartKind::Content;
    if (heading.contains(QStringLiteral("方式")))
        return SystemPartKind::Methods;
    if (heading.contains(QStringLiteral("程序")))
        return SystemPartKind::Procedure;
    if (heading.contains(QStringLiteral("处理")))
        return SystemPartKind::Handling;
    return SystemPartKind::Other;
}

QList<ContentPoint> SupervisionSystemParser::contentPoints(const QStringList &lines)
{
    QList<ContentPoint> points;
    QString group;
    bool numberedSeen = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto numbered = parseNumbered(lines.at(i));
        if (!numbered) {
            // Text after a point belongs to it; text before the first is a lead-in.
            if (numberedSeen && !points.isEmpty())
                points.back().text += QLatin1Char('\n') + lines.at(i);
            continue;
        }
        numberedSeen = true;
        if (!isArabic(*numbered)) {
            // （一） heads a group when the next numbered line is a 1、 point.
            std::optional<NumberedLine> next;
            for (qsizetype j = i + 1; j < lines.size() && !next; ++j)
                next = parseNumbered(lines.at(j));
            if (next && isArabic(*next)) {
                group = numbered->rest;
                continue;
            }
            group.clear();
        }
        points << ContentPoint{group, numbered->label, numbered->rest};
    }
    if (points.isEmpty() && !lines.isEmpty())
        points << ContentPoint{QString(), QString(), lines.join(QLatin1Char('\n'))};
    return points;
}

} // namespace casedesk
