#include "register/entityregister.h"

#include "audit/auditedtransaction.h"
#include "register/namesimilarity.h"
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

const char *const kColumns = "id, uuid, name, code, code_kind, address, township, legal_representative, "
                             "contact_person, phone, kinds, last_incident_on, complaints_confirmed, crowded_place, "
                             "notes, modified_at, modified_by";

QString codeKindCode(CodeKind kind)
{
    return kind == CodeKind::OrganisationCode ? QStringLiteral("org") : QStringLiteral("uscc");
}

Entity entityFromRow(const QSqlQuery &q)
{
    Entity e;
    e.id = q.value(0).toLongLong();
    e.uuid = q.value(1).toString();
    e.name = q.value(2).toString();
    e.code = q.value(3).toString();
    e.codeKind = q.value(4).toString() == QLatin1String("org") ? CodeKind::OrganisationCode : CodeKind::CreditCode;
    e.address = q.value(5).toString();
    e.township = q.value(6).toString();
    e.legalRepresentative = q.value(7).toString();
    e.contactPerson = q.value(8).toString();
    e.phone = q.value(9).toString();
    e.kinds = EntityKinds::fromBits(q.value(10).toInt());
    e.lastIncidentOn = dateFromStored(q.value(11));
    e.complaintsConfirmed = q.value(12).toBool();
    e.crowdedPlace = q.value(13).toBool();
    e.notes = q.value(14).toString();
    e.modifiedAt = q.value(15).toString();
    e.modifiedBy = q.value(16).toString();
    return e;
}

Result<Entity> findWhere(const Database &db, const QString &where, const QVariant &value)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM entity WHERE %2 AND deleted_at IS NULL").arg(QLatin1String(kColumns), where),
        {value});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no entity %1 in the register.").arg(value.toString()));
    return entityFromRow(*q);
}

// What the list's search looks in, lower-cased once here so the query
// compares plainly.
QString searchText(const Entity &e)
{
    return QStringList{e.name, e.code, e.address, e.township, e.legalRepresentative, e.contactPerson, e.phone}
        .join(QLatin1Char('\n'))
        .toLower();
}

// The code another live entity already has, named.
Status requireFreeCode(const Database &db, const Entity &e)
{
    auto q = db.exec(QStringLiteral("SELECT name FROM entity WHERE code = ? AND id <> ? AND deleted_at IS NULL"),
                     {e.code, e.id});
    if (!q)
        return q.error();
    if (q->next())
        return refusal(Text::tr("The code %1 already belongs to %2.").arg(e.code, q->value(0).toString()));
    return success();
}

Status validate(const Database &db, Entity &e)
{
    e.normalise();
    if (auto s = firstProblem(e.problems(QDate::currentDate())); !s)
        return s;
    return requireFreeCode(db, e);
}

// The stored columns of an entity, for insert and edit alike.
RecordWriter::Fields rowFields(const Entity &e)
{
    return {{"name", e.name},
            {"name_key", NameSimilarity::key(e.name)},
            {"code", e.code},
            {"code_kind", codeKindCode(e.codeKind)},
            {"address", e.address},
            {"township", e.township},
            {"legal_representative", e.legalRepresentative},
            {"contact_person", e.contactPerson},
            {"phone", e.phone},
            {"kinds", e.kinds.bits()},
            {"last_incident_on", storedDate(e.lastIncidentOn)},
            {"complaints_confirmed", e.complaintsConfirmed ? 1 : 0},
            {"crowded_place", e.crowdedPlace ? 1 : 0},
            {"notes", e.notes},
            {"search_text", searchText(e)}};
}

QString entityLabel(qint64 id)
{
    return Text::tr("Entity %1").arg(id);
}

// The audit action for a licence or unit of equipment that goes or comes
// back with its entity.
QString withEntityAction(const char *table, bool removed)
{
    const QString prefix =
        QLatin1String(table) == QLatin1String("licence") ? QStringLiteral("licences") : QStringLiteral("equipment");
    return prefix + (removed ? QStringLiteral(".remove-with-entity") : QStringLiteral(".restore-with-entity"));
}
} // namespace

Status EntityRegister::refreshDerived(const Database &db, qint64 id)
{
    auto e = findWhere(db, QStringLiteral("id = ?"), id);
    if (!e)
        return e.error();
    auto q = db.exec(QStringLiteral("UPDATE entity SET name_key = ?, search_text = ? WHERE id = ?"),
                     {NameSimilarity::key(e->name), searchText(*e), id});
    if (!q)
        return q.error();
    return success();
}

Result<Entity> EntityRegister::find(qint64 id) const
{
    return findWhere(m_db, QStringLiteral("id = ?"), id);
}

Result<Entity> EntityRegister::findByCode(const QString &code) const
{
    const auto normal = RegistrationCodes::check(code);
    return findWhere(m_db, QStringLiteral("code = ?"), normal ? normal->text : code.trimmed());
}

Result<Entity> EntityRegister::findByIdOrCode(const QString &text) const
{
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    if (isNumber && text.trimmed().size() < 9)
        return find(id);
    return findByCode(text);
}

