// sampling show, list and deadlines: a batch with its clocks and the next
// step, the batches by filter, and the sampling deadlines falling due.
#include "caseoptions.h"
#include "commands.h"
#include "inspectionjson.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrepository.h"
#include "samplingjson.h"
#include "samplingoptions.h"

#include <QRegularExpression>

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

QString daysText(int daysLeft)
{
    return daysLeft < 0 ? Text::tr("%n day(s) overdue", nullptr, -daysLeft)
                        : Text::tr("%n day(s) left", nullptr, daysLeft);
}

void printBatchText(Printer &out, const SamplingBatch &b)
{
    out.line(Text::tr("Sampling batch %1 (%2; id %3)").arg(b.batchNumber, samplingKinds().name(b.kind)).arg(b.id));
    QStringList samplers;
    for (const InspectionInspector &p : b.samplers)
        samplers << QStringLiteral("%1 (%2)").arg(p.name, p.login);
    const std::pair<QString, QString> fields[] = {
        {Text::tr("Follows"), b.parentNumber},
        {Text::tr("Plan"), b.planName},
        {Text::tr("Enterprise"), QStringList{b.unit.name, b.unit.code}
                                     .filter(QRegularExpression(QStringLiteral("\\S")))
                                     .join(QStringLiteral(", "))},
        {Text::tr("Product"), QStringList{b.product, b.specification, b.trademark, b.productionBatch}
                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                  .join(QStringLiteral(", "))},
        {Text::tr("Sampled on"), isoDate(b.sampledOn)},
        {Text::tr("Sampled from"), b.sampledFrom},
        {Text::tr("Quantity"), b.sampleQuantity},
        {Text::tr("Samplers"), samplers.join(QStringLiteral("; "))},
        {Text::tr("Lab"), b.lab},
        {Text::tr("Standard"), b.standard},
        {Text::tr("Section"), b.section},
        {Text::tr("Result"), samplingResults().name(b.result)},
        {Text::tr("Report"),
         b.reportNumber.isEmpty() ? QString() : QStringLiteral("%1 (%2)").arg(b.reportNumber, isoDate(b.reportOn))},
        {Text::tr("Failed items"), b.failedItems},
        {Text::tr("Delivered on"), isoDate(b.deliveredOn)},
        {Text::tr("Objection on"), isoDate(b.objectionOn)},
        {Text::tr("Rectified on"), isoDate(b.rectifiedOn)},
        {Text::tr("Re-check requested on"), isoDate(b.recheckRequestedOn)},
        {Text::tr("Lead opened"), b.caseNumber},
        {Text::tr("Notes"), b.notes},
    };
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            out.line(label + QStringLiteral(": ") + value);
}

Result<SamplingFilter> filterOf(const CommandLine &cl, const InspectionCommand &c)
{
    SamplingFilter f;
    f.search = cl.option("--search").trimmed();
    f.section = cl.option("--section").trimmed();
    auto range = dateRangeOptions(cl);
    if (!range)
        return range.error();
    f.from = range->from;
    f.to = range->to;
    if (const Status read = readEnumOption(cl, "--result", samplingResults(), f.result); !read)
        return read.error();
    if (const Status read = readEnumOption(cl, "--kind", samplingKinds(), f.kind); !read)
        return read.error();
    if (cl.has("--entity")) {
        auto entity = entityValue(c, cl.option("--entity"), "--entity");
        if (!entity)
            return entity.error();
        f.entityId = entity->id;
    }
    if (cl.has("--sampler")) {
        auto who = staffValue(c, cl.option("--sampler"), "--sampler");
        if (!who)
            return who.error();
        f.samplerId = who->value(0).staffId;
    }
    if (cl.flag("--mine"))
        f.samplerId = c.session->staffId();
    return f;
}
} // namespace

