#pragma once
// Writing one edition as the CSV template (File → Export CSV…). The file is
// replaced atomically: an interrupted export never leaves half a file.

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace casedesk {

class EditionContentCache;

class ListCsvExport {
    Q_DECLARE_TR_FUNCTIONS(casedesk::ListCsvExport)

  public:
    static Status write(EditionContentCache &cache, qint64 editionId, const QString &path);
    // A file name for the edition that is safe on Windows and Linux.
    static QString suggestedFileName(const QString &editionLabel);
};

} // namespace casedesk
