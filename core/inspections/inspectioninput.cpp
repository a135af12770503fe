#include "inspections/inspectioninput.h"

#include "inspections/inspectionrows.h"
#include "register/entityregister.h"

#include <QCoreApplication>
#include <algorithm>

namespace casedesk::InspectionInput {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

using O = InspectionOutcome;

// Whether live row `id` of `table` exists.
Result<bool> exists(const Database &db, const char *table, qint64 id)
{
    auto q =
        db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(QLatin1String(table)), {id});
    if (!q)
        return q.error();
    return q->next();
}

Status requireRow(const Database &db, const char *table, qint64 id, const QString &message)
{
    if (id <= 0)
        return success();
    auto found = exists(db, table, id);
    if (!found)
        return found.error();
    return *found ? success() : Status(refusal(message));
}

Status copyUnit(Database &db, InspectedUnit &unit)
{
    auto entity = EntityRegister(db).find(unit.entityId);
    if (!entity)
        return refusal(Text::tr("Unit: entity %1 is not in the register (unknown or removed).").arg(unit.entityId));
    unit = InspectedUnit{
        entity->id,   entity->name, entity->code, entity->address, entity->legalRepresentative, entity->contactPerson,
        entity->phone};
    return success();
}

Status checkEquipment(const Database &db, const Inspection &r)
{
    if (r.equipmentId <= 0)
        return success();
    auto q =
        db.exec(QStringLiteral("SELECT entity_id FROM equipment WHERE id = ? AND deleted_at IS NULL"), {r.equipmentId});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("Equipment: unit of equipment %1 is not in the register.").arg(r.equipmentId));
    if (q->value(0).toLongLong() != r.unit.entityId)
        return refusal(Text::tr("Equipment: unit of equipment %1 belongs to another user than %2.")
                           .arg(r.equipmentId)
                           .arg(r.unit.name));
    return success();
}

Status checkFollowedRecord(const Database &db, const Inspection &r)
{
    if (r.followUpOf <= 0)
        return success();
    auto q = db.exec(QStringLiteral("SELECT record_number FROM inspection WHERE id = ? AND deleted_at IS NULL"),
                     {r.followUpOf});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("Follow-up of: there is no inspection %1.").arg(r.followUpOf));
    if (!r.recordNumber.isEmpty() && q->value(0).toString() == r.recordNumber)
        return refusal(Text::tr("Follow-up of: a record cannot follow itself up."));
    return success();
}
} // namespace

Inspection fresh(const Inspection &given)
{
    Inspection r = given;
    r.id = 0;
    r.uuid.clear();
    r.recordNumber.clear();
    r.version = 1;
    r.current = true;
    r.status = InspectionStatus::Draft;
    r.equipmentLabel.clear();
    r.systemTitle.clear();
    r.directiveNumber.clear();
    r.caseId = 0;
    r.caseNumber.clear();
    r.correctionReason.clear();
    r.finishedAt.clear();
    r.finishedBy.clear();
    r.createdAt.clear();
    r.createdBy.clear();
    r.modifiedAt.clear();
    r.modifiedBy.clear();
    return r;
}

void tidy(Inspection &r)
{
    for (QString *text : {&r.place, &r.campaign, &r.section, &r.findings, &r.directiveDemands, &r.sealSeizeNote,
                          &r.reportedTo, &r.unitSignatory, &r.refusalNote})
        *text = text->trimmed();
    for (CheckPoint &p : r.checklist)
        p.note = p.note.trimmed();
    QList<InspectionOutcome> outcomes;
    for (InspectionOutcome o : inspectionOutcomes().values())
        if (r.outcomes.contains(o))
            outcomes << o;
    r.outcomes = outcomes;
    QList<qint64> items;
    for (qint64 id : r.itemIds)
        if (!items.contains(id))
            items << id;
    r.itemIds = items;
    if (!r.has(O::OrderToCorrect) && !r.has(O::Directive))
        r.correctBy = QDate();
    if (!r.has(O::Directive)) {
        r.directiveDemands.clear();
        r.directiveOralFirst = false;
    }
    if (!r.directiveOralFirst)
        r.directiveOralOn = QDate();
    if (!r.has(O::SealSeize))
        r.sealSeizeNote.clear();
    if (!r.has(O::ReportUpward))
        r.reportedTo.clear();
    if (!r.unitRefusedToSign)
        r.refusalNote.clear();
}

Status complete(Database &db, Inspection &r, const Inspection *before)
{
    if (before && before->unit.entityId == r.unit.entityId)
        r.unit = before->unit;
    else if (auto s = copyUnit(db, r.unit); !s)
        return s;
    if (auto s = checkEquipment(db, r); !s)
        return s;
    if (auto s = InspectionRows::fillInspectors(db, r.inspectors, r.domain); !s)
        return s;
    for (qint64 item : r.itemIds) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM item WHERE id = ?"), {item});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Responsibility items: item %1 is not in the responsibility list.").arg(item));
    }
    if (auto s =
            requireRow(db, "supervision_system", r.systemId,
                       Text::tr("Supervision system: system %1 is not in the responsibility list.").arg(r.systemId));
        !s)
        return s;
    if (auto s = requireRow(db, "plan_entry", r.planEntryId,
                            Text::tr("Plan entry: there is no plan entry %1.").arg(r.planEntryId));
        !s)
        return s;
    if (auto s = requireRow(db, "inspection_draw", r.drawId, Text::tr("Draw: there is no draw %1.").arg(r.drawId)); !s)
        return s;
    return checkFollowedRecord(db, r);
}

FieldProblems followUpProblems(const Database &db, const Inspection &r)
{
    FieldProblems out;
    if (r.kind != InspectionKind::FollowUp || r.followUpOf <= 0)
        return out;
    auto followed = InspectionRows::load(db, r.followUpOf);
    const QString field = QStringLiteral("followUpOf");
    if (!followed) {
        out.append({field, Text::tr("Follow-up of: there is no inspection %1.").arg(r.followUpOf)});
        return out;
    }
    if (followed->status != InspectionStatus::Finished)
        out.append({field, Text::tr("Follow-up of: %1 is not finished yet.").arg(followed->recordNumber)});
    if (!followed->has(O::OrderToCorrect) && !followed->has(O::Directive))
        out.append(
            {field,
             Text::tr("Follow-up of: %1 ordered no correction and gave no directive.").arg(followed->recordNumber)});
    if (followed->unit.entityId != r.unit.entityId)
        out.append({field, Text::tr("Follow-up of: %1 inspected another unit (%2).")
                               .arg(followed->recordNumber, followed->unit.name)});
    return out;
}

} // namespace casedesk::InspectionInput