int commandSamplingShow(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("sampling show"), 3, Action::ViewInspections,
                                    QStringLiteral("batch NUMBER"));
    if (!c)
        return fail(c.error());
    auto batch = findBatch(*c, cl.words[2]);
    if (!batch)
        return fail(batch.error());
    const QList<SamplingBatch> followers = SamplingRepository(*c->db).followers(batch->id);
    const QList<SamplingDeadline> deadlines = SamplingClock::deadlines(*batch, followers);
    const SamplingNextStep next = SamplingRules::nextStep(*batch, followers, c->today);
    if (cl.json) {
        QJsonObject o = samplingBatchJson(*batch);
        QJsonArray deadlineList, followerList;
        for (const SamplingDeadline &d : deadlines)
            deadlineList.append(samplingDeadlineJson(d, c->today));
        for (const SamplingBatch &f : followers)
            followerList.append(QJsonObject{{QStringLiteral("id"), f.id},
                                            {QStringLiteral("batchNumber"), f.batchNumber},
                                            {QStringLiteral("kind"), samplingKinds().code(f.kind)},
                                            {QStringLiteral("sampledOn"), isoDate(f.sampledOn)},
                                            {QStringLiteral("result"), samplingResults().code(f.result)}});
        o.insert(QStringLiteral("deadlines"), deadlineList);
        o.insert(QStringLiteral("followers"), followerList);
        o.insert(QStringLiteral("nextStep"), samplingNextStepCode(next));
        o.insert(QStringLiteral("nextStepName"), SamplingRules::nextStepName(next));
        out.json(o);
        return Done;
    }
    printBatchText(out, *batch);
    for (const SamplingDeadline &d : deadlines) {
        QString state;
        if (!d.open())
            state = Text::tr("met on %1").arg(isoDate(d.metOn)) + (d.lapsed() ? Text::tr(", late") : QString());
        else if (SamplingClock::pending(d, c->today))
            state = daysText(d.daysLeft(c->today));
        else
            state = Text::tr("passed unused");
        out.line(QStringLiteral("%1: %2 (%3)").arg(SamplingClock::name(d.kind), isoDate(d.due), state));
    }
    for (const SamplingBatch &f : followers)
        out.line(Text::tr("Followed by %1 (%2, sampled %3): %4")
                     .arg(f.batchNumber, samplingKinds().name(f.kind), isoDate(f.sampledOn),
                          samplingResults().name(f.result)));
    out.line(Text::tr("Next step: %1").arg(SamplingRules::nextStepName(next)));
    return Done;
}

int commandSamplingList(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("sampling list"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto filter = filterOf(cl, *c);
    if (!filter)
        return fail(filter.error());
    auto limit = wholeNumberOption(cl, "--limit", -1, 1);
    if (!limit)
        return fail(limit.error());
    auto total = SamplingQueries::count(*c->db, *filter);
    if (!total)
        return fail(total.error());
    auto rows = SamplingQueries::page(*c->db, *filter, 0, *limit < 0 ? *total : *limit, c->today);
    if (!rows)
        return fail(rows.error());
    if (cl.json) {
        QJsonArray list;
        for (const SamplingRow &r : *rows)
            list.append(samplingRowJson(r));
        out.json({{QStringLiteral("total"), *total}, {QStringLiteral("batches"), list}});
        return Done;
    }
    for (const SamplingRow &r : *rows)
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                     .arg(r.batchNumber, isoDate(r.sampledOn), r.unitName, r.product, samplingResults().name(r.result),
                          SamplingRules::nextStepName(r.nextStep),
                          r.nextDue.isValid() ? Text::tr("due %1").arg(isoDate(r.nextDue)) : QString()));
    out.line(Text::tr("%n batch(es)", nullptr, *total));
    return Done;
}

int commandSamplingDeadlines(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("sampling deadlines"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto within = wholeNumberOption(cl, "--within", 30, 0);
    if (!within)
        return fail(within.error());
    auto rows = SamplingQueries::deadlines(*c->db, c->today, *within);
    if (!rows)
        return fail(rows.error());
    if (cl.json) {
        QJsonArray list;
        for (const SamplingDeadlineRow &r : *rows)
            list.append(samplingDeadlineRowJson(r, c->today));
        out.json({{QStringLiteral("deadlines"), list}});
        return Done;
    }
    for (const SamplingDeadlineRow &r : *rows)
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(isoDate(r.deadline.due), daysText(r.daysLeft), SamplingClock::name(r.deadline.kind),
                          r.batchNumber, r.unitName, r.product));
    out.line(Text::tr("%n deadline(s)", nullptr, int(rows->size())));
    return Done;
}

} // namespace casedesk::cli
