#include "buttoncountdown.h"

#include <QPushButton>

namespace casedesk {

ButtonCountdown::ButtonCountdown(QPushButton *button, std::function<int()> secondsLeft)
    : QObject(button), m_button(button), m_secondsLeft(std::move(secondsLeft)), m_text(button->text())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ButtonCountdown::tick);
}

void ButtonCountdown::refresh()
{
    if (!running())
        m_text = m_button->text();
    tick();
}

void ButtonCountdown::tick()
{
    const int seconds = m_secondsLeft();
    if (seconds <= 0) {
        if (running()) {
            m_timer.stop();
            m_button->setText(m_text);
            emit finished();
        }
        return;
    }
    m_button->setEnabled(false);
    m_button->setText(tr("%1 (%2 s)", "button text (seconds left)").arg(m_text).arg(seconds));
    if (!running())
        m_timer.start();
}

} // namespace casedesk
