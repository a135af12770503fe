#pragma once
// ClockDialog: the statutory clock's events of one case, each an approval
// or a record with legal effect that is not undoable: the bureau head's one
// 30-day extension (reason, date), a stop of the clock for a hearing,
// testing or public notice (kind, first day, reason), its end (last day,
// reason), and a sealing or seizure (items, place, first day). The dialog
// shows the clock as it stands, asks once more before writing, and goes
// through CaseRepository, whose refusal (a second extension, a stop of a
// kind already open, a clock that is not running, a date before the last
// step…) shows in the dialog, which keeps what was typed.

#include "auth/session.h"
#include "cases/enforcementcase.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace casedesk {

class Database;
class InlineMessage;

class ClockDialog : public QDialog {
    Q_OBJECT

  public:
    enum class Kind { Extend, Suspend, Resume, Seize };

    ClockDialog(Database &db, const Session &session, const EnforcementCase &c, Kind kind, QWidget *parent = nullptr);

    // The case as stored after the change.
    const EnforcementCase &saved() const { return m_saved; }

    void accept() override;

  private:
    void revalidate();
    bool confirm();
    Result<EnforcementCase> write();

    Database &m_db;
    const Session m_session;
    const EnforcementCase m_case;
    const Kind m_kind;
    EnforcementCase m_saved;

    QComboBox *m_stopKind = nullptr; // Suspend
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr; // Extend, Suspend, Resume
    QLineEdit *m_items = nullptr;  // Seize
    QLineEdit *m_place = nullptr;  // Seize
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
