#include "summary/summaryexport.h"

#include "csv.h"
#include "documents/documentpdf.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace casedesk::SummaryExport {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryExport)
};

QString iso(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QString formatted(const QVariant &value, SummaryColumn format, bool signedChange)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("—");
    QString text;
    switch (format) {
    case SummaryColumn::Label:
        return value.toString();
    case SummaryColumn::Count:
    case SummaryColumn::Change:
        text = value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'f', 2)
                                                   : QString::number(value.toLongLong());
        break;
    case SummaryColumn::Yuan:
        text = QString::number(value.toDouble(), 'f', 2);
        break;
    case SummaryColumn::Percent:
        text = QString::number(value.toDouble(), 'f', 1);
        break;
    }
    if (signedChange && value.toDouble() > 0)
        text.prepend(QLatin1Char('+'));
    return text;
}

// Excel's number format for a cell shown as `format`.
QString excelFormat(SummaryColumn format, bool signedChange)
{
    QString f;
    switch (format) {
    case SummaryColumn::Label:
        return {};
    case SummaryColumn::Count:
    case SummaryColumn::Change:
        f = QStringLiteral("0");
        break;
    case SummaryColumn::Yuan:
        f = QStringLiteral("#,##0.00");
        break;
    case SummaryColumn::Percent:
        f = QStringLiteral("0.0");
        break;
    }
    return signedChange ? QStringLiteral("+%1;-%1;%1").arg(f) : f;
}

QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

QJsonObject periodJson(const ReportPeriod &p)
{
    return QJsonObject{{QStringLiteral("code"), p.code()},
                       {QStringLiteral("label"), p.label()},
                       {QStringLiteral("from"), iso(p.from)},
                       {QStringLiteral("to"), iso(p.to)}};
}

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return success();
}

// The lines above the tables: the title, the period, who and when.
QStringList preamble(const QuarterSummary &summary)
{
    QStringList lines{
        summary.title(), Text::tr("Period: %1 to %2").arg(iso(summary.period.from), iso(summary.period.to)),
        Text::tr("Section: %1").arg(summary.section.isEmpty() ? Text::tr("the whole bureau") : summary.section),
        Text::tr("States (overdue cases, equipment) as of %1").arg(iso(summary.asOf))};
    if (!summary.edition.isEmpty())
        lines << Text::tr("Responsibility list: %1").arg(summary.edition);
    return lines;
}
} // namespace

QString cellText(const SummaryCell &cell, SummaryColumn column)
{
    return formatted(cell.value, column, column == SummaryColumn::Change);
}

QString cellText(const SummaryTable &table, int row, int column)
{
    return formatted(table.rows.value(row).value(column).value, table.formatOf(row, column), table.isChange(column));
}

Result<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format f : {Format::Xlsx, Format::Csv, Format::Pdf, Format::Json})
        if (suffix == extensionOf(f))
            return f;
    return refusal(Text::tr("Cannot tell the format of %1: the file name must end in .xlsx, .csv, .pdf or .json.")
                       .arg(QDir::toNativeSeparators(path)));
}

