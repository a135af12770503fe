#pragma once
// LicenceStatusDialog: withdraws, revokes, cancels or deregisters a licence
// (LicenceRegister::changeStatus). It offers only the statuses
// LicenceStatusRules allows from the current one, an effective date (today
// unless told otherwise) and a reason, which is required: the change has
// legal effect and stays in the licence's history. It is not undoable, so
// the dialog says so and asks once more before making it.

#include "auth/session.h"
#include "register/licence.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace casedesk {

class Database;
class InlineMessage;

class LicenceStatusDialog : public QDialog {
    Q_OBJECT

  public:
    LicenceStatusDialog(Database &db, const Session &session, const Licence &licence, QWidget *parent = nullptr);

    // The licence as stored after the change.
    const Licence &saved() const { return m_saved; }

    void accept() override;

  private:
    void revalidate();
    bool confirm(LicenceStatus to);

    Database &m_db;
    const Session m_session;
    const Licence m_licence;
    Licence m_saved;

    QComboBox *m_status = nullptr;
    QDateEdit *m_effectiveOn = nullptr;
    QLineEdit *m_reason = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
