#include "responsibilitylistmodel.h"

#include "editioncontentcache.h"
#include "listtreenode.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QSet>

namespace casedesk {

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

int ResponsibilityListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

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
        // The expander was drawn on a promise; take it back, and grey an
        // empty group like the ones known to be empty from the start.
        node->expectedChildren = 0;
        emit dataChanged(parent, parent.siblingAtColumn(SectionsColumn));
        return;
    }
    beginInsertRows(parent, 0, static_cast<int>(children.size()) - 1);
    node->adopt(std::move(children));
    endInsertRows();
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
        if (ListTreeNodes::isGroup(node->ref.kind) && node->expectedChildren == 0)
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
    ListTreeNodeList editions;
    for (const EditionRow &row : ResponsibilityListQueries(m_db).editions()) {
        m_editions.insert(row.id, row);
        editions.push_back(ListTreeNodes::edition(row));
    }
    m_root->adopt(std::move(editions));
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

    ListTreeNodeList editions;
    for (qint64 editionId : editionOrder) {
        const auto found = m_editions.constFind(editionId);
        if (found == m_editions.cend())
            continue;
        auto edition = ListTreeNodes::edition(*found);
        edition->fetched = true;
        const QSet<qint64> &duties = dutiesByEdition[editionId];
        ListTreeNodeList dutyNodes;
        for (const DutyRow &dutyRow : queries.duties(editionId)) {
            if (!duties.contains(dutyRow.id))
                continue;
            auto duty = ListTreeNodes::duty(dutyRow, editionId);
            duty->fetched = true;
            ListTreeNodeList itemNodes;
            for (const ItemRow &itemRow : queries.items(dutyRow.id))
                if (hitItems.contains(itemRow.id))
                    itemNodes.push_back(ListTreeNodes::item(itemRow, editionId));
            duty->adopt(std::move(itemNodes));
            dutyNodes.push_back(std::move(duty));
        }
        edition->adopt(std::move(dutyNodes));
        editions.push_back(std::move(edition));
    }
    m_root->adopt(std::move(editions));
    endResetModel();
}

ListTreeNodeList ResponsibilityListModel::loadChildren(const Node &node)
{
    ListTreeNodeList children;
    const ResponsibilityListQueries queries(m_db);
    switch (node.ref.kind) {
    case ListNodeKind::Edition: {
        for (const DutyRow &duty : queries.duties(node.ref.editionId))
            children.push_back(ListTreeNodes::duty(duty, node.ref.editionId));
        for (auto &group : ListTreeNodes::groups(m_editions.value(node.ref.editionId)))
            children.push_back(std::move(group));
        break;
    }
    case ListNodeKind::Duty:
        for (const ItemRow &item : queries.items(node.ref.dutyId))
            children.push_back(ListTreeNodes::item(item, node.ref.editionId));
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

ListTreeNodeList ResponsibilityListModel::loadGroupEntries(const Node &group)
{
    auto list = m_cache.get(group.ref.editionId);
    if (!list) {
        emit loadFailed(list.error().message);
        return {};
    }
    return ListTreeNodes::entries(group, **list);
}

ListNodeRef ResponsibilityListModel::nodeRef(const QModelIndex &index) const
{
    return index.isValid() ? nodeFor(index)->ref : ListNodeRef{};
}

ResponsibilityListModel::Node *ResponsibilityListModel::childMatching(Node *parent, const ListNodeRef &ref)
{
    if (!parent->fetched)
        fetchMore(indexFor(parent));
    for (auto &child : parent->children)
        if (ListTreeNodes::leadsTo(child->ref, ref))
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
