#include "register/licenceregister.h"

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

const char *const kColumns = "id, uuid, entity_id, kind, number, scope, issued_on, expires_on, status, status_on, "
                             "status_reason, modified_at, modified_by";

Licence licenceFromRow(const QSqlQuery &q, int first = 0)
{
    auto value = [&](int i) { return q.value(first + i); };
    Licence l;
    l.id = value(0).toLongLong();
    l.uuid = value(1).toString();
    l.entityId = value(2).toLongLong();
    if (auto k = parseLicenceKind(value(3).toString()))
        l.kind = *k;
    l.number = value(4).toString();
    l.scope = value(5).toString();
    l.issuedOn = dateFromStored(value(6));
    l.expiresOn = dateFromStored(value(7));
    if (auto s = parseLicenceStatus(value(8).toString()))
        l.status = *s;
    l.statusOn = dateFromStored(value(9));
    l.statusReason = value(10).toString();
    l.modifiedAt = value(11).toString();
    l.modifiedBy = value(12).toString();
    return l;
}

void normalise(Licence &l)
{
    l.number = l.number.simplified();
    l.scope = l.scope.trimmed();
    l.statusReason = l.statusReason.trimmed();
}

// The holder exists and no other live licence of the kind has the number.
FieldProblems storageProblems(const Database &db, const Licence &l)
{
    FieldProblems out;
    if (l.entityId > 0) {
        auto q = db.exec(QStringLiteral("SELECT 1 FROM entity WHERE id = ? AND deleted_at IS NULL"), {l.entityId});
        if (q && !q->next())
            out.append(
                {QStringLiteral("entity"), Text::tr("The holder (entity %1) is not in the register.").arg(l.entityId)});
    }
    if (!l.number.isEmpty()) {
        auto q = db.exec(QStringLiteral("SELECT e.name FROM licence l JOIN entity e ON e.id = l.entity_id "
                                        "WHERE l.kind = ? AND l.number = ? AND l.id <> ? AND l.deleted_at IS NULL"),
                         {licenceKindCode(l.kind), l.number, l.id});
        if (q && q->next())
            out.append({QStringLiteral("number"), Text::tr("%1 number %2 is already registered for %3.")
                                                      .arg(licenceKindName(l.kind), l.number, q->value(0).toString())});
    }
    return out;
}

Status validate(const Database &db, Licence &l)
{
    normalise(l);
    FieldProblems problems = l.problems(QDate::currentDate());
    problems += storageProblems(db, l);
    return firstProblem(problems);
}

// The columns an edit writes; the status moves only through changeStatus().
RecordWriter::Fields editableFields(const Licence &l)
{
    return {{"entity_id", l.entityId}, {"kind", licenceKindCode(l.kind)},     {"number", l.number},
            {"scope", l.scope},        {"issued_on", storedDate(l.issuedOn)}, {"expires_on", storedDate(l.expiresOn)}};
}

Result<Licence> findLive(const Database &db, qint64 id)
{
    auto q = db.exec(
        QStringLiteral("SELECT %1 FROM licence WHERE id = ? AND deleted_at IS NULL").arg(QLatin1String(kColumns)),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no licence %1 in the register.").arg(id));
    return licenceFromRow(*q);
}

QString licenceLabel(qint64 id)
{
    return Text::tr("Licence %1").arg(id);
}
} // namespace

QString LicenceRegister::columns(const QString &alias)
{
    return RegisterRows::prefixedColumns(alias, kColumns);
}

Licence LicenceRegister::fromRow(const QSqlQuery &q, int first)
{
    return licenceFromRow(q, first);
}

Result<Licence> LicenceRegister::find(qint64 id) const
{
    return findLive(m_db, id);
}

Result<QList<Licence>> LicenceRegister::ofEntity(qint64 entityId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM licence WHERE entity_id = ? AND deleted_at IS NULL "
                                      "ORDER BY status = 'valid' DESC, expires_on, id")
                           .arg(QLatin1String(kColumns)),
                       {entityId});
    if (!q)
        return q.error();
    QList<Licence> out;
    while (q->next())
        out << licenceFromRow(*q);
    return out;
}

Result<QList<LicenceStatusChange>> LicenceRegister::history(qint64 licenceId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT from_status, to_status, effective_on, reason, created_at, created_by "
                                      "FROM licence_status_change WHERE licence_id = ? AND deleted_at IS NULL "
                                      "ORDER BY created_at, id"),
                       {licenceId});
    if (!q)
        return q.error();
    QList<LicenceStatusChange> out;
    while (q->next()) {
        LicenceStatusChange c;
        if (auto s = parseLicenceStatus(q->value(0).toString()))
            c.from = *s;
        if (auto s = parseLicenceStatus(q->value(1).toString()))
            c.to = *s;
        c.effectiveOn = dateFromStored(q->value(2));
        c.reason = q->value(3).toString();
        c.recordedAt = q->value(4).toString();
        c.recordedBy = q->value(5).toString();
        out << c;
    }
    return out;
}

