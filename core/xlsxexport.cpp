#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <system_error>
#include <xlsxwriter.h>

namespace casedesk::XlsxExport {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(XlsxExport)
};

constexpr int kMaxSheetName = 31;        // Excel's limit
constexpr double kMinColumnWidth = 8.43; // Excel's default width
constexpr double kMaxColumnWidth = 60;   // wider text wraps instead
constexpr double kColumnPadding = 2;     // room for the autofilter button
constexpr double kTitleFontSize = 14;
constexpr double kTitleRowHeight = 22;

// East Asian wide and full-width characters (Unicode's East Asian Width W and
// F) take two character widths in Excel's column unit, the width of one '0'.
bool isWide(char32_t u)
{
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF) ||
           (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || (u >= 0x20000 && u <= 0x3FFFD);
}

// The width of the longest line of a text, in Excel's column units.
int displayWidth(const QString &text)
{
    int longest = 0, line = 0;
    for (const char32_t u : text.toUcs4()) {
        if (u == U'\n') {
            line = 0;
            continue;
        }
        line += isWide(u) ? 2 : 1;
        longest = std::max(longest, line);
    }
    return longest;
}

enum class CellKind { Blank, Text, Number, Boolean, Date, DateTime };

CellKind kindOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return CellKind::Blank;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Float:
    case QMetaType::Double:
        // Excel has no NaN or infinity.
        return std::isfinite(value.toDouble()) ? CellKind::Number : CellKind::Blank;
    case QMetaType::Bool:
        return CellKind::Boolean;
    case QMetaType::QDate:
        // Excel's dates start in 1900; older ones are written as text.
        if (!value.toDate().isValid())
            return CellKind::Blank;
        return value.toDate().year() >= 1900 ? CellKind::Date : CellKind::Text;
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            return CellKind::Blank;
        return value.toDateTime().date().year() >= 1900 ? CellKind::DateTime : CellKind::Text;
    default:
        return value.toString().isEmpty() ? CellKind::Blank : CellKind::Text;
    }
}

QString textOf(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case QMetaType::Float:
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 11); // what Excel's General format shows
    default:
        return value.toString();
    }
}

lxw_datetime excelDate(const QDate &d)
{
    return lxw_datetime{d.year(), d.month(), d.day(), 0, 0, 0.0};
}

lxw_datetime excelDateTime(const QDateTime &when)
{
    lxw_datetime result = excelDate(when.date());
    const QTime t = when.time();
    result.hour = t.hour();
    result.min = t.minute();
    result.sec = t.second() + t.msec() / 1000.0;
    return result;
}

QString truncated(const QString &text, int length)
{
    if (text.size() <= length)
        return text;
    return text.left(text.at(length - 1).isHighSurrogate() ? length - 1 : length);
}

// A sheet name Excel accepts: none of []:*?/\, no apostrophe at either end,
// at most 31 characters, unique regardless of case.
QString sheetName(QString wanted, int index, QStringList &used)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &c : wanted) {
        if (forbidden.contains(c) || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    wanted = wanted.trimmed();
    while (wanted.startsWith(QLatin1Char('\'')) || wanted.endsWith(QLatin1Char('\''))) {
        if (wanted.startsWith(QLatin1Char('\'')))
            wanted.remove(0, 1);
        else
            wanted.chop(1);
    }
    if (wanted.isEmpty())
        wanted = QStringLiteral("Sheet%1").arg(index + 1);
    QString name = truncated(wanted, kMaxSheetName);
    for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = truncated(wanted, kMaxSheetName - int(suffix.size())) + suffix;
    }
    used << name;
    return name;
}

