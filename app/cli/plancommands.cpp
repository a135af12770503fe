// inspections plan and inspections campaign add, list and remove: the year's
// plan (who the frequency rules and the campaigns make due, and who is
// still due) and the special campaigns and key-period checks it includes.
#include "caseoptions.h"
#include "commands.h"
#include "dutylist/supervisiondomain.h"
#include "inspectionjson.h"
#include "inspectionoptions.h"
#include "inspections/inspectionplan.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Result<int> yearOption(const CommandLine &cl, const InspectionCommand &c)
{
    auto year = wholeNumberOption(cl, "--year", c.today.year(), 1900);
    if (year && *year > 9999)
        return refusal(Text::tr("--year: \"%1\" is not a year").arg(cl.option("--year")));
    return year;
}

QString progressTitle(const PlanProgress &p)
{
    if (p.planEntryId > 0)
        return p.title;
    if (p.domain.isEmpty())
        return p.title.isEmpty() ? Text::tr("The whole bureau") : p.title;
    return SupervisionDomain::displayName(p.domain);
}

void printEntry(Printer &out, const PlanEntry &e)
{
    out.line(QStringLiteral("%1\t%2\t%3\t%4 – %5\t%6\t%7")
                 .arg(e.id)
                 .arg(inspectionKinds().name(e.kind), e.title, isoDate(e.from), isoDate(e.to),
                      SupervisionDomain::displayName(e.domain), e.section) +
             Text::tr("\t%n unit(s)", nullptr, int(e.entityIds.size())));
}
} // namespace

int commandInspectionsPlan(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections plan"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto year = yearOption(cl, *c);
    if (!year)
        return fail(year.error());
    PlanFilter filter;
    filter.year = *year;
    filter.outstandingOnly = cl.flag("--outstanding");
    filter.search = cl.option("--search").trimmed();
    if (cl.has("--domain")) {
        auto domain = domainValue(cl.option("--domain"), "--domain");
        if (!domain)
            return fail(domain.error());
        filter.domain = *domain;
    }
    auto progress = InspectionPlan::progress(*c->db, filter.year);
    if (!progress)
        return fail(progress.error());
    auto total = InspectionPlan::count(*c->db, filter);
    if (!total)
        return fail(total.error());
    auto limit = wholeNumberOption(cl, "--limit", *total, 1);
    if (!limit)
        return fail(limit.error());
    auto rows = InspectionPlan::page(*c->db, filter, 0, *limit);
    if (!rows)
        return fail(rows.error());
    QList<PlanProgress> lines;
    for (const PlanProgress &p : *progress)
        if (filter.domain.isEmpty() || p.domain == filter.domain)
            lines << p;
    if (cl.json) {
        QJsonArray progressList, rowList;
        for (const PlanProgress &p : lines)
            progressList.append(planProgressJson(p));
        for (const PlanRow &r : *rows)
            rowList.append(planRowJson(r));
        out.json({{QStringLiteral("year"), filter.year},
                  {QStringLiteral("progress"), progressList},
                  {QStringLiteral("total"), *total},
                  {QStringLiteral("rows"), rowList}});
        return Done;
    }
    out.line(Text::tr("Inspection plan %1:").arg(filter.year));
    for (const PlanProgress &p : lines)
        out.line(Text::tr("  %1: %2 of %3 inspected, %4 still due")
                     .arg(progressTitle(p))
                     .arg(p.done)
                     .arg(p.due)
                     .arg(p.due - p.done));
    for (const PlanRow &r : *rows) {
        const QString state =
            r.outstanding()
                ? Text::tr("STILL DUE")
                : Text::tr("done (%n inspection(s), last %1)", nullptr, r.inspections).arg(isoDate(r.lastInspectedOn));
        const QString why = r.planEntryTitle.isEmpty() ? r.reasons.join(QStringLiteral("; ")) : r.planEntryTitle;
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(state, r.name, r.code, SupervisionDomain::displayName(r.domain), why));
    }
    out.line(Text::tr("%n row(s)", nullptr, *total));
    return Done;
}

int commandCampaignAdd(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections campaign add"), 3, Action::PlanInspections);
    if (!c)
        return fail(c.error());
    for (const char *name : {"--kind", "--title", "--domain", "--from", "--to"})
        if (auto s = requireOption(cl, name); !s)
            return fail(s.error());
    PlanEntry entry;
    auto year = yearOption(cl, *c);
    if (!year)
        return fail(year.error());
    auto kind = enumValue(cl.option("--kind"), QStringLiteral("--kind"), inspectionKinds());
    if (!kind)
        return fail(kind.error());
    auto domain = domainValue(cl.option("--domain"), "--domain");
    if (!domain)
        return fail(domain.error());
    auto from = dateOption(cl, "--from");
    if (!from)
        return fail(from.error());
    auto to = dateOption(cl, "--to");
    if (!to)
        return fail(to.error());
    if (*kind != InspectionKind::Campaign && *kind != InspectionKind::KeyPeriod)
        return refuse(Text::tr("--kind: a plan entry is a campaign or a key-period check"));
    entry.year = cl.has("--year") ? *year : from->year();
    entry.kind = *kind;
    entry.title = cl.option("--title").trimmed();
    entry.domain = *domain;
    entry.from = *from;
    entry.to = *to;
    entry.section = cl.option("--section").trimmed();
    entry.notes = cl.option("--notes").trimmed();
    for (const QString &word : listValue(cl.option("--entities"))) {
        auto entity = entityValue(*c, word, "--entities");
        if (!entity)
            return fail(entity.error());
        if (!entry.entityIds.contains(entity->id))
            entry.entityIds << entity->id;
    }
    auto stored = PlanRepository(*c->db).add(*c->session, entry);
    if (!stored)
        return fail(stored.error());
    if (cl.json)
        out.json(planEntryJson(*stored));
    else
        out.line(Text::tr("Planned %1 (id %2) with %n unit(s).", nullptr, int(stored->entityIds.size()))
                     .arg(stored->title)
                     .arg(stored->id));
    return Done;
}

int commandCampaignList(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections campaign list"), 3, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto year = yearOption(cl, *c);
    if (!year)
        return fail(year.error());
    const QList<PlanEntry> entries = PlanRepository(*c->db).entries(*year);
    if (cl.json) {
        QJsonArray list;
        for (const PlanEntry &e : entries)
            list.append(planEntryJson(e));
        out.json({{QStringLiteral("year"), *year}, {QStringLiteral("campaigns"), list}});
        return Done;
    }
    for (const PlanEntry &e : entries)
        printEntry(out, e);
    out.line(Text::tr("%n campaign(s) and key period(s)", nullptr, int(entries.size())));
    return Done;
}

int commandCampaignRemove(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections campaign remove"), 4, Action::PlanInspections,
                                    QStringLiteral("campaign's ID (inspections campaign list)"));
    if (!c)
        return fail(c.error());
    auto id = idValue(cl.words[3], QStringLiteral("inspections campaign remove"));
    if (!id)
        return fail(id.error());
    auto entry = PlanRepository(*c->db).find(*id);
    if (!entry)
        return fail(entry.error());
    if (auto s = PlanRepository(*c->db).remove(*c->session, *id); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("removed"), *id}, {QStringLiteral("title"), entry->title}});
    else
        out.line(Text::tr("Removed %1 (id %2) from the plan.").arg(entry->title).arg(*id));
    return Done;
}

} // namespace casedesk::cli