QString extensionOf(Format format)
{
    switch (format) {
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString suggestedFileName(const QuarterSummary &summary, Format format)
{
    QString name = summary.period.code().replace(QStringLiteral(".."), QStringLiteral("_")) + QLatin1Char('_') +
                   Text::tr("quarterly-summary");
    if (!summary.section.isEmpty())
        name += QLatin1Char('_') + summary.section;
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    return name + QLatin1Char('.') + extensionOf(format);
}

QByteArray csv(const QuarterSummary &summary)
{
    QString out;
    for (const QString &line : preamble(summary))
        out += Csv::line({line});
    for (const SummaryTable &table : summary.tables) {
        out += Csv::line({}) + Csv::line({table.title}) + Csv::line(table.headers);
        for (int r = 0; r < table.rows.size(); ++r) {
            QStringList fields;
            for (int c = 0; c < table.rows.at(r).size(); ++c)
                fields << cellText(table, r, c);
            out += Csv::line(fields);
        }
        if (!table.note.isEmpty())
            out += Csv::line({table.note});
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QJsonObject json(const QuarterSummary &summary)
{
    QJsonArray tables;
    for (const SummaryTable &table : summary.tables) {
        QJsonArray rows;
        for (const auto &row : table.rows) {
            QJsonArray cells;
            for (const SummaryCell &cell : row)
                cells << jsonOf(cell.value);
            rows << cells;
        }
        tables << QJsonObject{{QStringLiteral("key"), table.key},
                              {QStringLiteral("title"), table.title},
                              {QStringLiteral("headers"), QJsonArray::fromStringList(table.headers)},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("totalRow"), table.totalRow},
                              {QStringLiteral("note"), table.note}};
    }
    QJsonArray charts;
    for (const SummaryChart &chart : summary.charts) {
        QJsonArray series;
        for (int s = 0; s < chart.series.size(); ++s) {
            QJsonArray values;
            for (double v : chart.series.at(s))
                values << v;
            series << QJsonObject{{QStringLiteral("name"), chart.seriesNames.value(s)},
                                  {QStringLiteral("values"), values}};
        }
        charts << QJsonObject{{QStringLiteral("key"), chart.key},
                              {QStringLiteral("title"), chart.title},
                              {QStringLiteral("unit"), chart.unit},
                              {QStringLiteral("categories"), QJsonArray::fromStringList(chart.categories)},
                              {QStringLiteral("series"), series}};
    }
    return QJsonObject{{QStringLiteral("title"), summary.title()},
                       {QStringLiteral("bureau"), summary.bureau},
                       {QStringLiteral("section"), summary.section},
                       {QStringLiteral("period"), periodJson(summary.period)},
                       {QStringLiteral("previous"), periodJson(summary.previous)},
                       {QStringLiteral("yearBefore"), periodJson(summary.yearBefore)},
                       {QStringLiteral("asOf"), iso(summary.asOf)},
                       {QStringLiteral("edition"), summary.edition},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("charts"), charts}};
}

Status writeXlsx(const QuarterSummary &summary, const QString &path)
{
    QList<XlsxSheet> sheets;
    XlsxSheet about;
    about.name = Text::tr("About");
    about.title = summary.title();
    for (const QString &line : preamble(summary).mid(1))
        about.rows << QVariantList{line};
    about.rows << QVariantList{};
    for (const SummaryTable &table : summary.tables)
        about.rows << QVariantList{table.title, table.note};
    sheets << about;
    for (const SummaryTable &table : summary.tables) {
        XlsxSheet sheet;
        sheet.name = table.title;
        sheet.title = QStringLiteral("%1（%2）").arg(table.title, summary.period.label());
        sheet.headers = table.headers;
        sheet.boldLastRow = table.totalRow;
        for (int r = 0; r < table.rows.size(); ++r) {
            QVariantList cells;
            QStringList formats;
            for (int c = 0; c < table.rows.at(r).size(); ++c) {
                cells << table.rows.at(r).at(c).value;
                formats << excelFormat(table.formatOf(r, c), table.isChange(c));
            }
            sheet.rows << cells;
            sheet.numberFormats << formats;
        }
        sheets << sheet;
    }
    return XlsxExport::write(path, sheets);
}

Status writeCsv(const QuarterSummary &summary, const QString &path)
{
    return save(path, csv(summary));
}

Status writeJson(const QuarterSummary &summary, const QString &path)
{
    return save(path, QJsonDocument(json(summary)).toJson(QJsonDocument::Indented));
}

Status writePdf(const QuarterSummary &summary, const QString &path)
{
    return DocumentPdf::write({html(summary)}, summary.title(), path);
}

Status write(const QuarterSummary &summary, const QString &path)
{
    auto format = formatOf(path);
    if (!format)
        return format.error();
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return refusal(Text::tr("Cannot write %1: the folder %2 does not exist.")
                           .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return refusal(Text::tr("Cannot write %1: it is a folder.").arg(QDir::toNativeSeparators(path)));
    switch (*format) {
    case Format::Xlsx:
        return writeXlsx(summary, path);
    case Format::Csv:
        return writeCsv(summary, path);
    case Format::Pdf:
        return writePdf(summary, path);
    case Format::Json:
        return writeJson(summary, path);
    }
    return failure(Text::tr("Unknown format."));
}

} // namespace casedesk::SummaryExport
