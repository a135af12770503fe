#include "inspections/inspectionrepository.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "inspections/inspectioninput.h"
#include "inspections/inspectionnumbers.h"
#include "inspections/inspectionrows.h"
#include "inspections/inspectionrules.h"
#include "inspections/inspectionwrites.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Inspections)
};

using O = InspectionOutcome;

enum class DraftWrite { Change, Finish, Discard };

// A finished record or an old version is never changed again.
Status requireDraft(const Inspection &r, DraftWrite write)
{
    if (!r.current)
        return refusal(Text::tr("%1 v%2 has been replaced by a later version and is kept as it was.")
                           .arg(r.recordNumber)
                           .arg(r.version));
    if (r.status != InspectionStatus::Finished)
        return success();
    switch (write) {
    case DraftWrite::Change:
        return refusal(
            Text::tr("%1 is finished and locked; a correction makes a new version of it.").arg(r.recordNumber));
    case DraftWrite::Finish:
        return refusal(Text::tr("%1 is finished already.").arg(r.recordNumber));
    case DraftWrite::Discard:
        break;
    }
    return refusal(Text::tr("%1 is finished; only a draft can be discarded.").arg(r.recordNumber));
}

// The directive number a finished record carries: kept from the version
// before, or a new one when the directive is new.
Result<QString> directiveNumberFor(const Database &db, const Inspection &r, const QString &kept)
{
    if (!r.has(O::Directive))
        return QString();
    if (!kept.isEmpty())
        return kept;
    const BureauSettings bureau = BureauSettings::load(db);
    return InspectionNumbers::nextDirectiveNumber(db, bureau.abbreviation, bureau.site, r.inspectedOn.year());
}

// Everything finishing asks: the rules, and the facts about the record a
// follow-up checks.
Status finishable(const Database &db, const Inspection &r, const QDate &today)
{
    FieldProblems problems = InspectionRules::finishProblems(r, InspectionRows::staffOf(db, r.inspectors), today);
    problems << InspectionInput::followUpProblems(db, r);
    return firstProblem(problems);
}

// The fields a correction may not change, taken from the version it replaces.
void keepIdentity(const Inspection &before, Inspection &after)
{
    after.id = 0;
    after.uuid.clear();
    after.recordNumber = before.recordNumber;
    after.version = before.version + 1;
    after.current = true;
    after.status = InspectionStatus::Finished;
    after.unit = before.unit;
    after.caseId = before.caseId;
    after.caseNumber = before.caseNumber;
    after.directiveNumber = before.directiveNumber;
    after.createdAt.clear();
    after.createdBy.clear();
}
} // namespace

Result<Inspection> InspectionRepository::find(qint64 id) const
{
    return InspectionRows::load(m_db, id);
}

Result<Inspection> InspectionRepository::findByNumber(const QString &text) const
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return find(t.toLongLong());
    if (const qint64 id = InspectionRows::currentIdOf(m_db, t))
        return find(id);
    return refusal(Text::tr("There is no inspection record numbered %1.").arg(t));
}

QList<InspectionVersion> InspectionRepository::versions(const QString &recordNumber) const
{
    QList<InspectionVersion> out;
    auto q =
        m_db.exec(QStringLiteral("SELECT id, version, status, correction_reason, modified_at, modified_by "
                                 "FROM inspection WHERE record_number = ? AND deleted_at IS NULL ORDER BY version"),
                  {recordNumber.trimmed()});
    while (q && q->next()) {
        InspectionVersion v;
        v.id = q->value(0).toLongLong();
        v.version = q->value(1).toInt();
        v.status = q->value(2).toString() == inspectionStatuses().code(InspectionStatus::Finished)
                       ? InspectionStatus::Finished
                       : InspectionStatus::Draft;
        v.correctionReason = q->value(3).toString();
        v.modifiedAt = q->value(4).toString();
        v.modifiedBy = q->value(5).toString();
        out << v;
    }
    return out;
}

QList<InspectionInspector> InspectionRepository::eligibleInspectors(const QString &domain, const QDate &day) const
{
    QList<InspectionInspector> out;
    for (const StaffMember &m : InspectionRows::activeStaff(m_db)) {
        if (!InspectionRules::mayInspect(m, domain, day))
            continue;
        const Certificate &c = InspectionRules::certificateFor(m, domain);
        out << InspectionInspector{m.id, m.login, m.name, c.number, c.validUntil};
    }
    return out;
}

