#include "publishedlistreader.h"

#include "accountabilityparser.h"
#include "boundarytableparser.h"
#include "dutiestableparser.h"
#include "listmetadata.h"
#include "proselines.h"
#include "publishedlayout.h"
#include "publishedtext.h"
#include "servicetableparser.h"
#include "supervisionsystemparser.h"
#include "tablecolumns.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace casedesk {

namespace {

enum class Part { Front, Duties, Boundaries, Systems, Services, Accountability };

// "三、事中事后监管制度", "二、与相关部门的职责边界登记表": the top-level parts,
// told apart from the parts inside a system ("一、监督检查对象") by keyword.
std::optional<Part> topLevelPart(const QString &line)
{
    static const QRegularExpression heading(QStringLiteral("^[一二三四五六七八九十]+\\s*[、.．]\\s*(\\S.{0,29})$"));
    static const QRegularExpression punctuation(QStringLiteral("[，。；：,;:！？]"));
    const auto m = heading.match(publishedtext::trimmed(line));
    if (!m.hasMatch() || m.captured(1).contains(punctuation))
        return std::nullopt;
    const QString title = m.captured(1);
    if (title.contains(QStringLiteral("事中事后")))
        return Part::Systems;
    if (title.contains(QStringLiteral("责任追究")))
        return Part::Accountability;
    if (title.contains(QStringLiteral("公共服务")))
        return Part::Services;
    if (title.contains(QStringLiteral("职责边界")))
        return Part::Boundaries;
    if (title.contains(QStringLiteral("主要职责")) || title.contains(QStringLiteral("职责登记")) ||
        title.contains(QStringLiteral("部门职责")))
        return Part::Duties;
    return std::nullopt;
}

} // namespace

bool PublishedListReader::recognises(const QString &text)
{
    const QList<LayoutBlock> blocks = PublishedLayout::read(text);
    return std::any_of(blocks.cbegin(), blocks.cend(), [](const LayoutBlock &block) {
        return block.row && TableColumns::fromHeader(block.cells).kind() == TableKind::Duties;
    });
}

Result<ResponsibilityList> PublishedListReader::read(const QString &text, const QString &sourceName)
{
    DutiesTableParser duties;
    BoundaryTableParser boundaries;
    ServiceTableParser services;
    ListMetadata metadata;
    QList<ProseLine> systemLines;
    QList<ProseLine> accountabilityLines;
    bool dutiesTableSeen = false;

    Part part = Part::Front;
    TableColumns table;
    for (const LayoutBlock &block : PublishedLayout::read(text)) {
        if (!block.row) {
            if (const std::optional<Part> next = topLevelPart(block.text)) {
                part = *next;
                table = TableColumns();
                continue;
            }
            if (part == Part::Systems)
                systemLines << ProseLines::clean(block.line, block.text);
            else if (part == Part::Accountability)
                accountabilityLines << ProseLines::clean(block.line, block.text);
            else
                metadata.addLine(block.text);
            continue;
        }
        if (table.isSameHeader(block.cells))
            continue; // repeated after a page break
        if (const TableColumns header = TableColumns::fromHeader(block.cells); header.kind() != TableKind::None) {
            table = header;
            dutiesTableSeen = dutiesTableSeen || header.kind() == TableKind::Duties;
            continue;
        }
        switch (table.kind()) {
        case TableKind::Duties:
            if (const std::optional<QString> problem = duties.addRow(table, block.cells))
                return refusal(QCoreApplication::translate("PublishedListReader", "%1, line %2: %3")
                                   .arg(sourceName)
                                   .arg(block.line)
                                   .arg(*problem));
            break;
        case TableKind::Boundaries:
            boundaries.addRow(table, block.cells);
            break;
        case TableKind::Services:
            services.addRow(table, block.cells);
            break;
        case TableKind::None:
            break; // a row outside any recognised table
        }
    }

    if (!dutiesTableSeen)
        return refusal(QCoreApplication::translate("PublishedListReader",
                                                   "%1: no table of main duties was found (a header row with the "
                                                   "columns %2 and %3 is expected)")
                           .arg(sourceName, QStringLiteral("主要职责"), QStringLiteral("具体责任事项")));

    ResponsibilityList list;
    list.duties = duties.duties();
    if (list.duties.isEmpty())
        return refusal(
            QCoreApplication::translate("PublishedListReader", "%1: the table of main duties lists no duties")
                .arg(sourceName));
    list.department = metadata.department();
    list.region = metadata.region();
    list.published = metadata.published();
    list.editor = metadata.editor();
    list.contact = metadata.contact();
    list.notes = duties.notes() + metadata.notes();
    list.boundaries = boundaries.matters();
    list.services = services.services();
    list.systems = SupervisionSystemParser::parse(systemLines);
    const AccountabilityMechanism mechanism = AccountabilityParser::parse(accountabilityLines);
    list.accountabilityIntro = mechanism.intro;
    list.accountability = mechanism.bodies;
    return list;
}

} // namespace casedesk
