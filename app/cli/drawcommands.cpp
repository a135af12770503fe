// inspections draw (双随机), draw show and draw verify, and the declared
// conflicts of interest a draw respects (inspections recusal add, list,
// remove). The draw's record prints through inspectionprintcommands.cpp.
#include "caseoptions.h"
#include "commands.h"
#include "dutylist/supervisiondomain.h"
#include "inspectionjson.h"
#include "inspectionoptions.h"
#include "inspections/drawrepository.h"

namespace casedesk::cli {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseDeskCli)
};

void printDraw(Printer &out, const InspectionDraw &d, bool withPools)
{
    out.line(Text::tr("Draw %1 on %2 (%3): %4 of %5 unit(s), %6 inspectors each, seed %7")
                 .arg(d.drawNumber, isoDate(d.request.drawnOn), SupervisionDomain::displayName(d.request.domain))
                 .arg(d.picks.size())
                 .arg(d.entityPool.size())
                 .arg(d.request.perUnit)
                 .arg(d.request.seed));
    if (!d.request.purpose.isEmpty())
        out.line(Text::tr("Purpose: %1").arg(d.request.purpose));
    out.line(Text::tr("Pool: %1")
                 .arg(d.request.pool.toText().isEmpty() ? Text::tr("every live entity") : d.request.pool.toText()));
    for (int i = 0; i < d.picks.size(); ++i) {
        const DrawPick &p = d.picks[i];
        QStringList people;
        for (const InspectionInspector &who : p.inspectors)
            people << QStringLiteral("%1 (%2)").arg(who.name, who.login);
        out.line(QStringLiteral("  %1. %2\t%3\t%4")
                     .arg(i + 1)
                     .arg(p.entityName, p.entityCode, people.join(QStringLiteral(", "))));
    }
    out.line(Text::tr("Entity pool SHA-256: %1").arg(d.entityPoolHash));
    out.line(Text::tr("Inspector pool SHA-256: %1").arg(d.inspectorPoolHash));
    out.line(Text::tr("Result SHA-256: %1").arg(d.resultHash));
    if (!withPools)
        return;
    out.line(Text::tr("Entity pool: %1").arg(d.entityPool.join(QStringLiteral(", "))));
    out.line(Text::tr("Inspector pool: %1").arg(d.inspectorPool.join(QStringLiteral(", "))));
    for (const auto &[login, code] : d.recusals)
        out.line(Text::tr("Recused: %1 from %2").arg(login, code));
}

Result<InspectionDraw> findDraw(const InspectionCommand &c, const QString &text)
{
    return DrawRepository(*c.db).findByNumber(text.trimmed());
}
} // namespace

int commandInspectionsDraw(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections draw"), 2, Action::PlanInspections);
    if (!c)
        return fail(c.error());
    if (auto s = requireOption(cl, "--count", Text::tr("how many units to draw")); !s)
        return fail(s.error());
    DrawRequest request;
    auto pool = DrawPoolFilter::parse(cl.option("--pool"));
    if (!pool)
        return fail(optionError("--pool", pool.error()));
    request.pool = *pool;
    auto count = wholeNumberOption(cl, "--count", 0, 1);
    if (!count)
        return fail(count.error());
    request.count = *count;
    auto perUnit = wholeNumberOption(cl, "--per-unit", RandomDraw::kMinimumPerUnit, RandomDraw::kMinimumPerUnit);
    if (!perUnit)
        return fail(perUnit.error());
    request.perUnit = *perUnit;
    auto domain =
        domainValue(cl.has("--domain") ? cl.option("--domain") : QString::fromLatin1(SupervisionDomain::ProductQuality),
                    "--domain");
    if (!domain)
        return fail(domain.error());
    request.domain = *domain;
    auto on = dayOption(cl, "--on", c->today);
    if (!on)
        return fail(on.error());
    request.drawnOn = *on;
    request.seed = cl.option("--seed").trimmed();
    request.section = cl.option("--section").trimmed();
    request.purpose = cl.option("--purpose").trimmed();
    auto drawn = DrawRepository(*c->db).draw(*c->session, request, c->today);
    if (!drawn)
        return fail(drawn.error());
    if (cl.json)
        out.json(drawJson(*drawn, false));
    else
        printDraw(out, *drawn, false);
    return Done;
}

int commandDrawShow(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections draw show"), 4, Action::ViewInspections,
                                    QStringLiteral("draw's ID or NUMBER"));
    if (!c)
        return fail(c.error());
    auto draw = findDraw(*c, cl.words[3]);
    if (!draw)
        return fail(draw.error());
    if (cl.json)
        out.json(drawJson(*draw, true));
    else
        printDraw(out, *draw, true);
    return Done;
}

