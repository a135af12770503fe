#pragma once
// RefusableDialog: a dialog that shows data the signed-in person may not be
// allowed to see. The subclass asks the core while it builds itself; when
// the core refuses, exec() shows the core's refusal instead of the dialog,
// so whoever opens it (a menu, a button) needs no permission logic of its
// own.

#include <QDialog>

namespace casedesk {

class RefusableDialog : public QDialog {
    Q_OBJECT

  public:
    using QDialog::QDialog;

    // Why the dialog may not be shown; empty when it may.
    const QString &refusal() const { return m_refusal; }

    int exec() override;

  protected:
    void refuse(const QString &message) { m_refusal = message; }

  private:
    QString m_refusal;
};

} // namespace casedesk
