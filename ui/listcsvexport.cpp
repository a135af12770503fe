#include "listcsvexport.h"

#include "dutylist/dutylistcsv.h"
#include "editioncontentcache.h"

#include <QRegularExpression>

namespace casedesk {

Status ListCsvExport::write(EditionContentCache &cache, qint64 editionId, const QString &path)
{
    auto list = cache.get(editionId);
    if (!list)
        return list.error();
    return ResponsibilityListCsv::writeFile(**list, path);
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
