#pragma once
// DueMarking: how the GUI says how far away a due date is ("还有 12 天",
// "今天到期", "逾期 5 天") and the colours that mark what is overdue, the
// same on the start page and in an entity's details.

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace casedesk {

class DueMarking {
    Q_DECLARE_TR_FUNCTIONS(casedesk::DueMarking)

  public:
    // Days left until a due date; negative when overdue.
    static QString daysLeft(int days);
    static int daysBetween(const QDate &today, const QDate &due) { return static_cast<int>(today.daysTo(due)); }
    // Text and background of what is overdue or expired.
    static QColor warningText();
    static QColor warningBackground();
    // Text of what falls due soon (within the start page's window).
    static QColor soonText();
};

} // namespace casedesk
