#include "csv.h"

#include <QCoreApplication>

namespace casedesk::Csv {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Csv)
};
} // namespace

Result<QList<Record>> parse(const QString &text, const QString &sourceName)
{
    QList<Record> records;
    Record current;
    QString value;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;

    auto endField = [&] {
        current.fields << value;
        value.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = current.fields.size() == 1 && current.fields.first().trimmed().isEmpty();
        if (!blank)
            records << current;
        current = Record{};
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    value += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n')) {
                continue; // a CRLF inside a cell is one line break
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                value += c;
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            current.line = line;
        } else if (c == QLatin1Char('"') && !fieldStarted && value.trimmed().isEmpty()) {
            quoted = true;
            fieldStarted = true;
            value.clear();
        } else if (afterQuote) {
            if (!c.isSpace())
                return refusal(Text::tr("%1, line %2: text after the closing quote of a field; a quote inside a quoted "
                                        "field must be doubled (\"\").")
                                   .arg(sourceName)
                                   .arg(line));
        } else {
            value += c;
            if (!c.isSpace())
                fieldStarted = true;
        }
    }
    if (quoted)
        return refusal(Text::tr("%1, line %2: a quoted field is never closed; the file looks truncated.")
                           .arg(sourceName)
                           .arg(current.line));
    if (!value.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

QString field(const QString &value)
{
    const bool needsQuotes = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) ||
                             value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                             (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!needsQuotes)
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace casedesk::Csv
