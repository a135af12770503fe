#pragma once
// SyncDuplicatesPanel: the duplicates' side of Tools → Conflicts and
// Duplicates: records two workstations created independently for the same
// thing (the same credit code, registration number, login…). Above, the
// pairs; below, the two records side by side, field by field, with the
// differing fields in bold. Merge (keeping the first or the second) moves
// every reference to the one kept and leaves the other as a tombstone;
// Not Duplicates keeps both. Each asks first, saying what will happen.

#include "sync/syncduplicates.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace casedesk {

class RecordTable;
class SyncFieldText;

class SyncDuplicatesPanel : public QWidget {
    Q_OBJECT

  public:
    enum class Decision { KeepFirst, KeepSecond, Dismiss };

    SyncDuplicatesPanel(Database &db, const Session &session, SyncFieldText &text, QWidget *parent = nullptr);

    void reload();
    int openCount() const { return m_openCount; }
    const DuplicatePair *current() const;
    bool select(qint64 pairId);
    // Asks, then merges or dismisses the selected pair; false when refused or cancelled.
    bool decide(Decision decision);

    RecordTable *list() const { return m_list; }
    QTableWidget *details() const { return m_details; }
    QCheckBox *showSettledBox() const { return m_showSettled; }
    QPushButton *decisionButton(Decision decision) const;

  signals:
    // A pair was merged or dismissed.
    void decided();
    void countChanged(int open);

  private:
    void showCurrent();
    QString statusText(const DuplicatePair &p) const;
    QString recordName(const DuplicatePair &p, bool first) const;

    Database &m_db;
    const Session &m_session;
    SyncFieldText &m_text;
    QList<DuplicatePair> m_pairs;
    int m_openCount = 0;
    QCheckBox *m_showSettled = nullptr;
    RecordTable *m_list = nullptr;
    QLabel *m_title = nullptr;
    QTableWidget *m_details = nullptr;
    QPushButton *m_keepFirst = nullptr;
    QPushButton *m_keepSecond = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace casedesk
