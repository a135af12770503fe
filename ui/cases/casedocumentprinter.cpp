#include "casedocumentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace casedesk {

namespace {
const char *const kPdfDirKey = "caseDocuments/lastDirectory";

QString suggestedPdfPath(const QString &title)
{
    QString dir = QSettings().value(QLatin1String(kPdfDirKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    // 〔〕 and spaces are fine in file names; slashes and colons are not.
    QString name = title;
    for (const QChar bad : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(bad, u'-');
    return QDir(dir).filePath(name + QStringLiteral(".pdf"));
}
} // namespace

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

void CaseDocumentPrinter::print(const QString &html, QPrinter *printer)
{
    // The core lays the document out for the printer exactly as it does for
    // the PDF (A4, 20 mm margins, paragraphs split at page breaks), so paper
    // and PDF match. A printer that does not start has nothing to show in
    // the preview; the failure is logged.
    if (const Status painted = CasePdf::paint(html, *printer); !painted)
        qWarning("%s", qPrintable(painted.error().message));
}

bool CaseDocumentPrinter::preview(qint64 caseId, CaseDocumentKind kind, const QDate &today)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        showError(tr("Print Preview"), rendered.error().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(rendered->title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QStringLiteral("casePrintPreview"));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(rendered->title));
    // Big enough to read an A4 page: most of the screen's height.
    if (const QScreen *screen = m_parent ? m_parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int height = available.height() * 9 / 10;
        dialog.resize(std::min(available.width() * 9 / 10, height * 4 / 5 + 120), height);
    }
    const QString html = rendered->html;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [html](QPrinter *target) { print(html, target); });
    dialog.exec();
    return true;
}

bool CaseDocumentPrinter::savePdf(qint64 caseId, CaseDocumentKind kind, const QDate &today)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save %1 as PDF").arg(rendered->title),
                                                      suggestedPdfPath(rendered->title), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    QSettings().setValue(QLatin1String(kPdfDirKey), QFileInfo(path).absolutePath());
    return savePdfTo(caseId, kind, today, path);
}

bool CaseDocumentPrinter::savePdfTo(qint64 caseId, CaseDocumentKind kind, const QDate &today, const QString &path)
{
    const Result<Rendered> rendered = render(caseId, kind, today);
    if (!rendered) {
        showError(tr("Save PDF"), rendered.error().message);
        return false;
    }
    if (const Status written = CasePdf::write(rendered->html, rendered->title, path); !written) {
        showError(tr("Save PDF"),
                  tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    return true;
}

void CaseDocumentPrinter::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace casedesk
