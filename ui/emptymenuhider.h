#pragma once
// EmptyMenuHider: keeps a menu's title in the menu bar only while the menu
// has an action to show. Several parts of the window fill the Tools menu
// and show their actions by the signed-in person's permissions, each when
// it learns of a new session; watching the menu's own action events keeps
// the title right whichever part changes last.

#include <QObject>

class QAction;
class QMenu;

namespace casedesk {

class EmptyMenuHider : public QObject {
  public:
    // Watches menu (and is owned by it) from now on.
    static void watch(QMenu *menu);

  protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

  private:
    explicit EmptyMenuHider(QMenu *menu);
    // leaving: an action on its way out, whether or not still listed.
    void update(const QAction *leaving = nullptr);

    QMenu *m_menu;
};

} // namespace casedesk
