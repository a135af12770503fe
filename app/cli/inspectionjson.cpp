#include "inspectionjson.h"

#include "inspections/inspectionrules.h"

namespace casedesk::cli {

namespace {

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

QJsonArray outcomesJson(const QList<InspectionOutcome> &outcomes)
{
    QJsonArray out;
    for (InspectionOutcome o : outcomes)
        out.append(inspectionOutcomes().code(o));
    return out;
}

} // namespace

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonObject unitJson(const InspectedUnit &u)
{
    return {{QStringLiteral("entityId"), u.entityId},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("code"), u.code},
            {QStringLiteral("address"), u.address},
            {QStringLiteral("legalRepresentative"), u.legalRepresentative},
            {QStringLiteral("contactPerson"), u.contactPerson},
            {QStringLiteral("phone"), u.phone}};
}

QJsonArray inspectorsJson(const QList<InspectionInspector> &people)
{
    QJsonArray out;
    for (const InspectionInspector &p : people)
        out.append(QJsonObject{{QStringLiteral("staffId"), p.staffId},
                               {QStringLiteral("login"), p.login},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("certificateNumber"), p.certificateNumber},
                               {QStringLiteral("certificateValidUntil"), isoDate(p.certificateValidUntil)}});
    return out;
}

QJsonObject checkPointJson(const CheckPoint &p)
{
    return {{QStringLiteral("label"), p.label},
            {QStringLiteral("group"), p.group},
            {QStringLiteral("text"), p.text},
            {QStringLiteral("result"), checkResults().code(p.result)},
            {QStringLiteral("note"), p.note}};
}

QJsonObject inspectionJson(const Inspection &r)
{
    QJsonArray checklist;
    for (const CheckPoint &p : r.checklist)
        checklist.append(checkPointJson(p));
    return {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("uuid"), r.uuid},
        {QStringLiteral("recordNumber"), r.recordNumber},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("current"), r.current},
        {QStringLiteral("status"), inspectionStatuses().code(r.status)},
        {QStringLiteral("unit"), unitJson(r.unit)},
        {QStringLiteral("equipmentId"), r.equipmentId},
        {QStringLiteral("equipment"), r.equipmentLabel},
        {QStringLiteral("inspectedOn"), isoDate(r.inspectedOn)},
        {QStringLiteral("place"), r.place},
        {QStringLiteral("kind"), inspectionKinds().code(r.kind)},
        {QStringLiteral("campaign"), r.campaign},
        {QStringLiteral("planEntryId"), r.planEntryId},
        {QStringLiteral("drawId"), r.drawId},
        {QStringLiteral("followUpOf"), r.followUpOf},
        {QStringLiteral("domain"), r.domain},
        {QStringLiteral("systemId"), r.systemId},
        {QStringLiteral("systemTitle"), r.systemTitle},
        {QStringLiteral("section"), r.section},
        {QStringLiteral("inspectors"), inspectorsJson(r.inspectors)},
        {QStringLiteral("itemIds"), idsJson(r.itemIds)},
        {QStringLiteral("checklist"), checklist},
        {QStringLiteral("failedPoints"), r.failedPoints()},
        {QStringLiteral("uncheckedPoints"), r.uncheckedPoints()},
        {QStringLiteral("findings"), r.findings},
        {QStringLiteral("outcomes"), outcomesJson(r.outcomes)},
        {QStringLiteral("correctBy"), isoDate(r.correctBy)},
        {QStringLiteral("followUpDue"), isoDate(InspectionRules::followUpDue(r))},
        {QStringLiteral("directiveNumber"), r.directiveNumber},
        {QStringLiteral("directiveDemands"), r.directiveDemands},
        {QStringLiteral("directiveOralFirst"), r.directiveOralFirst},
        {QStringLiteral("directiveOralOn"), isoDate(r.directiveOralOn)},
        {QStringLiteral("sealSeizeNote"), r.sealSeizeNote},
        {QStringLiteral("reportedTo"), r.reportedTo},
        {QStringLiteral("caseId"), r.caseId},
        {QStringLiteral("caseNumber"), r.caseNumber},
        {QStringLiteral("unitSignatory"), r.unitSignatory},
        {QStringLiteral("unitRefusedToSign"), r.unitRefusedToSign},
        {QStringLiteral("refusalNote"), r.refusalNote},
        {QStringLiteral("correctionReason"), r.correctionReason},
        {QStringLiteral("finishedAt"), r.finishedAt},
        {QStringLiteral("finishedBy"), r.finishedBy},
        {QStringLiteral("createdAt"), r.createdAt},
        {QStringLiteral("createdBy"), r.createdBy},
        {QStringLiteral("modifiedAt"), r.modifiedAt},
        {QStringLiteral("modifiedBy"), r.modifiedBy},
    };
}

QJsonObject inspectionVersionJson(const InspectionVersion &v)
{
    return {{QStringLiteral("id"), v.id},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("status"), inspectionStatuses().code(v.status)},
            {QStringLiteral("correctionReason"), v.correctionReason},
            {QStringLiteral("modifiedAt"), v.modifiedAt},
            {QStringLiteral("modifiedBy"), v.modifiedBy}};
}

