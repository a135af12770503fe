#pragma once
// The data the inspection document tests print, built by hand with fixed
// values (no database, no "today"): a special-equipment campaign inspection
// of a department store's lifts that found problems, ordered a correction,
// gave a directive orally first and opened a case; a draft routine product
// inspection whose unit refused to sign; a sampling batch of cables; and a
// random draw of three units with one recusal.

#include "inspections/inspectiondocuments.h"

namespace casedesk::test {

// Finished on 2026-03-05 (directive issued in writing that day), printed on
// 2026-03-06.
InspectionDocumentData sampleReportData();
// A draft (record YQ1-2026-J0012): two points left open, nothing found yet,
// the unit's responsible person refused to sign.
InspectionDocumentData sampleDraftReportData();
// Sampled on 2026-04-08.
InspectionDocumentData sampleBatchData();
// Drawn on 2026-01-15.
InspectionDocumentData sampleDrawData();

} // namespace casedesk::test