Result<Inspection> InspectionRepository::create(const Session &session, Inspection record, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    Inspection r = InspectionInput::fresh(record);
    InspectionInput::tidy(r);
    if (auto s = firstProblem(InspectionRules::draftProblems(r, today)); !s)
        return s.error();
    if (auto s = InspectionInput::complete(m_db, r, nullptr); !s)
        return s.error();
    auto number = InspectionNumbers::nextRecordNumber(m_db, BureauSettings::load(m_db).site, r.inspectedOn.year());
    if (!number)
        return number.error();
    r.recordNumber = *number;
    if (auto s = InspectionWrites::insert(tx, r, QStringLiteral("inspection.create")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(r.id);
}

Result<Inspection> InspectionRepository::update(const Session &session, Inspection record, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    auto before = find(record.id);
    if (!before)
        return before.error();
    if (auto s = requireDraft(*before, DraftWrite::Change); !s)
        return s.error();
    if (auto s = RegisterRows::requireCurrent(m_db, "inspection", before->id, record.modifiedAt, before->recordNumber);
        !s)
        return s.error();
    Inspection after = InspectionInput::fresh(record);
    after.id = before->id;
    after.uuid = before->uuid;
    after.recordNumber = before->recordNumber;
    InspectionInput::tidy(after);
    if (auto s = firstProblem(InspectionRules::draftProblems(after, today)); !s)
        return s.error();
    if (auto s = InspectionInput::complete(m_db, after, &*before); !s)
        return s.error();
    if (InspectionRows::auditJson(after) == InspectionRows::auditJson(*before))
        return *before; // nothing changed, nothing to record
    if (auto s = InspectionWrites::store(tx, *before, after, QStringLiteral("inspection.edit")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

Result<Inspection> InspectionRepository::finish(const Session &session, qint64 id, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    auto before = find(id);
    if (!before)
        return before.error();
    if (auto s = requireDraft(*before, DraftWrite::Finish); !s)
        return s.error();
    Inspection after = *before;
    InspectionInput::tidy(after);
    if (auto s = finishable(m_db, after, today); !s)
        return s.error();
    after.status = InspectionStatus::Finished;
    after.finishedAt = tx.stamp().at;
    after.finishedBy = tx.stamp().by;
    auto directive = directiveNumberFor(m_db, after, {});
    if (!directive)
        return directive.error();
    after.directiveNumber = *directive;
    if (after.has(O::OpenCase)) {
        auto caseId = InspectionWrites::openCase(m_db, tx, after, today);
        if (!caseId)
            return caseId.error();
        after.caseId = *caseId;
    }
    if (auto s = InspectionWrites::store(tx, *before, after, QStringLiteral("inspection.finish")); !s)
        return s.error();
    if (after.kind == InspectionKind::FollowUp)
        if (auto s = InspectionWrites::refreshFollowUp(m_db, after.followUpOf); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

Result<Inspection> InspectionRepository::correct(const Session &session, Inspection corrected, const QString &reason,
                                                 const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    auto before = find(corrected.id);
    if (!before)
        return before.error();
    if (!before->current)
        return refusal(Text::tr("%1 v%2 has been replaced by a later version; correct the current one.")
                           .arg(before->recordNumber)
                           .arg(before->version));
    if (before->status != InspectionStatus::Finished)
        return refusal(
            Text::tr("%1 is a draft: change it directly, it needs no correction.").arg(before->recordNumber));
    if (auto s =
            RegisterRows::requireCurrent(m_db, "inspection", before->id, corrected.modifiedAt, before->recordNumber);
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return refusal(Text::tr("Reason for the correction: say why the record is corrected."));
    if (corrected.unit.entityId != before->unit.entityId)
        return refusal(Text::tr("Unit: a correction keeps the unit inspected (%1); record an inspection of the "
                                "other unit instead.")
                           .arg(before->unit.name));
    if (before->caseId > 0 && !corrected.has(O::OpenCase))
        return refusal(
            Text::tr("Outcome: this record opened the lead %1; \"open a case\" stays.").arg(before->caseNumber));
    Inspection after = corrected;
    keepIdentity(*before, after);
    after.correctionReason = reason.trimmed();
    InspectionInput::tidy(after);
    if (auto s = InspectionInput::complete(m_db, after, &*before); !s)
        return s.error();
    if (auto s = finishable(m_db, after, today); !s)
        return s.error();
    Inspection unchanged = *before;
    unchanged.version = after.version;
    unchanged.correctionReason = after.correctionReason;
    if (InspectionRows::auditJson(after) == InspectionRows::auditJson(unchanged))
        return refusal(Text::tr("%1: the correction changes nothing.").arg(before->recordNumber));
    after.finishedAt = tx.stamp().at;
    after.finishedBy = tx.stamp().by;
    auto directive = directiveNumberFor(m_db, after, before->directiveNumber);
    if (!directive)
        return directive.error();
    after.directiveNumber = *directive;
    if (after.has(O::OpenCase) && after.caseId == 0) {
        auto caseId = InspectionWrites::openCase(m_db, tx, after, today);
        if (!caseId)
            return caseId.error();
        after.caseId = *caseId;
    }
    if (auto s = InspectionWrites::insert(tx, after, QStringLiteral("inspection.correct"),
                                          InspectionRows::auditJson(*before));
        !s)
        return s.error();
    if (auto s = InspectionWrites::supersede(tx, before->id, after.id); !s)
        return s.error();
    // A follow-up's correction may settle (or reopen) the record it checks.
    for (const Inspection *r : {&*before, &after})
        if (r->kind == InspectionKind::FollowUp && r->followUpOf > 0)
            if (auto s = InspectionWrites::refreshFollowUp(m_db, r->followUpOf); !s)
                return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

Status InspectionRepository::discard(const Session &session, qint64 id)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s;
    auto before = find(id);
    if (!before)
        return before.error();
    if (auto s = requireDraft(*before, DraftWrite::Discard); !s)
        return s;
    if (auto s = tx.writer().markDeleted("inspection", "id", id); !s)
        return s;
    if (auto s = tx.record({QStringLiteral("inspection.discard"),
                            QStringLiteral("inspection"),
                            before->uuid,
                            before->recordNumber,
                            InspectionRows::auditJson(*before),
                            {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
