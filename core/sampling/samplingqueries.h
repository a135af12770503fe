#pragma once
// SamplingQueries: the sampling list (paged, filtered and sorted in SQL) and
// the sampling deadlines for the start page. SQL picks the rows by the
// stored next_due (the earliest deadline pending when the batch was last
// written, a lower bound); each row's next step and deadlines are then
// computed exactly by SamplingRules and SamplingClock from its stored dates
// and its followers (read for all the rows in one query).

#include "database.h"
#include "inspections/inspectionkinds.h"
#include "result.h"
#include "sampling/samplingclock.h"
#include "sampling/samplingrules.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace casedesk {

struct SamplingFilter {
    QString search; // batch number, enterprise, product, lab, plan
    QString section;
    QDate from, to; // sampled on
    std::optional<SamplingResult> result;
    std::optional<SamplingKind> kind;
    qint64 entityId = 0;
    qint64 samplerId = 0;
};

struct SamplingRow {
    qint64 id = 0;
    QString batchNumber;
    SamplingKind kind = SamplingKind::Plan;
    QString planName;
    QString unitName;
    QString product;
    QDate sampledOn;
    QString lab;
    SamplingResult result = SamplingResult::Pending;
    QString section;
    SamplingNextStep nextStep = SamplingNextStep::AwaitResult;
    QDate nextDue; // the open deadline, if any
};

struct SamplingDeadlineRow {
    qint64 batchId = 0;
    QString batchNumber;
    QString unitName;
    QString product;
    SamplingDeadline deadline;
    int daysLeft = 0;
};

namespace SamplingQueries {
Result<int> count(const Database &db, const SamplingFilter &filter);
// Newest sampling first.
Result<QList<SamplingRow>> page(const Database &db, const SamplingFilter &filter, int offset, int limit,
                                const QDate &today);
// Open deadlines due on or before today + withinDays (overdue included), soonest first.
Result<QList<SamplingDeadlineRow>> deadlines(const Database &db, const QDate &today, int withinDays, int limit = -1);
QStringList sections(const Database &db);
} // namespace SamplingQueries

} // namespace casedesk
