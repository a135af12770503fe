#pragma once
// The case the document tests print: built by hand with fixed values (no
// database, no "today"), a complaint against a cable maker taken from
// filing through a decision with four penalties to closing, so every part
// of every document has something to show.

#include "cases/casedocuments.h"

namespace casedesk::test {

// Closed on 2026-03-25, printed on 2026-03-26.
CaseDocumentData sampleDocumentData();

} // namespace casedesk::test