QList<SimilarName> EntityRegister::similarNames(const QString &name, qint64 excludeId, int limit) const
{
    const QString key = NameSimilarity::key(name);
    QList<SimilarName> out;
    if (key.size() < 2)
        return out;
    // Candidates share the key or its first two characters (an index range
    // on name_key); the one-edit test runs on those few.
    const QString prefix = key.left(2);
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    auto q =
        m_db.exec(QStringLiteral("SELECT id, name, code, name_key FROM entity WHERE deleted_at IS NULL AND id <> ? "
                                 "AND ((name_key >= ? AND name_key < ?) OR name_key = ?) ORDER BY name LIMIT 500"),
                  {excludeId, prefix, upper, key});
    if (!q)
        return out;
    while (q->next() && out.size() < limit)
        if (NameSimilarity::near(key, q->value(3).toString()))
            out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

FieldProblems EntityRegister::check(const Entity &entity, const QDate &today) const
{
    Entity e = entity;
    e.normalise();
    FieldProblems out = e.problems(today);
    if (!e.code.isEmpty() && RegistrationCodes::check(e.code))
        if (auto s = requireFreeCode(m_db, e); !s)
            out.append({QStringLiteral("code"), s.error().message});
    return out;
}

Result<Entity> EntityRegister::insert(AuditedTransaction &tx, Entity e)
{
    return RegisterWrites::insert(tx, e, "entity", QStringLiteral("entities.add"), rowFields(e));
}

Result<Entity> EntityRegister::add(const Session &session, Entity entity)
{
    return RegisterWrites::add(
        m_db, session, std::move(entity), [&](Entity &e) { return validate(m_db, e); }, insert);
}

Result<Entity> EntityRegister::update(const Session &session, Entity entity)
{
    return RegisterWrites::update(
        m_db, session, std::move(entity), "entity", QStringLiteral("entities.edit"),
        [&](qint64 id) { return find(id); }, [](const Entity &, const Entity &) { return success(); },
        [&](Entity &e) { return validate(m_db, e); }, rowFields);
}

Status EntityRegister::remove(const Session &session, qint64 id)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::RemoveRegisterRecord); !s)
        return s;
    auto entity = find(id);
    if (!entity)
        return entity.error();
    // The entity's licences and equipment go with it, each with its own
    // entry, so their histories end where they ended.
    for (const char *table : {"licence", "equipment"}) {
        auto q = m_db.exec(
            QStringLiteral("SELECT uuid FROM %1 WHERE entity_id = ? AND deleted_at IS NULL").arg(QLatin1String(table)),
            {id});
        if (!q)
            return q.error();
        while (q->next())
            if (auto s = tx.record({withEntityAction(table, true),
                                    QString::fromLatin1(table),
                                    q->value(0).toString(),
                                    entity->name,
                                    {},
                                    {}});
                !s)
                return s;
        if (auto s = tx.writer().markDeleted(table, "entity_id", id); !s)
            return s;
    }
    if (auto s = tx.writer().markDeleted("entity", "id", id); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("entities.remove"),
                            QStringLiteral("entity"),
                            entity->uuid,
                            entity->name,
                            entity->toAuditJson(),
                            {}});
        !s)
        return s;
    return tx.commit();
}

Result<Entity> EntityRegister::restore(const Session &session, qint64 id)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::RemoveRegisterRecord); !s)
        return s.error();
    auto removedAt = RegisterRows::removedAt(m_db, "entity", id, entityLabel(id));
    if (!removedAt)
        return removedAt.error();
    // Another entity may have taken the code meanwhile.
    auto code = m_db.exec(QStringLiteral("SELECT code FROM entity WHERE id = ?"), {id});
    if (!code)
        return code.error();
    Entity removed;
    removed.id = id;
    removed.code = code->next() ? code->value(0).toString() : QString();
    if (auto s = requireFreeCode(m_db, removed); !s)
        return s.error();
    if (auto s = tx.writer().markRestored("entity", "id", id, *removedAt); !s)
        return s.error();
    auto entity = find(id);
    if (!entity)
        return entity.error();
    for (const char *table : {"licence", "equipment"}) {
        auto q = m_db.exec(
            QStringLiteral("SELECT uuid FROM %1 WHERE entity_id = ? AND deleted_at = ?").arg(QLatin1String(table)),
            {id, *removedAt});
        if (!q)
            return q.error();
        while (q->next())
            if (auto s = tx.record({withEntityAction(table, false),
                                    QString::fromLatin1(table),
                                    q->value(0).toString(),
                                    entity->name,
                                    {},
                                    {}});
                !s)
                return s.error();
        if (auto s = tx.writer().markRestored(table, "entity_id", id, *removedAt); !s)
            return s.error();
    }
    if (auto s = tx.record({QStringLiteral("entities.restore"),
                            QStringLiteral("entity"),
                            entity->uuid,
                            entity->name,
                            {},
                            entity->toAuditJson()});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(id);
}

} // namespace casedesk
