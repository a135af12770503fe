#include "inspections/inspectionrows.h"

#include "bureausettings.h"
#include "cases/casenumber.h"
#include "dutylist/supervisiondomain.h"
#include "register/equipment.h"
#include "register/registerrows.h"

#include <QCoreApplication>

namespace casedesk::InspectionRows {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

template <class E, std::size_t N> E fromCode(const EnumTable<E, N> &table, const QString &code, E fallback)
{
    for (E value : table.values())
        if (table.code(value) == code)
            return value;
    return fallback;
}

bool specialEquipment(const QString &domain)
{
    return domain == QLatin1String(SupervisionDomain::SpecialEquipment);
}

// What the lists' search looks in, lower-cased once here.
QString searchText(const Inspection &r)
{
    QStringList parts{r.recordNumber, r.unit.name, r.unit.code, r.findings};
    for (const InspectionInspector &i : r.inspectors)
        parts << i.name;
    if (!r.directiveNumber.isEmpty())
        parts << r.directiveNumber;
    return parts.join(QLatin1Char('\n')).toLower();
}

const char *const kStaffColumns = "id, login, name, section, active, enforcement_cert, enforcement_cert_from, "
                                  "enforcement_cert_until, equipment_cert, equipment_cert_from, equipment_cert_until";

StaffMember staffFromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.login = q.value(1).toString();
    m.name = q.value(2).toString();
    m.section = q.value(3).toString();
    m.active = q.value(4).toBool();
    m.enforcement = {q.value(5).toString(), dateFromStored(q.value(6)), dateFromStored(q.value(7))};
    m.specialEquipment = {q.value(8).toString(), dateFromStored(q.value(9)), dateFromStored(q.value(10))};
    return m;
}

InspectionInspector inspectorOf(const StaffMember &m, const QString &domain)
{
    const Certificate &c = specialEquipment(domain) ? m.specialEquipment : m.enforcement;
    return InspectionInspector{m.id, m.login, m.name, c.number, c.validUntil};
}

Result<StaffMember> findStaff(const Database &db, const InspectionInspector &i)
{
    auto q = i.staffId > 0 ? db.exec(QStringLiteral("SELECT %1 FROM staff WHERE id = ? AND deleted_at IS NULL")
                                         .arg(QLatin1String(kStaffColumns)),
                                     {i.staffId})
                           : db.exec(QStringLiteral("SELECT %1 FROM staff WHERE login = ? AND deleted_at IS NULL")
                                         .arg(QLatin1String(kStaffColumns)),
                                     {i.login.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("Inspectors: there is no colleague %1.")
                           .arg(i.staffId > 0 ? QString::number(i.staffId) : i.login));
    return staffFromRow(*q);
}

void loadInspectors(const Database &db, Inspection &r)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM inspection_inspector x JOIN staff s ON s.id = x.staff_id "
                                    "WHERE x.inspection_id = ? ORDER BY x.position")
                         .arg(RegisterRows::prefixedColumns(QStringLiteral("s"), kStaffColumns)),
                     {r.id});
    while (q && q->next())
        r.inspectors << inspectorOf(staffFromRow(*q), r.domain);
}

void loadItems(const Database &db, Inspection &r)
{
    auto q = db.exec(QStringLiteral("SELECT item_id FROM inspection_item WHERE inspection_id = ? ORDER BY position"),
                     {r.id});
    while (q && q->next())
        r.itemIds << q->value(0).toLongLong();
}

void loadChecklist(const Database &db, Inspection &r)
{
    auto q = db.exec(QStringLiteral("SELECT label, group_label, text, result, note FROM inspection_check "
                                    "WHERE inspection_id = ? ORDER BY position"),
                     {r.id});
    while (q && q->next())
        r.checklist << CheckPoint{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                  fromCode(checkResults(), q->value(3).toString(), CheckResult::Unchecked),
                                  q->value(4).toString()};
}

QString equipmentLabel(const QString &registrationNumber, const QString &categoryCode)
{
    if (registrationNumber.isEmpty())
        return {};
    auto category = parseEquipmentCategory(categoryCode);
    return category ? QStringLiteral("%1 %2").arg(registrationNumber, equipmentCategoryName(*category))
                    : registrationNumber;
}

