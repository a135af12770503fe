#include "optionaldateedit.h"

#include <QKeyEvent>

namespace casedesk {

namespace {
// The minimum stands for "no date": QDateTimeEdit shows its special value
// text there. No certificate of a living person dates from 1900.
const QDate kNoDate(1900, 1, 1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : QDateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setDateRange(kNoDate, QDate(2199, 12, 31));
    setSpecialValueText(tr("not given"));
    setCalendarPopup(true);
    setToolTip(tr("Type the date as year-month-day; Delete empties it."));
    setDate(kNoDate);
}

QDate OptionalDateEdit::optionalDate() const
{
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate &value)
{
    setDate(value.isValid() ? value : kNoDate);
}

void OptionalDateEdit::startFromToday()
{
    setDate(QDate::currentDate());
    setCurrentSection(YearSection);
    setSelectedSection(YearSection);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
        setDate(kNoDate);
        return;
    }
    // Typing over "not given" would otherwise be refused character by
    // character: the special text is not a date to edit.
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit())
        startFromToday();
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::stepBy(int steps)
{
    if (isEmpty()) {
        startFromToday();
        return;
    }
    QDateEdit::stepBy(steps);
}

} // namespace casedesk
