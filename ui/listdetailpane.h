#pragma once
// ListDetailPane: the right-hand pane that shows the selected node of the
// responsibility list: an item with its legal basis and checklist, a duty,
// an edition's summary, a boundary matter, a supervision system… The HTML
// comes from ListHtmlRenderer in the core; this class only fetches the
// values and shows the result.

#include "dutylist/dutylistqueries.h"
#include "listnode.h"

#include <QTextBrowser>

namespace casedesk {

class Database;
class EditionContentCache;

class ListDetailPane : public QTextBrowser {
    Q_OBJECT

  public:
    explicit ListDetailPane(QWidget *parent = nullptr);

    // Where the pane reads from; both must outlive the next showNode() call.
    void setDataSource(Database *db, EditionContentCache *cache);
    // Shows a node; edition is that node's edition row (the tree has it).
    void showNode(const ListNodeRef &ref, const EditionRow &edition);
    // What to show when nothing is selected; depends on whether the
    // database holds any list yet.
    void showPlaceholder(bool databaseEmpty);
    const ListNodeRef &currentNode() const { return m_current; }

  private:
    QString renderNode(const ListNodeRef &ref, const EditionRow &edition) const;
    QString renderEntry(const ListNodeRef &ref, const EditionRow &edition) const;

    Database *m_db = nullptr;
    EditionContentCache *m_cache = nullptr;
    ListNodeRef m_current;
};

} // namespace casedesk
