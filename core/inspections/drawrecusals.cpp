// The conflicts of interest (回避) of DrawRepository: an inspector declares
// their own (EditInspection); a section chief or the head may declare or
// withdraw anyone's (PlanInspections). A draw leaves every live recusal out.
#include "audit/auditedtransaction.h"
#include "inspections/drawrepository.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrawRepository)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

constexpr int kLongestReason = 1000;

const char *const kSelect = "SELECT r.id, r.staff_id, s.login, s.name, r.entity_id, e.code, e.name, r.reason, "
                            "r.declared_on, r.uuid FROM recusal r JOIN staff s ON s.id = r.staff_id "
                            "JOIN entity e ON e.id = r.entity_id WHERE r.deleted_at IS NULL";

Recusal recusalFromRow(const QSqlQuery &q)
{
    Recusal r;
    r.id = q.value(0).toLongLong();
    r.staffId = q.value(1).toLongLong();
    r.login = q.value(2).toString();
    r.staffName = q.value(3).toString();
    r.entityId = q.value(4).toLongLong();
    r.entityCode = q.value(5).toString();
    r.entityName = q.value(6).toString();
    r.reason = q.value(7).toString();
    r.declaredOn = dateFromStored(q.value(8));
    return r;
}

// A live recusal and its identity in the trail.
Result<std::pair<Recusal, QString>> findRecusal(const Database &db, qint64 id)
{
    auto q = db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" AND r.id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no declared recusal %1.").arg(id));
    return std::pair{recusalFromRow(*q), q->value(9).toString()};
}

QJsonObject auditJson(const Recusal &r)
{
    return QJsonObject{{QStringLiteral("login"), r.login},
                       {QStringLiteral("entityId"), r.entityId},
                       {QStringLiteral("code"), r.entityCode},
                       {QStringLiteral("reason"), r.reason},
                       {QStringLiteral("declaredOn"), storedDate(r.declaredOn)}};
}

QString labelOf(const Recusal &r)
{
    return Text::tr("%1 – %2").arg(r.staffName, r.entityName);
}

// One's own recusal needs EditInspection; anyone else's PlanInspections.
Action actionFor(const Session &session, qint64 staffId)
{
    return staffId == session.staffId() ? Action::EditInspection : Action::PlanInspections;
}
} // namespace

Result<Recusal> DrawRepository::declareRecusal(const Session &session, qint64 staffId, qint64 entityId,
                                               const QString &reason, const QDate &on)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(actionFor(session, staffId)); !s)
        return s.error();
    Recusal r;
    r.staffId = staffId;
    r.entityId = entityId;
    r.reason = reason.trimmed();
    r.declaredOn = on;
    if (r.reason.isEmpty())
        return refusal(Text::tr("Reason: say why the inspector may not inspect the unit."));
    if (r.reason.size() > kLongestReason)
        return refusal(Text::tr("Reason: at most %1 characters.").arg(kLongestReason));
    if (!on.isValid())
        return refusal(Text::tr("Declared on: give the day of the declaration."));
    auto staff =
        m_db.exec(QStringLiteral("SELECT login, name FROM staff WHERE id = ? AND deleted_at IS NULL"), {staffId});
    if (!staff)
        return staff.error();
    if (!staff->next())
        return refusal(Text::tr("Inspector: there is no staff member %1.").arg(staffId));
    r.login = staff->value(0).toString();
    r.staffName = staff->value(1).toString();
    auto entity =
        m_db.exec(QStringLiteral("SELECT code, name FROM entity WHERE id = ? AND deleted_at IS NULL"), {entityId});
    if (!entity)
        return entity.error();
    if (!entity->next())
        return refusal(Text::tr("Unit: there is no entity %1 in the register.").arg(entityId));
    r.entityCode = entity->value(0).toString();
    r.entityName = entity->value(1).toString();
    auto existing = m_db.exec(QStringLiteral("SELECT declared_on FROM recusal WHERE staff_id = ? AND entity_id = ? "
                                             "AND deleted_at IS NULL"),
                              {staffId, entityId});
    if (!existing)
        return existing.error();
    if (existing->next())
        return refusal(Text::tr("%1 has already declared a conflict of interest with %2 on %3.")
                           .arg(r.staffName, r.entityName, existing->value(0).toString()));
    auto id = tx.writer().insert(
        "recusal",
        {{"staff_id", staffId}, {"entity_id", entityId}, {"reason", r.reason}, {"declared_on", storedDate(on)}});
    if (!id)
        return id.error();
    r.id = *id;
    if (auto s = tx.record({QStringLiteral("recusal.declare"),
                            QStringLiteral("recusal"),
                            tx.writer().lastUuid(),
                            labelOf(r),
                            {},
                            auditJson(r)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Status DrawRepository::withdrawRecusal(const Session &session, qint64 recusalId)
{
    auto found = findRecusal(m_db, recusalId);
    if (!found)
        return found.error();
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(actionFor(session, found->first.staffId)); !s)
        return s;
    // Read again under the write lock: someone may have withdrawn it meanwhile.
    auto current = findRecusal(m_db, recusalId);
    if (!current)
        return current.error();
    if (auto s = tx.writer().markDeleted("recusal", "id", recusalId); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("recusal.withdraw"),
                            QStringLiteral("recusal"),
                            current->second,
                            labelOf(current->first),
                            auditJson(current->first),
                            {}});
        !s)
        return s;
    return tx.commit();
}

QList<Recusal> DrawRepository::recusals(qint64 staffId, qint64 entityId) const
{
    QString sql = QString::fromLatin1(kSelect);
    QVariantList values;
    if (staffId > 0) {
        sql += QStringLiteral(" AND r.staff_id = ?");
        values << staffId;
    }
    if (entityId > 0) {
        sql += QStringLiteral(" AND r.entity_id = ?");
        values << entityId;
    }
    QSqlQuery q = m_db.prepare(sql + QStringLiteral(" ORDER BY s.name, e.name, r.id"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    QList<Recusal> out;
    if (q.exec())
        while (q.next())
            out << recusalFromRow(q);
    return out;
}

} // namespace casedesk
