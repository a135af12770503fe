// The case tables: by source and step, the penalties decided, and the
// special equipment overdue for its periodic inspection.
#include "cases/casestage.h"
#include "register/equipment.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>

namespace casedesk::SummaryParts {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SummaryTables)
};

using SummarySql::iso;

// `column` within the period. The dates are the core's own ISO strings,
// written into the text so the condition can stand in a measure.
QString inPeriod(const Scope &scope, const QString &column)
{
    return QStringLiteral("%1 BETWEEN '%2' AND '%3'").arg(column, iso(scope.period.from), iso(scope.period.to));
}

bool anyFigure(const QList<SummaryCell> &cells)
{
    for (const SummaryCell &cell : cells)
        if (cell.value.toLongLong() != 0)
            return true;
    return false;
}
} // namespace

Result<SummaryTable> casesBySource(const Database &db, const Scope &scope, const QList<qint64> &overdue)
{
    SummaryTable table;
    table.key = QStringLiteral("cases_by_source");
    table.title = Text::tr("Cases by source");
    table.headers = {Text::tr("Source"),  Text::tr("Leads received"), Text::tr("Filed"),
                     Text::tr("Decided"), Text::tr("Closed"),         Text::tr("Overdue at the end")};
    table.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Count,
                     SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Count};
    table.note = Text::tr("Each case counts in every column whose step fell in the period; overdue: filed, not "
                          "decided, and past the decision deadline of the statutory clock on %1.")
                     .arg(iso(scope.asOf));
    const QList<Measure> measures{
        {Measure::Kind::Count, inPeriod(scope, QStringLiteral("c.received_on")), {}},
        {Measure::Kind::Count, inPeriod(scope, QStringLiteral("c.filed_on")), {}},
        {Measure::Kind::Count, inPeriod(scope, QStringLiteral("c.decided_on")), {}},
        {Measure::Kind::Count, inPeriod(scope, QStringLiteral("c.closed_on")), {}},
        {Measure::Kind::Count, casesWithIds(overdue).condition, {}},
    };
    SummaryTrace base{TraceKind::Cases, QStringLiteral("c.deleted_at IS NULL"), {}};
    if (!scope.section.isEmpty())
        base = narrowed(base, QStringLiteral("c.section = ?"), {scope.section});
    QStringList sources;
    for (CaseSource source : caseSources().values())
        sources << caseSources().code(source);
    if (auto s = fillGrouped(
            db, table, base, QStringLiteral("c.source"), measures, sources,
            [](const QString &code) { return SummarySql::nameOfCode(caseSources(), code); }, {}, anyFigure);
        !s)
        return s.error();
    return table;
}

Result<SummaryTable> penalties(const Database &db, const Scope &scope)
{
    SummaryTable table;
    table.key = QStringLiteral("penalties");
    table.title = Text::tr("Penalties decided");
    table.headers = {Text::tr("Penalty"), Text::tr("Cases"), Text::tr("Penalties"), Text::tr("Amount (yuan)")};
    table.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Yuan};
    table.note = Text::tr("The penalties of the cases decided in the period; amounts: fines, confiscated income "
                          "and the value of confiscated goods.");
    const SummaryTrace decided = casesOn(scope, QStringLiteral("decided_on"));
    auto q = SummarySql::run(db,
                             QStringLiteral("SELECT p.kind, count(DISTINCT p.case_id), count(*), "
                                            "coalesce(sum(p.amount_fen), 0) FROM case_penalty p "
                                            "JOIN enforcement_case c ON c.id = p.case_id WHERE %1 GROUP BY p.kind")
                                 .arg(decided.condition),
                             decided.values);
    if (!q)
        return q.error();
    QHash<QString, QList<qint64>> byKind;
    while (q->next())
        byKind.insert(q->value(0).toString(),
                      {q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong()});
    for (PenaltyKind kind : penaltyKinds().values()) {
        const QString code = penaltyKinds().code(kind);
        if (!byKind.contains(code))
            continue;
        const QList<qint64> f = byKind.value(code);
        const SummaryTrace cases = narrowed(
            decided, QStringLiteral("c.id IN (SELECT p.case_id FROM case_penalty p WHERE p.kind = ?)"), {code});
        table.rows << QList<SummaryCell>{label(penaltyKinds().name(kind)), number(f.at(0), cases), number(f.at(1)),
                                         yuan(f.at(2), cases)};
    }
    // The total counts each case once, whatever its penalties.
    const SummaryTrace anyPenalty = narrowed(decided, QStringLiteral("c.id IN (SELECT p.case_id FROM case_penalty p)"));
    auto cases = SummaryTraces::count(db, anyPenalty);
    if (!cases)
        return cases.error();
    QList<SummaryCell> total = totalRow(table.rows, table.columns);
    total[1] = number(*cases, anyPenalty);
    table.rows << total;
    table.totalRow = true;
    return table;
}

Result<SummaryTable> equipmentOverdueTable(const Database &db, const Scope &scope)
{
    SummaryTable table;
    table.key = QStringLiteral("equipment_overdue");
    table.title = Text::tr("Special equipment overdue for periodic inspection");
    table.headers = {Text::tr("Category"), Text::tr("In use"), Text::tr("Overdue"), Text::tr("Overdue (%)")};
    table.columns = {SummaryColumn::Label, SummaryColumn::Count, SummaryColumn::Count, SummaryColumn::Percent};
    table.note = Text::tr("The whole bureau's equipment in use whose next periodic inspection was due before %1, as "
                          "the register stands now.")
                     .arg(iso(scope.asOf));
    const QList<Measure> measures{
        {Measure::Kind::Count, {}, {}},
        {Measure::Kind::Count,
         QStringLiteral("q.next_inspection_on <> '' AND q.next_inspection_on < '%1'").arg(iso(scope.asOf)),
         {}}};
    QStringList categories;
    for (EquipmentCategory category : allEquipmentCategories())
        categories << equipmentCategoryCode(category);
    const auto categoryName = [](const QString &code) {
        const auto category = parseEquipmentCategory(code);
        return category ? equipmentCategoryName(*category) : code;
    };
    const auto withRate = [](const QList<SummaryCell> &cells) {
        return cells + QList<SummaryCell>{percent(cells.at(1).value.toLongLong(), cells.at(0).value.toLongLong())};
    };
    if (auto s = fillGrouped(db, table, equipmentInUse(), QStringLiteral("q.category"), measures, categories,
                             categoryName, withRate);
        !s)
        return s.error();
    return table;
}

} // namespace casedesk::SummaryParts
