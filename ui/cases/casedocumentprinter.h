#pragma once
// CaseDocumentPrinter: prints a case document (立案审批表, 行政处罚决定书…)
// the simple, correct way: the core renders the document as HTML from the
// case data (CaseDocuments::html over CaseDocumentData::load), a
// QTextDocument lays it out on A4, and QPrintPreviewDialog paints it; Save
// PDF asks for a file and lets CasePdf write it with the Chinese fonts
// embedded. Errors (a case that cannot be read, a file that cannot be
// written) are explained in a message box.

#include "cases/casedocuments.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QPrinter;
class QWidget;

namespace casedesk {

class Database;

class CaseDocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(casedesk::CaseDocumentPrinter)

  public:
    CaseDocumentPrinter(Database &db, QWidget *parent) : m_db(db), m_parent(parent) {}

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

    // Lays the HTML out on the printer's page and prints it.
    static void print(const QString &html, QPrinter *printer);

  private:
    void showError(const QString &title, const QString &message) const;

    Database &m_db;
    QWidget *m_parent;
};

} // namespace casedesk
