#pragma once
// ItemSearchIndex: lower-cased search text per item (its text, heading,
// remarks, sections and its own legal references) and per duty (the duty's
// text and the references of the whole duty), so that a search is one
// instr() per item plus one per duty instead of joins, and a duty's long
// legal text is scanned once, not once per item. Derived data, local to the
// workstation and rebuilt from the records; it never travels.

#include "database.h"
#include "result.h"

namespace casedesk::ItemSearchIndex {

// Rebuilds the search text of every item of an edition.
Status refreshEdition(const Database &db, qint64 editionId);
// The SQL condition on one word, for a query over item i joined with
// item_search as ix; binds the word twice.
QString wordCondition();

} // namespace casedesk::ItemSearchIndex
