#include "casedocumentprinter.h"

namespace casedesk {

Result<CaseDocumentPrinter::Rendered> CaseDocumentPrinter::render(qint64 caseId, CaseDocumentKind kind,
                                                                  const QDate &today) const
{
    const Result<CaseDocumentData> data = CaseDocumentData::load(m_db, caseId, today);
    if (!data)
        return data.error();
    if (const Status available = CaseDocuments::available(kind, data->c); !available)
        return available.error();
    return Rendered{CaseDocuments::title(kind, *data), CaseDocuments::html(kind, *data)};
}

bool CaseDocumentPrinter::preview(qint64 caseId, CaseDocumentKind kind, const QDate &today)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        m_output.showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    m_output.preview(Papers{rendered->title, {rendered->html}});
    return true;
}

bool CaseDocumentPrinter::savePdf(qint64 caseId, CaseDocumentKind kind, const QDate &today)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        m_output.showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    const QString path = m_output.askPdfPath(rendered->title);
    return !path.isEmpty() && m_output.writePdf(Papers{rendered->title, {rendered->html}}, path);
}

bool CaseDocumentPrinter::savePdfTo(qint64 caseId, CaseDocumentKind kind, const QDate &today, const QString &path)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        m_output.showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    return m_output.writePdf(Papers{rendered->title, {rendered->html}}, path);
}

} // namespace casedesk
