#pragma once
// StaffDialog: the bureau's staff accounts with their roles and
// certificates, and, for administrators, adding, editing, deactivating and
// reactivating accounts and resetting passwords. Buttons the signed-in
// person may not use are not shown; whatever the core refuses (the last
// administrator, one's own account) is shown in its own words.

#include "auth/session.h"
#include "refusabledialog.h"

class QCheckBox;
class QPushButton;
class QTableView;

namespace casedesk {

class Database;
class StaffTableModel;
struct StaffMember;

class StaffDialog : public RefusableDialog {
    Q_OBJECT

  public:
    StaffDialog(Database &db, const Session &session, QWidget *parent = nullptr);

    StaffTableModel *model() const { return m_model; }

  private:
    // Reads the list again and selects the account with this login.
    void reload(const QString &selectLogin = {});
    const StaffMember *selected() const;
    void updateButtons();
    void addMember();
    void editMember();
    void toggleActive();
    void resetPassword();
    void showHistory();

    Database &m_db;
    const Session m_session;
    StaffTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_history = nullptr;
};

} // namespace casedesk
