#include "summaryexportfiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace casedesk {

namespace {
const char *const kFolderKey = "summaryPage/exportFolder";
const char *const kFormatKey = "summaryPage/exportFormat"; // index into filters()

const SummaryExport::Format kFormats[] = {SummaryExport::Format::Xlsx, SummaryExport::Format::Csv,
                                          SummaryExport::Format::Pdf};

QString rememberedFolder()
{
    QString dir = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return dir;
}
} // namespace

QStringList SummaryExportFileDialog::filters()
{
    return {tr("Excel workbook (*.xlsx)"), tr("CSV file for Excel or WPS (*.csv)"), tr("PDF document (*.pdf)")};
}

QString SummaryExportFileDialog::ask(QWidget *parent, const QuarterSummary &summary)
{
    const QStringList offered = filters();
    const int remembered =
        std::clamp(QSettings().value(QLatin1String(kFormatKey), 0).toInt(), 0, int(offered.size()) - 1);
    const SummaryExport::Format format = kFormats[remembered];
    QString chosenFilter = offered.at(remembered);
    const QString suggested = QDir(rememberedFolder()).filePath(SummaryExport::suggestedFileName(summary, format));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Summary"), suggested,
                                                offered.join(QStringLiteral(";;")), &chosenFilter);
    if (path.isEmpty())
        return {};
    int filter = std::max(0, int(offered.indexOf(chosenFilter)));
    if (const auto typed = SummaryExport::formatOf(path); typed.ok()) {
        // The extension typed wins over the filter, and is what is remembered.
        const auto *known = std::find(std::begin(kFormats), std::end(kFormats), *typed);
        if (known != std::end(kFormats))
            filter = int(known - std::begin(kFormats));
    } else {
        // A name typed without a known extension gets the chosen filter's.
        QString extension = SummaryExport::extensionOf(kFormats[filter]);
        if (!extension.startsWith(QLatin1Char('.')))
            extension.prepend(QLatin1Char('.'));
        path += extension;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
    settings.setValue(QLatin1String(kFormatKey), filter);
    return path;
}

} // namespace casedesk
