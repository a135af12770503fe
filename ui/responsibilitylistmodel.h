#pragma once
// ResponsibilityListModel: the responsibility list as a lazy tree,
// edition → main duty → responsibility item, and under each edition the
// group nodes for boundaries, supervision systems, public services and the
// accountability mechanism. Children are read only when a node is opened
// (fetchMore), so a database with a thousand editions opens at once.
//
// In search mode the tree holds only the matching items with their duty and
// edition parents, all loaded, ready to be expanded.

#include "dutylist/dutylistqueries.h"
#include "listnode.h"
#include "listtreenode.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <memory>

namespace casedesk {

class Database;
class EditionContentCache;

class ResponsibilityListModel : public QAbstractItemModel {
    Q_OBJECT

  public:
    enum Column { TitleColumn, SectionsColumn, ColumnCount };

    ResponsibilityListModel(Database &db, EditionContentCache &cache, QObject *parent = nullptr);
    ~ResponsibilityListModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The whole list again, collapsed; leaves search mode.
    void reload();
    // Only these items, under their duties and editions.
    void showSearchResults(const QList<SearchHit> &hits);
    bool isShowingSearchResults() const { return m_searchMode; }

    // The editions in the database (all of them, also in search mode).
    EditionRow editionRow(qint64 editionId) const { return m_editions.value(editionId); }
    int editionCount() const { return static_cast<int>(m_editions.size()); }

    ListNodeRef nodeRef(const QModelIndex &index) const;
    // The node's index in column 0, loading the nodes on its path as needed;
    // invalid when the node is not in the tree (for example filtered out).
    QModelIndex indexOf(const ListNodeRef &ref);
    // The first responsibility item among the loaded nodes, depth first.
    QModelIndex firstItemIndex() const;

  signals:
    // Reading the database failed while opening a node.
    void loadFailed(const QString &message);

  private:
    using Node = ListTreeNode;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node) const;
    Node *childMatching(Node *parent, const ListNodeRef &ref);
    ListTreeNodeList loadChildren(const Node &node);
    ListTreeNodeList loadGroupEntries(const Node &group);

    Database &m_db;
    EditionContentCache &m_cache;
    std::unique_ptr<Node> m_root;
    QHash<qint64, EditionRow> m_editions;
    bool m_searchMode = false;
};

} // namespace casedesk
