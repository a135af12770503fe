// inspections print, inspections draw print and sampling print: the papers
// of supervision as A4 PDFs with the Chinese fonts embedded — one
// inspection report (or its directive), a section's reports for a date
// range in one file (each starting on a new page), the record of a random
// draw, and the sampling notice.
#include "caseoptions.h"
#include "commands.h"
#include "documents/documentpdf.h"
#include "inspectionjson.h"
#include "inspectionoptions.h"
#include "inspections/drawrepository.h"
#include "inspections/inspectiondocuments.h"
#include "inspections/inspectionqueries.h"
#include "sampling/samplingrepository.h"

#include <QFileInfo>
#include <QSaveFile>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Status requireOutput(const CommandLine &cl)
{
    if (cl.option("--output").trimmed().isEmpty())
        return refusal(Text::tr("-o: required (the file to write)"));
    return success();
}

Status writeHtml(const QString &path, const QString &html)
{
    const QByteArray bytes = html.toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return refusal(Text::tr("-o %1: cannot write the file (%2)").arg(path, file.errorString()));
    return success();
}

// Writes the documents (PDF, or with --html the one document's HTML) and
// says what was written.
int writeDocuments(const CommandLine &cl, Printer &out, InspectionDocumentKind kind, const QStringList &htmls,
                   const QString &title, const QStringList &numbers)
{
    const QString path = cl.option("--output");
    const bool asHtml = cl.flag("--html");
    if (asHtml && htmls.size() != 1)
        return refuse(Text::tr("--html: only one document at a time"));
    if (auto s = asHtml ? writeHtml(path, htmls.first()) : DocumentPdf::write(htmls, title, path); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("document"), inspectionDocumentKinds().code(kind)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("records"), QJsonArray::fromStringList(numbers)},
                  {QStringLiteral("format"), asHtml ? QStringLiteral("html") : QStringLiteral("pdf")},
                  {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}});
    else
        out.line(Text::tr("Wrote %1 (%n record(s)) to %2.", nullptr, int(numbers.size())).arg(title, path));
    return Done;
}

// One document of one record's data.
int writeOne(const CommandLine &cl, Printer &out, InspectionDocumentKind kind,
             const Result<InspectionDocumentData> &data, const QString &number, const char *kindOption)
{
    if (!data)
        return fail(data.error());
    if (auto s = InspectionDocuments::available(kind, *data); !s)
        return fail(kindOption ? optionError(kindOption, s.error()) : s.error());
    return writeDocuments(cl, out, kind, {InspectionDocuments::html(kind, *data)},
                          InspectionDocuments::title(kind, *data), {number});
}

// inspections print --section S --from D --to D -o FILE.pdf
int printSection(const CommandLine &cl, Printer &out, const InspectionCommand &c)
{
    for (const char *name : {"--section", "--from", "--to"})
        if (auto s = requireOption(cl, name, Text::tr("give a record NUMBER, or --section, --from and --to")); !s)
            return fail(s.error());
    if (cl.flag("--directive"))
        return refuse(Text::tr("--directive: print directives one record at a time"));
    auto range = dateRangeOptions(cl);
    if (!range)
        return fail(range.error());
    const QDate from = range->from, to = range->to;
    const QString section = cl.option("--section").trimmed();
    auto ids = InspectionQueries::forPrinting(*c.db, section, from, to);
    if (!ids)
        return fail(ids.error());
    if (ids->isEmpty())
        return refuse(Text::tr("--section: nothing to print: %1 has no finished inspection from %2 to %3")
                          .arg(section, isoDate(from), isoDate(to)));
    QStringList htmls, numbers;
    for (qint64 id : *ids) {
        auto data = InspectionDocumentData::forInspection(*c.db, id, c.today);
        if (!data)
            return fail(data.error());
        htmls << InspectionDocuments::html(InspectionDocumentKind::Report, *data);
        numbers << data->inspection.recordNumber;
    }
    const QString title = QStringLiteral("监督检查记录 %1 %2至%3").arg(section, isoDate(from), isoDate(to));
    return writeDocuments(cl, out, InspectionDocumentKind::Report, htmls, title, numbers);
}
} // namespace

int commandInspectionsPrint(const CommandLine &cl, Printer &out)
{
    const bool one = cl.words.size() > 2;
    auto c = startInspectionCommand(cl, QStringLiteral("inspections print"), one ? 3 : 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    if (auto s = requireOutput(cl); !s)
        return fail(s.error());
    if (!one)
        return printSection(cl, out, *c);
    auto found = findInspection(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    const InspectionDocumentKind kind =
        cl.flag("--directive") ? InspectionDocumentKind::Directive : InspectionDocumentKind::Report;
    return writeOne(cl, out, kind, InspectionDocumentData::forInspection(*c->db, found->id, c->today),
                    found->recordNumber, cl.flag("--directive") ? "--directive" : nullptr);
}

int commandDrawPrint(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections draw print"), 4, Action::ViewInspections,
                                    QStringLiteral("draw's ID or NUMBER"));
    if (!c)
        return fail(c.error());
    if (auto s = requireOutput(cl); !s)
        return fail(s.error());
    auto draw = DrawRepository(*c->db).findByNumber(cl.words[3].trimmed());
    if (!draw)
        return fail(draw.error());
    return writeOne(cl, out, InspectionDocumentKind::DrawRecord,
                    InspectionDocumentData::forDraw(*c->db, draw->id, c->today), draw->drawNumber, nullptr);
}

int commandSamplingPrint(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("sampling print"), 3, Action::ViewInspections,
                                    QStringLiteral("batch NUMBER"));
    if (!c)
        return fail(c.error());
    if (auto s = requireOutput(cl); !s)
        return fail(s.error());
    auto batch = SamplingRepository(*c->db).findByNumber(cl.words[2].trimmed());
    if (!batch)
        return fail(batch.error());
    return writeOne(cl, out, InspectionDocumentKind::SamplingNotice,
                    InspectionDocumentData::forBatch(*c->db, batch->id, c->today), batch->batchNumber, nullptr);
}

} // namespace casedesk::cli
