#pragma once
// CaseControls: the cases' side of the main window. Owns the case editing
// (CaseEditActions) for the open database, sharing the window's undo stack
// so Edit ▸ Undo takes back a case edit like a register edit; puts the case
// page's actions into the Cases menu; and reads the start page again after
// every change to a case.

#include <QObject>

class QMainWindow;
class QUndoStack;

namespace casedesk {

class CaseBrowser;
class CaseEditActions;
class Database;
class Session;
class StartPage;
struct MainWindowActions;

class CaseControls : public QObject {
    Q_OBJECT

  public:
    CaseControls(QMainWindow *window, MainWindowActions &actions, CaseBrowser *browser, StartPage *startPage);
    ~CaseControls() override;

    // Works on db as `session` with the window's undo stack from now on;
    // all three must outlive this attachment (or the next one).
    void attach(Database &db, const Session &session, QUndoStack &stack);
    void showPermitted(const Session &session);
    CaseEditActions *editActions() const { return m_edits; }

  signals:
    // A new lead was registered: the window shows it on the case page.
    void caseAdded(qint64 caseId);
    void caseChanged(qint64 caseId);

  private:
    void detach();

    QMainWindow *m_window;
    MainWindowActions &m_actions;
    CaseBrowser *m_browser;
    StartPage *m_startPage;
    CaseEditActions *m_edits = nullptr;
};

} // namespace casedesk
