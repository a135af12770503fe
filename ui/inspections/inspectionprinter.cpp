#include "inspectionprinter.h"

#include <QProgressDialog>
#include <memory>

namespace casedesk {

Result<InspectionPrinter::Rendered> InspectionPrinter::render(InspectionDocumentKind kind, const QList<qint64> &ids,
                                                              const QDate &today, const QString &title) const
{
    if (ids.isEmpty())
        return refusal(tr("There is no record to print."));
    std::unique_ptr<QProgressDialog> progress;
    if (ids.size() > kProgressFrom) {
        progress = std::make_unique<QProgressDialog>(
            tr("Preparing %n record(s) for printing…", nullptr, static_cast<int>(ids.size())), tr("Cancel"), 0,
            static_cast<int>(ids.size()), m_parent);
        progress->setObjectName(QStringLiteral("printProgress"));
        progress->setWindowTitle(tr("Printing Inspections"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
    }
    Rendered rendered;
    for (int i = 0; i < ids.size(); ++i) {
        if (progress) {
            progress->setValue(i);
            if (progress->wasCanceled())
                return refusal(tr("Printing was cancelled."));
        }
        const Result<InspectionDocumentData> data = InspectionDocumentData::forInspection(m_db, ids.at(i), today);
        if (!data)
            return data.error();
        if (const Status available = InspectionDocuments::available(kind, *data); !available)
            return available.error();
        if (rendered.title.isEmpty())
            rendered.title = title.isEmpty() ? InspectionDocuments::title(kind, *data) : title;
        rendered.htmls << InspectionDocuments::html(kind, *data);
    }
    if (progress)
        progress->setValue(static_cast<int>(ids.size()));
    return rendered;
}

bool InspectionPrinter::preview(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                const QString &title)
{
    const Result<Rendered> rendered = render(kind, ids, today, title);
    if (!rendered) {
        m_output.showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    m_output.preview(*rendered);
    return true;
}

bool InspectionPrinter::savePdf(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                const QString &title)
{
    QString name = title;
    if (name.isEmpty()) {
        const Result<Rendered> first = render(kind, ids.mid(0, 1), today);
        if (!first) {
            m_output.showError(tr("Save PDF"), first.error().message);
            return false;
        }
        name = first->title;
    }
    const QString path = m_output.askPdfPath(name);
    return !path.isEmpty() && savePdfTo(kind, ids, today, path, title);
}

bool InspectionPrinter::savePdfTo(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                  const QString &path, const QString &title)
{
    const Result<Rendered> rendered = render(kind, ids, today, title);
    if (!rendered) {
        m_output.showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    return m_output.writePdf(*rendered, path);
}

} // namespace casedesk