FieldProblems LicenceRegister::check(const Licence &licence, const QDate &today) const
{
    Licence l = licence;
    normalise(l);
    return l.problems(today) + storageProblems(m_db, l);
}

Result<Licence> LicenceRegister::insert(AuditedTransaction &tx, Licence l)
{
    RecordWriter::Fields fields = editableFields(l);
    fields.insert(fields.end(), {{"status", licenceStatusCode(l.status)},
                                 {"status_on", storedDate(l.statusOn)},
                                 {"status_reason", l.statusReason}});
    return RegisterWrites::insert(tx, l, "licence", QStringLiteral("licences.add"), fields);
}

Result<Licence> LicenceRegister::add(const Session &session, Licence licence)
{
    return RegisterWrites::add(
        m_db, session, std::move(licence), [&](Licence &l) { return validate(m_db, l); }, insert);
}

Result<Licence> LicenceRegister::update(const Session &session, Licence licence)
{
    return RegisterWrites::update(
        m_db, session, std::move(licence), "licence", QStringLiteral("licences.edit"),
        [&](qint64 id) { return find(id); },
        [](const Licence &before, const Licence &l) -> Status {
            if (l.status != before.status || l.statusOn != before.statusOn ||
                l.statusReason.trimmed() != before.statusReason)
                return refusal(Text::tr("The status of %1 changes only through Change Status, which keeps its history.")
                                   .arg(before.label()));
            return success();
        },
        [&](Licence &l) { return validate(m_db, l); }, editableFields);
}

Result<Licence> LicenceRegister::changeStatus(const Session &session, qint64 id, LicenceStatus to,
                                              const QDate &effectiveOn, const QString &reason)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::ChangeLicenceStatus); !s)
        return s.error();
    auto after = applyStatus(tx, id, to, effectiveOn, reason);
    if (!after)
        return after;
    if (auto s = tx.commit(); !s)
        return s.error();
    return after;
}

Result<Licence> LicenceRegister::applyStatus(AuditedTransaction &tx, qint64 id, LicenceStatus to,
                                             const QDate &effectiveOn, const QString &reason)
{
    auto before = findLive(tx.writer().database(), id);
    if (!before)
        return before.error();
    if (auto s = LicenceStatusRules::require(before->status, to); !s)
        return s.error();
    if (!effectiveOn.isValid())
        return refusal(Text::tr("The date the new status takes effect is missing."));
    if (effectiveOn < before->issuedOn)
        return refusal(Text::tr("The new status cannot take effect (%1) before the licence was issued (%2).")
                           .arg(effectiveOn.toString(Qt::ISODate), before->issuedOn.toString(Qt::ISODate)));
    if (reason.trimmed().isEmpty())
        return refusal(Text::tr("The reason for making %1 %2 is missing.").arg(before->label(), licenceStatusName(to)));
    Licence after = *before;
    after.status = to;
    after.statusOn = effectiveOn;
    after.statusReason = reason.trimmed();
    if (auto s = tx.writer().update("licence", id,
                                    {{"status", licenceStatusCode(to)},
                                     {"status_on", storedDate(effectiveOn)},
                                     {"status_reason", after.statusReason}});
        !s)
        return s.error();
    if (auto row = tx.writer().insert("licence_status_change", {{"licence_id", id},
                                                                {"from_status", licenceStatusCode(before->status)},
                                                                {"to_status", licenceStatusCode(to)},
                                                                {"effective_on", storedDate(effectiveOn)},
                                                                {"reason", after.statusReason}});
        !row)
        return row.error();
    if (auto s = tx.record({QStringLiteral("licences.status"), QStringLiteral("licence"), after.uuid, after.label(),
                            before->toAuditJson(), after.toAuditJson()});
        !s)
        return s.error();
    return RegisterWrites::stamped(after, tx);
}

Status LicenceRegister::remove(const Session &session, qint64 id)
{
    return RegisterWrites::remove(m_db, session, "licence", QStringLiteral("licences.remove"), id,
                                  [&](qint64 i) { return find(i); });
}

Result<Licence> LicenceRegister::restore(const Session &session, qint64 id)
{
    return RegisterWrites::restore(
        m_db, session, "licence", QStringLiteral("licences.restore"), id, licenceLabel(id),
        [&](qint64 i) -> Result<Licence> {
            auto q = m_db.exec(QStringLiteral("SELECT %1 FROM licence WHERE id = ?").arg(QLatin1String(kColumns)), {i});
            if (!q || !q->next())
                return refusal(Text::tr("There is no licence %1 in the register.").arg(i));
            return licenceFromRow(*q);
        },
        [&](const Licence &l) { return storageProblems(m_db, l); }, [&](qint64 i) { return find(i); });
}

} // namespace casedesk
