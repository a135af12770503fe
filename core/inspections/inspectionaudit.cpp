// InspectionRows::auditJson: an inspection record as the audit trail keeps
// it, one key per field a person can read in the history (labels in
// AuditDiff::fieldLabel); lists are written one entry per line.
#include "inspections/inspectionrows.h"

#include <QJsonObject>

namespace casedesk::InspectionRows {

namespace {
QString iso(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString inspectorLines(const QList<InspectionInspector> &inspectors)
{
    QStringList lines;
    for (const InspectionInspector &i : inspectors)
        lines << QStringLiteral("%1 (%2) %3").arg(i.name, i.login, i.certificateNumber).trimmed();
    return lines.join(QLatin1Char('\n'));
}

QString itemLines(const QList<qint64> &items)
{
    QStringList lines;
    for (qint64 id : items)
        lines << QString::number(id);
    return lines.join(QLatin1Char('\n'));
}

QString checklistLines(const QList<CheckPoint> &points)
{
    QStringList lines;
    for (const CheckPoint &p : points) {
        QString line = QStringLiteral("%1 %2: %3").arg(p.label, p.text, checkResults().code(p.result));
        if (!p.note.isEmpty())
            line += QStringLiteral(" (%1)").arg(p.note);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QJsonObject auditJson(const Inspection &r)
{
    return QJsonObject{
        {QStringLiteral("recordNumber"), r.recordNumber},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("status"), inspectionStatuses().code(r.status)},
        {QStringLiteral("entityId"), QString::number(r.unit.entityId)},
        {QStringLiteral("unitName"), r.unit.name},
        {QStringLiteral("unitCode"), r.unit.code},
        {QStringLiteral("equipmentId"), QString::number(r.equipmentId)},
        {QStringLiteral("inspectedOn"), iso(r.inspectedOn)},
        {QStringLiteral("place"), r.place},
        {QStringLiteral("inspectionKind"), inspectionKinds().code(r.kind)},
        {QStringLiteral("campaign"), r.campaign},
        {QStringLiteral("planEntryId"), QString::number(r.planEntryId)},
        {QStringLiteral("drawId"), QString::number(r.drawId)},
        {QStringLiteral("followUpOf"), QString::number(r.followUpOf)},
        {QStringLiteral("domain"), r.domain},
        {QStringLiteral("systemId"), QString::number(r.systemId)},
        {QStringLiteral("section"), r.section},
        {QStringLiteral("inspectors"), inspectorLines(r.inspectors)},
        {QStringLiteral("items"), itemLines(r.itemIds)},
        {QStringLiteral("checklist"), checklistLines(r.checklist)},
        {QStringLiteral("findings"), r.findings},
        {QStringLiteral("outcomes"), outcomeCodes(r.outcomes)},
        {QStringLiteral("correctBy"), iso(r.correctBy)},
        {QStringLiteral("directiveNumber"), r.directiveNumber},
        {QStringLiteral("directiveDemands"), r.directiveDemands},
        {QStringLiteral("directiveOralFirst"), r.directiveOralFirst},
        {QStringLiteral("directiveOralOn"), iso(r.directiveOralOn)},
        {QStringLiteral("sealSeizeNote"), r.sealSeizeNote},
        {QStringLiteral("reportedTo"), r.reportedTo},
        {QStringLiteral("caseId"), QString::number(r.caseId)},
        {QStringLiteral("unitSignatory"), r.unitSignatory},
        {QStringLiteral("unitRefusedToSign"), r.unitRefusedToSign},
        {QStringLiteral("refusalNote"), r.refusalNote},
        {QStringLiteral("correctionReason"), r.correctionReason},
    };
}

} // namespace casedesk::InspectionRows
