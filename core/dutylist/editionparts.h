#pragma once
// Readers of single parts of a stored edition, shared by the repository's
// load() and the queries' item detail so both read the tables one way.

#include "database.h"
#include "dutylist/responsibilitylist.h"
#include "result.h"

namespace casedesk::EditionParts {

// The edition's supervision systems with parts and points; only those of
// one domain when domain is not empty.
Result<QList<SupervisionSystem>> systems(const Database &db, qint64 editionId, const QString &domain = {});

} // namespace casedesk::EditionParts
