#include "sampling/samplingrepository.h"

#include "audit/auditedtransaction.h"
#include "bureausettings.h"
#include "register/entityregister.h"
#include "register/registerrows.h"
#include "sampling/samplingrows.h"
#include "sampling/samplingrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

const char *const kTable = "sampling_batch";

// Text fields as stored: trimmed.
void tidy(SamplingBatch &b)
{
    for (QString *text :
         {&b.planName, &b.product, &b.specification, &b.productionBatch, &b.trademark, &b.sampleQuantity,
          &b.sampledFrom, &b.lab, &b.standard, &b.section, &b.reportNumber, &b.failedItems, &b.notes})
        *text = text->trimmed();
}

// What a person enters about a batch; numbers, identity, stamps and the
// case link are the repository's.
void copyEntered(const SamplingBatch &from, SamplingBatch &to)
{
    to.planName = from.planName;
    to.sampleQuantity = from.sampleQuantity;
    to.sampledFrom = from.sampledFrom;
    to.sampledOn = from.sampledOn;
    to.samplers = from.samplers;
    to.lab = from.lab;
    to.standard = from.standard;
    to.section = from.section;
    to.itemIds = from.itemIds;
    to.result = from.result;
    to.reportNumber = from.reportNumber;
    to.reportOn = from.reportOn;
    to.deliveredOn = from.deliveredOn;
    to.failedItems = from.failedItems;
    to.objectionOn = from.objectionOn;
    to.rectifiedOn = from.rectifiedOn;
    to.recheckRequestedOn = from.recheckRequestedOn;
    to.notes = from.notes;
}

// The product as sampled: a planned batch's own, a follower's its parent's.
void copyProduct(const SamplingBatch &from, SamplingBatch &to)
{
    to.product = from.product;
    to.specification = from.specification;
    to.productionBatch = from.productionBatch;
    to.trademark = from.trademark;
}

// An objection or re-check tests the same product of the same enterprise;
// what it leaves empty it takes from the batch it follows.
void inherit(SamplingBatch &b, const SamplingBatch &parent)
{
    b.unit = parent.unit;
    copyProduct(parent, b);
    for (auto [mine, theirs] :
         {std::pair{&b.planName, &parent.planName}, std::pair{&b.lab, &parent.lab},
          std::pair{&b.standard, &parent.standard}, std::pair{&b.section, &parent.section},
          std::pair{&b.sampledFrom, &parent.sampledFrom}, std::pair{&b.sampleQuantity, &parent.sampleQuantity}})
        if (mine->isEmpty())
            *mine = *theirs;
    if (b.samplers.isEmpty())
        b.samplers = parent.samplers;
    if (b.itemIds.isEmpty())
        b.itemIds = parent.itemIds;
}

Status copyUnit(Database &db, SamplingBatch &b)
{
    if (b.unit.entityId <= 0)
        return success(); // SamplingRules names the missing enterprise
    auto entity = EntityRegister(db).find(b.unit.entityId);
    if (!entity)
        return refusal(Text::tr("Enterprise: there is no entity %1 in the register.").arg(b.unit.entityId));
    b.unit = InspectedUnit{
        entity->id,   entity->name, entity->code, entity->address, entity->legalRepresentative, entity->contactPerson,
        entity->phone};
    return success();
}

// Fields, samplers, the batch followed and the frequency limits: every
// write asks the same. A sampler already on the batch who has left since
// still took the samples (`sampledBefore`).
Status check(const Database &db, SamplingBatch &b, const std::optional<SamplingBatch> &parent, const QDate &today,
             const QList<InspectionInspector> &sampledBefore = {})
{
    auto staff = SamplingRows::fillSamplers(db, b.samplers);
    if (!staff)
        return staff.error();
    for (StaffMember &m : *staff)
        for (const InspectionInspector &s : sampledBefore)
            if (s.staffId == m.id)
                m.active = true;
    if (auto s = SamplingRows::checkItems(db, b.itemIds); !s)
        return s;
    if (auto s = firstProblem(SamplingRules::problems(b, *staff, today)); !s)
        return s;
    if (parent)
        if (auto s = firstProblem(SamplingRules::parentProblems(b, *parent)); !s)
            return s;
    if (b.kind != SamplingKind::Plan)
        return success();
    auto others =
        SamplingRows::planBatches(db, b.unit.entityId, SamplingRules::productKey(b.product), b.sampledOn.year(), b.id);
    if (!others)
        return others.error();
    if (const auto problem = SamplingRules::frequencyProblem(b, *others))
        return refusal(*problem);
    return success();
}

