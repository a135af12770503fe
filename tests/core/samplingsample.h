#pragma once
// What the sampling suites that use a database share: a planned batch
// complete enough to be saved (sampled by insp1 and insp2 of
// setUpCaseStaff), a result to record on it, and a column read back.

#include "casesupport.h"
#include "sampling/samplingbatch.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace casedesk::test {

inline InspectionInspector samplerOf(const Session &session)
{
    InspectionInspector s;
    s.staffId = session.staffId();
    return s;
}

inline SamplingBatch planBatch(const CaseStaff &staff, qint64 entityId, const QDate &sampledOn,
                               const QString &product = QStringLiteral("电线电缆"))
{
    SamplingBatch b;
    b.kind = SamplingKind::Plan;
    b.planName = QStringLiteral("2026年县级产品质量监督抽查计划");
    b.unit.entityId = entityId;
    b.product = product;
    b.specification = QStringLiteral("BV 2.5mm²");
    b.productionBatch = QStringLiteral("20260105");
    b.trademark = QStringLiteral("永缆");
    b.sampleQuantity = QStringLiteral("6 卷");
    b.sampledFrom = QStringLiteral("成品库");
    b.sampledOn = sampledOn;
    b.samplers = {samplerOf(staff.inspectorA), samplerOf(staff.inspectorB)};
    b.lab = QStringLiteral("廊坊市产品质量监督检验所");
    b.standard = QStringLiteral("GB/T 5023-2008");
    b.section = QStringLiteral("质量监督股");
    return b;
}

// The lab's result, reported three days before it reached the enterprise.
inline SamplingBatch withResult(SamplingBatch b, SamplingResult result, const QDate &deliveredOn,
                                const QString &reportNumber = QStringLiteral("LF-2026-0311"))
{
    b.result = result;
    b.reportNumber = reportNumber;
    b.reportOn = deliveredOn.addDays(-3);
    b.deliveredOn = deliveredOn;
    b.failedItems = result == SamplingResult::Fail ? QStringLiteral("导体电阻、绝缘厚度") : QString();
    return b;
}

inline QString storedColumn(Database &db, const char *column, qint64 batchId)
{
    auto q =
        db.exec(QStringLiteral("SELECT %1 FROM sampling_batch WHERE id = ?").arg(QLatin1String(column)), {batchId});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toString();
}

} // namespace casedesk::test
