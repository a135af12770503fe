#pragma once
// XlsxExport: tables as Excel workbooks (.xlsx) through Debian's
// libxlsxwriter, for the colleagues and offices that want a spreadsheet
// rather than CSV: real numbers and dates, a bold frozen header with filters,
// and columns wide enough for Chinese text. Renderers build XlsxSheets as
// plain data; this file alone knows the library.

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace casedesk {

struct XlsxSheet {
    QString name;             // sheet name (≤31 chars, Excel's forbidden characters []:*?/\ replaced)
    QString title;            // optional title row above the header (bold, larger), empty = none
    QStringList headers;      // header row: bold, frozen (freeze panes below it), autofilter
    QList<QVariantList> rows; // cells: QString -> string, int/qint64/double -> number, QDate -> date cell
                              // formatted yyyy-mm-dd, invalid/null QVariant -> blank
    bool totals = false;      // a final 合计 row summing, with formulas, every column that holds numbers
                              // (pass serial numbers and years as text to leave them out)
    bool boldLastRow = false; // the rows end with a total the caller computed (rates cannot be summed)
    // Excel number formats ("0", "0.00", "+0.0;-0.0;0.0"…) by row and column,
    // for numeric cells; missing or empty = General.
    QList<QStringList> numberFormats;
};

namespace XlsxExport {

// Writes the workbook atomically: into a temporary file next to `path`, then
// renamed over it, so a failure never leaves a half file. Refusals/failures
// name the path and libxlsxwriter's error string.
Status write(const QString &path, const QList<XlsxSheet> &sheets);

} // namespace XlsxExport

} // namespace casedesk
