// sampling add, edit, result, deliver, object, rectified, recheck-request,
// open-case and discard: a sampling batch from the samples taken to the
// lab's result, the report reaching the enterprise, its objection or
// rectification and re-check, and the case a failed re-check leads to.
// Reading batches is samplingreadcommands.cpp's part.
#include "auth/staffdirectory.h"
#include "caseoptions.h"
#include "commands.h"
#include "inspectionjson.h"
#include "sampling/samplingrepository.h"
#include "samplingjson.h"
#include "samplingoptions.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

int printWritten(const CommandLine &cl, Printer &out, const InspectionCommand &c, const SamplingBatch &batch,
                 const QString &sentence)
{
    if (cl.json) {
        out.json(samplingBatchJson(batch));
        return Done;
    }
    out.line(sentence.arg(batch.batchNumber));
    const QList<SamplingBatch> followers = SamplingRepository(*c.db).followers(batch.id);
    out.line(
        Text::tr("Next step: %1").arg(SamplingRules::nextStepName(SamplingRules::nextStep(batch, followers, c.today))));
    for (const SamplingDeadline &d : SamplingClock::deadlines(batch, followers))
        if (SamplingClock::pending(d, c.today))
            out.line(Text::tr("%1: %2").arg(SamplingClock::name(d.kind), isoDate(d.due)));
    return Done;
}

QString signedInSection(const InspectionCommand &c)
{
    auto me = StaffDirectory(*c.db).find(*c.session, c.session->login());
    return me ? me->section : QString();
}

Result<InspectionCommand> startWithBatch(const CommandLine &cl, const QString &command)
{
    return startInspectionCommand(cl, command, 3, Action::EditInspection, QStringLiteral("batch NUMBER"));
}

// Saves the changed batch after the rules.
int save(const CommandLine &cl, Printer &out, const InspectionCommand &c, const SamplingBatch &batch,
         const QString &sentence)
{
    if (auto s = checkBatch(c, batch); !s)
        return fail(s.error());
    auto stored = SamplingRepository(*c.db).update(*c.session, batch, c.today);
    if (!stored)
        return fail(stored.error());
    return printWritten(cl, out, c, *stored, sentence);
}

// sampling deliver / object / rectified / recheck-request NUMBER [--on DATE]
int recordDay(const CommandLine &cl, Printer &out, const QString &command, QDate SamplingBatch::*field,
              const QString &sentence)
{
    auto c = startWithBatch(cl, command);
    if (!c)
        return fail(c.error());
    auto on = dayOption(cl, "--on", c->today);
    if (!on)
        return fail(on.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    SamplingBatch changed = *batch;
    changed.*field = *on;
    return save(cl, out, *c, changed, sentence);
}
} // namespace

int commandSamplingAdd(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("sampling add"), 2, Action::EditInspection);
    if (!c)
        return fail(c.error());
    // An objection or re-check takes the enterprise and product from --parent.
    const bool follows = cl.has("--parent") ||
                         samplingKinds().parse(cl.option("--kind")).value_or(SamplingKind::Plan) != SamplingKind::Plan;
    for (const char *name : {"--entity", "--product", "--on", "--samplers", "--lab", "--from-stock"})
        if (!follows || (qstrcmp(name, "--entity") != 0 && qstrcmp(name, "--product") != 0))
            if (auto s = requireOption(cl, name); !s)
                return fail(s.error());
    SamplingBatch batch;
    if (auto s = applySamplingOptions(cl, *c, batch); !s)
        return fail(s.error());
    if (batch.section.isEmpty())
        batch.section = signedInSection(*c);
    if (auto s = checkBatch(*c, batch); !s)
        return fail(s.error());
    auto stored = SamplingRepository(*c->db).create(*c->session, batch, c->today);
    if (!stored)
        return fail(stored.error());
    return printWritten(cl, out, *c, *stored, Text::tr("Recorded sampling batch %1."));
}

int commandSamplingEdit(const CommandLine &cl, Printer &out)
{
    auto c = startWithBatch(cl, QStringLiteral("sampling edit"));
    if (!c)
        return fail(c.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    SamplingBatch changed = *batch;
    if (auto s = applySamplingOptions(cl, *c, changed); !s)
        return fail(s.error());
    return save(cl, out, *c, changed, Text::tr("Updated %1."));
}

int commandSamplingResult(const CommandLine &cl, Printer &out)
{
    auto c = startWithBatch(cl, QStringLiteral("sampling result"));
    if (!c)
        return fail(c.error());
    for (const char *name : {"--result", "--report", "--report-on"})
        if (auto s = requireOption(cl, name); !s)
            return fail(s.error());
    auto result = enumValue(cl.option("--result"), QStringLiteral("--result"), samplingResults());
    if (!result)
        return fail(result.error());
    auto reportOn = dateOption(cl, "--report-on");
    if (!reportOn)
        return fail(reportOn.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    SamplingBatch changed = *batch;
    changed.result = *result;
    changed.reportNumber = cl.option("--report").trimmed();
    changed.reportOn = *reportOn;
    if (cl.has("--failed-items"))
        changed.failedItems = cl.option("--failed-items").trimmed();
    return save(cl, out, *c, changed, Text::tr("Recorded the result of %1: ") + samplingResults().name(*result));
}

int commandSamplingDeliver(const CommandLine &cl, Printer &out)
{
    return recordDay(cl, out, QStringLiteral("sampling deliver"), &SamplingBatch::deliveredOn,
                     Text::tr("The report of %1 reached the enterprise."));
}

int commandSamplingObject(const CommandLine &cl, Printer &out)
{
    return recordDay(cl, out, QStringLiteral("sampling object"), &SamplingBatch::objectionOn,
                     Text::tr("Recorded the enterprise's objection to %1."));
}

int commandSamplingRectified(const CommandLine &cl, Printer &out)
{
    return recordDay(cl, out, QStringLiteral("sampling rectified"), &SamplingBatch::rectifiedOn,
                     Text::tr("Recorded the rectification of %1."));
}

int commandSamplingRecheckRequest(const CommandLine &cl, Printer &out)
{
    return recordDay(cl, out, QStringLiteral("sampling recheck-request"), &SamplingBatch::recheckRequestedOn,
                     Text::tr("Recorded the request for a re-check of %1."));
}

int commandSamplingOpenCase(const CommandLine &cl, Printer &out)
{
    auto c = startWithBatch(cl, QStringLiteral("sampling open-case"));
    if (!c)
        return fail(c.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    auto opened = SamplingRepository(*c->db).openCase(*c->session, batch->id, c->today);
    if (!opened)
        return fail(opened.error());
    return printWritten(cl, out, *c, *opened, Text::tr("Opened lead %1 from %2.").arg(opened->caseNumber));
}

int commandSamplingDiscard(const CommandLine &cl, Printer &out)
{
    auto c = startWithBatch(cl, QStringLiteral("sampling discard"));
    if (!c)
        return fail(c.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    if (auto s = SamplingRepository(*c->db).discard(*c->session, batch->id, c->today); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("discarded"), batch->batchNumber}, {QStringLiteral("id"), batch->id}});
    else
        out.line(Text::tr("Discarded sampling batch %1.").arg(batch->batchNumber));
    return Done;
}

} // namespace casedesk::cli
