#pragma once
// RegisterControls: the register's side of the main window. Owns the
// register's editing (RegisterActions: undo stack, forms, import) for the
// open database, puts its actions into the Edit and Register menus, hands
// the register page's requests (edit, add a licence, remove a unit…) to
// it, and reads the register and start pages again after every change,
// undo or import. Also runs Register → Export.

#include "register/registercsv.h"
#include "result.h"

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;

namespace casedesk {

class Database;
class EntityBrowser;
class RegisterActions;
class Session;
class StartPage;
struct MainWindowActions;

class RegisterControls : public QObject {
    Q_OBJECT

  public:
    RegisterControls(QMainWindow *window, MainWindowActions &actions, EntityBrowser *browser, StartPage *startPage);
    ~RegisterControls() override;

    // Works on db as `session` from now on; the session object must outlive
    // this attachment (the window's SessionControls keeps it).
    void attach(Database &db, const Session &session);
    // The signed-in person changed: offer only what they may do.
    void showPermitted(const Session &session);
    // nullptr until attached (or when the build lacks the register's forms).
    RegisterActions *registerActions() const;

    // What Export does once its file dialog has answered; the tests call
    // these to skip only the dialog.
    Status exportCsv(RegisterTable table, const QString &path) const;
    Status exportXlsx(const QString &path) const;

  signals:
    // The register changed (0: many entities); the pages are already read again.
    void registerChanged(qint64 entityId);

  private:
    void connectBrowser();
    void chooseCsvExport(RegisterTable table);
    void chooseXlsxExport();
    void refreshPages(qint64 entityId);
    void showEntityCreated(qint64 entityId);
    void detachActions();

    QMainWindow *m_window;
    MainWindowActions &m_actions;
    EntityBrowser *m_browser;
    StartPage *m_startPage;
    Database *m_db = nullptr;
    const Session *m_session = nullptr;
    RegisterActions *m_register = nullptr;
    QList<QAction *> m_separators; // put into the menus with m_register's actions
};

} // namespace casedesk
