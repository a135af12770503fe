#include "editioncontentcache.h"

#include "dutylist/dutylistrepository.h"

namespace casedesk {

Result<EditionContentCache::ListPtr> EditionContentCache::get(qint64 editionId)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).first == editionId) {
            auto entry = m_entries.takeAt(i);
            m_entries.prepend(entry);
            return entry.second;
        }
    }
    auto loaded = ResponsibilityListRepository(m_db).load(editionId);
    if (!loaded)
        return loaded.error();
    ListPtr list = std::make_shared<const ResponsibilityList>(std::move(loaded).value());
    m_entries.prepend({editionId, list});
    while (m_entries.size() > kCapacity)
        m_entries.removeLast();
    return list;
}

} // namespace casedesk
