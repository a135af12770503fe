#pragma once
// ConflictComparison: one conflict's field compared in three columns: this
// workstation's value (the side written here, else side a), the other
// workstation's, and their common ancestor's; for each side who changed it,
// where and when; and which value the record holds (for now while open,
// the one chosen once settled, in bold).

#include "sync/syncconflicts.h"

#include <QTableWidget>

namespace casedesk {

class SyncFieldText;

class ConflictComparison : public QTableWidget {
    Q_OBJECT

  public:
    enum Column { MineColumn, TheirsColumn, AncestorColumn };
    enum Row { ValueRow, WorkstationRow, ChangedByRow, ChangedAtRow, HeldRow };

    ConflictComparison(SyncFieldText &text, QWidget *parent = nullptr);

    // site: this workstation.
    void showConflict(const SyncConflict &c, const QString &site);
    void showNothing();

    // The side shown as mine (written on site, else side a), and the other.
    static const ConflictSide &mineOf(const SyncConflict &c, const QString &site);
    static const ConflictSide &theirsOf(const SyncConflict &c, const QString &site);
    // The column of the value the record holds; -1 for none (superseded).
    static int heldColumn(const SyncConflict &c, const QString &site);

  private:
    void setCell(int row, int column, const QString &text, bool strong = false);

    SyncFieldText &m_text;
};

} // namespace casedesk
