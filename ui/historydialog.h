#pragma once
// HistoryDialog: everything that happened to one record, oldest first, as
// the audit trail keeps it: when, who, what and the entry's reference; for
// the selected entry, each field's value before and after. Case files are
// reviewed years later, so this is how a reviewer sees who changed what.

#include "audit/auditentry.h"
#include "refusabledialog.h"

#include <QList>

class QTableWidget;

namespace casedesk {

class AuditChangesView;
class Database;
class Session;

class HistoryDialog : public RefusableDialog {
    Q_OBJECT

  public:
    enum Column { TimeColumn, PersonColumn, ActionColumn, EntryColumn, ColumnCount };

    HistoryDialog(Database &db, const Session &session, const QString &recordUuid, const QString &title,
                  QWidget *parent = nullptr);

    const QList<AuditEntry> &entries() const { return m_entries; }

  private:
    void showSelected();

    QList<AuditEntry> m_entries;
    QTableWidget *m_list = nullptr;
    AuditChangesView *m_changes = nullptr;
};

} // namespace casedesk
