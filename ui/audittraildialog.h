#pragma once
// AuditTrailDialog: the bureau's whole audit trail, newest first, read page
// by page as it scrolls; the selected entry's field changes below it; the
// history of the entry's record; and, for those allowed, the proof that
// the trail is untouched (AuditVerifier) with the chain heads to write down.

#include "auth/session.h"
#include "refusabledialog.h"

class QLabel;
class QPushButton;
class QTableView;

namespace casedesk {

class AuditChangesView;
class AuditTrailModel;
struct AuditVerification;
class Database;

class AuditTrailDialog : public RefusableDialog {
    Q_OBJECT

  public:
    AuditTrailDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    AuditTrailModel *model() const { return m_model; }

  private:
    int selectedRow() const;
    void showSelected();
    void showHistory();
    void verify();
    void showVerification(const AuditVerification &result);

    Database &m_db;
    const Session m_session;
    AuditTrailModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    AuditChangesView *m_changes = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_verify = nullptr;
};

} // namespace casedesk
