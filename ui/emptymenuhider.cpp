#include "emptymenuhider.h"

#include <QAction>
#include <QActionEvent>
#include <QEvent>
#include <QMenu>
#include <algorithm>

namespace casedesk {

void EmptyMenuHider::watch(QMenu *menu)
{
    auto *hider = new EmptyMenuHider(menu);
    menu->installEventFilter(hider);
    hider->update();
}

EmptyMenuHider::EmptyMenuHider(QMenu *menu) : QObject(menu), m_menu(menu) {}

bool EmptyMenuHider::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::ActionAdded:
    case QEvent::ActionChanged:
        update();
        break;
    case QEvent::ActionRemoved:
        update(static_cast<QActionEvent *>(event)->action());
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void EmptyMenuHider::update(const QAction *leaving)
{
    const QList<QAction *> actions = m_menu->actions();
    const bool any = std::any_of(actions.begin(), actions.end(), [leaving](const QAction *action) {
        return action != leaving && action->isVisible() && !action->isSeparator();
    });
    m_menu->menuAction()->setVisible(any);
}

} // namespace casedesk
