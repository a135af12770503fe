#include "registerfiledialogs.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace casedesk {

namespace {
const char *const kExportDirKey = "registerExport/lastDirectory";

QString suggestedPath(const QString &name, const QString &suffix)
{
    // The folder used last time, else Documents, else home.
    QString dir = QSettings().value(QLatin1String(kExportDirKey)).toString();
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty() || !QDir(dir).exists())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("%1-%2.%3").arg(name, QDate::currentDate().toString(Qt::ISODate), suffix));
}

QString remembered(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    return path;
}
} // namespace

QString RegisterFileDialogs::exportCsvPath(QWidget *parent, RegisterTable table)
{
    const QString name = registerTableName(table);
    return remembered(QFileDialog::getSaveFileName(
        parent, tr("Export %1 as CSV").arg(name), suggestedPath(name, QStringLiteral("csv")), tr("CSV files (*.csv)")));
}

QString RegisterFileDialogs::exportXlsxPath(QWidget *parent)
{
    return remembered(QFileDialog::getSaveFileName(parent, tr("Export Excel Workbook"),
                                                   suggestedPath(tr("Register"), QStringLiteral("xlsx")),
                                                   tr("Excel workbooks (*.xlsx)")));
}

} // namespace casedesk
