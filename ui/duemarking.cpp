#include "duemarking.h"

namespace casedesk {

QString DueMarking::daysLeft(int days)
{
    if (days < 0)
        return tr("%n day(s) overdue", nullptr, -days);
    if (days == 0)
        return tr("Due today");
    return tr("%n day(s) left", nullptr, days);
}

QColor DueMarking::warningText()
{
    // The red the staff table uses for an expired certificate.
    return QColor(0xb0, 0x00, 0x20);
}

QColor DueMarking::warningBackground()
{
    return QColor(0xfd, 0xe7, 0xe9);
}

QColor DueMarking::soonText()
{
    return QColor(0x9a, 0x5b, 0x00);
}

} // namespace casedesk
