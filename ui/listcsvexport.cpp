#include "listcsvexport.h"

#include "dutylist/dutylistcsv.h"
#include "editioncontentcache.h"

#include <QRegularExpression>
#include <QSaveFile>

namespace casedesk {

Status ListCsvExport::write(EditionContentCache &cache, qint64 editionId, const QString &path)
{
    auto list = cache.get(editionId);
    if (!list)
        return list.error();
    const QByteArray bytes = ResponsibilityListCsv::write(**list);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

QString ListCsvExport::suggestedFileName(const QString &editionLabel)
{
    QString name = editionLabel.trimmed();
    name.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("_"));
    if (name.isEmpty())
        name = tr("responsibility-list");
    return name + QStringLiteral(".csv");
}

} // namespace casedesk
