#pragma once
// SummaryExport: a QuarterSummary written in the formats staff hand in.
//   XLSX  an 说明 sheet (period, section, each table's note), then one sheet
//         per table (title row, bold frozen header, typed numbers, widths
//         that fit Chinese text, the 合计 row bold), via XlsxExport;
//   CSV   UTF-8 with a BOM, every table under its title, a blank line
//         between tables (Excel and WPS open it as one sheet);
//   PDF   A4 through DocumentPdf (Noto CJK embedded): the tables and a bar
//         chart of each of the summary's charts;
//   JSON  one document: period, section, tables with their rows, charts.
// Every writer saves atomically (a temporary file renamed over the target).
// The words are those of the translation installed when the summary was
// computed and written: callers writing a file to hand in do both under a
// Translations::ChineseScope.

#include "result.h"
#include "summary/quartersummary.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace casedesk::SummaryExport {

enum class Format { Xlsx, Csv, Pdf, Json };

// By the file's extension (.xlsx, .csv, .pdf, .json; any case); refused
// naming the file and the extensions known.
Result<Format> formatOf(const QString &path);
QString extensionOf(Format format);

Status write(const QuarterSummary &summary, const QString &path); // by extension
Status writeXlsx(const QuarterSummary &summary, const QString &path);
Status writeCsv(const QuarterSummary &summary, const QString &path);
Status writePdf(const QuarterSummary &summary, const QString &path);
Status writeJson(const QuarterSummary &summary, const QString &path);

// The renderers behind the writers (golden-file tests use them).
QByteArray csv(const QuarterSummary &summary); // with the BOM
QString html(const QuarterSummary &summary);   // the PDF's one document
QJsonObject json(const QuarterSummary &summary);
// A cell as CSV/PDF/GUI show it: counts as integers, yuan with two
// decimals, percentages with one, changes signed, not applicable as "—".
QString cellText(const SummaryCell &cell, SummaryColumn column);
// A cell of a table as shown, in its row's format for the overview.
QString cellText(const SummaryTable &table, int row, int column);
// A file name staff can hand in: 2026Q3_季度统计.xlsx (section appended).
QString suggestedFileName(const QuarterSummary &summary, Format format);

} // namespace casedesk::SummaryExport
