#pragma once
// SyncConflictsPanel: the conflicts' side of Tools → Conflicts and
// Duplicates. Above, the fields two workstations changed independently
// (open ones; settled ones too when asked); below, the selected field
// compared in three columns: this workstation's value, the other
// workstation's and their common ancestor's, each with who changed it
// where and when, and which one the record holds for now. Take Mine,
// Take Theirs and Take Ancestor (Ctrl+1, Ctrl+2, Ctrl+3) write the choice
// through SyncConflicts::resolve, which travels with the next exchange.

#include "sync/conflictcomparison.h"
#include "sync/syncconflicts.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace casedesk {

class RecordTable;
class SyncFieldText;

class SyncConflictsPanel : public QWidget {
    Q_OBJECT

  public:
    using Column = ConflictComparison::Column;
    static constexpr Column MineColumn = ConflictComparison::MineColumn;
    static constexpr Column TheirsColumn = ConflictComparison::TheirsColumn;
    static constexpr Column AncestorColumn = ConflictComparison::AncestorColumn;

    SyncConflictsPanel(Database &db, const Session &session, SyncFieldText &text, QWidget *parent = nullptr);

    // Reads the conflicts again, keeping the selection where it can.
    void reload();
    int openCount() const { return m_openCount; }
    // The conflict shown below; nullptr when none is selected.
    const SyncConflict *current() const;
    bool select(qint64 conflictId);
    // Writes the choice for the selected conflict; false (after saying why) when refused.
    bool take(Column column);

    RecordTable *list() const { return m_list; }
    ConflictComparison *comparison() const { return m_comparison; }
    QLabel *titleLabel() const { return m_title; }
    QCheckBox *showSettledBox() const { return m_showSettled; }
    QPushButton *takeButton(Column column) const;

  signals:
    // A conflict was resolved (the record changed) or the list was read again.
    void resolved();
    void countChanged(int open);

  private:
    void showCurrent();
    QString statusText(const SyncConflict &c) const;

    Database &m_db;
    const Session &m_session;
    SyncFieldText &m_text;
    QList<SyncConflict> m_conflicts;
    int m_openCount = 0;
    QCheckBox *m_showSettled = nullptr;
    RecordTable *m_list = nullptr;
    QLabel *m_title = nullptr;
    ConflictComparison *m_comparison = nullptr;
    QPushButton *m_takeMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_takeAncestor = nullptr;
};

} // namespace casedesk
