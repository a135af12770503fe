// PlanRepository (declared in inspectionplan.h): the year's special
// campaigns and key-period checks with their target units.
#include "audit/auditedtransaction.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionplan.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InspectionPlan)
};

using RegisterRows::dateFromStored;
using RegisterRows::storedDate;

constexpr int kEarliestYear = 2000;
constexpr int kLatestYear = 2100;

const char *const kColumns =
    "id, uuid, year, kind, title, domain, from_on, to_on, section, notes, modified_at, modified_by";

PlanEntry entryFromRow(const QSqlQuery &q)
{
    PlanEntry p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.year = q.value(2).toInt();
    p.kind = inspectionKinds().parse(q.value(3).toString()).value_or(InspectionKind::Campaign);
    p.title = q.value(4).toString();
    p.domain = q.value(5).toString();
    p.from = dateFromStored(q.value(6));
    p.to = dateFromStored(q.value(7));
    p.section = q.value(8).toString();
    p.notes = q.value(9).toString();
    p.modifiedAt = q.value(10).toString();
    p.modifiedBy = q.value(11).toString();
    return p;
}

QList<qint64> targetsOf(const Database &db, qint64 entryId)
{
    QList<qint64> out;
    auto q = db.exec(
        QStringLiteral("SELECT entity_id FROM plan_entry_target WHERE plan_entry_id = ? ORDER BY position"), {entryId});
    while (q && q->next())
        out << q->value(0).toLongLong();
    return out;
}

// The entry as the audit trail keeps it; targets by their codes.
QJsonObject auditJson(const Database &db, const PlanEntry &p)
{
    QJsonArray targets;
    for (qint64 id : p.entityIds) {
        auto q = db.exec(QStringLiteral("SELECT code FROM entity WHERE id = ?"), {id});
        targets.append(q && q->next() ? q->value(0).toString() : QString::number(id));
    }
    return QJsonObject{{QStringLiteral("planYear"), p.year},
                       {QStringLiteral("planKind"), inspectionKinds().code(p.kind)},
                       {QStringLiteral("planTitle"), p.title},
                       {QStringLiteral("domain"), p.domain},
                       {QStringLiteral("fromOn"), storedDate(p.from)},
                       {QStringLiteral("toOn"), storedDate(p.to)},
                       {QStringLiteral("section"), p.section},
                       {QStringLiteral("notes"), p.notes},
                       {QStringLiteral("targets"), targets}};
}

// Tidies the entry and checks it; the refusal names the field.
Status validate(const Database &db, PlanEntry &p)
{
    p.title = p.title.trimmed();
    p.section = p.section.trimmed();
    p.notes = p.notes.trimmed();
    p.domain = p.domain.trimmed();
    if (p.title.isEmpty())
        return refusal(Text::tr("Title: a campaign or key period needs a title."));
    if (p.kind != InspectionKind::Campaign && p.kind != InspectionKind::KeyPeriod)
        return refusal(Text::tr("Kind: a plan entry is a %1 or a %2, not a %3.")
                           .arg(inspectionKinds().name(InspectionKind::Campaign),
                                inspectionKinds().name(InspectionKind::KeyPeriod), inspectionKinds().name(p.kind)));
    if (p.year < kEarliestYear || p.year > kLatestYear)
        return refusal(
            Text::tr("Year: %1 is not a year between %2 and %3.").arg(p.year).arg(kEarliestYear).arg(kLatestYear));
    if (!p.from.isValid() || !p.to.isValid())
        return refusal(Text::tr("Dates: the first and the last day are required."));
    if (p.from.year() != p.year || p.to.year() != p.year)
        return refusal(
            Text::tr("Dates: %1 to %2 must lie within %3.").arg(storedDate(p.from), storedDate(p.to)).arg(p.year));
    if (p.from > p.to)
        return refusal(
            Text::tr("Dates: the first day %1 comes after the last day %2.").arg(storedDate(p.from), storedDate(p.to)));
    if (!SupervisionDomain::codes().contains(p.domain))
        return refusal(Text::tr("Domain: \"%1\" is not a supervision domain; the domains are %2.")
                           .arg(p.domain, SupervisionDomain::codes().join(QStringLiteral(", "))));
    QList<qint64> distinct;
    for (qint64 id : p.entityIds) {
        if (distinct.contains(id))
            continue;
        auto q = db.exec(QStringLiteral("SELECT 1 FROM entity WHERE id = ? AND deleted_at IS NULL"), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return refusal(Text::tr("Targets: there is no entity %1 in the register.").arg(id));
        distinct << id;
    }
    p.entityIds = distinct;
    return success();
}

RecordWriter::Fields rowFields(const PlanEntry &p)
{
    return {{"year", p.year},
            {"kind", inspectionKinds().code(p.kind)},
            {"title", p.title},
            {"domain", p.domain},
            {"from_on", storedDate(p.from)},
            {"to_on", storedDate(p.to)},
            {"section", p.section},
            {"notes", p.notes}};
}

Status storeTargets(const Database &db, const PlanEntry &p)
{
    if (auto r = db.exec(QStringLiteral("DELETE FROM plan_entry_target WHERE plan_entry_id = ?"), {p.id}); !r)
        return r.error();
    for (int i = 0; i < p.entityIds.size(); ++i)
        if (auto r = db.exec(QStringLiteral("INSERT INTO plan_entry_target (plan_entry_id, entity_id, position) "
                                            "VALUES (?, ?, ?)"),
                             {p.id, p.entityIds.at(i), i + 1});
            !r)
            return r.error();
    return success();
}
} // namespace

