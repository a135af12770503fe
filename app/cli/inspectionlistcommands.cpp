// inspections list and follow-ups: the inspection records by the filters a
// section chief uses (section, date range, mine, kind, domain, status), and
// the follow-up checks of orders to correct and directives falling due.
#include "caseoptions.h"
#include "commands.h"
#include "inspectionjson.h"
#include "inspectionoptions.h"
#include "inspections/inspectionqueries.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

Result<InspectionFilter> filterOf(const CommandLine &cl, const InspectionCommand &c)
{
    InspectionFilter f;
    f.search = cl.option("--search").trimmed();
    f.section = cl.option("--section").trimmed();
    f.followUpOpen = cl.flag("--follow-up-open");
    if (cl.flag("--mine"))
        f.inspectorId = c.session->staffId();
    auto range = dateRangeOptions(cl);
    if (!range)
        return range.error();
    f.from = range->from;
    f.to = range->to;
    if (const Status read = readEnumOption(cl, "--kind", inspectionKinds(), f.kind); !read)
        return read.error();
    if (const Status read = readEnumOption(cl, "--status", inspectionStatuses(), f.status); !read)
        return read.error();
    if (const Status read = readEnumOption(cl, "--outcome", inspectionOutcomes(), f.outcome); !read)
        return read.error();
    if (cl.has("--domain")) {
        auto domain = domainValue(cl.option("--domain"), "--domain");
        if (!domain)
            return domain.error();
        f.domain = *domain;
    }
    if (cl.has("--entity")) {
        auto entity = entityValue(c, cl.option("--entity"), "--entity");
        if (!entity)
            return entity.error();
        f.entityId = entity->id;
    }
    return f;
}
} // namespace

int commandInspectionsList(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections list"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto filter = filterOf(cl, *c);
    if (!filter)
        return fail(filter.error());
    auto limit = wholeNumberOption(cl, "--limit", -1, 1);
    if (!limit)
        return fail(limit.error());
    auto total = InspectionQueries::count(*c->db, *filter);
    if (!total)
        return fail(total.error());
    const InspectionSort sort{filter->followUpOpen ? InspectionSortColumn::FollowUpDue : InspectionSortColumn::Date,
                              !filter->followUpOpen};
    auto rows = InspectionQueries::page(*c->db, *filter, sort, 0, *limit < 0 ? *total : *limit);
    if (!rows)
        return fail(rows.error());
    if (cl.json) {
        QJsonArray list;
        for (const InspectionRow &r : *rows)
            list.append(inspectionRowJson(r));
        out.json({{QStringLiteral("total"), *total}, {QStringLiteral("inspections"), list}});
        return Done;
    }
    for (const InspectionRow &r : *rows) {
        QString state = inspectionStatuses().name(r.status);
        if (r.version > 1)
            state += Text::tr(", version %1").arg(r.version);
        if (r.failedPoints > 0)
            state += Text::tr(", %n point(s) not conforming", nullptr, r.failedPoints);
        if (r.followUpDue.isValid())
            state += Text::tr(", follow-up due %1").arg(isoDate(r.followUpDue));
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7")
                     .arg(r.recordNumber, isoDate(r.inspectedOn), r.unitName, inspectionKinds().name(r.kind), r.section,
                          r.inspectors, state));
    }
    out.line(Text::tr("%n inspection(s)", nullptr, *total));
    return Done;
}

int commandInspectionsFollowUps(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections follow-ups"), 2, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    auto within = wholeNumberOption(cl, "--within", 30, 0);
    if (!within)
        return fail(within.error());
    auto due = InspectionQueries::followUps(*c->db, c->today, *within);
    if (!due)
        return fail(due.error());
    if (cl.json) {
        QJsonArray list;
        for (const FollowUpDue &d : *due)
            list.append(followUpJson(d));
        out.json({{QStringLiteral("followUps"), list}});
        return Done;
    }
    for (const FollowUpDue &d : *due) {
        const QString left = d.daysLeft < 0 ? Text::tr("%n day(s) overdue", nullptr, -d.daysLeft)
                                            : Text::tr("%n day(s) left", nullptr, d.daysLeft);
        out.line(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(isoDate(d.due), left, d.recordNumber, d.unitName,
                          d.directiveNumber.isEmpty() ? inspectionOutcomes().name(d.outcome) : d.directiveNumber));
    }
    out.line(Text::tr("%n follow-up check(s) due", nullptr, int(due->size())));
    return Done;
}

} // namespace casedesk::cli
