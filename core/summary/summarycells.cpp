// Cells and the grouped aggregate every table of the summary is made of.
#include "summary/summaryparts.h"
#include "summary/summarysql.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace casedesk::SummaryParts {

SummaryCell label(const QString &text)
{
    return SummaryCell{text, {}};
}

SummaryCell number(qint64 value, const SummaryTrace &trace)
{
    return SummaryCell{QVariant::fromValue(value), trace};
}

SummaryCell yuan(qint64 fen, const SummaryTrace &trace)
{
    return SummaryCell{double(fen) / 100.0, trace};
}

SummaryCell percent(qint64 part, qint64 whole)
{
    if (whole == 0)
        return SummaryCell{};
    return SummaryCell{std::round(double(part) * 1000.0 / double(whole)) / 10.0, {}};
}

SummaryCell change(const SummaryCell &a, const SummaryCell &b)
{
    if (!a.value.isValid() || !b.value.isValid())
        return SummaryCell{};
    if (a.value.typeId() == QMetaType::LongLong && b.value.typeId() == QMetaType::LongLong)
        return SummaryCell{QVariant::fromValue(a.value.toLongLong() - b.value.toLongLong()), {}};
    // Amounts and percentages: rounded so 0.1 + 0.2 style noise never shows.
    return SummaryCell{std::round((a.value.toDouble() - b.value.toDouble()) * 100.0) / 100.0, {}};
}

Result<QList<GroupRow>> grouped(const Database &db, const SummaryTrace &base, const QString &group,
                                const QList<Measure> &measures)
{
    const QString alias = SummaryTraces::aliasOf(base.kind);
    QStringList columns{group.isEmpty() ? QStringLiteral("''") : group};
    for (const Measure &m : measures) {
        const QString where = m.condition.isEmpty() ? QStringLiteral("1") : m.condition;
        switch (m.kind) {
        case Measure::Kind::Count:
            columns << QStringLiteral("count(CASE WHEN %1 THEN 1 END)").arg(where);
            break;
        case Measure::Kind::DistinctUnits:
            columns << QStringLiteral("count(DISTINCT CASE WHEN %1 THEN %2.entity_id END)").arg(where, alias);
            break;
        case Measure::Kind::SumFen:
            columns << QStringLiteral("coalesce(sum(CASE WHEN %1 THEN %2 END), 0)").arg(where, m.fen);
            break;
        }
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(columns.join(QStringLiteral(", ")), SummaryTraces::tableOf(base.kind), base.condition);
    if (!group.isEmpty())
        sql += QStringLiteral(" GROUP BY %1 ORDER BY %1").arg(group);
    auto q = SummarySql::run(db, sql, base.values);
    if (!q)
        return q.error();
    QList<GroupRow> rows;
    while (q->next()) {
        GroupRow row;
        row.key = q->value(0).toString();
        const SummaryTrace groupTrace =
            group.isEmpty() ? base : narrowed(base, group + QStringLiteral(" = ?"), {q->value(0)});
        for (int m = 0; m < measures.size(); ++m) {
            const Measure &measure = measures.at(m);
            const SummaryTrace trace =
                measure.condition.isEmpty() ? groupTrace : narrowed(groupTrace, measure.condition);
            const qint64 value = q->value(m + 1).toLongLong();
            switch (measure.kind) {
            case Measure::Kind::Count:
                row.cells << number(value, trace);
                break;
            case Measure::Kind::DistinctUnits:
                row.cells << number(value, unitsOf(trace));
                break;
            case Measure::Kind::SumFen:
                row.cells << yuan(value, trace);
                break;
            }
        }
        rows << row;
    }
    return rows;
}

Status fillGrouped(const Database &db, SummaryTable &table, const SummaryTrace &base, const QString &group,
                   const QList<Measure> &measures, const QStringList &order,
                   const std::function<QString(const QString &)> &labelOf, const CellsFunction &extend,
                   const std::function<bool(const QList<SummaryCell> &)> &keep)
{
    auto rows = grouped(db, base, group, measures);
    if (!rows)
        return rows.error();
    auto total = grouped(db, base, {}, measures);
    if (!total)
        return total.error();
    const auto rank = [&order](const QString &key) {
        const auto i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    };
    // grouped() orders by key, so a stable sort keeps the others by key.
    std::stable_sort(rows->begin(), rows->end(),
                     [&rank](const GroupRow &a, const GroupRow &b) { return rank(a.key) < rank(b.key); });
    const auto cellsOf = [&extend](const QList<SummaryCell> &cells) { return extend ? extend(cells) : cells; };
    for (const GroupRow &row : *rows)
        if (!keep || keep(row.cells))
            table.rows << (QList<SummaryCell>{label(labelOf(row.key))} + cellsOf(row.cells));
    table.rows << (QList<SummaryCell>{label(QCoreApplication::translate("SummaryTables", "Total"))} +
                   cellsOf(total->first().cells));
    table.totalRow = true;
    return success();
}

QList<SummaryCell> totalRow(const QList<QList<SummaryCell>> &rows, const QList<SummaryColumn> &columns)
{
    QList<SummaryCell> total;
    total << label(QCoreApplication::translate("SummaryTables", "Total"));
    for (int c = 1; c < columns.size(); ++c) {
        bool any = false, whole = true;
        qint64 count = 0;
        double amount = 0;
        for (const auto &row : rows) {
            if (c >= row.size() || !row.at(c).value.isValid())
                continue;
            const QVariant &v = row.at(c).value;
            if (v.typeId() == QMetaType::QString)
                continue;
            any = true;
            if (v.typeId() == QMetaType::LongLong)
                count += v.toLongLong();
            else {
                whole = false;
                amount += v.toDouble();
            }
        }
        if (!any)
            total << (columns.at(c) == SummaryColumn::Count  ? number(0)
                      : columns.at(c) == SummaryColumn::Yuan ? yuan(0)
                                                             : SummaryCell{});
        else if (whole)
            total << number(count);
        else
            total << SummaryCell{std::round((amount + double(count)) * 100.0) / 100.0, {}};
    }
    return total;
}

} // namespace casedesk::SummaryParts
