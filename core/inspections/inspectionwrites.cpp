#include "inspections/inspectionwrites.h"

#include "audit/auditedtransaction.h"
#include "cases/casewrites.h"
#include "inspections/inspectionrows.h"
#include "inspections/inspectionrules.h"
#include "register/registerrows.h"

namespace casedesk::InspectionWrites {

namespace {
const QString kTable = QStringLiteral("inspection");

// "A-2026-J0001", or "A-2026-J0001 v2" for a later version.
QString label(const Inspection &r)
{
    return r.version > 1 ? QStringLiteral("%1 v%2").arg(r.recordNumber).arg(r.version) : r.recordNumber;
}

// Whether a finished, current follow-up inspection checks any version of
// the record.
bool followedUp(const Database &db, const QString &recordNumber)
{
    auto q = db.exec(QStringLiteral("SELECT 1 FROM inspection f WHERE f.follow_up_of IN "
                                    "(SELECT v.id FROM inspection v WHERE v.record_number = ?) "
                                    "AND f.kind = ? AND f.status = ? AND f.superseded_by IS NULL "
                                    "AND f.deleted_at IS NULL LIMIT 1"),
                     {recordNumber, inspectionKinds().code(InspectionKind::FollowUp),
                      inspectionStatuses().code(InspectionStatus::Finished)});
    return q && q->next();
}

// The lead's title: the first line of the findings, else a plain one.
QString leadTitle(const QString &findings)
{
    for (const QString &line : findings.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t.left(120);
    }
    return QStringLiteral("监督检查发现问题");
}
} // namespace

QDate openFollowUpDue(const Database &db, const Inspection &r)
{
    if (r.status != InspectionStatus::Finished || !r.current)
        return {};
    const QDate due = InspectionRules::followUpDue(r);
    if (!due.isValid() || followedUp(db, r.recordNumber))
        return {};
    return due;
}

Status insert(AuditedTransaction &tx, Inspection &r, const QString &action, const QJsonObject &before)
{
    const Database &db = tx.writer().database();
    auto id = tx.writer().insert("inspection", InspectionRows::rowFields(r, openFollowUpDue(db, r)));
    if (!id)
        return id.error();
    r.id = *id;
    r.uuid = tx.writer().lastUuid();
    if (auto s = InspectionRows::writeDetails(db, r); !s)
        return s;
    return tx.record({action, kTable, r.uuid, label(r), before, InspectionRows::auditJson(r)});
}

Status store(AuditedTransaction &tx, const Inspection &before, const Inspection &after, const QString &action)
{
    const Database &db = tx.writer().database();
    if (auto s =
            tx.writer().update("inspection", after.id, InspectionRows::rowFields(after, openFollowUpDue(db, after)));
        !s)
        return s;
    if (auto s = InspectionRows::writeDetails(db, after); !s)
        return s;
    return tx.record({action, kTable, after.uuid, label(after), InspectionRows::auditJson(before),
                      InspectionRows::auditJson(after)});
}

Status supersede(AuditedTransaction &tx, qint64 oldId, qint64 newId)
{
    return tx.writer().update("inspection", oldId, {{"superseded_by", newId}, {"follow_up_due", QString()}});
}

Status refreshFollowUp(const Database &db, qint64 inspectionId)
{
    auto number = db.exec(QStringLiteral("SELECT record_number FROM inspection WHERE id = ?"), {inspectionId});
    if (!number)
        return number.error();
    if (!number->next())
        return success();
    const qint64 current = InspectionRows::currentIdOf(db, number->value(0).toString());
    if (current == 0)
        return success();
    auto record = InspectionRows::load(db, current);
    if (!record)
        return record.error();
    if (auto q = db.exec(QStringLiteral("UPDATE inspection SET follow_up_due = ? WHERE id = ?"),
                         {RegisterRows::storedDate(openFollowUpDue(db, *record)), current});
        !q)
        return q.error();
    return success();
}

Result<qint64> openCase(Database &db, AuditedTransaction &tx, const Inspection &r, const QDate &today)
{
    if (auto s = Permissions::require(tx.session(), Action::EditCase); !s)
        return s.error();
    EnforcementCase lead;
    lead.source = CaseSource::Inspection;
    lead.sourceDetail = r.recordNumber;
    lead.receivedOn = r.inspectedOn;
    lead.title = leadTitle(r.findings);
    lead.party.kind = PartyKind::Entity;
    lead.party.entityId = r.unit.entityId;
    lead.facts = r.findings.trimmed();
    lead.section = r.section;
    for (const InspectionInspector &i : r.inspectors)
        lead.handlers << CaseHandler{i.staffId, i.login, {}, {}, {}, {}};
    for (qint64 item : r.itemIds)
        lead.items << CaseItem{item, {}};
    auto stored = CaseWrites::registerLead(db, tx, lead, today);
    if (!stored)
        return stored.error();
    return stored->id;
}

} // namespace casedesk::InspectionWrites
