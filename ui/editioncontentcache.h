#pragma once
// EditionContentCache: whole editions loaded through the repository, kept
// for the few editions a user is looking at. The tree's group nodes
// (boundaries, systems, services, accountability) and the detail pane read
// their entries from here, so an edition is loaded once, and only when one
// of those nodes is opened.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "result.h"

#include <QList>
#include <memory>
#include <utility>

namespace casedesk {

class EditionContentCache {
  public:
    using ListPtr = std::shared_ptr<const ResponsibilityList>;

    explicit EditionContentCache(Database &db) : m_db(db) {}

    Result<ListPtr> get(qint64 editionId);
    void clear() { m_entries.clear(); }

  private:
    // Enough for the editions open side by side; a bureau with hundreds of
    // editions browses them one at a time.
    static constexpr int kCapacity = 8;

    Database &m_db;
    QList<std::pair<qint64, ListPtr>> m_entries; // most recently used first
};

} // namespace casedesk
