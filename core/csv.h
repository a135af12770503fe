#pragma once
// Csv: RFC 4180 records as Excel and WPS write them — quoted fields with
// embedded commas, quotes and line breaks — with the line each record starts
// on, so import errors can name it. Every CSV format of CaseDesk sits on it.

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk::Csv {

struct Record {
    int line = 0; // 1-based line the record starts on
    QStringList fields;
};

// Splits decoded text into records; blank lines are skipped. Refuses a quote
// left open at the end of the text (a truncated file) and text after a
// closing quote, naming the line.
Result<QList<Record>> parse(const QString &text, const QString &sourceName);
// One field, quoted when it needs to be.
QString field(const QString &value);
// One line of fields, CRLF-terminated.
QString line(const QStringList &fields);

} // namespace casedesk::Csv
