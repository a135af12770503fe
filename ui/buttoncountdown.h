#pragma once
// ButtonCountdown: keeps a sign-in or unlock button disabled while the core
// makes a login wait after repeated wrong passwords, and shows the seconds
// left on the button. The wait is asked of the core again every second
// rather than counted down here, so SignIn's throttle (which the other
// CaseDesk programs on this computer feed too) stays the one rule.

#include <QObject>
#include <QString>
#include <QTimer>
#include <functional>

class QPushButton;

namespace casedesk {

class ButtonCountdown : public QObject {
    Q_OBJECT

  public:
    // secondsLeft: how long the next attempt must still wait (0: go now).
    ButtonCountdown(QPushButton *button, std::function<int()> secondsLeft);

    // Starts counting when the core asks for a wait; otherwise does nothing.
    void refresh();
    bool running() const { return m_timer.isActive(); }

  signals:
    // The wait is over; the button's text is restored (its enabled state is
    // the dialog's to decide).
    void finished();

  private:
    void tick();

    QPushButton *m_button;
    std::function<int()> m_secondsLeft;
    QString m_text;
    QTimer m_timer;
};

} // namespace casedesk
