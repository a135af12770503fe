#pragma once
// ListImportController: imports a responsibility-list file the way the
// File → Import… action does, on behalf of the signed-in person: a modal
// progress dialog whose Cancel button stops the importer, then a message
// that says what was stored (or, with the file and line, why nothing was).

#include "dutylist/dutylistimporter.h"

#include <QObject>
#include <optional>

class QWidget;

namespace casedesk {

class Database;
class Session;

class ListImportController : public QObject {
    Q_OBJECT

  public:
    explicit ListImportController(QWidget *window);

    // Imports the file into db as session's person. The outcome is reported in a window-modal
    // message box that does not block the caller. The report on success
    // (also when the edition was already present); nothing on error or
    // cancel.
    std::optional<ListImportReport> importFile(Database &db, const Session &session, const QString &path);

    // The text of the success message for a report.
    static QString summary(const ListImportReport &report);
    // How the message names the imported edition: department (label).
    static QString editionName(const ListImportReport &report);

  private:
    void showMessage(int icon, const QString &text, const QString &details);

    QWidget *m_window;
};

} // namespace casedesk
