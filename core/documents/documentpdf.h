#pragma once
// DocumentPdf: printed documents (HTML from the document renderers) laid out
// by QTextDocument on A4 portrait with 20 mm margins, each document starting
// on a new page, so a section's month of inspection reports prints as one
// file. write() makes a PDF through QPdfWriter, which embeds the subsets of
// the fonts used (the serif CJK face of DocumentHtml's style sheet), repairs
// its text map (PdfTextMap) and saves it so that the file appears whole or
// not at all; paint() draws the same pages on any paged device (the GUI's
// QPrinter), so the paper looks like the PDF. Both need a QGuiApplication
// (the CLI makes one on the offscreen platform).

#include "result.h"

#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace casedesk::DocumentPdf {

// Refused when `htmls` is empty; a failure when the file cannot be written.
Status write(const QStringList &htmls, const QString &title, const QString &path);
// Sets the device's page layout (A4, 20 mm) and paints every page.
Status paint(const QStringList &htmls, QPagedPaintDevice &device);

} // namespace casedesk::DocumentPdf
