#include "responsibilitylistmodel.h"

#include "editioncontentcache.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace casedesk {

struct ResponsibilityListModel::Node {
    ListNodeRef ref;
    QString title;
    QString sections;
    QString toolTip;
    // How many children the node will have once loaded; -1 when unknown.
    int expectedChildren = -1;
    bool fetched = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

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

bool isGroup(ListNodeKind kind)
{
    return kind == ListNodeKind::BoundaryGroup || kind == ListNodeKind::SystemGroup
           || kind == ListNodeKind::ServiceGroup || kind == ListNodeKind::AccountabilityGroup;
}

} // namespace

ResponsibilityListModel::ResponsibilityListModel(Database &db, EditionContentCache &cache, QObject *parent)
    : QAbstractItemModel(parent), m_db(db), m_cache(cache), m_root(std::make_unique<Node>())
{
    m_root->fetched = true;
    reload();
}

ResponsibilityListModel::~ResponsibilityListModel() = default;

ResponsibilityListModel::Node *ResponsibilityListModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ResponsibilityListModel::indexFor(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex ResponsibilityListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row < 0 || row >= static_cast<int>(p->children.size()))
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex ResponsibilityListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int ResponsibilityListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeFor(parent)->children.size());
}

int ResponsibilityListModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool ResponsibilityListModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    const Node *node = nodeFor(parent);
    if (node->fetched)
        return !node->children.empty();
    return node->expectedChildren != 0;
}

bool ResponsibilityListModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return false;
    return !nodeFor(parent)->fetched;
}

void ResponsibilityListModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeFor(parent);
    if (node->fetched)
        return;
    auto children = loadChildren(*node);
    node->fetched = true;
    if (children.empty()) {
        // The expander was drawn on a promise; take it back.
        emit dataChanged(parent, parent);
        return;
    }
    beginInsertRows(parent, 0, static_cast<int>(children.size()) - 1);
    adopt(*node, std::move(children));
    endInsertRows();
}

void ResponsibilityListModel::adopt(Node &parent, std::vector<std::unique_ptr<Node>> children)
{
    for (auto &child : children) {
        child->parent = &parent;
        child->row = static_cast<int>(parent.children.size());
        parent.children.push_back(std::move(child));
    }
}

QVariant ResponsibilityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? node->title : node->sections;
    case Qt::ToolTipRole:
        return node->toolTip.isEmpty() ? QVariant() : QVariant(node->toolTip);
    case Qt::FontRole:
        if (node->ref.kind == ListNodeKind::Edition) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // An empty group stays visible (the clerk sees the edition has none)
        // but reads as such.
        if (isGroup(node->ref.kind) && node->expectedChildren == 0)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ResponsibilityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Responsibility list") : tr("Responsible sections");
}

void ResponsibilityListModel::reload()
{
    beginResetModel();
    m_searchMode = false;
    m_root->children.clear();
    m_editions.clear();
    std::vector<std::unique_ptr<Node>> editions;
    for (const EditionRow &row : ResponsibilityListQueries(m_db).editions()) {
        m_editions.insert(row.id, row);
        editions.push_back(makeEditionNode(row));
    }
    adopt(*m_root, std::move(editions));
    endResetModel();
}

void ResponsibilityListModel::showSearchResults(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_searchMode = true;
    m_root->children.clear();
    m_editions.clear();
    const ResponsibilityListQueries queries(m_db);
    for (const EditionRow &row : queries.editions())
        m_editions.insert(row.id, row);

    // Hits arrive in edition, duty, item order; keep the first-seen order of
    // editions and duties and let the queries order the rows within them.
    QList<qint64> editionOrder;
    QHash<qint64, QSet<qint64>> dutiesByEdition;
    QSet<qint64> hitItems;
    for (const SearchHit &hit : hits) {
        if (!dutiesByEdition.contains(hit.editionId))
            editionOrder << hit.editionId;
        dutiesByEdition[hit.editionId].insert(hit.dutyId);
        hitItems.insert(hit.itemId);
    }

    std::vector<std::unique_ptr<Node>> editions;
    for (qint64 editionId : editionOrder) {
        const auto found = m_editions.constFind(editionId);
        if (found == m_editions.cend())
            continue;
        auto edition = makeEditionNode(*found);
        edition->fetched = true;
        const QSet<qint64> &duties = dutiesByEdition[editionId];
        std::vector<std::unique_ptr<Node>> dutyNodes;
        for (const DutyRow &dutyRow : queries.duties(editionId)) {
            if (!duties.contains(dutyRow.id))
                continue;
            auto duty = makeDutyNode(dutyRow, editionId);
            duty->fetched = true;
            std::vector<std::unique_ptr<Node>> itemNodes;
            for (const ItemRow &itemRow : queries.items(dutyRow.id))
                if (hitItems.contains(itemRow.id))
                    itemNodes.push_back(makeItemNode(itemRow, editionId));
            adopt(*duty, std::move(itemNodes));
            dutyNodes.push_back(std::move(duty));
        }
        adopt(*edition, std::move(dutyNodes));
        editions.push_back(std::move(edition));
    }
    adopt(*m_root, std::move(editions));
    endResetModel();
}

