#include "inspectionprinter.h"

#include "documents/documentpdf.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <memory>

namespace casedesk {

namespace {
const char *const kPdfDirKey = "inspectionDocuments/lastDirectory";
} // namespace

QString InspectionPrinter::suggestedPdfPath(const QString &title)
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

void InspectionPrinter::print(const QStringList &htmls, QPrinter *printer)
{
    // The core lays the documents out for the printer exactly as for the
    // PDF, so paper and PDF match. A printer that does not start has nothing
    // to show in the preview; the failure is logged.
    if (const Status painted = DocumentPdf::paint(htmls, *printer); !painted)
        qWarning("%s", qPrintable(painted.error().message));
}

bool InspectionPrinter::preview(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                const QString &title)
{
    const Result<Rendered> rendered = render(kind, ids, today, title);
    if (!rendered) {
        showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(rendered->title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("inspectionPrintPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(rendered->title));
    if (const QScreen *screen = m_parent ? m_parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int height = available.height() * 9 / 10;
        dialog.resize(std::min(available.width() * 9 / 10, height * 4 / 5 + 120), height);
    }
    const QStringList htmls = rendered->htmls;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [htmls](QPrinter *target) {
        // Laying out a month of records takes a moment.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        print(htmls, target);
        QApplication::restoreOverrideCursor();
    });
    dialog.exec();
    return true;
}

bool InspectionPrinter::savePdf(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                const QString &title)
{
    QString name = title;
    if (name.isEmpty()) {
        const Result<Rendered> first = render(kind, ids.mid(0, 1), today);
        if (!first) {
            showError(tr("Save PDF"), first.error().message);
            return false;
        }
        name = first->title;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save %1 as PDF").arg(name), suggestedPdfPath(name),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSettings().setValue(QLatin1String(kPdfDirKey), QFileInfo(path).absolutePath());
    return savePdfTo(kind, ids, today, path, title);
}

bool InspectionPrinter::savePdfTo(InspectionDocumentKind kind, const QList<qint64> &ids, const QDate &today,
                                  const QString &path, const QString &title)
{
    const Result<Rendered> rendered = render(kind, ids, today, title);
    if (!rendered) {
        showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = DocumentPdf::write(rendered->htmls, rendered->title, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Save PDF"),
                  tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    return true;
}

void InspectionPrinter::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace casedesk
