#include "paperoutput.h"

#include "documents/documentpdf.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

namespace casedesk {

QString PaperOutput::suggestedPdfPath(const QString &title) const
{
    QString dir = QSettings().value(QLatin1String(m_folderKey)).toString();
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

void PaperOutput::print(const QStringList &htmls, QPrinter *printer)
{
    // A printer that does not start has nothing to show in the preview; the
    // failure is logged. Laying out a month of records takes a moment.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (const Status painted = DocumentPdf::paint(htmls, *printer); !painted)
        qWarning("%s", qPrintable(painted.error().message));
    QApplication::restoreOverrideCursor();
}

void PaperOutput::preview(const Papers &papers) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(papers.title);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 20, 20, 20),
                                      QPageLayout::Millimeter));
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setObjectName(QLatin1String(m_previewName));
    dialog.setWindowTitle(tr("Print Preview — %1").arg(papers.title));
    // Big enough to read an A4 page: most of the screen's height.
    if (const QScreen *screen = m_parent ? m_parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        const int height = available.height() * 9 / 10;
        dialog.resize(std::min(available.width() * 9 / 10, height * 4 / 5 + 120), height);
    }
    const QStringList htmls = papers.htmls;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [htmls](QPrinter *target) { print(htmls, target); });
    dialog.exec();
}

QString PaperOutput::askPdfPath(const QString &title) const
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save %1 as PDF").arg(title),
                                                      suggestedPdfPath(title), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        QSettings().setValue(QLatin1String(m_folderKey), QFileInfo(path).absolutePath());
    return path;
}

bool PaperOutput::writePdf(const Papers &papers, const QString &path) const
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = DocumentPdf::write(papers.htmls, papers.title, path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        showError(tr("Save PDF"),
                  tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
        return false;
    }
    return true;
}

void PaperOutput::showError(const QString &title, const QString &message) const
{
    QMessageBox::warning(m_parent, title, message);
}

} // namespace casedesk
