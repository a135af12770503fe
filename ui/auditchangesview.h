#pragma once
// AuditChangesView: what one audit entry changed, field by field (the
// field's name, its value before and after, from AuditDiff), under the
// entry lists of the history and audit trail dialogs.

#include <QTableWidget>

namespace casedesk {

struct AuditEntry;

class AuditChangesView : public QTableWidget {
    Q_OBJECT

  public:
    enum Column { FieldColumn, BeforeColumn, AfterColumn, ColumnCount };

    explicit AuditChangesView(QWidget *parent = nullptr);

    // Shows the entry's changes; nullptr empties the table.
    void showEntry(const AuditEntry *entry);

    // The view under its label ("Changes in the selected entry:"), ready to
    // go below an entry list in a splitter.
    QWidget *labelledPanel(QWidget *parent);
};

} // namespace casedesk
