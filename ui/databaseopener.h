#pragma once
// DatabaseOpener: finding and opening the database file the GUI works on.
// Remembers the file last chosen in the GUI, lets the user pick another
// (an existing file, or a new name to start a fresh database), and at
// start-up turns an open error (say, a file from a newer CaseDesk) into a
// choice between another file and quitting.

#include "database.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QWidget;

namespace casedesk {

class DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(casedesk::DatabaseOpener)

  public:
    // The database last opened through the GUI, or empty.
    static QString rememberedPath();
    static void remember(const QString &path);

    // Opens path; on failure explains why and lets the user choose another
    // file until one opens. nullptr: the user chose to quit.
    static std::unique_ptr<Database> openAtStartup(const QString &path);

    // A file dialog for a database file (an existing one, or a new name);
    // empty when cancelled.
    static QString chooseFile(QWidget *parent, const QString &current);
};

} // namespace casedesk
