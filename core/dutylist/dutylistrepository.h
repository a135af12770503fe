#pragma once
// ResponsibilityListRepository: stores and loads whole editions of the
// responsibility list. An edition is written once, in one transaction; a
// new edition is a new row set and never rewrites an old one. Saving an
// edition that is already stored with the same content changes nothing.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "result.h"

#include <QList>
#include <QString>

namespace casedesk {

class Session;

struct SaveOutcome {
    qint64 editionId = 0;
    bool alreadyPresent = false; // the same edition with the same content was stored before
};

class ResponsibilityListRepository {
  public:
    explicit ResponsibilityListRepository(Database &db) : m_db(db) {}

    // Stores a new edition. Refuses a list without label, department or
    // duties, and a label the department already uses for different content.
    // Needs the session's permission to import; audited.
    Result<SaveOutcome> save(const Session &session, const ResponsibilityList &list, const QString &sourceName = {});
    // The whole edition as stored.
    Result<ResponsibilityList> load(qint64 editionId) const;
    // Soft-deletes an edition and everything in it (kept as tombstones).
    // Needs the session's permission to remove; audited.
    Status remove(const Session &session, qint64 editionId);
    // A digest of the list's content (label included), used to recognise a
    // repeated import.
    static QString contentHash(const ResponsibilityList &list);

  private:
    Database &m_db;
};

} // namespace casedesk