int commandDrawVerify(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections draw verify"), 4, Action::ViewInspections,
                                    QStringLiteral("draw's ID or NUMBER"));
    if (!c)
        return fail(c.error());
    auto draw = findDraw(*c, cl.words[3]);
    if (!draw)
        return fail(draw.error());
    auto verified = DrawRepository(*c->db).verify(draw->id);
    if (!verified)
        return fail(verified.error());
    const bool ok = verified->poolsMatch && verified->resultMatches;
    if (cl.json)
        out.json({{QStringLiteral("drawNumber"), draw->drawNumber},
                  {QStringLiteral("verified"), ok},
                  {QStringLiteral("poolsMatch"), verified->poolsMatch},
                  {QStringLiteral("resultMatches"), verified->resultMatches},
                  {QStringLiteral("message"), verified->message}});
    else if (ok)
        out.line(verified->message);
    if (ok)
        return Done;
    // A draw that does not re-run to its record is a finding about the
    // data, not a refused request: exit status 1, as audit verify.
    out.flush();
    return fail(
        failure(Text::tr("inspections draw verify: %1 does not verify: %2").arg(draw->drawNumber, verified->message)));
}

int commandRecusalAdd(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections recusal add"), 3, Action::EditInspection);
    if (!c)
        return fail(c.error());
    for (const char *name : {"--entity", "--reason"})
        if (auto s = requireOption(cl, name); !s)
            return fail(s.error());
    auto who = staffValue(*c, cl.has("--inspector") ? cl.option("--inspector") : c->session->login(), "--inspector");
    if (!who)
        return fail(who.error());
    if (who->size() != 1)
        return refuse(Text::tr("--inspector: name one person"));
    auto entity = entityValue(*c, cl.option("--entity"), "--entity");
    if (!entity)
        return fail(entity.error());
    auto on = dayOption(cl, "--on", c->today);
    if (!on)
        return fail(on.error());
    auto declared = DrawRepository(*c->db).declareRecusal(*c->session, who->first().staffId, entity->id,
                                                          cl.option("--reason").trimmed(), *on);
    if (!declared)
        return fail(declared.error());
    if (cl.json)
        out.json(recusalJson(*declared));
    else
        out.line(Text::tr("Recorded: %1 keeps out of draws and inspections of %2 (recusal %3).")
                     .arg(declared->staffName, declared->entityName)
                     .arg(declared->id));
    return Done;
}

int commandRecusalList(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections recusal list"), 3, Action::ViewInspections);
    if (!c)
        return fail(c.error());
    qint64 staffId = 0, entityId = 0;
    if (cl.has("--inspector")) {
        auto who = staffValue(*c, cl.option("--inspector"), "--inspector");
        if (!who)
            return fail(who.error());
        staffId = who->value(0).staffId;
    }
    if (cl.has("--entity")) {
        auto entity = entityValue(*c, cl.option("--entity"), "--entity");
        if (!entity)
            return fail(entity.error());
        entityId = entity->id;
    }
    const QList<Recusal> recusals = DrawRepository(*c->db).recusals(staffId, entityId);
    if (cl.json) {
        QJsonArray list;
        for (const Recusal &r : recusals)
            list.append(recusalJson(r));
        out.json({{QStringLiteral("recusals"), list}});
        return Done;
    }
    for (const Recusal &r : recusals)
        out.line(QStringLiteral("%1\t%2 (%3)\t%4 (%5)\t%6\t%7")
                     .arg(r.id)
                     .arg(r.staffName, r.login, r.entityName, r.entityCode, isoDate(r.declaredOn), r.reason));
    out.line(Text::tr("%n recusal(s)", nullptr, int(recusals.size())));
    return Done;
}

int commandRecusalRemove(const CommandLine &cl, Printer &out)
{
    auto c = startInspectionCommand(cl, QStringLiteral("inspections recusal remove"), 4, Action::EditInspection,
                                    QStringLiteral("recusal's ID (inspections recusal list)"));
    if (!c)
        return fail(c.error());
    auto id = idValue(cl.words[3], QStringLiteral("inspections recusal remove"));
    if (!id)
        return fail(id.error());
    if (auto s = DrawRepository(*c->db).withdrawRecusal(*c->session, *id); !s)
        return fail(s.error());
    if (cl.json)
        out.json({{QStringLiteral("removed"), *id}});
    else
        out.line(Text::tr("Withdrew recusal %1.").arg(*id));
    return Done;
}

} // namespace casedesk::cli
