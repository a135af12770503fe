#include "listtreenode.h"

namespace casedesk {

namespace {

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

QString richToolTip(const QString &text)
{
    // Rich text so Qt wraps long published sentences instead of drawing a
    // tooltip as wide as the screen.
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
}

std::unique_ptr<ListTreeNode> leaf(ListNodeRef ref, const QString &title, const QString &toolTip,
                                   const QString &sections = {})
{
    auto node = std::make_unique<ListTreeNode>();
    node->ref = ref;
    node->title = oneLine(title);
    node->toolTip = richToolTip(toolTip);
    node->sections = sections;
    node->expectedChildren = 0;
    node->fetched = true;
    return node;
}

} // namespace

void ListTreeNode::adopt(ListTreeNodeList nodes)
{
    for (auto &node : nodes) {
        node->parent = this;
        node->row = static_cast<int>(children.size());
        children.push_back(std::move(node));
    }
}

std::unique_ptr<ListTreeNode> ListTreeNodes::edition(const EditionRow &row)
{
    auto node = std::make_unique<ListTreeNode>();
    node->ref.kind = ListNodeKind::Edition;
    node->ref.editionId = row.id;
    node->title = row.department.isEmpty() || row.label.contains(row.department)
                      ? row.label
                      : tr("%1 (%2)", "department (edition label)").arg(row.department, row.label);
    node->toolTip = richToolTip(tr("%1\nPublished: %2\n%n main duties", nullptr, row.dutyCount)
                                    .arg(node->title, row.published.isEmpty() ? tr("unknown") : row.published));
    return node;
}

std::unique_ptr<ListTreeNode> ListTreeNodes::duty(const DutyRow &row, qint64 editionId)
{
    auto node = std::make_unique<ListTreeNode>();
    node->ref.kind = ListNodeKind::Duty;
    node->ref.editionId = editionId;
    node->ref.dutyId = row.id;
    node->title = row.number.isEmpty() ? oneLine(row.text)
                                       : tr("%1. %2", "duty number. duty text").arg(row.number, oneLine(row.text));
    node->toolTip = richToolTip(row.text);
    node->expectedChildren = row.itemCount;
    return node;
}

std::unique_ptr<ListTreeNode> ListTreeNodes::item(const ItemRow &row, qint64 editionId)
{
    ListNodeRef ref;
    ref.kind = ListNodeKind::Item;
    ref.editionId = editionId;
    ref.dutyId = row.dutyId;
    ref.itemId = row.id;
    return leaf(ref, row.text, row.text, row.sections.join(tr(", ", "separator between section names")));
}

ListTreeNodeList ListTreeNodes::groups(const EditionRow &row)
{
    struct Group {
        ListNodeKind kind;
        QString title;
        int count;
    };
    const Group groups[] = {
        {ListNodeKind::BoundaryGroup, tr("Responsibility boundaries (%1)").arg(row.boundaryCount), row.boundaryCount},
        {ListNodeKind::SystemGroup, tr("Supervision systems (%1)").arg(row.systemCount), row.systemCount},
        {ListNodeKind::ServiceGroup, tr("Public services (%1)").arg(row.serviceCount), row.serviceCount},
        // The edition rows do not count the accountability bodies; the group
        // finds out when opened.
        {ListNodeKind::AccountabilityGroup, tr("Accountability mechanism"), -1},
    };
    ListTreeNodeList nodes;
    for (const Group &g : groups) {
        auto node = std::make_unique<ListTreeNode>();
        node->ref.kind = g.kind;
        node->ref.editionId = row.id;
        node->title = g.title;
        node->expectedChildren = g.count;
        node->fetched = g.count == 0;
        nodes.push_back(std::move(node));
    }
    return nodes;
}

ListTreeNodeList ListTreeNodes::entries(const ListTreeNode &group, const ResponsibilityList &list)
{
    ListTreeNodeList nodes;
    auto ref = [&](ListNodeKind kind, int index) {
        ListNodeRef r;
        r.kind = kind;
        r.editionId = group.ref.editionId;
        r.entryIndex = index;
        return r;
    };
    switch (group.ref.kind) {
    case ListNodeKind::BoundaryGroup:
        for (int i = 0; i < list.boundaries.size(); ++i) {
            const BoundaryMatter &m = list.boundaries.at(i);
            QStringList departments;
            for (const BoundaryShare &share : m.shares)
                departments << share.department;
            nodes.push_back(leaf(ref(ListNodeKind::Boundary, i), m.matter, m.matter,
                                 departments.join(tr(", ", "separator between section names"))));
        }
        break;
    case ListNodeKind::SystemGroup:
        for (int i = 0; i < list.systems.size(); ++i) {
            const SupervisionSystem &s = list.systems.at(i);
            const QString title =
                s.number.isEmpty() ? s.title
                                   : tr("(%1) %2", "system number in brackets, then its title").arg(s.number, s.title);
            nodes.push_back(leaf(ref(ListNodeKind::System, i), title, title));
        }
        break;
    case ListNodeKind::ServiceGroup:
        for (int i = 0; i < list.services.size(); ++i) {
            const PublicService &s = list.services.at(i);
            nodes.push_back(
                leaf(ref(ListNodeKind::Service, i), s.name, s.content.isEmpty() ? s.name : s.content, s.section));
        }
        break;
    case ListNodeKind::AccountabilityGroup:
        for (int i = 0; i < list.accountability.size(); ++i) {
            const AccountabilityBody &b = list.accountability.at(i);
            nodes.push_back(
                leaf(ref(ListNodeKind::AccountabilityBody, i), b.name, b.share.isEmpty() ? b.name : b.share));
        }
        break;
    default:
        break;
    }
    return nodes;
}

bool ListTreeNodes::isGroup(ListNodeKind kind)
{
    return kind == ListNodeKind::BoundaryGroup || kind == ListNodeKind::SystemGroup ||
           kind == ListNodeKind::ServiceGroup || kind == ListNodeKind::AccountabilityGroup;
}

bool ListTreeNodes::leadsTo(const ListNodeRef &node, const ListNodeRef &ref)
{
    switch (node.kind) {
    case ListNodeKind::Edition:
        return node.editionId == ref.editionId;
    case ListNodeKind::Duty:
        return (ref.kind == ListNodeKind::Duty || ref.kind == ListNodeKind::Item) && node.dutyId == ref.dutyId;
    case ListNodeKind::Item:
        return ref.kind == ListNodeKind::Item && node.itemId == ref.itemId;
    case ListNodeKind::BoundaryGroup:
        return ref.kind == ListNodeKind::BoundaryGroup || ref.kind == ListNodeKind::Boundary;
    case ListNodeKind::SystemGroup:
        return ref.kind == ListNodeKind::SystemGroup || ref.kind == ListNodeKind::System;
    case ListNodeKind::ServiceGroup:
        return ref.kind == ListNodeKind::ServiceGroup || ref.kind == ListNodeKind::Service;
    case ListNodeKind::AccountabilityGroup:
        return ref.kind == ListNodeKind::AccountabilityGroup || ref.kind == ListNodeKind::AccountabilityBody;
    case ListNodeKind::Boundary:
    case ListNodeKind::System:
    case ListNodeKind::Service:
    case ListNodeKind::AccountabilityBody:
        return node.kind == ref.kind && node.entryIndex == ref.entryIndex;
    case ListNodeKind::None:
        break;
    }
    return false;
}

} // namespace casedesk
