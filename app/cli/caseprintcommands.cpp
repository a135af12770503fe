// cases print, attach, attachment and numbering: the case documents as PDF
// (or their HTML), evidence files in and out, and the blocks of case numbers
// each workstation draws from.
#include "casejson.h"
#include "caseoptions.h"
#include "cases/casedocumentrenderers.h"
#include "cases/casedocuments.h"
#include "cases/casenumber.h"
#include "cases/caserepository.h"
#include "commands.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return refusal(Text::tr("-o %1: cannot write the file (%2)").arg(path, file.errorString()));
    return success();
}

Status requireOutput(const CommandLine &cl)
{
    if (cl.option("--output").trimmed().isEmpty())
        return refusal(Text::tr("-o: required (the file to write)"));
    return success();
}

// The document's code, English or translated name, or its printed Chinese
// title (行政处罚决定书), whatever language the terminal has.
Result<CaseDocumentKind> documentOption(const CommandLine &cl)
{
    const QString text = cl.option("--document").trimmed();
    for (CaseDocumentKind k : caseDocumentKinds().values())
        if (text == CaseDocumentRenderers::documentTitle(k))
            return k;
    return enumValue(text, QStringLiteral("--document"), caseDocumentKinds());
}

void printBlocks(const CommandLine &cl, Printer &out, const QList<NumberBlock> &blocks)
{
    if (cl.json) {
        QJsonArray list;
        for (const NumberBlock &b : blocks)
            list.append(numberBlockJson(b));
        out.json({{QStringLiteral("blocks"), list}});
        return;
    }
    for (const NumberBlock &b : blocks)
        out.line(QStringLiteral("%1\t%2\t%3–%4")
                     .arg(b.site, b.year == 0 ? Text::tr("every year") : QString::number(b.year))
                     .arg(b.first)
                     .arg(b.last));
    out.line(Text::tr("%n block(s)", nullptr, int(blocks.size())));
}
} // namespace

int commandCasesPrint(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases print"), 3, Action::ViewCases);
    if (!c)
        return fail(c.error());
    if (cl.option("--document").trimmed().isEmpty())
        return refuse(Text::tr("--document: required (filing-approval, correction-order, penalty-notice, "
                               "penalty-decision or closing-approval)"));
    auto kind = documentOption(cl);
    if (!kind)
        return fail(kind.error());
    if (auto s = requireOutput(cl); !s)
        return fail(s.error());
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    if (auto s = CaseDocuments::available(*kind, *found); !s)
        return fail(Error{QStringLiteral("--document: ") + s.error().message, s.error().refusal});
    auto data = CaseDocumentData::load(*c->db, found->id, c->today);
    if (!data)
        return fail(data.error());
    const QString html = CaseDocuments::html(*kind, *data);
    const QString title = CaseDocuments::title(*kind, *data);
    const QString path = cl.option("--output");
    const bool asHtml = cl.flag("--html");
    if (auto s = asHtml ? writeAtomically(path, html.toUtf8()) : CasePdf::write(html, title, path); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("document"), caseDocumentKinds().code(*kind)},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("format"), asHtml ? QStringLiteral("html") : QStringLiteral("pdf")},
                  {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()}});
    else
        out.line(Text::tr("Wrote %1 to %2.").arg(title, path));
    return Done;
}

int commandCasesAttach(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases attach"), 4, Action::ViewCases);
    if (!c)
        return fail(c.error());
    QFile file(cl.words[3]);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Text::tr("%1: cannot read the file (%2)").arg(cl.words[3], file.errorString()));
    const QByteArray content = file.readAll();
    auto found = findCase(*c, cl.words[2]);
    if (!found)
        return fail(found.error());
    auto attached = CaseRepository(*c->db).attach(*c->session, found->id, QFileInfo(file).fileName(), content,
                                                  cl.option("--note").trimmed());
    if (!attached)
        return fail(attached.error());
    if (cl.json)
        out.json(caseAttachmentJson(*attached));
    else
        out.line(Text::tr("Attached %1 as attachment %2 (%3 bytes, SHA-256 %4).")
                     .arg(attached->fileName)
                     .arg(attached->id)
                     .arg(attached->size)
                     .arg(attached->sha256));
    return Done;
}

int commandCasesAttachment(const CommandLine &cl, Printer &out)
{
    if (cl.words.size() < 3)
        return refuse(Text::tr("cases attachment: give the attachment's ID (cases show lists them)"));
    auto c = startCaseCommand(cl, QStringLiteral("cases attachment"), 3, Action::ViewCases);
    if (!c)
        return fail(c.error());
    auto id = idValue(cl.words[2], QStringLiteral("cases attachment"));
    if (!id)
        return fail(id.error());
    if (auto s = requireOutput(cl); !s)
        return fail(s.error());
    // The repository compares the content with its stored SHA-256 first.
    auto content = CaseRepository(*c->db).attachmentContent(*id);
    if (!content)
        return fail(content.error());
    const QString path = cl.option("--output");
    if (auto s = writeAtomically(path, *content); !s)
        return fail(s.error());
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(*content, QCryptographicHash::Sha256).toHex());
    if (cl.json)
        out.json({{QStringLiteral("id"), *id},
                  {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                  {QStringLiteral("size"), content->size()},
                  {QStringLiteral("sha256"), sha256}});
    else
        out.line(Text::tr("Wrote %1 bytes to %2 (SHA-256 %3).").arg(content->size()).arg(path, sha256));
    return Done;
}

int commandCasesNumbering(const CommandLine &cl, Printer &out)
{
    auto c = startCaseCommand(cl, QStringLiteral("cases numbering"), 2, Action::ViewCases);
    if (!c)
        return fail(c.error());
    CaseNumbering numbering(*c->db);
    const bool assign = cl.has("--site") || cl.has("--from") || cl.has("--to") || cl.has("--year");
    if (assign) {
        NumberBlock block;
        block.site = cl.option("--site").trimmed();
        if (block.site.isEmpty())
            return refuse(Text::tr("--site: required (the workstation the block is for)"));
        if (!cl.has("--from") || !cl.has("--to"))
            return refuse(Text::tr("%1: required (the block's first and last sequence numbers)")
                              .arg(cl.has("--from") ? QStringLiteral("--to") : QStringLiteral("--from")));
        auto first = wholeNumberOption(cl, "--from", 0, 1);
        auto last = wholeNumberOption(cl, "--to", 0, 1);
        auto year = wholeNumberOption(cl, "--year", 0, 0);
        if (!first || !last || !year)
            return fail(!first ? first.error() : !last ? last.error() : year.error());
        block.first = *first;
        block.last = *last;
        block.year = *year;
        if (auto s = numbering.assign(*c->session, block); !s)
            return fail(s.error());
    }
    printBlocks(cl, out, numbering.blocks());
    return Done;
}

} // namespace casedesk::cli
