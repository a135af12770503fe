// The conditions that decide which records a summary counts, written once:
// the figures are aggregates over them and the drill-down lists them.
#include "cases/statutoryclock.h"
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QHash>
#include <algorithm>

namespace casedesk::SummaryParts {

using SummarySql::iso;

namespace {
SummaryTrace withSection(SummaryTrace trace, const QString &alias, const Scope &scope)
{
    if (scope.section.isEmpty())
        return trace;
    return narrowed(trace, alias + QStringLiteral(".section = ?"), {scope.section});
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

Scope scopeOf(const ReportPeriod &period, const QString &section, const QDate &today)
{
    const QDate day = today.isValid() ? today : QDate::currentDate();
    return Scope{period, section, std::min(day, period.to)};
}

SummaryTrace narrowed(const SummaryTrace &trace, const QString &condition, const QVariantList &values)
{
    SummaryTrace out = trace;
    out.condition = QStringLiteral("%1 AND %2").arg(trace.condition, condition);
    out.values << values;
    return out;
}

SummaryTrace inspections(const Scope &scope)
{
    SummaryTrace t{TraceKind::Inspections,
                   QStringLiteral("i.deleted_at IS NULL AND i.superseded_by IS NULL AND i.status = 'finished' "
                                  "AND i.inspected_on BETWEEN ? AND ?"),
                   {iso(scope.period.from), iso(scope.period.to)}};
    return withSection(t, QStringLiteral("i"), scope);
}

SummaryTrace samplingBatches(const Scope &scope)
{
    SummaryTrace t{TraceKind::Sampling,
                   QStringLiteral("b.deleted_at IS NULL AND b.sampled_on BETWEEN ? AND ?"),
                   {iso(scope.period.from), iso(scope.period.to)}};
    return withSection(t, QStringLiteral("b"), scope);
}

// The unary + on deleted_at (and on the equipment's status) keeps the
// planner on the date indexes rather than on the index of live rows, which
// would walk every case for each figure.
SummaryTrace casesOn(const Scope &scope, const QString &dateColumn)
{
    SummaryTrace t{TraceKind::Cases,
                   QStringLiteral("+c.deleted_at IS NULL AND c.%1 BETWEEN ? AND ?").arg(dateColumn),
                   {iso(scope.period.from), iso(scope.period.to)}};
    return withSection(t, QStringLiteral("c"), scope);
}

SummaryTrace casesActive(const Scope &scope)
{
    QStringList any;
    QVariantList values;
    for (const char *column : {"received_on", "filed_on", "decided_on", "closed_on"}) {
        any << QStringLiteral("c.%1 BETWEEN ? AND ?").arg(QLatin1String(column));
        values << iso(scope.period.from) << iso(scope.period.to);
    }
    SummaryTrace t{TraceKind::Cases,
                   QStringLiteral("+c.deleted_at IS NULL AND (%1)").arg(any.join(QStringLiteral(" OR "))), values};
    return withSection(t, QStringLiteral("c"), scope);
}

SummaryTrace casesWithIds(const QList<qint64> &ids)
{
    // Ids are the core's own integers, not user text; written out so that a
    // long list needs no thousand placeholders.
    QStringList list;
    for (qint64 id : ids)
        list << QString::number(id);
    return SummaryTrace{TraceKind::Cases,
                        ids.isEmpty() ? QStringLiteral("0")
                                      : QStringLiteral("c.id IN (%1)").arg(list.join(QLatin1Char(','))),
                        {}};
}

SummaryTrace equipmentInUse()
{
    return SummaryTrace{TraceKind::Equipment, QStringLiteral("q.deleted_at IS NULL AND +q.status = 'in-use'"), {}};
}

SummaryTrace equipmentOverdue(const Scope &scope)
{
    return narrowed(equipmentInUse(), QStringLiteral("q.next_inspection_on <> '' AND q.next_inspection_on < ?"),
                    {iso(scope.asOf)});
}

SummaryTrace unitsOf(const SummaryTrace &trace)
{
    const QString alias = SummaryTraces::aliasOf(trace.kind);
    return SummaryTrace{TraceKind::Entities,
                        QStringLiteral("e.id IN (SELECT %1.entity_id FROM %2 WHERE %3)")
                            .arg(alias, SummaryTraces::tableOf(trace.kind), trace.condition),
                        trace.values};
}

Result<QList<qint64>> overdueCases(const Database &db, const Scope &scope)
{
    // Only a case filed about three months before asOf can be overdue on it
    // (a few days' margin for month ends); the clock decides for those.
    const QString day = iso(scope.asOf);
    QString sql = QStringLiteral(
        "SELECT c.id, c.stage, c.filed_on, c.decided_on, c.closed_on, c.ended_on, c.extension_on, "
        "c.extension_days FROM enforcement_case c WHERE c.deleted_at IS NULL AND c.filed_on <> '' "
        "AND c.filed_on <= ? AND (c.decided_on = '' OR c.decided_on > ?) AND (c.closed_on = '' OR c.closed_on > ?) "
        "AND (c.ended_on = '' OR c.ended_on > ?)");
    QVariantList values{iso(scope.asOf.addMonths(-StatutoryClock::kDecisionMonths).addDays(3)), day, day, day};
    if (!scope.section.isEmpty()) {
        sql += QStringLiteral(" AND c.section = ?");
        values << scope.section;
    }
    auto q = SummarySql::run(db, sql + QStringLiteral(" ORDER BY c.id"), values);
    if (!q)
        return q.error();
    QList<EnforcementCase> candidates;
    QHash<qint64, qsizetype> indexOf;
    while (q->next()) {
        EnforcementCase c;
        c.id = q->value(0).toLongLong();
        c.stage = caseStages().parse(q->value(1).toString()).value_or(CaseStage::Investigating);
        c.filedOn = dateOf(q->value(2));
        c.decidedOn = dateOf(q->value(3));
        c.closedOn = dateOf(q->value(4));
        c.endedOn = dateOf(q->value(5));
        if (const QDate approved = dateOf(q->value(6)); approved.isValid())
            c.extension = ClockExtension{approved, q->value(7).toInt(), {}, {}};
        indexOf.insert(c.id, candidates.size());
        candidates << c;
    }
    if (candidates.isEmpty())
        return QList<qint64>{};
    // Their clock stops, in one pass.
    auto stops = SummarySql::run(
        db,
        QStringLiteral("SELECT s.case_id, s.from_on, s.to_on FROM case_clock_stop s JOIN enforcement_case c "
                       "ON c.id = s.case_id WHERE s.deleted_at IS NULL AND %1 ORDER BY s.case_id, s.from_on")
            .arg(casesWithIds(indexOf.keys()).condition),
        {});
    if (!stops)
        return stops.error();
    while (stops->next()) {
        ClockStop stop;
        stop.from = dateOf(stops->value(1));
        stop.to = dateOf(stops->value(2));
        candidates[indexOf.value(stops->value(0).toLongLong())].stops << stop;
    }
    QList<qint64> overdue;
    for (const EnforcementCase &c : candidates)
        if (StatutoryClock::overdueOn(c, scope.asOf))
            overdue << c.id;
    return overdue;
}

} // namespace casedesk::SummaryParts