QString cellName(lxw_row_t row, lxw_col_t column)
{
    char name[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(name, row, column);
    return QString::fromLatin1(name);
}

// Fills one workbook; remembers the first error and where it happened.
class WorkbookFiller {
  public:
    explicit WorkbookFiller(lxw_workbook *workbook) : m_workbook(workbook)
    {
        m_bold = workbook_add_format(workbook);
        format_set_bold(m_bold);
        m_title = workbook_add_format(workbook);
        format_set_bold(m_title);
        format_set_font_size(m_title, kTitleFontSize);
        m_date = workbook_add_format(workbook);
        format_set_num_format(m_date, "yyyy-mm-dd");
        m_dateTime = workbook_add_format(workbook);
        format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
        m_wrap = workbook_add_format(workbook);
        format_set_text_wrap(m_wrap);
        format_set_align(m_wrap, LXW_ALIGN_VERTICAL_TOP);
    }

    bool failed() const { return m_error != LXW_NO_ERROR; }
    QString errorText() const
    {
        const QString reason = QString::fromUtf8(lxw_strerror(m_error));
        return m_where.isEmpty() ? reason : m_where + QStringLiteral(": ") + reason;
    }

    void addSheet(const XlsxSheet &sheet, const QString &name)
    {
        m_sheetName = name;
        lxw_worksheet *ws = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!ws) {
            note(LXW_ERROR_SHEETNAME_ALREADY_USED, QString());
            return;
        }

        lxw_col_t columns = lxw_col_t(sheet.headers.size());
        for (const QVariantList &row : sheet.rows)
            columns = std::max(columns, lxw_col_t(row.size()));
        QList<int> widths(qsizetype(columns), 0);
        QList<bool> numeric(qsizetype(columns), false);
        QList<double> sums(qsizetype(columns), 0.0);

        lxw_row_t row = 0;
        if (!sheet.title.isEmpty()) {
            check(worksheet_set_row(ws, row, kTitleRowHeight, nullptr), row, 0);
            writeString(ws, row, 0, sheet.title, m_title);
            ++row;
        }
        const bool hasHeader = !sheet.headers.isEmpty();
        const lxw_row_t headerRow = row;
        if (hasHeader) {
            for (lxw_col_t c = 0; c < lxw_col_t(sheet.headers.size()); ++c) {
                writeString(ws, row, c, sheet.headers[c], m_bold);
                widths[c] = std::max(widths[c], displayWidth(sheet.headers[c]));
            }
            ++row;
        }
        const lxw_row_t firstDataRow = row;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            const QVariantList &cells = sheet.rows.at(r);
            const bool bold = sheet.boldLastRow && r == sheet.rows.size() - 1;
            const QStringList formats = sheet.numberFormats.value(r);
            for (lxw_col_t c = 0; c < lxw_col_t(cells.size()); ++c) {
                const QVariant &value = cells[c];
                const CellKind kind = kindOf(value);
                if (kind == CellKind::Number) {
                    numeric[c] = true;
                    sums[c] += value.toDouble();
                }
                if (kind != CellKind::Blank)
                    widths[c] = std::max(widths[c], displayWidth(textOf(value)));
                writeCell(ws, row, c, value, kind, cellFormat(formats.value(c), bold));
            }
            ++row;
        }
        const lxw_row_t lastDataRow = row - 1; // == firstDataRow - 1 when there are no rows

        if (sheet.totals && !sheet.rows.isEmpty() && columns > 0)
            writeTotals(ws, row, firstDataRow, lastDataRow, numeric, sums, widths);

        for (lxw_col_t c = 0; c < columns; ++c) {
            const double width = std::clamp(widths[c] + kColumnPadding, kMinColumnWidth, kMaxColumnWidth);
            check(worksheet_set_column(ws, c, c, width, nullptr), 0, c);
        }
        if (hasHeader) {
            worksheet_freeze_panes(ws, headerRow + 1, 0);
            check(worksheet_autofilter(ws, headerRow, 0, std::max(headerRow, lastDataRow), columns - 1), headerRow, 0);
        }
    }

  private:
    // A format for a number format and boldness, made once per workbook
    // (nullptr: General, not bold).
    lxw_format *cellFormat(const QString &numberFormat, bool bold)
    {
        if (numberFormat.isEmpty() && !bold)
            return nullptr;
        const QString key = numberFormat + (bold ? QStringLiteral("|b") : QString());
        if (lxw_format *known = m_cellFormats.value(key))
            return known;
        lxw_format *format = workbook_add_format(m_workbook);
        if (!numberFormat.isEmpty())
            format_set_num_format(format, numberFormat.toUtf8().constData());
        if (bold)
            format_set_bold(format);
        m_cellFormats.insert(key, format);
        return format;
    }

    void writeCell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QVariant &value, CellKind kind,
                   lxw_format *format)
    {
        switch (kind) {
        case CellKind::Blank:
            return;
        case CellKind::Number:
            check(worksheet_write_number(ws, row, col, value.toDouble(), format), row, col);
            return;
        case CellKind::Boolean:
            check(worksheet_write_boolean(ws, row, col, value.toBool(), nullptr), row, col);
            return;
        case CellKind::Date: {
            lxw_datetime when = excelDate(value.toDate());
            check(worksheet_write_datetime(ws, row, col, &when, m_date), row, col);
            return;
        }
        case CellKind::DateTime: {
            lxw_datetime when = excelDateTime(value.toDateTime());
            check(worksheet_write_datetime(ws, row, col, &when, m_dateTime), row, col);
            return;
        }
        case CellKind::Text: {
            const QString text = textOf(value);
            // Line breaks, and text wider than the widest column, wrap.
            const bool wraps = text.contains(QLatin1Char('\n')) || displayWidth(text) > kMaxColumnWidth;
            writeString(ws, row, col, text, wraps ? m_wrap : format);
            return;
        }
        }
    }

    void writeString(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const QString &text, lxw_format *format)
    {
        check(worksheet_write_string(ws, row, col, text.toUtf8().constData(), format), row, col);
    }

    // 合计: a SUM formula under every column that holds numbers (with its value
    // cached, for viewers that do not calculate), the label in the first
    // column that holds none.
    void writeTotals(lxw_worksheet *ws, lxw_row_t row, lxw_row_t first, lxw_row_t last, const QList<bool> &numeric,
                     const QList<double> &sums, QList<int> &widths)
    {
        const auto labelColumn = numeric.indexOf(false);
        if (labelColumn >= 0) {
            const QString label = Text::tr("Total");
            writeString(ws, row, lxw_col_t(labelColumn), label, m_bold);
            widths[labelColumn] = std::max(widths[labelColumn], displayWidth(label));
        }
        for (lxw_col_t c = 0; c < lxw_col_t(numeric.size()); ++c) {
            if (!numeric[c])
                continue;
            const QString formula = QStringLiteral("=SUM(%1:%2)").arg(cellName(first, c), cellName(last, c));
            check(worksheet_write_formula_num(ws, row, c, formula.toLatin1().constData(), m_bold, sums[c]), row, c);
            widths[c] = std::max(widths[c], displayWidth(QString::number(sums[c], 'g', 11)));
        }
    }

    void check(lxw_error error, lxw_row_t row, lxw_col_t col)
    {
        if (error != LXW_NO_ERROR)
            note(error, cellName(row, col));
    }

    void note(lxw_error error, const QString &cell)
    {
        if (failed())
            return;
        m_error = error;
        m_where = cell.isEmpty() ? Text::tr("sheet \"%1\"").arg(m_sheetName)
                                 : Text::tr("sheet \"%1\", cell %2").arg(m_sheetName, cell);
    }

    lxw_workbook *m_workbook;
    lxw_format *m_bold = nullptr;
    lxw_format *m_title = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    lxw_format *m_wrap = nullptr;
    QHash<QString, lxw_format *> m_cellFormats;
    lxw_error m_error = LXW_NO_ERROR;
    QString m_where;
    QString m_sheetName;
};

