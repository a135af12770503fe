// The inspection tables: by domain and kind, by section, and the plan's
// coverage.
#include "dutylist/supervisiondomain.h"
#include "inspections/inspectionkinds.h"
#include "inspections/plansql.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <algorithm>

namespace casedesk::SummaryParts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTables)
};

QString domainName(const QString &code)
{
    return code.isEmpty() ? Text::tr("No domain") : SupervisionDomain::displayName(code);
}

SummaryTable tableOf(const QString &key, const QString &title, const QStringList &headers, const QString &note)
{
    SummaryTable t;
    t.key = key;
    t.title = title;
    t.headers = headers;
    t.columns.fill(SummaryColumn::Count, headers.size());
    t.columns[0] = SummaryColumn::Label;
    t.note = note;
    return t;
}

} // namespace

Result<SummaryTable> inspectionsByDomain(const Database &db, const Scope &scope)
{
    QStringList headers{Text::tr("Domain")};
    QList<Measure> measures;
    for (InspectionKind kind : inspectionKinds().values()) {
        headers << inspectionKinds().name(kind);
        measures << Measure{
            Measure::Kind::Count, QStringLiteral("i.kind = '%1'").arg(inspectionKinds().code(kind)), {}};
    }
    headers << Text::tr("Inspections") << Text::tr("Units inspected");
    measures << Measure{Measure::Kind::Count, {}, {}} << Measure{Measure::Kind::DistinctUnits, {}, {}};
    SummaryTable table =
        tableOf(QStringLiteral("inspections_by_domain"), Text::tr("Inspections by domain and kind"), headers,
                Text::tr("Finished inspection records (the current version of each) held in the period."));
    if (auto s = fillGrouped(db, table, inspections(scope), QStringLiteral("i.domain"), measures,
                             SupervisionDomain::codes(), domainName);
        !s)
        return s.error();
    return table;
}

Result<SummaryTable> inspectionsBySection(const Database &db, const Scope &scope)
{
    const QStringList headers{Text::tr("Section"),        Text::tr("Inspections"),       Text::tr("Units inspected"),
                              Text::tr("Problems found"), Text::tr("Orders to correct"), Text::tr("Cases opened")};
    const QList<Measure> measures{
        {Measure::Kind::Count, {}, {}},
        {Measure::Kind::DistinctUnits, {}, {}},
        {Measure::Kind::Count, QStringLiteral("i.failed_points > 0"), {}},
        {Measure::Kind::Count, QStringLiteral("instr(',' || i.outcomes || ',', ',order-to-correct,') > 0"), {}},
        {Measure::Kind::Count, QStringLiteral("i.case_id IS NOT NULL"), {}},
    };
    SummaryTable table = tableOf(QStringLiteral("inspections_by_section"), Text::tr("Inspections by section"), headers,
                                 Text::tr("Problems found: records with at least one point that does not conform."));
    if (auto s = fillGrouped(db, table, inspections(scope), QStringLiteral("i.section"), measures, {},
                             [](const QString &s) { return s.isEmpty() ? Text::tr("No section") : s; });
        !s)
        return s.error();
    return table;
}

Result<SummaryTable> coverage(const Database &db, const Scope &scope)
{
    const int year = scope.period.to.year();
    SummaryTable table =
        tableOf(QStringLiteral("coverage"), Text::tr("Coverage of the year's inspection plan"),
                {Text::tr("Domain"), Text::tr("Units due this year"), Text::tr("Inspected in the period"),
                 Text::tr("Inspected this year so far"), Text::tr("Coverage (%)")},
                Text::tr("Units the frequency rules make due in %1 (licensed enterprises, key special-equipment "
                         "users, units with an accident last year, metrology institutions), inspected in their "
                         "domain up to the end of the period.")
                    .arg(year));
    table.columns[4] = SummaryColumn::Percent;

    PlanFilter filter;
    filter.year = year;
    filter.planEntryId = 0; // the frequency rules only
    const PlanSql::Statement plan = PlanSql::rows(filter, PlanSql::Columns::Bare);
    // An inspection counts for a unit's row when it is one the summary
    // counts, of that unit and in that domain, between `from` and the end.
    const auto inspectedBetween = [&scope](const QDate &from, QVariantList &values) {
        SummaryTrace counted = inspections(scope);
        counted.values[0] = SummarySql::iso(from);
        values << counted.values;
        return QStringLiteral("EXISTS (SELECT 1 FROM inspection i WHERE i.entity_id = r.entity_id "
                              "AND +i.domain = r.domain AND %1)")
            .arg(counted.condition);
    };
    QVariantList inPeriodValues, inYearValues;
    const QString inPeriod = inspectedBetween(scope.period.from, inPeriodValues);
    const QString inYear = inspectedBetween(QDate(year, 1, 1), inYearValues);

    QVariantList values = inPeriodValues + inYearValues + plan.values;
    auto q = SummarySql::run(db,
                             QStringLiteral("SELECT r.domain, count(*), sum(%1), sum(%2) FROM (%3) r "
                                            "GROUP BY r.domain")
                                 .arg(inPeriod, inYear, plan.sql),
                             values);
    if (!q)
        return q.error();
    QList<GroupRow> rows;
    while (q->next()) {
        const QString domain = q->value(0).toString();
        const auto unitsWhere = [&](const QString &also, const QVariantList &alsoValues) {
            QVariantList v = plan.values;
            v << domain << alsoValues;
            return SummaryTrace{TraceKind::Entities,
                                QStringLiteral("e.id IN (SELECT r.entity_id FROM (%1) r WHERE r.domain = ?%2)")
                                    .arg(plan.sql, also.isEmpty() ? QString() : QStringLiteral(" AND ") + also),
                                v};
        };
        const qint64 due = q->value(1).toLongLong(), period = q->value(2).toLongLong(),
                     soFar = q->value(3).toLongLong();
        rows << GroupRow{domain,
                         {number(due, unitsWhere({}, {})), number(period, unitsWhere(inPeriod, inPeriodValues)),
                          number(soFar, unitsWhere(inYear, inYearValues)), percent(soFar, due)}};
    }
    const QStringList order = SupervisionDomain::codes();
    std::stable_sort(rows.begin(), rows.end(), [&order](const GroupRow &a, const GroupRow &b) {
        return order.indexOf(a.key) < order.indexOf(b.key); // unknown codes (-1) first: never dropped
    });
    for (const GroupRow &row : rows)
        table.rows << (QList<SummaryCell>{label(domainName(row.key))} + row.cells);
    QList<SummaryCell> total = totalRow(table.rows, table.columns.mid(0, 4));
    total << percent(total.at(3).value.toLongLong(), total.at(1).value.toLongLong());
    table.rows << total;
    table.totalRow = true;
    return table;
}

} // namespace casedesk::SummaryParts
