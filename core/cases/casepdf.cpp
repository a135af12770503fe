// CasePdf: one case document through DocumentPdf (A4, 20 mm, the Chinese
// fonts embedded, written atomically).
#include "cases/casedocuments.h"
#include "documents/documentpdf.h"

namespace casedesk::CasePdf {

Status paint(const QString &html, QPagedPaintDevice &device)
{
    return DocumentPdf::paint({html}, device);
}

Status write(const QString &html, const QString &title, const QString &path)
{
    return DocumentPdf::write({html}, title, path);
}

} // namespace casedesk::CasePdf
