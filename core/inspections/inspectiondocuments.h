#pragma once
// InspectionDocuments: the printed papers of supervision, as pure functions
// of their data (HTML for QTextDocument, A4 portrait, golden-file tested),
// in the official layout and in Chinese whatever language CaseDesk speaks:
// - 监督检查记录 (the inspection report): the unit, day, place, kind, the
//   inspectors with their certificate numbers, the checklist with a result
//   per point, the findings, what was done, the signatures (or the noted
//   refusal to sign), the version when corrected;
// - 特种设备安全监察指令书 (the directive), with the oral-first note;
// - 产品质量监督抽查通知书 (the sampling notice), with the enterprise's
//   rights and the objection deadline;
// - 随机抽查记录 (the record of a random draw): seed, pools with their
//   hashes, recusals, the result, and how to re-run it.
// The PDF of several records (a section's month) has each record start on a
// new page (DocumentPdf).

#include "inspections/drawrepository.h"
#include "inspections/inspection.h"
#include "register/enumtable.h"
#include "result.h"
#include "sampling/samplingbatch.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

class Database;

enum class InspectionDocumentKind {
    Report,         // 监督检查记录
    Directive,      // 特种设备安全监察指令书
    SamplingNotice, // 产品质量监督抽查通知书
    DrawRecord,     // 随机抽查记录
};
const EnumTable<InspectionDocumentKind, 4> &inspectionDocumentKinds();

struct InspectionDocumentData {
    QString bureauName;
    QString abbreviation;
    QDate printedOn;
    Inspection inspection; // Report, Directive
    SamplingBatch batch;   // SamplingNotice
    InspectionDraw draw;   // DrawRecord
    // Report: the texts of the responsibility items the inspection carries
    // out (inspection.itemIds), in that order, printed under 检查依据.
    QStringList itemTexts;

    static Result<InspectionDocumentData> forInspection(Database &db, qint64 inspectionId, const QDate &today);
    static Result<InspectionDocumentData> forBatch(Database &db, qint64 batchId, const QDate &today);
    static Result<InspectionDocumentData> forDraw(Database &db, qint64 drawId, const QDate &today);
};

namespace InspectionDocuments {
// A directive needs a finished record with the Directive outcome; a report
// prints from a draft too (marked 草稿).
Status available(InspectionDocumentKind kind, const InspectionDocumentData &data);
QString html(InspectionDocumentKind kind, const InspectionDocumentData &data);
// "监督检查记录 YQ1-2026-J0007" for titles and file names.
QString title(InspectionDocumentKind kind, const InspectionDocumentData &data);
} // namespace InspectionDocuments

} // namespace casedesk
