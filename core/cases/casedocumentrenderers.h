#pragma once
// The five renderers behind CaseDocuments::html, one per document, each a
// pure function of CaseDocumentData (no database, no clock but
// data.printedOn). Internal to the case documents.

#include "cases/casedocuments.h"

#include <QString>

namespace casedesk::CaseDocumentRenderers {

// 立案审批表 / 结案审批表 (approvalforms.cpp): bordered tables.
QString filingApproval(const CaseDocumentData &data);
QString closingApproval(const CaseDocumentData &data);
// 行政处罚告知书 / 责令改正通知书 / 行政处罚决定书 (penaltydocuments.cpp): letters.
QString penaltyNotice(const CaseDocumentData &data);
QString correctionOrder(const CaseDocumentData &data);
QString penaltyDecision(const CaseDocumentData &data);

// The printed title (立案审批表 …) and number of a document (casedocuments.cpp):
// 永质监罚字〔2026〕第007号, 永质监罚告字…, 永质监责改字…; the lead number
// on a filing form before the case is filed.
QString documentTitle(CaseDocumentKind kind);
QString documentNumber(CaseDocumentKind kind, const CaseDocumentData &data);

} // namespace casedesk::CaseDocumentRenderers