QJsonObject inspectionRowJson(const InspectionRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("recordNumber"), r.recordNumber},
            {QStringLiteral("version"), r.version},
            {QStringLiteral("status"), inspectionStatuses().code(r.status)},
            {QStringLiteral("inspectedOn"), isoDate(r.inspectedOn)},
            {QStringLiteral("unitName"), r.unitName},
            {QStringLiteral("unitCode"), r.unitCode},
            {QStringLiteral("kind"), inspectionKinds().code(r.kind)},
            {QStringLiteral("domain"), r.domain},
            {QStringLiteral("section"), r.section},
            {QStringLiteral("inspectors"), r.inspectors},
            {QStringLiteral("outcomes"), outcomesJson(r.outcomes)},
            {QStringLiteral("failedPoints"), r.failedPoints},
            {QStringLiteral("followUpDue"), isoDate(r.followUpDue)}};
}

QJsonObject followUpJson(const FollowUpDue &d)
{
    return {{QStringLiteral("inspectionId"), d.inspectionId},
            {QStringLiteral("recordNumber"), d.recordNumber},
            {QStringLiteral("unitName"), d.unitName},
            {QStringLiteral("outcome"), inspectionOutcomes().code(d.outcome)},
            {QStringLiteral("directiveNumber"), d.directiveNumber},
            {QStringLiteral("due"), isoDate(d.due)},
            {QStringLiteral("daysLeft"), d.daysLeft},
            {QStringLiteral("overdue"), d.daysLeft < 0}};
}

QJsonObject planRowJson(const PlanRow &r)
{
    return {{QStringLiteral("entityId"), r.entityId},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("code"), r.code},
            {QStringLiteral("township"), r.township},
            {QStringLiteral("domain"), r.domain},
            {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)},
            {QStringLiteral("planEntryId"), r.planEntryId},
            {QStringLiteral("planEntryTitle"), r.planEntryTitle},
            {QStringLiteral("inspections"), r.inspections},
            {QStringLiteral("lastInspectedOn"), isoDate(r.lastInspectedOn)},
            {QStringLiteral("outstanding"), r.outstanding()}};
}

QJsonObject planProgressJson(const PlanProgress &p)
{
    return {{QStringLiteral("domain"), p.domain}, {QStringLiteral("planEntryId"), p.planEntryId},
            {QStringLiteral("title"), p.title},   {QStringLiteral("due"), p.due},
            {QStringLiteral("done"), p.done},     {QStringLiteral("outstanding"), p.due - p.done}};
}

QJsonObject planEntryJson(const PlanEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("year"), e.year},
            {QStringLiteral("kind"), inspectionKinds().code(e.kind)},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("domain"), e.domain},
            {QStringLiteral("from"), isoDate(e.from)},
            {QStringLiteral("to"), isoDate(e.to)},
            {QStringLiteral("section"), e.section},
            {QStringLiteral("notes"), e.notes},
            {QStringLiteral("entityIds"), idsJson(e.entityIds)},
            {QStringLiteral("modifiedAt"), e.modifiedAt},
            {QStringLiteral("modifiedBy"), e.modifiedBy}};
}

QJsonObject drawPickJson(const DrawPick &p)
{
    return {{QStringLiteral("entityId"), p.entityId},
            {QStringLiteral("entityCode"), p.entityCode},
            {QStringLiteral("entityName"), p.entityName},
            {QStringLiteral("inspectors"), inspectorsJson(p.inspectors)},
            {QStringLiteral("inspectionId"), p.inspectionId}};
}

QJsonObject drawJson(const InspectionDraw &d, bool withPools)
{
    QJsonArray picks;
    for (const DrawPick &p : d.picks)
        picks.append(drawPickJson(p));
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("drawNumber"), d.drawNumber},
                  {QStringLiteral("pool"), d.request.pool.toText()},
                  {QStringLiteral("domain"), d.request.domain},
                  {QStringLiteral("count"), d.request.count},
                  {QStringLiteral("perUnit"), d.request.perUnit},
                  {QStringLiteral("seed"), d.request.seed},
                  {QStringLiteral("drawnOn"), isoDate(d.request.drawnOn)},
                  {QStringLiteral("section"), d.request.section},
                  {QStringLiteral("purpose"), d.request.purpose},
                  {QStringLiteral("entityPoolSize"), d.entityPool.size()},
                  {QStringLiteral("inspectorPoolSize"), d.inspectorPool.size()},
                  {QStringLiteral("entityPoolHash"), d.entityPoolHash},
                  {QStringLiteral("inspectorPoolHash"), d.inspectorPoolHash},
                  {QStringLiteral("resultHash"), d.resultHash},
                  {QStringLiteral("picks"), picks},
                  {QStringLiteral("drawnBy"), d.drawnBy},
                  {QStringLiteral("drawnAt"), d.drawnAt}};
    if (withPools) {
        QJsonArray recusals;
        for (const auto &[login, code] : d.recusals)
            recusals.append(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("entityCode"), code}});
        o.insert(QStringLiteral("entityPool"), QJsonArray::fromStringList(d.entityPool));
        o.insert(QStringLiteral("inspectorPool"), QJsonArray::fromStringList(d.inspectorPool));
        o.insert(QStringLiteral("recusals"), recusals);
    }
    return o;
}

QJsonObject recusalJson(const Recusal &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("staffId"), r.staffId},
            {QStringLiteral("login"), r.login},
            {QStringLiteral("staffName"), r.staffName},
            {QStringLiteral("entityId"), r.entityId},
            {QStringLiteral("entityCode"), r.entityCode},
            {QStringLiteral("entityName"), r.entityName},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("declaredOn"), isoDate(r.declaredOn)}};
}

} // namespace casedesk::cli
