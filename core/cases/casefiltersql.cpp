#include "cases/casefiltersql.h"

#include <QRegularExpression>

namespace casedesk::CaseFilterSql {

namespace {
QString isoDate(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// "(?, ?, ?)" for n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// The case's decision or one of its seizures in force falls due before
// `bound` (exclusive) or on it (inclusive).
void addDue(Where &w, const QString &comparison, const QString &bound)
{
    w.conditions << QStringLiteral("((c.due_on <> '' AND c.due_on %1 ?) OR c.id IN (SELECT s.case_id FROM "
                                   "case_seizure s WHERE s.released_on = '' AND s.deleted_at IS NULL "
                                   "AND s.due_on %1 ?))")
                        .arg(comparison);
    w.values << bound << bound;
}
} // namespace

Where where(const CaseFilter &filter)
{
    Where w;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : filter.search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        w.conditions << QStringLiteral("instr(c.search_text, ?) > 0");
        w.values << word;
    }
    if (!filter.stages.isEmpty()) {
        w.conditions << QStringLiteral("c.stage IN ") + placeholders(filter.stages.size());
        for (CaseStage s : filter.stages)
            w.values << caseStages().code(s);
    }
    if (!filter.sources.isEmpty()) {
        w.conditions << QStringLiteral("c.source IN ") + placeholders(filter.sources.size());
        for (CaseSource s : filter.sources)
            w.values << caseSources().code(s);
    }
    if (!filter.section.isEmpty()) {
        w.conditions << QStringLiteral("c.section = ?");
        w.values << filter.section;
    }
    if (filter.handlerId != 0) {
        w.conditions << QStringLiteral("c.id IN (SELECT h.case_id FROM case_handler h WHERE h.staff_id = ?)");
        w.values << filter.handlerId;
    }
    if (filter.year != 0) {
        // Ranges of ISO dates rather than substr(), so the indexes serve.
        const QString first = isoDate(QDate(filter.year, 1, 1)), last = isoDate(QDate(filter.year, 12, 31));
        w.conditions << QStringLiteral("(c.received_on BETWEEN ? AND ? OR c.filed_on BETWEEN ? AND ?)");
        w.values << first << last << first << last;
    }
    const QDate today = filter.today.isValid() ? filter.today : QDate::currentDate();
    if (filter.overdueOnly)
        addDue(w, QStringLiteral("<"), isoDate(today));
    if (filter.dueWithinDays)
        addDue(w, QStringLiteral("<="), isoDate(today.addDays(*filter.dueWithinDays)));
    return w;
}

QString stageOrder(const QString &column)
{
    QString sql = QStringLiteral("CASE ") + column;
    int position = 0;
    for (CaseStage s : caseStages().values())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(caseStages().code(s)).arg(position++);
    return sql + QStringLiteral(" ELSE %1 END").arg(position);
}

QString orderBy(CaseSort sort, bool ascending)
{
    QStringList columns;
    switch (sort) {
    case CaseSort::Number:
        columns << QStringLiteral("c.case_year") << QStringLiteral("c.case_sequence")
                << QStringLiteral("c.lead_number");
        break;
    case CaseSort::Received:
        columns << QStringLiteral("c.received_on");
        break;
    case CaseSort::Stage:
        columns << stageOrder(QStringLiteral("c.stage"));
        break;
    case CaseSort::Party:
        columns << QStringLiteral("c.party_name");
        break;
    case CaseSort::Due:
        columns << QStringLiteral("c.due_on");
        break;
    case CaseSort::Modified:
        columns << QStringLiteral("c.modified_at");
        break;
    }
    columns << QStringLiteral("c.id");
    const QString direction = ascending ? QString() : QStringLiteral(" DESC");
    QStringList terms;
    // Cases without a running clock come last in either direction.
    if (sort == CaseSort::Due)
        terms << QStringLiteral("c.due_on = ''");
    for (const QString &column : columns)
        terms << column + direction;
    return terms.join(QStringLiteral(", "));
}

} // namespace casedesk::CaseFilterSql