std::unique_ptr<ResponsibilityListModel::Node> ResponsibilityListModel::makeEditionNode(const EditionRow &row) const
{
    auto node = std::make_unique<Node>();
    node->ref.kind = ListNodeKind::Edition;
    node->ref.editionId = row.id;
    node->title = row.department.isEmpty() || row.label.contains(row.department)
                      ? row.label
                      : tr("%1 (%2)", "edition label (department)").arg(row.label, row.department);
    node->toolTip = richToolTip(tr("%1\nPublished: %2\n%n main duties", nullptr, row.dutyCount)
                                    .arg(node->title, row.published.isEmpty() ? tr("unknown") : row.published));
    return node;
}

std::unique_ptr<ResponsibilityListModel::Node> ResponsibilityListModel::makeDutyNode(const DutyRow &row,
                                                                                      qint64 editionId) const
{
    auto node = std::make_unique<Node>();
    node->ref.kind = ListNodeKind::Duty;
    node->ref.editionId = editionId;
    node->ref.dutyId = row.id;
    node->title = row.number.isEmpty() ? oneLine(row.text)
                                       : tr("%1. %2", "duty number. duty text").arg(row.number, oneLine(row.text));
    node->toolTip = richToolTip(row.text);
    node->expectedChildren = row.itemCount;
    return node;
}

std::unique_ptr<ResponsibilityListModel::Node> ResponsibilityListModel::makeItemNode(const ItemRow &row,
                                                                                      qint64 editionId) const
{
    auto node = std::make_unique<Node>();
    node->ref.kind = ListNodeKind::Item;
    node->ref.editionId = editionId;
    node->ref.dutyId = row.dutyId;
    node->ref.itemId = row.id;
    node->title = oneLine(row.text);
    node->sections = row.sections.join(tr(", ", "separator between section names"));
    node->toolTip = richToolTip(row.text);
    node->expectedChildren = 0;
    node->fetched = true;
    return node;
}

std::vector<std::unique_ptr<ResponsibilityListModel::Node>>
ResponsibilityListModel::makeGroupNodes(const EditionRow &row) const
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
    std::vector<std::unique_ptr<Node>> nodes;
    for (const Group &g : groups) {
        auto node = std::make_unique<Node>();
        node->ref.kind = g.kind;
        node->ref.editionId = row.id;
        node->title = g.title;
        node->expectedChildren = g.count;
        node->fetched = g.count == 0;
        nodes.push_back(std::move(node));
    }
    return nodes;
}

std::vector<std::unique_ptr<ResponsibilityListModel::Node>> ResponsibilityListModel::loadChildren(const Node &node)
{
    std::vector<std::unique_ptr<Node>> children;
    const ResponsibilityListQueries queries(m_db);
    switch (node.ref.kind) {
    case ListNodeKind::Edition: {
        for (const DutyRow &duty : queries.duties(node.ref.editionId))
            children.push_back(makeDutyNode(duty, node.ref.editionId));
        for (auto &group : makeGroupNodes(m_editions.value(node.ref.editionId)))
            children.push_back(std::move(group));
        break;
    }
    case ListNodeKind::Duty:
        for (const ItemRow &item : queries.items(node.ref.dutyId))
            children.push_back(makeItemNode(item, node.ref.editionId));
        break;
    case ListNodeKind::BoundaryGroup:
    case ListNodeKind::SystemGroup:
    case ListNodeKind::ServiceGroup:
    case ListNodeKind::AccountabilityGroup:
        children = loadGroupEntries(node);
        break;
    default:
        break;
    }
    return children;
}

