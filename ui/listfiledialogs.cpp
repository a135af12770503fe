#include "listfiledialogs.h"

#include "listcsvexport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace casedesk {

namespace {
const char *const kImportDirKey = "import/lastDirectory";
const char *const kExportDirKey = "export/lastDirectory";

QString startDirectory(const char *key)
{
    // The folder used last time, else Documents, else home: a folder that
    // does not exist would end up as the dialog's file name.
    for (const QString &dir : {QSettings().value(QLatin1String(key)).toString(),
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)})
        if (!dir.isEmpty() && QDir(dir).exists())
            return dir;
    return QDir::homePath();
}

QString remembered(const char *key, const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(QLatin1String(key), QFileInfo(path).absolutePath());
    return path;
}
} // namespace

QString ListFileDialogs::importPath(QWidget *parent)
{
    return remembered(
        kImportDirKey,
        QFileDialog::getOpenFileName(
            parent, tr("Import Responsibility List"), startDirectory(kImportDirKey),
            tr("Responsibility lists (*.txt *.csv);;Published text (*.txt);;CSV template (*.csv);;All files (*)")));
}

QString ListFileDialogs::exportPath(QWidget *parent, const QString &editionLabel)
{
    const QString suggested =
        QDir(startDirectory(kExportDirKey)).filePath(ListCsvExport::suggestedFileName(editionLabel));
    return remembered(kExportDirKey,
                      QFileDialog::getSaveFileName(parent, tr("Export CSV"), suggested, tr("CSV files (*.csv)")));
}

} // namespace casedesk
