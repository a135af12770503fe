#include "register/equipmentregister.h"

#include "audit/auditedtransaction.h"
#include "register/registerrows.h"
#include "register/registerwrites.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Register)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

const char *const kColumns = "id, uuid, entity_id, category, registration_number, description, location, "
                             "next_inspection_on, status, modified_at, modified_by";

Equipment equipmentFromRow(const QSqlQuery &q, int first = 0)
{
    auto value = [&](int i) { return q.value(first + i); };
    Equipment e;
    e.id = value(0).toLongLong();
    e.uuid = value(1).toString();
    e.entityId = value(2).toLongLong();
    if (auto c = parseEquipmentCategory(value(3).toString()))
        e.category = *c;
    e.registrationNumber = value(4).toString();
    e.description = value(5).toString();
    e.location = value(6).toString();
    e.nextInspectionOn = dateFromStored(value(7));
    if (auto s = parseEquipmentStatus(value(8).toString()))
        e.status = *s;
    e.modifiedAt = value(9).toString();
    e.modifiedBy = value(10).toString();
    return e;
}

Result<Equipment> findWhere(const Database &db, const QString &where, const QVariant &value)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM equipment WHERE %2 AND deleted_at IS NULL").arg(QLatin1String(kColumns), where),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no special equipment %1 in the register.").arg(value.toString()));
    return equipmentFromRow(*q);
}

void normalise(Equipment &e)
{
    e.registrationNumber = e.registrationNumber.simplified().remove(QLatin1Char(' '));
    e.description = e.description.simplified();
    e.location = e.location.simplified();
}

// The user exists and no other live unit has the registration number.
FieldProblems storageProblems(const Database &db, const Equipment &e)
{
    FieldProblems out;
    if (e.entityId > 0) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM entity WHERE id = ? AND deleted_at IS NULL"), {e.entityId});
        if (q && !q->next())
            out.append(
                {QStringLiteral("entity"), Text::tr("The user (entity %1) is not in the register.").arg(e.entityId)});
    }
    if (!e.registrationNumber.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT n.name FROM equipment q JOIN entity n ON n.id = q.entity_id "
                                        "WHERE q.registration_number = ? AND q.id <> ? AND q.deleted_at IS NULL"),
                         {e.registrationNumber, e.id});
        if (q && q->next())
            out.append({QStringLiteral("registrationNumber"),
                        Text::tr("Registration number %1 is already registered for equipment of %2.")
                            .arg(e.registrationNumber, q->value(0).toString())});
    }
    return out;
}

Status validate(const Database &db, Equipment &e)
{
    normalise(e);
    return firstProblem(e.problems() + storageProblems(db, e));
}

// The stored columns of a unit, for insert and edit alike.
RecordWriter::Fields rowFields(const Equipment &e)
{
    return {{"entity_id", e.entityId},
            {"category", equipmentCategoryCode(e.category)},
            {"registration_number", e.registrationNumber},
            {"description", e.description},
            {"location", e.location},
            {"next_inspection_on", storedDate(e.nextInspectionOn)},
            {"status", equipmentStatusCode(e.status)}};
}

QString equipmentLabel(qint64 id)
{
    return Text::tr("Equipment %1").arg(id);
}
} // namespace

QString EquipmentRegister::columns(const QString &alias)
{
    return RegisterRows::prefixedColumns(alias, kColumns);
}

Equipment EquipmentRegister::fromRow(const QSqlQuery &q, int first)
{
    return equipmentFromRow(q, first);
}

Result<Equipment> EquipmentRegister::find(qint64 id) const
{
    return findWhere(m_db, QStringLiteral("id = ?"), id);
}

Result<Equipment> EquipmentRegister::findByRegistration(const QString &number) const
{
    return findWhere(m_db, QStringLiteral("registration_number = ?"), number.simplified().remove(QLatin1Char(' ')));
}

Result<QList<Equipment>> EquipmentRegister::ofEntity(qint64 entityId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM equipment WHERE entity_id = ? AND deleted_at IS NULL "
                                      "ORDER BY status = 'scrapped', next_inspection_on, id")
                           .arg(QLatin1String(kColumns)),
                       {entityId});
    if (!q)
        return q.error();
    QList<Equipment> out;
    while (q->next())
        out << equipmentFromRow(*q);
    return out;
}

FieldProblems EquipmentRegister::check(const Equipment &equipment) const
{
    Equipment e = equipment;
    normalise(e);
    return e.problems() + storageProblems(m_db, e);
}

Result<Equipment> EquipmentRegister::insert(AuditedTransaction &tx, Equipment e)
{
    return RegisterWrites::insert(tx, e, "equipment", QStringLiteral("equipment.add"), rowFields(e));
}

Result<Equipment> EquipmentRegister::add(const Session &session, Equipment equipment)
{
    return RegisterWrites::add(
        m_db, session, std::move(equipment), [&](Equipment &e) { return validate(m_db, e); }, insert);
}

Result<Equipment> EquipmentRegister::update(const Session &session, Equipment equipment)
{
    return RegisterWrites::update(
        m_db, session, std::move(equipment), "equipment", QStringLiteral("equipment.edit"),
        [&](qint64 id) { return find(id); },
        [](const Equipment &before, const Equipment &e) {
            return EquipmentStatusRules::require(before.status, e.status);
        },
        [&](Equipment &e) { return validate(m_db, e); }, rowFields);
}

Status EquipmentRegister::remove(const Session &session, qint64 id)
{
    return RegisterWrites::remove(m_db, session, "equipment", QStringLiteral("equipment.remove"), id,
                                  [&](qint64 i) { return find(i); });
}

Result<Equipment> EquipmentRegister::restore(const Session &session, qint64 id)
{
    return RegisterWrites::restore(
        m_db, session, "equipment", QStringLiteral("equipment.restore"), id, equipmentLabel(id),
        [&](qint64 i) -> Result<Equipment> {
            auto q =
                m_db.exec(QStringLiteral("SELECT %1 FROM equipment WHERE id = ?").arg(QLatin1String(kColumns)), {i});
            if (!q || !q->next())
                return refusal(Text::tr("There is no special equipment %1 in the register.").arg(i));
            return equipmentFromRow(*q);
        },
        [&](const Equipment &e) { return storageProblems(m_db, e); }, [&](qint64 i) { return find(i); });
}

} // namespace casedesk
