#pragma once
// SupervisionPaperPrinter: prints the papers of supervision kept with the
// plan and the sampling (the record of a random draw, the sampling notice)
// the way the case documents print: the core renders the paper as HTML
// (InspectionDocuments::html over InspectionDocumentData) and PaperOutput
// shows the A4 print preview or writes the PDF with the Chinese fonts
// embedded.
// Errors (a record that cannot be read, a paper not available yet, a file
// that cannot be written) are explained in a message box.

#include "inspections/inspectiondocuments.h"
#include "paperoutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class QWidget;

namespace casedesk {

class Database;

class SupervisionPaperPrinter {
    Q_DECLARE_TR_FUNCTIONS(casedesk::SupervisionPaperPrinter)

  public:
    SupervisionPaperPrinter(Database &db, QWidget *parent)
        : m_db(db), m_output(parent, "supervisionPapers/lastDirectory", "supervisionPrintPreview")
    {
    }

    struct Rendered {
        QString title;
        QString html;
    };
    // `id`: the draw's id for DrawRecord, the batch's for SamplingNotice,
    // the inspection's for Report and Directive.
    Result<Rendered> render(InspectionDocumentKind kind, qint64 id, const QDate &today) const;

    // Opens the print preview (A4 portrait); false when the paper could not be made.
    bool preview(InspectionDocumentKind kind, qint64 id, const QDate &today);
    // Asks where to save (suggesting the paper's title), then writes the PDF.
    bool savePdf(InspectionDocumentKind kind, qint64 id, const QDate &today);
    // Writes the PDF to `path` without asking; failures are shown.
    bool savePdfTo(InspectionDocumentKind kind, qint64 id, const QDate &today, const QString &path);

  private:
    Database &m_db;
    PaperOutput m_output;
};

} // namespace casedesk
