#pragma once
// InlineMessage: the line inside a dialog that says why the last attempt
// was refused (a wrong password, a rule of the core), so the dialog stays
// open with what was typed instead of a message box hiding it. Hidden while
// there is nothing to say.

#include <QLabel>

namespace casedesk {

class InlineMessage : public QLabel {
    Q_OBJECT

  public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showNote(const QString &text);
    void clearMessage();

  private:
    void fitWindow();
};

} // namespace casedesk
