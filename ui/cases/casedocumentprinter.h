#pragma once
// CaseDocumentPrinter: prints a case document (立案审批表, 行政处罚决定书…):
// the core renders the document as HTML from the case data
// (CaseDocuments::html over CaseDocumentData::load) and PaperOutput shows
// the A4 print preview or writes the PDF with the Chinese fonts embedded.
// Errors (a case that cannot be read, a file that cannot be written) are
// explained in a message box.

#include "cases/casedocuments.h"
#include "paperoutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace casedesk {

class Database;

class CaseDocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(casedesk::CaseDocumentPrinter)

  public:
    CaseDocumentPrinter(Database &db, QWidget *parent)
        : m_db(db), m_output(parent, "caseDocuments/lastDirectory", "casePrintPreview")
    {
    }

    // The document as it prints: title and HTML. A refusal when the case
    // cannot be read or has not reached the document's stage.
    struct Rendered {
        QString title;
        QString html;
    };
    Result<Rendered> render(qint64 caseId, CaseDocumentKind kind, const QDate &today) const;

    // Opens the print preview (A4 portrait); returns once it is closed.
    // False when the document could not be made (the reason was shown).
    bool preview(qint64 caseId, CaseDocumentKind kind, const QDate &today);
    // Asks where to save, then writes the PDF. False when cancelled or failed.
    bool savePdf(qint64 caseId, CaseDocumentKind kind, const QDate &today);
    // Writes the PDF to `path` without asking; failures are shown.
    bool savePdfTo(qint64 caseId, CaseDocumentKind kind, const QDate &today, const QString &path);

  private:
    Database &m_db;
    PaperOutput m_output;
};

} // namespace casedesk
