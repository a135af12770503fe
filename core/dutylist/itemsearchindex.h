#pragma once
// ItemSearchIndex: one lower-cased search text per item — its text, heading,
// remarks, duty, sections and legal references — so that a search is one
// instr() per item instead of joins. It is derived data, local to the
// workstation and rebuilt from the records; it never travels.

#include "database.h"
#include "result.h"

namespace casedesk::ItemSearchIndex {

// Rebuilds the search text of every item of an edition.
Status refreshEdition(const Database &db, qint64 editionId);
// The SQL condition on one word, for a query that joins item_search as ix;
// binds one value.
QString wordCondition();

} // namespace casedesk::ItemSearchIndex