QList<PlanEntry> PlanRepository::entries(int year) const
{
    QList<PlanEntry> out;
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM plan_entry WHERE year = ? AND deleted_at IS NULL "
                                      "ORDER BY from_on, id")
                           .arg(QLatin1String(kColumns)),
                       {year});
    while (q && q->next())
        out << entryFromRow(*q);
    for (PlanEntry &p : out)
        p.entityIds = targetsOf(m_db, p.id);
    return out;
}

Result<PlanEntry> PlanRepository::find(qint64 id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM plan_entry WHERE id = ? AND deleted_at IS NULL").arg(QLatin1String(kColumns)),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no plan entry %1.").arg(id));
    PlanEntry p = entryFromRow(*q);
    p.entityIds = targetsOf(m_db, p.id);
    return p;
}

Result<PlanEntry> PlanRepository::add(const Session &session, PlanEntry entry)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::PlanInspections); !s)
        return s.error();
    entry.id = 0;
    if (auto s = validate(m_db, entry); !s)
        return s.error();
    auto id = tx.writer().insert("plan_entry", rowFields(entry));
    if (!id)
        return id.error();
    entry.id = *id;
    entry.uuid = tx.writer().lastUuid();
    if (auto s = storeTargets(m_db, entry); !s)
        return s.error();
    if (auto s = tx.record({QStringLiteral("plan.add"),
                            QStringLiteral("plan_entry"),
                            entry.uuid,
                            entry.title,
                            {},
                            auditJson(m_db, entry)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(entry.id);
}

Result<PlanEntry> PlanRepository::update(const Session &session, PlanEntry entry)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::PlanInspections); !s)
        return s.error();
    auto before = find(entry.id);
    if (!before)
        return before.error();
    if (auto s = RegisterRows::requireCurrent(m_db, "plan_entry", entry.id, entry.modifiedAt, before->title); !s)
        return s.error();
    if (auto s = validate(m_db, entry); !s)
        return s.error();
    entry.uuid = before->uuid;
    if (auto s = tx.writer().update("plan_entry", entry.id, rowFields(entry)); !s)
        return s.error();
    if (auto s = storeTargets(m_db, entry); !s)
        return s.error();
    if (auto s = tx.record({QStringLiteral("plan.edit"), QStringLiteral("plan_entry"), entry.uuid, entry.title,
                            auditJson(m_db, *before), auditJson(m_db, entry)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(entry.id);
}

Status PlanRepository::remove(const Session &session, qint64 id)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::PlanInspections); !s)
        return s;
    auto before = find(id);
    if (!before)
        return before.error();
    // The targets stay with the tombstone: inspections that carried the
    // entry out still name it.
    if (auto s = tx.writer().markDeleted("plan_entry", "id", id); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("plan.remove"),
                            QStringLiteral("plan_entry"),
                            before->uuid,
                            before->title,
                            auditJson(m_db, *before),
                            {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
