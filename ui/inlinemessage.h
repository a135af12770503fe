#pragma once
// InlineMessage: the line inside a dialog that says why the last attempt
// was refused (a wrong password, a rule of the core), so the dialog stays
// open with what was typed instead of a message box hiding it. Hidden while
// there is nothing to say.

#include "result.h"

#include <QLabel>

namespace casedesk {

class InlineMessage : public QLabel {
    Q_OBJECT

  public:
    explicit InlineMessage(QWidget *parent = nullptr);

    void showError(const QString &text);
    void showNote(const QString &text);
    void clearMessage();
    // Shows why a result of the core was refused, or nothing when it
    // succeeded; returns whether it did.
    template <class T> bool showOutcome(const Result<T> &result)
    {
        showError(result ? QString() : result.error().message);
        return result.ok();
    }

  private:
    void fitWindow();
};

} // namespace casedesk