Inspection fromRow(const QSqlQuery &q, const QString &abbreviation)
{
    auto v = [&](const char *column) { return q.value(QString::fromLatin1(column)); };
    auto date = [&](const char *column) { return dateFromStored(v(column)); };
    Inspection r;
    r.id = v("id").toLongLong();
    r.uuid = v("uuid").toString();
    r.recordNumber = v("record_number").toString();
    r.version = v("version").toInt();
    r.current = v("superseded_by").isNull();
    r.status = fromCode(inspectionStatuses(), v("status").toString(), InspectionStatus::Draft);
    r.unit =
        InspectedUnit{v("entity_id").toLongLong(),  v("unit_name").toString(),           v("unit_code").toString(),
                      v("unit_address").toString(), v("unit_representative").toString(), v("unit_contact").toString(),
                      v("unit_phone").toString()};
    r.equipmentId = v("equipment_id").toLongLong();
    r.equipmentLabel = equipmentLabel(v("equipment_registration").toString(), v("equipment_category").toString());
    r.inspectedOn = date("inspected_on");
    r.place = v("place").toString();
    r.kind = fromCode(inspectionKinds(), v("kind").toString(), InspectionKind::Routine);
    r.campaign = v("campaign").toString();
    r.planEntryId = v("plan_entry_id").toLongLong();
    r.drawId = v("draw_id").toLongLong();
    r.followUpOf = v("follow_up_of").toLongLong();
    r.domain = v("domain").toString();
    r.systemId = v("system_id").toLongLong();
    r.systemTitle = v("system_title").toString();
    r.section = v("section").toString();
    r.findings = v("findings").toString();
    r.outcomes = outcomesFromCodes(v("outcomes").toString());
    r.correctBy = date("correct_by");
    r.directiveNumber = v("directive_number").toString();
    r.directiveDemands = v("directive_demands").toString();
    r.directiveOralFirst = v("directive_oral_first").toBool();
    r.directiveOralOn = date("directive_oral_on");
    r.sealSeizeNote = v("seal_seize_note").toString();
    r.reportedTo = v("reported_to").toString();
    r.caseId = v("case_id").toLongLong();
    if (r.caseId > 0) {
        const CaseNumber number{v("case_year").toInt(), v("case_sequence").toInt()};
        r.caseNumber = number.isNull() ? v("lead_number").toString() : number.format(abbreviation);
    }
    r.unitSignatory = v("unit_signatory").toString();
    r.unitRefusedToSign = v("unit_refused").toBool();
    r.refusalNote = v("refusal_note").toString();
    r.correctionReason = v("correction_reason").toString();
    r.finishedAt = v("finished_at").toString();
    r.finishedBy = v("finished_by").toString();
    r.createdAt = v("created_at").toString();
    r.createdBy = v("created_by").toString();
    r.modifiedAt = v("modified_at").toString();
    r.modifiedBy = v("modified_by").toString();
    return r;
}
} // namespace