Result<std::optional<SamplingBatch>> parentOf(const Database &db, const SamplingBatch &b)
{
    if (b.kind == SamplingKind::Plan || b.parentId <= 0)
        return std::optional<SamplingBatch>();
    auto parent = SamplingRows::load(db, b.parentId);
    if (!parent)
        return refusal(Text::tr("The batch followed: there is no sampling batch %1.").arg(b.parentId));
    return std::optional<SamplingBatch>(*parent);
}

QList<SamplingBatch> liveFollowers(const Database &db, qint64 id)
{
    auto all = SamplingRows::followersOf(db, {id});
    return all ? all->value(id) : QList<SamplingBatch>();
}

// A batch others follow keeps what they follow: a delivered result for an
// objection, the failure and the request for a re-check.
Status keepsFollowers(const SamplingBatch &after, const QList<SamplingBatch> &followers)
{
    for (const SamplingBatch &f : followers) {
        if (f.kind == SamplingKind::Objection &&
            (after.result == SamplingResult::Pending || !after.deliveredOn.isValid()))
            return refusal(Text::tr("%1 is followed by the objection re-test %2: its result and delivery stay.")
                               .arg(after.batchNumber, f.batchNumber));
        if (f.kind == SamplingKind::Recheck &&
            (after.result != SamplingResult::Fail || !after.recheckRequestedOn.isValid()))
            return refusal(Text::tr("%1 is followed by the re-check %2: its failure and the request for the "
                                    "re-check stay.")
                               .arg(after.batchNumber, f.batchNumber));
    }
    return success();
}
} // namespace

Result<SamplingBatch> SamplingRepository::find(qint64 id) const
{
    return SamplingRows::load(m_db, id);
}

Result<SamplingBatch> SamplingRepository::findByNumber(const QString &text) const
{
    const QString t = text.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (digits.match(t).hasMatch())
        return find(t.toLongLong());
    if (const qint64 id = SamplingRows::idOfNumber(m_db, t))
        return find(id);
    return refusal(Text::tr("There is no sampling batch numbered %1.").arg(t));
}

QList<SamplingBatch> SamplingRepository::followers(qint64 batchId) const
{
    QList<SamplingBatch> out;
    for (const SamplingBatch &f : liveFollowers(m_db, batchId))
        if (auto full = find(f.id))
            out << *full;
    return out;
}

