#pragma once
// CaseDocuments: the five case documents as pure functions of the case data
// (HTML for QTextDocument, A4 portrait), tested against golden files:
// 立案审批表, 责令改正通知书, 行政处罚告知书, 行政处罚决定书, 结案审批表.
// Each has the bureau's name, the title, the document number, the party,
// the facts, the basis, the decision or request, the rights of review and
// appeal where the law requires them, the approvals with their opinions,
// the seal position and the date. The approval forms print the statutory
// clock and its basis. CasePdf turns the HTML into a PDF with the Chinese
// fonts embedded.

#include "cases/enforcementcase.h"
#include "cases/statutoryclock.h"
#include "register/enumtable.h"

#include <QDate>
#include <QList>
#include <QString>

class QPagedPaintDevice;

namespace casedesk {

class Database;

enum class CaseDocumentKind {
    FilingApproval,  // 立案审批表
    CorrectionOrder, // 责令改正通知书
    PenaltyNotice,   // 行政处罚告知书
    PenaltyDecision, // 行政处罚决定书
    ClosingApproval, // 结案审批表
};
const EnumTable<CaseDocumentKind, 5> &caseDocumentKinds();

// Everything a document shows, gathered once (CaseDocumentData::load) so the
// renderers stay pure.
struct CaseDocumentData {
    QString bureauName;
    QString abbreviation;
    EnforcementCase c;
    QList<CaseStep> steps;
    ClockState clock;
    QDate printedOn;
    // Licence numbers of RevokeLicence penalties, by licence id.
    QList<QPair<qint64, QString>> licenceNumbers;

    static Result<CaseDocumentData> load(Database &db, qint64 caseId, const QDate &today);
};

namespace CaseDocuments {

// Whether the case has reached the stage the document belongs to (an
// approval form of filing exists from the lead on; a decision needs a
// decided case; a correction order needs an order-to-correct penalty…).
Status available(CaseDocumentKind kind, const EnforcementCase &c);
QList<CaseDocumentKind> availableKinds(const EnforcementCase &c);
QString html(CaseDocumentKind kind, const CaseDocumentData &data);
// "行政处罚决定书 永质监罚字〔2026〕第007号" for titles and file names.
QString title(CaseDocumentKind kind, const CaseDocumentData &data);

} // namespace CaseDocuments

// One case document through DocumentPdf (documents/documentpdf.h), which
// prints several documents in one file.
namespace CasePdf {
// Lays the HTML out on A4 (20 mm margins) and writes a PDF atomically.
// Needs a QGuiApplication (the CLI makes one on the offscreen platform).
Status write(const QString &html, const QString &title, const QString &path);
// The same layout painted on any paged device (the GUI's QPrinter), so the
// paper looks like the PDF. Sets the device's page layout (A4, 20 mm).
Status paint(const QString &html, QPagedPaintDevice &device);
} // namespace CasePdf

} // namespace casedesk
