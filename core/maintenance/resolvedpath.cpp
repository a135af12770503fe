#include "maintenance/resolvedpath.h"

#include <QFileInfo>

namespace casedesk {

QString resolvedFilePath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    // Not written yet: resolve its folder.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

} // namespace casedesk
