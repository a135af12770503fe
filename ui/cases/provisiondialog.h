#pragma once
// ProvisionDialog: one legal provision of a case, violated or applied, as
// picked from the responsibility list or typed by hand: the law, the
// article, the words quoted in documents and, for an applied provision, the
// fine range it allows: a fixed range in yuan (typed as clerks write money,
// Money::parse) or a range of multiples of the illegal income or the goods'
// value in per cent. FineAssessment::bounds checks the range as it is typed.

#include "cases/enforcementcase.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace casedesk {

class InlineMessage;

class ProvisionDialog : public QDialog {
    Q_OBJECT

  public:
    ProvisionDialog(const CaseProvision &provision, bool adding, QWidget *parent = nullptr);

    CaseProvision provision() const;

    // 《产品质量法》第四十九条
    static QString label(const CaseProvision &provision);
    // "30,000.00–100,000.00 yuan", "100%–300% of the goods' value", "none".
    static QString rangeText(const FineRange &range);

    void accept() override;

  private:
    void revalidate();

    const CaseProvision m_original;
    QComboBox *m_role = nullptr;
    QLineEdit *m_law = nullptr;
    QLineEdit *m_article = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_rangeKind = nullptr;
    QStackedWidget *m_rangePages = nullptr;
    QLineEdit *m_min = nullptr;
    QLineEdit *m_max = nullptr;
    QSpinBox *m_minPercent = nullptr;
    QSpinBox *m_maxPercent = nullptr;
    QComboBox *m_basis = nullptr;
    InlineMessage *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
