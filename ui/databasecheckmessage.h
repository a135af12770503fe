#pragma once
// DatabaseCheckMessage: the result of Tools → Check Database, each part on
// its own line (the structure, the references between records, the audit
// trail) with OK or what was found, the first few findings of each part
// named, and all of them under Show Details.

#include "maintenance/databasecheck.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casedesk {

class DatabaseCheckMessage {
    Q_DECLARE_TR_FUNCTIONS(casedesk::DatabaseCheckMessage)

  public:
    // One line per part.
    static QStringList summary(const DatabaseCheckReport &report);
    // Every finding, one per line.
    static QStringList details(const DatabaseCheckReport &report);
    // Shows the result in a message box over parent and waits for it.
    static void show(QWidget *parent, const QString &databasePath, const DatabaseCheckReport &report);
};

} // namespace casedesk
