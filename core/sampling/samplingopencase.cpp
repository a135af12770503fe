// SamplingRepository::openCase: a failed batch becomes a lead of an
// enforcement case (source: sampling), written in the same transaction as
// the batch's link to it, so neither exists without the other.

#include "audit/auditedtransaction.h"
#include "cases/casewrites.h"
#include "sampling/samplingrepository.h"
#include "sampling/samplingrows.h"

#include <QCoreApplication>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Sampling)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// The facts as the case file states them (data in the documents' language).
QString factsOf(const SamplingBatch &b)
{
    QString product = b.product;
    if (!b.specification.isEmpty())
        product += QStringLiteral("（规格型号：%1）").arg(b.specification);
    if (!b.productionBatch.isEmpty())
        product += QStringLiteral("（生产日期/批号：%1）").arg(b.productionBatch);
    return QStringLiteral("监督抽查批次%1：%2于%3在%4抽取的%5，经%6检验（检验报告%7，%8），结论为不合格。"
                          "不合格项目：%9。")
        .arg(b.batchNumber, iso(b.sampledOn), b.unit.name, b.sampledFrom, product, b.lab, b.reportNumber,
             iso(b.reportOn), b.failedItems);
}

// The lead: the enterprise as the party, the samplers who still hold a
// valid enforcement certificate as handlers, the batch's duties.
EnforcementCase leadOf(const SamplingBatch &b, const QList<StaffMember> &samplers, const QDate &today)
{
    EnforcementCase lead;
    lead.source = CaseSource::Sampling;
    lead.sourceDetail = b.batchNumber;
    lead.receivedOn = today;
    lead.title = QStringLiteral("%1监督抽查不合格").arg(b.product);
    lead.party.kind = PartyKind::Entity;
    lead.party.entityId = b.unit.entityId;
    lead.facts = factsOf(b);
    lead.section = b.section;
    QSet<qint64> taken;
    for (const StaffMember &m : samplers)
        if (m.active && m.enforcement.validOn(today) && !taken.contains(m.id)) {
            taken.insert(m.id);
            CaseHandler h;
            h.staffId = m.id;
            h.login = m.login;
            lead.handlers << h;
        }
    for (qint64 id : b.itemIds)
        lead.items << CaseItem{id, {}};
    return lead;
}
} // namespace

Result<SamplingBatch> SamplingRepository::openCase(const Session &session, qint64 batchId, const QDate &today)
{
    AuditedTransaction tx(m_db, session);
    if (auto s = tx.begin(Action::EditInspection); !s)
        return s.error();
    if (auto s = Permissions::require(session, Action::EditCase); !s)
        return s.error();
    auto before = find(batchId);
    if (!before)
        return before.error();
    if (before->result != SamplingResult::Fail)
        return refusal(Text::tr("%1 did not fail; a case is opened from a failed batch.").arg(before->batchNumber));
    if (before->caseId != 0)
        return refusal(
            Text::tr("The case %1 was already opened from %2.").arg(before->caseNumber, before->batchNumber));

    SamplingBatch after = *before;
    auto samplers = SamplingRows::fillSamplers(m_db, after.samplers);
    if (!samplers)
        return samplers.error();
    auto lead = CaseWrites::registerLead(m_db, tx, leadOf(after, *samplers, today), today);
    if (!lead)
        return lead.error();
    after.caseId = lead->id;
    after.caseNumber = lead->leadNumber;
    auto followers = SamplingRows::followersOf(m_db, {after.id});
    if (!followers)
        return followers.error();
    if (auto s = tx.writer().update("sampling_batch", after.id,
                                    SamplingRows::rowFields(after, followers->value(after.id), today));
        !s)
        return s.error();
    if (auto s = tx.record({QStringLiteral("sampling.open-case"), QStringLiteral("sampling_batch"), after.uuid,
                            after.batchNumber, SamplingRows::auditJson(*before), SamplingRows::auditJson(after)});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return find(after.id);
}

} // namespace casedesk
