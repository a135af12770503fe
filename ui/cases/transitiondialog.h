#pragma once
// TransitionDialog: moves a case to its next stage. It offers only what
// CaseWorkflow::offered() allows this person from the case's stage (a clerk
// is never offered filing; the bureau head is), the date the step took
// effect, and the fields the chosen stage needs: the opinion or reason, the
// department a case is transferred to, the party's waiver, the method of
// service, what was paid with its receipt, the archive number. When the
// penalties are large enough for a hearing (CaseWorkflow::hearingRequired)
// it says so. Every change runs CaseWorkflow::check, whose refusal shows in
// the dialog and keeps OK disabled; OK calls CaseRepository::advance, and a
// refusal there shows too, with nothing changed. A stage reached is not
// undoable: the dialog says so.

#include "auth/session.h"
#include "cases/caseworkflow.h"
#include "cases/enforcementcase.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class Database;
class InlineMessage;

class TransitionDialog : public QDialog {
    Q_OBJECT

  public:
    TransitionDialog(Database &db, const Session &session, const EnforcementCase &c, QWidget *parent = nullptr);

    // The stages the combo offers, in its order.
    QList<CaseStage> offeredStages() const;
    // Chooses a stage the combo offers; false when it is not offered.
    bool choose(CaseStage stage);
    // What the form holds now.
    TransitionInput input() const;
    // The case as stored after the step.
    const EnforcementCase &saved() const { return m_saved; }

    void accept() override;

  private:
    void stageChosen();
    void revalidate();
    void touched();

    Database &m_db;
    const Session m_session;
    const EnforcementCase m_case;
    EnforcementCase m_saved;
    bool m_touched = false;

    QFormLayout *m_form = nullptr;
    QComboBox *m_stage = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_opinionLabel = nullptr;
    QPlainTextEdit *m_opinion = nullptr;
    QLineEdit *m_transferredTo = nullptr;
    QCheckBox *m_partyWaived = nullptr;
    QComboBox *m_serviceMethod = nullptr;
    QLineEdit *m_paid = nullptr;
    QLineEdit *m_receipt = nullptr;
    QLineEdit *m_archiveNumber = nullptr;
    QLabel *m_hearingNote = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