// The document properties Excel shows under File > Info. libxlsxwriter
// copies the strings.
void setProperties(lxw_workbook *workbook, const QString &title)
{
    QByteArray titleBytes = title.toUtf8();
    QByteArray authorBytes = QByteArrayLiteral("CaseDesk");
    lxw_doc_properties properties{};
    properties.title = titleBytes.data();
    properties.author = authorBytes.data();
    workbook_set_properties(workbook, &properties);
}
} // namespace

Status write(const QString &path, const QList<XlsxSheet> &sheets)
{
    const QFileInfo target(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (sheets.isEmpty())
        return refusal(Text::tr("Cannot write %1: there is no sheet to write.").arg(shownPath));
    if (!target.absoluteDir().exists())
        return refusal(Text::tr("Cannot write %1: the folder %2 does not exist.")
                           .arg(shownPath, QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return refusal(Text::tr("Cannot write %1: it is a folder.").arg(shownPath));

    // The temporary file sits in the target's folder so that the rename is
    // atomic; it is removed whenever we return before the rename.
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!temp.open())
        return failure(Text::tr("Cannot write %1: %2").arg(shownPath, temp.errorString()));
    temp.setPermissions(target.exists() ? QFile::permissions(path)
                                        : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    const QString tempPath = temp.fileName();
    temp.close();

    lxw_workbook *workbook = workbook_new(QFile::encodeName(tempPath).constData());
    if (!workbook)
        return failure(Text::tr("Cannot write %1: %2")
                           .arg(shownPath, QString::fromUtf8(lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED))));

    QString title;
    for (const XlsxSheet &sheet : sheets) {
        if (!sheet.title.isEmpty()) {
            title = sheet.title;
            break;
        }
    }
    setProperties(workbook, title.isEmpty() ? target.completeBaseName() : title);

    WorkbookFiller filler(workbook);
    QStringList usedNames;
    for (int i = 0; i < sheets.size() && !filler.failed(); ++i)
        filler.addSheet(sheets[i], sheetName(sheets[i].name, i, usedNames));
    if (filler.failed()) {
        lxw_workbook_free(workbook);
        return failure(Text::tr("Cannot write %1: %2").arg(shownPath, filler.errorText()));
    }

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return failure(Text::tr("Cannot write %1: %2").arg(shownPath, QString::fromUtf8(lxw_strerror(closed))));

    std::error_code error;
    std::filesystem::rename(QFileInfo(tempPath).filesystemAbsoluteFilePath(), target.filesystemAbsoluteFilePath(),
                            error);
    if (error)
        return failure(Text::tr("Cannot write %1: %2").arg(shownPath, QString::fromStdString(error.message())));
    temp.setAutoRemove(false); // it is the target now
    return success();
}

} // namespace casedesk::XlsxExport
