#pragma once
// The four renderers behind InspectionDocuments::html, one per document and
// file, each a pure function of InspectionDocumentData (no database, no
// clock but data.printedOn). Internal to the inspection documents.

#include "inspections/inspectiondocuments.h"

#include <QString>

namespace casedesk::InspectionDocumentRenderers {

QString report(const InspectionDocumentData &data);         // inspectionreporthtml.cpp
QString directive(const InspectionDocumentData &data);      // directivehtml.cpp
QString samplingNotice(const InspectionDocumentData &data); // samplingnoticehtml.cpp
QString drawRecord(const InspectionDocumentData &data);     // drawrecordhtml.cpp

// The printed title (监督检查记录 …) and number of a document
// (inspectiondocuments.cpp): the record, directive, batch or draw number.
QString documentTitle(InspectionDocumentKind kind);
QString documentNumber(InspectionDocumentKind kind, const InspectionDocumentData &data);

} // namespace casedesk::InspectionDocumentRenderers
