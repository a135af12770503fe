#pragma once
// PageNavigation: the column on the left of the main window that names its
// pages (首页, 监管对象, 责任清单, 案件) and shows which one is open. The arrow
// keys move between them as well as Ctrl+1, Ctrl+2 …

#include <QListWidget>
#include <QStringList>

namespace casedesk {

class PageNavigation : public QListWidget {
    Q_OBJECT

  public:
    explicit PageNavigation(const QStringList &pages, QWidget *parent = nullptr);
};

} // namespace casedesk
