#pragma once
// CorrectionReasonDialog: asks why a finished inspection record is being
// corrected. The reason is kept with the new version and printed in the
// record's history; it cannot be left empty. Saying it is the last step of
// a correction, which (like finishing) cannot be undone: the dialog says so.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace casedesk {

class CorrectionReasonDialog : public QDialog {
    Q_OBJECT

  public:
    CorrectionReasonDialog(const QString &recordNumber, int newVersion, QWidget *parent = nullptr);

    QString reason() const;
    QPlainTextEdit *reasonEdit() const { return m_reason; }

  private:
    QPlainTextEdit *m_reason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casedesk
