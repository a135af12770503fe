#include "accountabilityparser.h"

#include "publishedtext.h"

#include <QRegularExpression>
#include <QStringList>

namespace casedesk {

using namespace publishedtext;

namespace {

constexpr int BodyHeading = 1;

} // namespace

AccountabilityMechanism AccountabilityParser::parse(const QList<ProseLine> &input)
{
    QList<ProseLine> classified;
    for (ProseLine line : input) {
        QString name;
        if (isOrdinalHeading(line.text, &name))
            line.headingKind = BodyHeading;
        classified << line;
    }

    AccountabilityMechanism out;
    static const QRegularExpression labelled(QStringLiteral("^([^。.：:，,；;]{2,10})[。.：:]\\s*(.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
    for (const ProseLine &line : ProseLines::joinPageBreaks(classified)) {
        QString name;
        if (line.headingKind == BodyHeading && isOrdinalHeading(line.text, &name)) {
            out.bodies << AccountabilityBody{name, QString(), QString(), QString()};
            continue;
        }
        if (out.bodies.isEmpty()) {
            appendParagraph(out.intro, line.text);
            continue;
        }
        AccountabilityBody &body = out.bodies.back();
        // "（一）职责分工。…" / "(二) 追责程序。…": the label says which field.
        const auto numbered = parseNumbered(line.text);
        const auto m = numbered ? labelled.match(numbered->rest) : QRegularExpressionMatch();
        if (m.hasMatch() && m.captured(1).contains(QStringLiteral("分工")))
            appendParagraph(body.share, trimmed(m.captured(2)));
        else if (m.hasMatch() && m.captured(1).contains(QStringLiteral("程序")))
            appendParagraph(body.procedure, trimmed(m.captured(2)));
        else
            appendParagraph(body.text, line.text);
    }
    return out;
}

} // namespace casedesk
