#include "samplingjson.h"

#include "inspectionjson.h"

namespace casedesk::cli {

QString samplingNextStepCode(SamplingNextStep step)
{
    switch (step) {
    case SamplingNextStep::AwaitResult:
        return QStringLiteral("await-result");
    case SamplingNextStep::DeliverReport:
        return QStringLiteral("deliver-report");
    case SamplingNextStep::ObjectionWindow:
        return QStringLiteral("objection-window");
    case SamplingNextStep::AwaitObjection:
        return QStringLiteral("await-objection");
    case SamplingNextStep::Rectify:
        return QStringLiteral("rectify");
    case SamplingNextStep::SampleRecheck:
        return QStringLiteral("sample-recheck");
    case SamplingNextStep::OpenCase:
        return QStringLiteral("open-case");
    case SamplingNextStep::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString samplingDeadlineCode(SamplingDeadlineKind kind)
{
    switch (kind) {
    case SamplingDeadlineKind::Objection:
        return QStringLiteral("objection");
    case SamplingDeadlineKind::Rectification:
        return QStringLiteral("rectification");
    case SamplingDeadlineKind::RecheckSampling:
        return QStringLiteral("recheck-sampling");
    }
    return {};
}

QJsonObject samplingDeadlineJson(const SamplingDeadline &d, const QDate &today)
{
    return {{QStringLiteral("kind"), samplingDeadlineCode(d.kind)},
            {QStringLiteral("name"), SamplingClock::name(d.kind)},
            {QStringLiteral("due"), isoDate(d.due)},
            {QStringLiteral("metOn"), isoDate(d.metOn)},
            {QStringLiteral("open"), d.open()},
            {QStringLiteral("daysLeft"), d.daysLeft(today)},
            {QStringLiteral("overdue"), d.overdue(today)},
            {QStringLiteral("lapsed"), d.lapsed()}};
}

QJsonObject samplingBatchJson(const SamplingBatch &b)
{
    QJsonArray items;
    for (qint64 id : b.itemIds)
        items.append(id);
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("uuid"), b.uuid},
            {QStringLiteral("batchNumber"), b.batchNumber},
            {QStringLiteral("kind"), samplingKinds().code(b.kind)},
            {QStringLiteral("parentId"), b.parentId},
            {QStringLiteral("parentNumber"), b.parentNumber},
            {QStringLiteral("planName"), b.planName},
            {QStringLiteral("unit"), unitJson(b.unit)},
            {QStringLiteral("product"), b.product},
            {QStringLiteral("specification"), b.specification},
            {QStringLiteral("productionBatch"), b.productionBatch},
            {QStringLiteral("trademark"), b.trademark},
            {QStringLiteral("sampleQuantity"), b.sampleQuantity},
            {QStringLiteral("sampledFrom"), b.sampledFrom},
            {QStringLiteral("sampledOn"), isoDate(b.sampledOn)},
            {QStringLiteral("samplers"), inspectorsJson(b.samplers)},
            {QStringLiteral("lab"), b.lab},
            {QStringLiteral("standard"), b.standard},
            {QStringLiteral("section"), b.section},
            {QStringLiteral("itemIds"), items},
            {QStringLiteral("result"), samplingResults().code(b.result)},
            {QStringLiteral("reportNumber"), b.reportNumber},
            {QStringLiteral("reportOn"), isoDate(b.reportOn)},
            {QStringLiteral("deliveredOn"), isoDate(b.deliveredOn)},
            {QStringLiteral("failedItems"), b.failedItems},
            {QStringLiteral("objectionOn"), isoDate(b.objectionOn)},
            {QStringLiteral("rectifiedOn"), isoDate(b.rectifiedOn)},
            {QStringLiteral("recheckRequestedOn"), isoDate(b.recheckRequestedOn)},
            {QStringLiteral("caseId"), b.caseId},
            {QStringLiteral("caseNumber"), b.caseNumber},
            {QStringLiteral("notes"), b.notes},
            {QStringLiteral("createdAt"), b.createdAt},
            {QStringLiteral("createdBy"), b.createdBy},
            {QStringLiteral("modifiedAt"), b.modifiedAt},
            {QStringLiteral("modifiedBy"), b.modifiedBy}};
}

QJsonObject samplingRowJson(const SamplingRow &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("batchNumber"), r.batchNumber},
            {QStringLiteral("kind"), samplingKinds().code(r.kind)},
            {QStringLiteral("planName"), r.planName},
            {QStringLiteral("unitName"), r.unitName},
            {QStringLiteral("product"), r.product},
            {QStringLiteral("sampledOn"), isoDate(r.sampledOn)},
            {QStringLiteral("lab"), r.lab},
            {QStringLiteral("result"), samplingResults().code(r.result)},
            {QStringLiteral("section"), r.section},
            {QStringLiteral("nextStep"), samplingNextStepCode(r.nextStep)},
            {QStringLiteral("nextDue"), isoDate(r.nextDue)}};
}

QJsonObject samplingDeadlineRowJson(const SamplingDeadlineRow &r, const QDate &today)
{
    return {{QStringLiteral("batchId"), r.batchId},
            {QStringLiteral("batchNumber"), r.batchNumber},
            {QStringLiteral("unitName"), r.unitName},
            {QStringLiteral("product"), r.product},
            {QStringLiteral("deadline"), samplingDeadlineJson(r.deadline, today)},
            {QStringLiteral("daysLeft"), r.daysLeft}};
}

} // namespace casedesk::cli
