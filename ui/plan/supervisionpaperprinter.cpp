#include "supervisionpaperprinter.h"

#include "documents/documentpdf.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace casedesk {

namespace {
const char *const kPdfDirKey = "supervisionPapers/lastDirectory";

QString suggestedPdfPath(const QString &title)
{
    QString dir = QSettings().value(QLatin1String(kPdfDirKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    QString name = title;
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(bad, u'-');
    return QDir(dir).filePath(name + QStringLiteral(".pdf"));
}
} // namespace

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
        showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(rendered->title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("supervisionPrintPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(rendered->title));
    if (const QScreen *screen = m_parent ? m_parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int height = available.height() * 9 / 10;
        dialog.resize(std::min(available.width() * 9 / 10, height * 4 / 5 + 120), height);
    }
    const QString html = rendered->html;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [html](QPrinter *target) {
        if (const Status painted = DocumentPdf::paint({html}, *target); !painted)
            qWarning("%s", qPrintable(painted.error().message));
    });
    dialog.exec();
    return true;
}

bool SupervisionPaperPrinter::savePdf(InspectionDocumentKind kind, qint64 id, const QDate &today)
{
    const Result<Rendered> rendered = render(kind, id, today);
    if (!rendered) {
        showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save %1 as PDF").arg(rendered->title),
                                                      suggestedPdfPath(rendered->title), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSettings().setValue(QLatin1String(kPdfDirKey), QFileInfo(path).absolutePath());
    return savePdfTo(kind, id, today, path);
}

bool SupervisionPaperPrinter::savePdfTo(InspectionDocumentKind kind, qint64 id, const QDate &today, const QString &path)
{
    const Result<Rendered> rendered = render(kind, id, today);
    if (!rendered) {
        showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    if (const Status written = DocumentPdf::write({rendered->html}, rendered->title, path); !written) {
        showError(tr("Save PDF"),
                  tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    return true;
}

void SupervisionPaperPrinter::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace casedesk
