#pragma once
// SyncConflictsDialog: Tools → Conflicts and Duplicates…: what exchanges
// left for a person, on two tabs (SyncConflictsPanel, SyncDuplicatesPanel),
// each titled with how many are open. Remembers its size and splitters.

#include <QDialog>
#include <memory>

class QTabWidget;

namespace casedesk {

class Database;
class Session;
class SyncConflictsPanel;
class SyncDuplicatesPanel;
class SyncFieldText;

class SyncConflictsDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Tab { Conflicts, Duplicates };

    SyncConflictsDialog(Database &db, const Session &session, QWidget *parent = nullptr);
    ~SyncConflictsDialog() override;

    void showTab(Tab tab);
    // Whether a conflict was resolved or a pair settled while it was open.
    bool changedData() const { return m_changed; }

    QTabWidget *tabs() const { return m_tabs; }
    SyncConflictsPanel *conflicts() const { return m_conflicts; }
    SyncDuplicatesPanel *duplicates() const { return m_duplicates; }

  protected:
    void done(int result) override;

  private:
    void updateTitles();

    std::unique_ptr<SyncFieldText> m_text;
    QTabWidget *m_tabs = nullptr;
    SyncConflictsPanel *m_conflicts = nullptr;
    SyncDuplicatesPanel *m_duplicates = nullptr;
    bool m_changed = false;
};

} // namespace casedesk
