#include "supervisionpaperprinter.h"

namespace casedesk {

Result<SupervisionPaperPrinter::Rendered> SupervisionPaperPrinter::render(InspectionDocumentKind kind, qint64 id,
                                                                          const QDate &today) const
{
    Result<InspectionDocumentData> data = [&] {
        switch (kind) {
        case InspectionDocumentKind::DrawRecord:
            return InspectionDocumentData::forDraw(m_db, id, today);
        case InspectionDocumentKind::SamplingNotice:
            return InspectionDocumentData::forBatch(m_db, id, today);
        case InspectionDocumentKind::Report:
        case InspectionDocumentKind::Directive:
            break;
        }
        return InspectionDocumentData::forInspection(m_db, id, today);
    }();
    if (!data)
        return data.error();
    if (const Status available = InspectionDocuments::available(kind, *data); !available)
        return available.error();
    return Rendered{InspectionDocuments::title(kind, *data), InspectionDocuments::html(kind, *data)};
}

bool SupervisionPaperPrinter::preview(InspectionDocumentKind kind, qint64 id, const QDate &today)
{
    const Result<Rendered> rendered = render(kind, id, today);
    if (!rendered) {
        m_output.showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    m_output.preview(Papers{rendered->title, {rendered->html}});
    return true;
}

bool SupervisionPaperPrinter::savePdf(InspectionDocumentKind kind, qint64 id, const QDate &today)
{
    const Result<Rendered> rendered = render(kind, id, today);
    if (!rendered) {
        m_output.showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    const QString path = m_output.askPdfPath(rendered->title);
    return !path.isEmpty() && m_output.writePdf(Papers{rendered->title, {rendered->html}}, path);
}

bool SupervisionPaperPrinter::savePdfTo(InspectionDocumentKind kind, qint64 id, const QDate &today, const QString &path)
{
    const Result<Rendered> rendered = render(kind, id, today);
    if (!rendered) {
        m_output.showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    return m_output.writePdf(Papers{rendered->title, {rendered->html}}, path);
}

} // namespace casedesk
