#pragma once
// ResponsibilityListCsv: the CSV template for responsibility lists. One file
// holds one edition; each row is one record, its kind in the first column
// (documented in README.md). Written as UTF-8 with a BOM so Excel and WPS
// open it; read from UTF-8 (with or without BOM) or GB18030. Writing then
// reading gives back the same list, field for field.

#include "dutylist/responsibilitylist.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace casedesk::ResponsibilityListCsv {

// The header row, in template order.
QStringList header();
// True when decoded text starts with the template's header row.
bool recognises(const QString &text);
// The list as CSV bytes: UTF-8 with BOM, CRLF line ends.
QByteArray write(const ResponsibilityList &list);
// Writes the list to a file atomically (QSaveFile): a failed write never
// leaves a half file behind.
Status writeFile(const ResponsibilityList &list, const QString &path);
// Parses decoded CSV text; errors name sourceName, the line and the column.
Result<ResponsibilityList> read(const QString &text, const QString &sourceName);

} // namespace casedesk::ResponsibilityListCsv
