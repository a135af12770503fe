#include "pagenavigation.h"

namespace casedesk {

PageNavigation::PageNavigation(const QStringList &pages, QWidget *parent) : QListWidget(parent)
{
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.1);
    setFont(larger);
    int widest = 0;
    for (const QString &name : pages) {
        auto *item = new QListWidgetItem(name, this);
        item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));
        widest = std::max(widest, fontMetrics().horizontalAdvance(name));
    }
    // As wide as the longest name in either language, no wider: the pages need the room.
    setFixedWidth(widest + 60);
    setFrameShape(QFrame::NoFrame);
    setStyleSheet(QStringLiteral("QListWidget::item { padding-left: 12px; }"));
    setBackgroundRole(QPalette::Window);
    setCurrentRow(0);
}

} // namespace casedesk
