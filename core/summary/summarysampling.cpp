// The sampling tables: batches by kind with the pass rate, and the failed
// batches with the state of their rectification.
#include "inspections/inspectionkinds.h"
#include "sampling/samplingqueries.h"
#include "sampling/samplingrules.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace casedesk::SummaryParts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTables)
};

QString resultIs(SamplingResult result)
{
    return QStringLiteral("b.result = '%1'").arg(samplingResults().code(result));
}

// Batches, passed, failed, pending, then the pass rate over those with a result.
QList<SummaryCell> withRate(const QList<SummaryCell> &cells)
{
    const qint64 pass = cells.at(1).value.toLongLong(), fail = cells.at(2).value.toLongLong();
    return cells + QList<SummaryCell>{percent(pass, pass + fail)};
}
} // namespace

Result<SummaryTable> sampling(const Database &db, const Scope &scope)
{
    SummaryTable table;
    table.key = QStringLiteral("sampling");
    table.title = Text::tr("Sampling by kind");
    table.headers = {Text::tr("Kind"),   Text::tr("Batches"), Text::tr("Passed"),
                     Text::tr("Failed"), Text::tr("Pending"), Text::tr("Pass rate (%)")};
    table.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Count,
                     SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Percent};
    table.note = Text::tr("Batches by the day they were sampled; the pass rate counts the batches that have a "
                          "result.");
    const QList<Measure> measures{{Measure::Kind::Count, {}, {}},
                                  {Measure::Kind::Count, resultIs(SamplingResult::Pass), {}},
                                  {Measure::Kind::Count, resultIs(SamplingResult::Fail), {}},
                                  {Measure::Kind::Count, resultIs(SamplingResult::Pending), {}}};
    QStringList kinds;
    for (SamplingKind kind : samplingKinds().values())
        kinds << samplingKinds().code(kind);
    if (auto s = fillGrouped(
            db, table, samplingBatches(scope), QStringLiteral("b.kind"), measures, kinds,
            [](const QString &code) { return SummarySql::nameOfCode(samplingKinds(), code); }, withRate);
        !s)
        return s.error();
    return table;
}

Result<SummaryTable> samplingFailures(const Database &db, const Scope &scope)
{
    SummaryTable table;
    table.key = QStringLiteral("sampling_failures");
    table.title = Text::tr("Failed enterprises and their rectification");
    table.headers = {Text::tr("Batch"),      Text::tr("Enterprise"),   Text::tr("Credit code"),  Text::tr("Product"),
                     Text::tr("Sampled on"), Text::tr("Failed items"), Text::tr("Rectification")};
    table.columns.fill(SummaryColumn::Label, table.headers.size());
    table.note = Text::tr("Planned sampling batches that failed; the rectification as it stands on %1.")
                     .arg(SummarySql::iso(scope.asOf));

    SamplingFilter filter;
    filter.section = scope.section;
    filter.from = scope.period.from;
    filter.to = scope.period.to;
    filter.result = SamplingResult::Fail;
    filter.kind = SamplingKind::Plan;
    auto count = SamplingQueries::count(db, filter);
    if (!count)
        return count.error();
    auto rows = SamplingQueries::page(db, filter, 0, *count, scope.asOf);
    if (!rows)
        return rows.error();
    std::reverse(rows->begin(), rows->end()); // oldest first

    // What the list rows do not carry: the credit code and the failed items.
    const SummaryTrace failed = narrowed(narrowed(samplingBatches(scope), resultIs(SamplingResult::Fail)),
                                         QStringLiteral("b.kind = '%1'").arg(samplingKinds().code(SamplingKind::Plan)));
    auto extra = SummarySql::run(
        db, QStringLiteral("SELECT b.id, b.unit_code, b.failed_items FROM sampling_batch b WHERE ") + failed.condition,
        failed.values);
    if (!extra)
        return extra.error();
    QHash<qint64, QPair<QString, QString>> codeAndItems;
    while (extra->next())
        codeAndItems.insert(extra->value(0).toLongLong(), {extra->value(1).toString(), extra->value(2).toString()});

    for (const SamplingRow &row : *rows) {
        const SummaryTrace batch{TraceKind::Sampling, QStringLiteral("b.id = ?"), {row.id}};
        const auto [code, items] = codeAndItems.value(row.id);
        QString state = SamplingRules::nextStepName(row.nextStep);
        if (row.nextDue.isValid())
            state += Text::tr(" (by %1)").arg(SummarySql::iso(row.nextDue));
        table.rows << QList<SummaryCell>{
            SummaryCell{row.batchNumber, batch},   label(row.unitName), label(code), label(row.product),
            label(SummarySql::iso(row.sampledOn)), label(items),        label(state)};
    }
    return table;
}

} // namespace casedesk::SummaryParts