Result<Inspection> load(const Database &db, qint64 id)
{
    auto q = db.exec(QStringLiteral("SELECT i.*, s.title AS system_title, e.registration_number AS "
                                    "equipment_registration, e.category AS equipment_category, c.case_year, "
                                    "c.case_sequence, c.lead_number FROM inspection i "
                                    "LEFT JOIN supervision_system s ON s.id = i.system_id "
                                    "LEFT JOIN equipment e ON e.id = i.equipment_id "
                                    "LEFT JOIN enforcement_case c ON c.id = i.case_id "
                                    "WHERE i.id = ? AND i.deleted_at IS NULL"),
                     {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no inspection %1.").arg(id));
    Inspection r = fromRow(*q, BureauSettings::load(db).abbreviation);
    loadInspectors(db, r);
    loadItems(db, r);
    loadChecklist(db, r);
    return r;
}

qint64 currentIdOf(const Database &db, const QString &recordNumber)
{
    auto q = db.exec(QStringLiteral("SELECT id FROM inspection WHERE record_number = ? AND superseded_by IS NULL "
                                    "AND deleted_at IS NULL"),
                     {recordNumber.trimmed()});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

RecordWriter::Fields rowFields(const Inspection &r, const QDate &followUpDue)
{
    return {{"record_number", r.recordNumber},
            {"version", r.version},
            {"status", inspectionStatuses().code(r.status)},
            {"entity_id", r.unit.entityId},
            {"unit_name", r.unit.name},
            {"unit_code", r.unit.code},
            {"unit_address", r.unit.address},
            {"unit_representative", r.unit.legalRepresentative},
            {"unit_contact", r.unit.contactPerson},
            {"unit_phone", r.unit.phone},
            {"equipment_id", idOrNull(r.equipmentId)},
            {"inspected_on", storedDate(r.inspectedOn)},
            {"place", r.place},
            {"kind", inspectionKinds().code(r.kind)},
            {"campaign", r.campaign},
            {"plan_entry_id", idOrNull(r.planEntryId)},
            {"draw_id", idOrNull(r.drawId)},
            {"follow_up_of", idOrNull(r.followUpOf)},
            {"domain", r.domain},
            {"system_id", idOrNull(r.systemId)},
            {"section", r.section},
            {"findings", r.findings},
            {"outcomes", outcomeCodes(r.outcomes)},
            {"correct_by", storedDate(r.correctBy)},
            {"directive_number", r.directiveNumber},
            {"directive_demands", r.directiveDemands},
            {"directive_oral_first", r.directiveOralFirst ? 1 : 0},
            {"directive_oral_on", storedDate(r.directiveOralOn)},
            {"seal_seize_note", r.sealSeizeNote},
            {"reported_to", r.reportedTo},
            {"case_id", idOrNull(r.caseId)},
            {"unit_signatory", r.unitSignatory},
            {"unit_refused", r.unitRefusedToSign ? 1 : 0},
            {"refusal_note", r.refusalNote},
            {"correction_reason", r.correctionReason},
            {"finished_at", r.finishedAt},
            {"finished_by", r.finishedBy},
            {"follow_up_due", storedDate(followUpDue)},
            {"failed_points", r.failedPoints()},
            {"search_text", searchText(r)}};
}

Status writeDetails(const Database &db, const Inspection &r)
{
    for (const char *table : {"inspection_inspector", "inspection_item", "inspection_check"})
        if (auto q =
                db.exec(QStringLiteral("DELETE FROM %1 WHERE inspection_id = ?").arg(QLatin1String(table)), {r.id});
            !q)
            return q.error();
    for (int i = 0; i < r.inspectors.size(); ++i)
        if (auto q = db.exec(QStringLiteral("INSERT INTO inspection_inspector (inspection_id, staff_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {r.id, r.inspectors.at(i).staffId, i});
            !q)
            return q.error();
    for (int i = 0; i < r.itemIds.size(); ++i)
        if (auto q = db.exec(QStringLiteral("INSERT INTO inspection_item (inspection_id, item_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {r.id, r.itemIds.at(i), i});
            !q)
            return q.error();
    for (int i = 0; i < r.checklist.size(); ++i) {
        const CheckPoint &p = r.checklist.at(i);
        if (auto q = db.exec(QStringLiteral("INSERT INTO inspection_check (inspection_id, position, label, "
                                            "group_label, text, result, note) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                             {r.id, i, p.label, p.group, p.text, checkResults().code(p.result), p.note});
            !q)
            return q.error();
    }
    return success();
}

QString outcomeCodes(const QList<InspectionOutcome> &outcomes)
{
    QStringList codes;
    for (InspectionOutcome o : outcomes)
        codes << inspectionOutcomes().code(o);
    return codes.join(QLatin1Char(','));
}

QList<InspectionOutcome> outcomesFromCodes(const QString &codes)
{
    QList<InspectionOutcome> out;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (InspectionOutcome o : inspectionOutcomes().values())
            if (inspectionOutcomes().code(o) == code)
                out << o;
    return out;
}

Status fillInspectors(const Database &db, QList<InspectionInspector> &inspectors, const QString &domain)
{
    for (InspectionInspector &i : inspectors) {
        auto staff = findStaff(db, i);
        if (!staff)
            return staff.error();
        i = inspectorOf(*staff, domain);
    }
    return success();
}

QList<StaffMember> staffOf(const Database &db, const QList<InspectionInspector> &inspectors)
{
    QList<StaffMember> out;
    for (const InspectionInspector &i : inspectors)
        if (auto staff = findStaff(db, i))
            out << *staff;
    return out;
}

QList<StaffMember> activeStaff(const Database &db)
{
    QList<StaffMember> out;
    auto q = db.exec(QStringLiteral("SELECT %1 FROM staff WHERE active = 1 AND deleted_at IS NULL ORDER BY name, login")
                         .arg(QLatin1String(kStaffColumns)));
    while (q && q->next())
        out << staffFromRow(*q);
    return out;
}

Status refreshDerived(const Database &db, qint64 id)
{
    auto r = load(db, id);
    if (!r)
        return r.error();
    auto q = db.exec(QStringLiteral("UPDATE inspection SET search_text = ? WHERE id = ?"), {searchText(*r), id});
    if (!q)
        return q.error();
    return success();
}

} // namespace casedesk::InspectionRows
