#include "listdetailpane.h"

#include "dutylist/listhtmlrenderer.h"
#include "editioncontentcache.h"

namespace casedesk {

ListDetailPane::ListDetailPane(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setReadOnly(true);
    // Readable line length and room around the text.
    document()->setDocumentMargin(12);
    setAccessibleName(tr("Details"));
    showPlaceholder(false);
}

void ListDetailPane::setDataSource(Database *db, EditionContentCache *cache)
{
    m_db = db;
    m_cache = cache;
    m_current = {};
}

void ListDetailPane::showPlaceholder(bool databaseEmpty)
{
    m_current = {};
    setHtml(ListHtmlRenderer::message(
        databaseEmpty ? tr("This database holds no responsibility list yet. Use File → Import… to read a "
                           "published list (.txt) or a list saved from the CSV template.")
                      : tr("Select an edition, a main duty or a responsibility item to see its details.")));
}

void ListDetailPane::showNode(const ListNodeRef &ref, const EditionRow &edition)
{
    if (!ref.isValid() || !m_db || !m_cache) {
        showPlaceholder(false);
        return;
    }
    m_current = ref;
    setHtml(renderNode(ref, edition));
}

QString ListDetailPane::renderNode(const ListNodeRef &ref, const EditionRow &edition) const
{
    const ResponsibilityListQueries queries(*m_db);
    switch (ref.kind) {
    case ListNodeKind::Item: {
        const ItemDetail detail = queries.itemDetail(ref.itemId);
        if (detail.item.id == 0)
            return ListHtmlRenderer::message(tr("This item is no longer in the database."));
        return ListHtmlRenderer::itemDetail(detail);
    }
    case ListNodeKind::Duty: {
        for (const DutyRow &duty : queries.duties(ref.editionId))
            if (duty.id == ref.dutyId)
                return ListHtmlRenderer::duty(duty, edition, queries.items(duty.id), queries.dutyReferences(duty.id));
        return ListHtmlRenderer::message(tr("This duty is no longer in the database."));
    }
    case ListNodeKind::Edition:
        return ListHtmlRenderer::edition(edition, queries.duties(ref.editionId));
    default:
        return renderEntry(ref, edition);
    }
}

QString ListDetailPane::renderEntry(const ListNodeRef &ref, const EditionRow &edition) const
{
    auto loaded = m_cache->get(ref.editionId);
    if (!loaded)
        return ListHtmlRenderer::message(loaded.error().message);
    const ResponsibilityList &list = **loaded;
    const int i = ref.entryIndex;
    switch (ref.kind) {
    case ListNodeKind::BoundaryGroup:
        return ListHtmlRenderer::boundaryOverview(list.boundaries, edition);
    case ListNodeKind::SystemGroup:
        return ListHtmlRenderer::systemOverview(list.systems, edition);
    case ListNodeKind::ServiceGroup:
        return ListHtmlRenderer::serviceOverview(list.services, edition);
    case ListNodeKind::AccountabilityGroup:
        return ListHtmlRenderer::accountabilityOverview(list.accountabilityIntro, list.accountability, edition);
    case ListNodeKind::Boundary:
        if (i >= 0 && i < list.boundaries.size())
            return ListHtmlRenderer::boundary(list.boundaries.at(i), edition);
        break;
    case ListNodeKind::System:
        if (i >= 0 && i < list.systems.size())
            return ListHtmlRenderer::system(list.systems.at(i), edition);
        break;
    case ListNodeKind::Service:
        if (i >= 0 && i < list.services.size())
            return ListHtmlRenderer::service(list.services.at(i), edition);
        break;
    case ListNodeKind::AccountabilityBody:
        if (i >= 0 && i < list.accountability.size())
            return ListHtmlRenderer::accountabilityBody(list.accountability.at(i), edition);
        break;
    default:
        break;
    }
    return ListHtmlRenderer::message(tr("This entry is no longer in the database."));
}

} // namespace casedesk