Result<SamplingBatch> SamplingRepository::create(const Session &session, SamplingBatch given, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    SamplingBatch b;
    b.kind = given.kind;
    b.parentId = given.parentId;
    b.unit.entityId = given.unit.entityId;
    copyProduct(given, b);
    copyEntered(given, b);
    tidy(b);
    auto parent = parentOf(m_db, b);
    if (!parent)
        return parent.error();
    if (*parent) {
        const SamplingBatch &p = **parent;
        inherit(b, p);
        b.parentNumber = p.batchNumber;
        if (b.kind == SamplingKind::Objection)
            for (const SamplingBatch &f : liveFollowers(m_db, p.id))
                if (f.kind == SamplingKind::Objection)
                    return refusal(
                        Text::tr("%1 was already objected to: the re-test is %2.").arg(p.batchNumber, f.batchNumber));
    } else if (auto s = copyUnit(m_db, b); !s) {
        return s.error();
    }
    if (auto s = check(m_db, b, *parent, today); !s)
        return s.error();

    auto number = SamplingRows::nextNumber(m_db, BureauSettings::load(m_db).site, b.sampledOn.year());
    if (!number)
        return number.error();
    b.batchNumber = *number;
    auto id = tx.writer().insert(kTable, SamplingRows::rowFields(b, {}, today));
    if (!id)
        return id.error();
    b.id = *id;
    b.uuid = tx.writer().lastUuid();
    if (auto s = SamplingRows::writeDetails(m_db, b); !s)
        return s.error();
    if (*parent)
        if (auto s = SamplingRows::refreshNextDue(m_db, b.parentId, today); !s)
            return s.error();
    if (auto s = tx.record({QStringLiteral("sampling.create"),
                            QString::fromLatin1(kTable),
                            b.uuid,
                            b.batchNumber,
                            {},
                            SamplingRows::auditJson(b)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(b.id);
}

Result<SamplingBatch> SamplingRepository::update(const Session &session, SamplingBatch wanted, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    auto before = find(wanted.id);
    if (!before)
        return before.error();
    if (auto s = RegisterRows::requireCurrent(m_db, kTable, before->id, wanted.modifiedAt, before->batchNumber); !s)
        return s.error();
    if (wanted.kind != before->kind || (before->kind != SamplingKind::Plan && wanted.parentId != before->parentId))
        return refusal(Text::tr("%1: the kind of a batch and the batch it follows do not change; discard it and "
                                "record it again.")
                           .arg(before->batchNumber));

    SamplingBatch after = *before;
    copyEntered(wanted, after);
    if (after.kind == SamplingKind::Plan) {
        copyProduct(wanted, after);
        if (wanted.unit.entityId != before->unit.entityId) {
            after.unit.entityId = wanted.unit.entityId;
            if (auto s = copyUnit(m_db, after); !s)
                return s.error();
        }
    }
    tidy(after);
    auto parent = parentOf(m_db, after);
    if (!parent)
        return parent.error();
    if (auto s = check(m_db, after, *parent, today, before->samplers); !s)
        return s.error();
    if (after == *before)
        return *before; // nothing changed, nothing to record
    if (before->caseId != 0 && (after.result != before->result || after.failedItems != before->failedItems))
        return refusal(Text::tr("%1: the case %2 was opened from this failed result; it stays as it was.")
                           .arg(before->batchNumber, before->caseNumber));
    const QList<SamplingBatch> followers = liveFollowers(m_db, after.id);
    if (auto s = keepsFollowers(after, followers); !s)
        return s.error();

    if (auto s = tx.writer().update(kTable, after.id, SamplingRows::rowFields(after, followers, today)); !s)
        return s.error();
    if (auto s = SamplingRows::writeDetails(m_db, after); !s)
        return s.error();
    if (*parent)
        if (auto s = SamplingRows::refreshNextDue(m_db, after.parentId, today); !s)
            return s.error();
    if (auto s = tx.record({QStringLiteral("sampling.edit"), QString::fromLatin1(kTable), after.uuid, after.batchNumber,
                            SamplingRows::auditJson(*before), SamplingRows::auditJson(after)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

Status SamplingRepository::discard(const Session &session, qint64 batchId, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    auto b = find(batchId);
    if (!b)
        return b.error();
    if (b->result != SamplingResult::Pending)
        return refusal(Text::tr("%1 has a result (%2); only a batch still waiting for its result is discarded.")
                           .arg(b->batchNumber, samplingResults().name(b->result)));
    if (auto s = tx.writer().markDeleted(kTable, "id", b->id); !s)
        return s;
    if (b->parentId > 0)
        if (auto s = SamplingRows::refreshNextDue(m_db, b->parentId, today); !s)
            return s;
    if (auto s = tx.record({QStringLiteral("sampling.discard"),
                            QString::fromLatin1(kTable),
                            b->uuid,
                            b->batchNumber,
                            SamplingRows::auditJson(*b),
                            {}});
        !s)
        return s;
    return tx.commit();
}

} // namespace casedesk
