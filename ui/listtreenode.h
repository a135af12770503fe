#pragma once
// ListTreeNode: one node of the responsibility-list tree as the model holds
// it. ListTreeNodes builds them from the query rows and from a loaded
// edition: the titles, tooltips, sections and child counts the tree shows.

#include "dutylist/dutylistqueries.h"
#include "dutylist/responsibilitylist.h"
#include "listnode.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <vector>

namespace casedesk {

struct ListTreeNode;
using ListTreeNodeList = std::vector<std::unique_ptr<ListTreeNode>>;

struct ListTreeNode {
    ListNodeRef ref;
    QString title;    // column 0, one line
    QString sections; // column 1
    QString toolTip;  // the full text, rich so that it wraps
    // How many children the node will have once loaded; -1 when unknown.
    int expectedChildren = -1;
    bool fetched = false;
    ListTreeNode *parent = nullptr;
    int row = 0;
    ListTreeNodeList children;

    // Appends the nodes as children, setting their parent and row.
    void adopt(ListTreeNodeList nodes);
};

class ListTreeNodes {
    Q_DECLARE_TR_FUNCTIONS(casedesk::ListTreeNodes)

  public:
    static std::unique_ptr<ListTreeNode> edition(const EditionRow &row);
    static std::unique_ptr<ListTreeNode> duty(const DutyRow &row, qint64 editionId);
    static std::unique_ptr<ListTreeNode> item(const ItemRow &row, qint64 editionId);
    // The group nodes under an edition, beside its duties: boundaries,
    // supervision systems, public services, accountability mechanism.
    static ListTreeNodeList groups(const EditionRow &row);
    // A group's entries, read from the loaded edition.
    static ListTreeNodeList entries(const ListTreeNode &group, const ResponsibilityList &list);

    static bool isGroup(ListNodeKind kind);
    // Whether a node lies on the path from its parent down to ref.
    static bool leadsTo(const ListNodeRef &node, const ListNodeRef &ref);
};

} // namespace casedesk
