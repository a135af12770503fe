#pragma once
// RegisterCsvValues: how the register's CSV files write dates and yes/no
// cells, and the forms they accept back. Clerks' spreadsheets write a date
// as 2026-03-05, 2026/3/5, 2026.3.5, 20260305 or 2026年3月5日 and a yes as
// 是, Y, 1 or yes; export writes the first form of each, so an exported
// file reads back unchanged.

#include "result.h"

#include <QDate>
#include <QString>

namespace casedesk::RegisterCsvValues {

// An empty cell is an invalid (null) date; anything that is not one of the
// accepted forms, or not a day of the calendar, is refused naming the text.
Result<QDate> parseDate(const QString &text);
// yyyy-MM-dd, or empty for an invalid date.
QString formatDate(const QDate &date);

// An empty cell is no.
Result<bool> parseYesNo(const QString &text);
// The translated 是 / 否.
QString formatYesNo(bool value);

} // namespace casedesk::RegisterCsvValues
