#pragma once
// InspectionControls: the inspections' side of the main window. Owns the
// editing of inspection records (InspectionEditActions) for the open
// database, sharing the window's undo stack so Edit ▸ Undo takes back a
// draft edit like a register or case edit; puts the inspection page's
// actions into the Inspections menu; and says when records changed, so the
// start page and the plan can read again.

#include <QObject>

class QMainWindow;
class QUndoStack;

namespace casedesk {

class Database;
class InspectionBrowser;
class InspectionEditActions;
class Session;
struct MainWindowActions;

class InspectionControls : public QObject {
    Q_OBJECT

  public:
    InspectionControls(QMainWindow *window, MainWindowActions &actions, InspectionBrowser *browser);
    ~InspectionControls() override;

    // Works on db as `session` with the window's undo stack from now on;
    // all three must outlive this attachment (or the next one).
    void attach(Database &db, const Session &session, QUndoStack &stack);
    void showPermitted(const Session &session);
    InspectionEditActions *editActions() const { return m_edits; }

  signals:
    void inspectionAdded(qint64 id);
    // Added, changed, finished, corrected or discarded.
    void inspectionsChanged();

  private:
    void detach();

    QMainWindow *m_window;
    InspectionBrowser *m_browser;
    InspectionEditActions *m_edits = nullptr;
};

} // namespace casedesk
