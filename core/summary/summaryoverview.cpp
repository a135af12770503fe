// The overview: the main figures of the period beside the previous period
// and the same period a year before, and the charts of the summary.
#include "cases/casestage.h"
#include "inspections/inspectionkinds.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <QHash>

namespace casedesk::SummaryParts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTables)
};

using SummarySql::iso;

QString planBatches(const QString &also)
{
    return QStringLiteral("b.kind = '%1' AND %2").arg(samplingKinds().code(SamplingKind::Plan), also);
}

QString resultIs(SamplingResult result)
{
    return QStringLiteral("b.result = '%1'").arg(samplingResults().code(result));
}

QString penaltyIs(PenaltyKind kind)
{
    return penaltyKinds().code(kind);
}

// The last row of a table (its 合计), or an empty row.
QList<SummaryCell> totalOf(const SummaryTable &table)
{
    return table.totalRow && !table.rows.isEmpty() ? table.rows.last() : QList<SummaryCell>{};
}

SummaryCell cellAt(const QList<SummaryCell> &row, int column)
{
    return column < row.size() ? row.at(column) : SummaryCell{};
}

const Figure *find(const QList<Figure> &figures, const QString &key)
{
    for (const Figure &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

double valueOf(const QList<Figure> &figures, const QString &key)
{
    const Figure *f = find(figures, key);
    return f ? f->cell.value.toDouble() : 0.0;
}
} // namespace

Result<QList<Figure>> figures(const Database &db, const Scope &scope, const SummaryTable &coverageTable,
                              const SummaryTable &dutiesTable)
{
    QList<Figure> out;
    const auto add = [&out](const char *key, const QString &name, SummaryColumn column, const SummaryCell &cell) {
        out << Figure{QString::fromLatin1(key), name, column, cell};
    };
    const SummaryTrace inspected = inspections(scope);
    auto inspectionFigures =
        grouped(db, inspected, {}, {{Measure::Kind::Count, {}, {}}, {Measure::Kind::DistinctUnits, {}, {}}});
    if (!inspectionFigures)
        return inspectionFigures.error();
    add("inspections", Text::tr("Inspections held"), SummaryColumn::Count, inspectionFigures->first().cells.at(0));
    add("entities_inspected", Text::tr("Units inspected"), SummaryColumn::Count,
        inspectionFigures->first().cells.at(1));
    const QList<SummaryCell> covered = totalOf(coverageTable);
    add("entities_due", Text::tr("Units due this year (per domain)"), SummaryColumn::Count, cellAt(covered, 1));
    add("coverage", Text::tr("Plan coverage this year so far (%)"), SummaryColumn::Percent, cellAt(covered, 4));

    auto samplingFigures = grouped(db, samplingBatches(scope), {},
                                   {{Measure::Kind::Count, {}, {}},
                                    {Measure::Kind::Count, planBatches(resultIs(SamplingResult::Pass)), {}},
                                    {Measure::Kind::Count, planBatches(resultIs(SamplingResult::Fail)), {}},
                                    {Measure::Kind::DistinctUnits, planBatches(resultIs(SamplingResult::Fail)), {}}});
    if (!samplingFigures)
        return samplingFigures.error();
    const QList<SummaryCell> &s = samplingFigures->first().cells;
    add("sampling_batches", Text::tr("Sampling batches taken"), SummaryColumn::Count, s.at(0));
    add("pass_rate", Text::tr("Planned sampling pass rate (%)"), SummaryColumn::Percent,
        percent(s.at(1).value.toLongLong(), s.at(1).value.toLongLong() + s.at(2).value.toLongLong()));
    add("failed_enterprises", Text::tr("Enterprises that failed sampling"), SummaryColumn::Count, s.at(3));

    add("cases_received", Text::tr("Leads received"), SummaryColumn::Count, SummaryCell{});
    add("cases_filed", Text::tr("Cases filed"), SummaryColumn::Count, SummaryCell{});
    add("cases_decided", Text::tr("Cases decided"), SummaryColumn::Count, SummaryCell{});
    add("cases_closed", Text::tr("Cases closed"), SummaryColumn::Count, SummaryCell{});
    const char *columns[] = {"received_on", "filed_on", "decided_on", "closed_on"};
    for (int i = 0; i < 4; ++i) {
        const SummaryTrace cases = casesOn(scope, QString::fromLatin1(columns[i]));
        auto n = SummaryTraces::count(db, cases);
        if (!n)
            return n.error();
        out[out.size() - 4 + i].cell = number(*n, cases);
    }
    auto overdue = overdueCases(db, scope);
    if (!overdue)
        return overdue.error();
    add("cases_overdue", Text::tr("Cases overdue at the end"), SummaryColumn::Count,
        number(overdue->size(), casesWithIds(*overdue)));

    // Penalties of the cases decided in the period, by kind.
    const SummaryTrace decided = casesOn(scope, QStringLiteral("decided_on"));
    auto q = SummarySql::run(db,
                             QStringLiteral("SELECT p.kind, count(*), coalesce(sum(p.amount_fen), 0) FROM case_penalty "
                                            "p JOIN enforcement_case c ON c.id = p.case_id WHERE %1 GROUP BY p.kind")
                                 .arg(decided.condition),
                             decided.values);
    if (!q)
        return q.error();
    QHash<QString, QPair<qint64, qint64>> penalties;
    while (q->next())
        penalties.insert(q->value(0).toString(), {q->value(1).toLongLong(), q->value(2).toLongLong()});
    const auto withPenalty = [&decided](PenaltyKind kind) {
        return narrowed(decided, QStringLiteral("c.id IN (SELECT p.case_id FROM case_penalty p WHERE p.kind = ?)"),
                        {penaltyIs(kind)});
    };
    add("fines_imposed", Text::tr("Fines imposed (yuan)"), SummaryColumn::Yuan,
        yuan(penalties.value(penaltyIs(PenaltyKind::Fine)).second, withPenalty(PenaltyKind::Fine)));
    add("income_confiscated", Text::tr("Illegal income confiscated (yuan)"), SummaryColumn::Yuan,
        yuan(penalties.value(penaltyIs(PenaltyKind::ConfiscateIncome)).second,
             withPenalty(PenaltyKind::ConfiscateIncome)));
    add("goods_confiscated", Text::tr("Confiscations of goods"), SummaryColumn::Count,
        number(penalties.value(penaltyIs(PenaltyKind::ConfiscateGoods)).first,
               withPenalty(PenaltyKind::ConfiscateGoods)));
    add("licences_revoked", Text::tr("Licences revoked"), SummaryColumn::Count,
        number(penalties.value(penaltyIs(PenaltyKind::RevokeLicence)).first, withPenalty(PenaltyKind::RevokeLicence)));
    const SummaryTrace executed = casesOn(scope, QStringLiteral("executed_on"));
    auto paid = SummarySql::scalar(db,
                                   QStringLiteral("SELECT coalesce(sum(c.paid_fen), 0) FROM enforcement_case c "
                                                  "WHERE ") +
                                       executed.condition,
                                   executed.values);
    if (!paid)
        return paid.error();
    add("fines_collected", Text::tr("Fines and confiscations paid (yuan)"), SummaryColumn::Yuan,
        yuan(*paid, narrowed(executed, QStringLiteral("c.paid_fen > 0"))));

    const SummaryTrace equipment = equipmentOverdue(scope);
    auto equipmentCount = SummaryTraces::count(db, equipment);
    if (!equipmentCount)
        return equipmentCount.error();
    add("equipment_overdue", Text::tr("Special equipment overdue for inspection"), SummaryColumn::Count,
        number(*equipmentCount, equipment));

    qint64 items = 0, performed = 0;
    for (qsizetype r = 0; r + 1 < dutiesTable.rows.size(); ++r) {
        ++items;
        performed += dutiesTable.rows.at(r).value(6).value.toLongLong() > 0 ? 1 : 0;
    }
    add("duties_performed", Text::tr("Responsibility items performed"), SummaryColumn::Count, number(performed));
    add("duty_items", Text::tr("Responsibility items"), SummaryColumn::Count, number(items));
    add("duty_rate", Text::tr("Items performed (%)"), SummaryColumn::Percent, percent(performed, items));
    return out;
}

SummaryTable overview(const QList<Figure> &now, const QList<Figure> &previous, const QList<Figure> &yearBefore,
                      const ReportPeriod &period, const ReportPeriod &previousPeriod, const ReportPeriod &before)
{
    SummaryTable table;
    table.key = QStringLiteral("overview");
    table.title = Text::tr("Main figures");
    table.headers = {Text::tr("Figure"),
                     Text::tr("This period (%1)").arg(period.code()),
                     Text::tr("Previous period (%1)").arg(previousPeriod.code()),
                     Text::tr("Change"),
                     Text::tr("A year before (%1)").arg(before.code()),
                     Text::tr("Change")};
    table.columns = {SummaryColumn::Label,  SummaryColumn::Count, SummaryColumn::Count,
                     SummaryColumn::Change, SummaryColumn::Count, SummaryColumn::Change};
    table.note = Text::tr("Changes are this period minus the other (percentage points for rates).");
    for (const Figure &f : now) {
        table.rowColumns << f.column;
        const Figure *p = find(previous, f.key), *y = find(yearBefore, f.key);
        const SummaryCell pc = p ? p->cell : SummaryCell{}, yc = y ? y->cell : SummaryCell{};
        table.rows << QList<SummaryCell>{label(f.name), f.cell, pc, change(f.cell, pc), yc, change(f.cell, yc)};
    }
    return table;
}

QList<SummaryChart> charts(const QuarterSummary &summary, const QList<Figure> &now, const QList<Figure> &previous,
                           const QList<Figure> &yearBefore)
{
    QList<SummaryChart> out;
    SummaryChart main;
    main.key = QStringLiteral("main_figures");
    main.title = Text::tr("Main figures compared");
    main.seriesNames = {summary.period.code(), summary.previous.code(), summary.yearBefore.code()};
    main.series = {{}, {}, {}};
    for (const char *key : {"inspections", "sampling_batches", "cases_received", "cases_filed", "cases_closed"}) {
        const QString k = QString::fromLatin1(key);
        main.categories << (find(now, k) ? find(now, k)->name : k);
        main.series[0] << valueOf(now, k);
        main.series[1] << valueOf(previous, k);
        main.series[2] << valueOf(yearBefore, k);
    }
    out << main;

    // One series from a table's column, a bar per row (not the total).
    const auto fromTable = [&summary, &out](const char *key, const char *tableKey, QList<int> columns,
                                            const QString &title, const QString &unit) {
        const SummaryTable *table = summary.table(QString::fromLatin1(tableKey));
        if (!table)
            return;
        SummaryChart chart;
        chart.key = QString::fromLatin1(key);
        chart.title = title;
        chart.unit = unit;
        for (int c : columns) {
            chart.seriesNames << table->headers.value(c);
            chart.series << QList<double>{};
        }
        const qsizetype rows = table->rows.size() - (table->totalRow ? 1 : 0);
        for (qsizetype r = 0; r < rows; ++r) {
            chart.categories << table->rows.at(r).value(0).value.toString();
            for (int s = 0; s < columns.size(); ++s)
                chart.series[s] << table->rows.at(r).value(columns.at(s)).value.toDouble();
        }
        out << chart;
    };
    fromTable("inspections_by_domain", "inspections_by_domain", {int(inspectionKinds().values().size()) + 1},
              Text::tr("Inspections by domain"), Text::tr("inspections"));
    fromTable("sampling", "sampling", {2, 3}, Text::tr("Sampling results by kind"), Text::tr("batches"));
    fromTable("cases_by_source", "cases_by_source", {1, 2, 4}, Text::tr("Cases by source"), Text::tr("cases"));
    return out;
}

} // namespace casedesk::SummaryParts
