#pragma once
// EditionCommands: what the window does to one stored edition of the
// responsibility list beyond showing it: remove it (after the user
// confirms; the core keeps it as tombstones and audits the removal) and
// show its audit history.

#include <QCoreApplication>

class QWidget;

namespace casedesk {

class Database;
class Session;
struct EditionRow;

class EditionCommands {
    Q_DECLARE_TR_FUNCTIONS(casedesk::EditionCommands)

  public:
    // How dialogs name an edition: department (label).
    static QString editionName(const EditionRow &edition);

    // Asks the user to confirm, then removes. True when the edition was
    // removed; a refusal is explained in a message box.
    static bool confirmAndRemove(QWidget *parent, Database &db, const Session &session, const EditionRow &edition);

    // The edition's audit history in a HistoryDialog.
    static void showHistory(QWidget *parent, Database &db, const Session &session, const EditionRow &edition);
};

} // namespace casedesk
