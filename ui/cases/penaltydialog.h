#pragma once
// PenaltyDialog: one penalty of a case: its kind and what that kind needs
// (the amount of a fine or of confiscated income, typed as clerks write
// money; the applied provision, the basis amount of a range of multiples,
// the discretion tier and its reasons; what to correct and by when; the
// goods; the licence to revoke, from the party's licences; the recipient of
// a transfer). While the amount is typed it shows what FineAssessment makes
// of it: the provision's bounds, the three bands of the discretion
// benchmark, the band the amount falls in, and the refusal under the field
// when the amount is outside the range. OK stays disabled while the core
// finds a problem.

#include "cases/enforcementcase.h"
#include "register/licence.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace casedesk {

class FormProblems;
class InlineMessage;
class OptionalDateEdit;

class PenaltyDialog : public QDialog {
    Q_OBJECT

  public:
    // `c` gives the provisions a fine may apply and the party; `licences`
    // are the party's, for a revocation.
    PenaltyDialog(const EnforcementCase &c, const QList<Licence> &licences, const Penalty &penalty, bool adding,
                  QWidget *parent = nullptr);

    Penalty penalty() const;

    void accept() override;

  private:
    void kindChosen();
    void amountChanged();
    void revalidate();
    FieldProblems problems(const Penalty &p) const;
    void showAssessment(const Penalty &p);
    void setRowShown(QWidget *editor, bool shown);

    const EnforcementCase m_case;
    const Penalty m_original;

    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_provision = nullptr;
    QLineEdit *m_basisAmount = nullptr;
    QComboBox *m_tier = nullptr;
    QPlainTextEdit *m_tierReasons = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    OptionalDateEdit *m_deadline = nullptr;
    QComboBox *m_licence = nullptr;
    QLabel *m_bounds = nullptr;
    QLabel *m_bands = nullptr;
    QLabel *m_band = nullptr;
    FormProblems *m_problems = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