std::vector<std::unique_ptr<ResponsibilityListModel::Node>> ResponsibilityListModel::loadGroupEntries(const Node &group)
{
    std::vector<std::unique_ptr<Node>> entries;
    auto list = m_cache.get(group.ref.editionId);
    if (!list) {
        emit loadFailed(list.error().message);
        return entries;
    }
    auto add = [&](ListNodeKind kind, int index, const QString &title, const QString &toolTip, const QString &extra) {
        auto node = std::make_unique<Node>();
        node->ref.kind = kind;
        node->ref.editionId = group.ref.editionId;
        node->ref.entryIndex = index;
        node->title = oneLine(title);
        node->sections = extra;
        node->toolTip = richToolTip(toolTip);
        node->expectedChildren = 0;
        node->fetched = true;
        entries.push_back(std::move(node));
    };
    const ResponsibilityList &l = **list;
    switch (group.ref.kind) {
    case ListNodeKind::BoundaryGroup:
        for (int i = 0; i < l.boundaries.size(); ++i) {
            const BoundaryMatter &m = l.boundaries.at(i);
            QStringList departments;
            for (const BoundaryShare &share : m.shares)
                departments << share.department;
            add(ListNodeKind::Boundary, i, m.matter, m.matter,
                departments.join(tr(", ", "separator between section names")));
        }
        break;
    case ListNodeKind::SystemGroup:
        for (int i = 0; i < l.systems.size(); ++i) {
            const SupervisionSystem &s = l.systems.at(i);
            const QString title = s.number.isEmpty()
                                      ? s.title
                                      : tr("(%1) %2", "system number in brackets, then its title").arg(s.number, s.title);
            add(ListNodeKind::System, i, title, title, {});
        }
        break;
    case ListNodeKind::ServiceGroup:
        for (int i = 0; i < l.services.size(); ++i) {
            const PublicService &s = l.services.at(i);
            add(ListNodeKind::Service, i, s.name, s.content.isEmpty() ? s.name : s.content, s.section);
        }
        break;
    case ListNodeKind::AccountabilityGroup:
        for (int i = 0; i < l.accountability.size(); ++i) {
            const AccountabilityBody &b = l.accountability.at(i);
            add(ListNodeKind::AccountabilityBody, i, b.name, b.share.isEmpty() ? b.name : b.share, {});
        }
        break;
    default:
        break;
    }
    return entries;
}

ListNodeRef ResponsibilityListModel::nodeRef(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->ref : ListNodeRef{};
}

namespace {

// Whether a child lies on the path from its parent down to the node ref.
bool leadsTo(const ListNodeRef &child, const ListNodeRef &ref)
{
    switch (child.kind) {
    case ListNodeKind::Edition:
        return child.editionId == ref.editionId;
    case ListNodeKind::Duty:
        return (ref.kind == ListNodeKind::Duty || ref.kind == ListNodeKind::Item) && child.dutyId == ref.dutyId;
    case ListNodeKind::Item:
        return ref.kind == ListNodeKind::Item && child.itemId == ref.itemId;
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
        return child.kind == ref.kind && child.entryIndex == ref.entryIndex;
    case ListNodeKind::None:
        break;
    }
    return false;
}

} // namespace

ResponsibilityListModel::Node *ResponsibilityListModel::childMatching(Node *parent, const ListNodeRef &ref)
{
    if (!parent->fetched)
        fetchMore(indexFor(parent));
    for (auto &child : parent->children)
        if (leadsTo(child->ref, ref))
            return child.get();
    return nullptr;
}

QModelIndex ResponsibilityListModel::indexOf(const ListNodeRef &ref)
{
    if (!ref.isValid())
        return {};
    // Walk down from the root (edition, then duty or group, then item or
    // entry), loading each level on the way. Three levels at most.
    Node *node = m_root.get();
    for (int depth = 0; depth < 3; ++depth) {
        node = childMatching(node, ref);
        if (!node)
            return {};
        if (node->ref.kind == ref.kind)
            return indexFor(node);
    }
    return {};
}

QModelIndex ResponsibilityListModel::firstItemIndex() const
{
    std::vector<const Node *> stack{m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->ref.kind == ListNodeKind::Item)
            return indexFor(node);
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return {};
}

} // namespace casedesk
