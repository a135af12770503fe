#pragma once
// PaperOutput: what every printed paper of CaseDesk does once the core has
// rendered it as HTML (case documents, inspection records and directives,
// sampling notices, draw records). The print preview lays the papers out on
// A4 through DocumentPdf::paint, exactly as DocumentPdf::write does for the
// PDF, so paper and PDF match; Save PDF suggests a file named after the
// paper in the folder last used for that kind of paper; failures are
// explained in a message box.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QPrinter;
class QWidget;

namespace casedesk {

// Rendered papers: what the preview and the PDF are called, and one HTML
// document per paper (each starts on a new page).
struct Papers {
    QString title;
    QStringList htmls;
};

class PaperOutput {
    Q_DECLARE_TR_FUNCTIONS(casedesk::PaperOutput)

  public:
    // `folderKey`: the setting that remembers where this kind of paper was
    // last saved; `previewName`: the preview dialog's object name.
    PaperOutput(QWidget *parent, const char *folderKey, const char *previewName)
        : m_parent(parent), m_folderKey(folderKey), m_previewName(previewName)
    {
    }

    // Opens the print preview (A4 portrait); returns once it is closed.
    void preview(const Papers &papers) const;
    // Asks where to save a PDF titled `title`; empty when cancelled.
    QString askPdfPath(const QString &title) const;
    // Writes the PDF; false (after saying why) when it could not be written.
    bool writePdf(const Papers &papers, const QString &path) const;
    void showError(const QString &title, const QString &message) const;

    // A file name for the title in the folder last used (or Documents).
    QString suggestedPdfPath(const QString &title) const;
    // Lays the papers out on the printer's pages and prints them.
    static void print(const QStringList &htmls, QPrinter *printer);

  private:
    QWidget *m_parent;
    const char *m_folderKey;
    const char *m_previewName;
};

} // namespace casedesk
