#pragma once
// SamplingBatch: one batch of product quality supervision sampling (监督
// 抽查, DOMAIN.md §3): the plan it belongs to, the product and the
// enterprise, the samples taken at random from stock for sale by at least
// two samplers, the lab that tests them, and the result. An objection
// (复检) and a re-check after rectification (复查) are batches of their own
// that point at the batch they follow (parentId).

#include "inspections/inspection.h"
#include "inspections/inspectionkinds.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

struct SamplingBatch {
    qint64 id = 0;
    QString uuid;
    QString batchNumber; // <site>-<year>-C<NNNN>
    SamplingKind kind = SamplingKind::Plan;
    qint64 parentId = 0;     // Objection / Recheck: the batch it follows
    QString parentNumber;    // on load
    QString planName;        // 2026年县级产品质量监督抽查计划
    InspectedUnit unit;      // the enterprise, copied from the register
    QString product;         // 产品名称
    QString specification;   // 规格型号
    QString productionBatch; // 生产日期/批号
    QString trademark;       // 商标
    QString sampleQuantity;  // 抽样数量 (with the unit: "6 件")
    QString sampledFrom;     // where: 成品库 (stock for sale, never chosen by the enterprise)
    QDate sampledOn;
    QList<InspectionInspector> samplers; // at least two, with enforcement certificates valid on the day
    QString lab;                         // the qualified testing lab
    QString standard;                    // the standard or rules the result is judged by
    QString section;
    QList<qint64> itemIds; // responsibility items carried out

    SamplingResult result = SamplingResult::Pending;
    QString reportNumber;
    QDate reportOn;           // the lab's report
    QDate deliveredOn;        // the report reached the enterprise
    QString failedItems;      // 不合格项目 (required for Fail)
    QDate objectionOn;        // the enterprise objected (within 15 days of delivery)
    QDate rectifiedOn;        // the enterprise reports rectification done
    QDate recheckRequestedOn; // and asks for a re-check
    qint64 caseId = 0;        // the lead opened (a failed re-check, refusal…)
    QString caseNumber;       // on load
    QString notes;

    QString createdAt;
    QString createdBy;
    QString modifiedAt;
    QString modifiedBy;

    bool operator==(const SamplingBatch &) const = default;
};

} // namespace casedesk
