#pragma once
// InspectionPrinter: prints inspection records (监督检查记录) and directives
// (特种设备安全监察指令书), one or many, the way the case documents print:
// the core renders each as HTML (InspectionDocuments::html over
// InspectionDocumentData) and PaperOutput lays them out on A4, each record
// from a new page, in the print preview or in a PDF with the Chinese fonts
// embedded. Rendering many records (a
// section's month) shows its progress and can be cancelled. Errors (a
// record that cannot be read, a directive the record does not have, a file
// that cannot be written) are explained in a message box.

#include "inspections/inspectiondocuments.h"
#include "paperoutput.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace casedesk {

class Database;

class InspectionPrinter {
    Q_DECLARE_TR_FUNCTIONS(casedesk::InspectionPrinter)

  public:
    // Above this many records, rendering shows a progress dialog.
    static constexpr int kProgressFrom = 5;

    InspectionPrinter(Database &db, QWidget *parent)
        : m_db(db), m_parent(parent), m_output(parent, "inspectionDocuments/lastDirectory", "inspectionPrintPreview")
    {
    }

    using Rendered = Papers; // one document per record
    // The documents of the records, in the order given. `title` names the
    // whole (a section's month); empty: the single document's own title.
    // A refusal when a record cannot be read or lacks the document; a
    // cancelled progress gives a refusal saying so.
    Result<Rendered> render(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                            const QString &title = {}) const;

    // Opens the print preview (A4 portrait); false when nothing could be made.
    bool preview(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today, const QString &title = {});
    // Asks where to save (suggesting the title), then writes the PDF.
    bool savePdf(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today, const QString &title = {});
    // Writes the PDF to `path` without asking; failures are shown.
    bool savePdfTo(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today, const QString &path,
                   const QString &title = {});

  private:
    Database &m_db;
    QWidget *m_parent; // of the progress dialog
    PaperOutput m_output;
};

} // namespace casedesk
