#include "inspections/plansql.h"

#include <QRegularExpression>

namespace casedesk::PlanSql {

namespace {
QString dayOfYear(int year, int month, int day)
{
    return QStringLiteral("'%1-%2-%3'")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

// Words of the search, each bound, over the entity aliased `se`.
QString searchCondition(const QString &search, QVariantList &values)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList words;
    for (const QString &word : search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        words << QStringLiteral("instr(se.search_text, ?) > 0");
        values << word;
    }
    return words.join(QStringLiteral(" AND "));
}

// The finished current inspections of the row's unit that count for it
// (plan row aliased `r`, its plan entry `p`): for the frequency rules those
// of the year in the row's domain; for a campaign or key period those that
// name the entry, or of the entry's kind and domain within its dates.
// Found through the unit (index inspection_entity); the unary + keeps the
// planner off the lists' indexes on status, kind and domain, which would
// read every finished inspection for every row.
QString countedInspections(int year)
{
    return QStringLiteral("FROM inspection i WHERE i.entity_id = r.entity_id AND +i.status = 'finished' "
                          "AND i.superseded_by IS NULL AND i.deleted_at IS NULL AND ("
                          "(r.plan_entry_id = 0 AND +i.domain = r.domain AND i.inspected_on BETWEEN %1 AND %2) OR "
                          "(r.plan_entry_id <> 0 AND (i.plan_entry_id = r.plan_entry_id OR (+i.kind = p.kind "
                          "AND +i.domain = p.domain AND i.inspected_on BETWEEN p.from_on AND p.to_on))))")
        .arg(dayOfYear(year, 1, 1), dayOfYear(year, 12, 31));
}

const char *const kNone = "SELECT 0 AS entity_id, '' AS domain, 0 AS rules, 0 AS plan_entry_id WHERE 0";
} // namespace

Statement rows(const PlanFilter &filter, Columns columns)
{
    Statement s;
    QStringList parts;
    if (filter.planEntryId <= 0) {
        const QList<InspectionPlan::DomainRule> rules = InspectionPlan::rules(filter.year);
        // One arm per domain, so a unit due in a domain for several reasons
        // is one row without a GROUP BY over the whole plan: the row is due
        // when any of the domain's rules applies, and its bits say which.
        QStringList domains;
        for (const auto &r : rules)
            if (!domains.contains(r.domain) && (filter.domain.isEmpty() || r.domain == filter.domain))
                domains << r.domain;
        for (const QString &domain : domains) {
            QStringList any, bits;
            int only = 0;
            for (int i = 0; i < rules.size(); ++i) {
                if (rules.at(i).domain != domain)
                    continue;
                any << rules.at(i).sqlCondition;
                bits << QStringLiteral("(CASE WHEN %1 THEN %2 ELSE 0 END)")
                            .arg(rules.at(i).sqlCondition, QString::number(1 << i));
                only = 1 << i;
            }
            // A domain with one rule needs no test: the row exists because it applies.
            const QString ruleBits = bits.size() == 1 ? QString::number(only) : bits.join(QStringLiteral(" | "));
            parts << QStringLiteral("SELECT e.id AS entity_id, '%1' AS domain, %2 AS rules, 0 AS plan_entry_id "
                                    "FROM entity e WHERE e.deleted_at IS NULL AND (%3)")
                         .arg(domain, ruleBits, any.join(QStringLiteral(" OR ")));
        }
        if (domains.isEmpty())
            parts << QString::fromLatin1(kNone);
    }
    if (filter.planEntryId != 0) {
        QString campaign =
            QStringLiteral("SELECT t.entity_id AS entity_id, pe.domain AS domain, 0 AS rules, pe.id AS plan_entry_id "
                           "FROM plan_entry pe "
                           "JOIN plan_entry_target t ON t.plan_entry_id = pe.id "
                           "JOIN entity e ON e.id = t.entity_id AND e.deleted_at IS NULL "
                           "WHERE pe.deleted_at IS NULL AND pe.year = ?");
        s.values << filter.year;
        if (!filter.domain.isEmpty()) {
            campaign += QStringLiteral(" AND pe.domain = ?");
            s.values << filter.domain;
        }
        if (filter.planEntryId > 0) {
            campaign += QStringLiteral(" AND pe.id = ?");
            s.values << filter.planEntryId;
        }
        parts << campaign;
    }

    const QString counted = columns == Columns::Counted
                                ? QStringLiteral("(SELECT count(*) %1)").arg(countedInspections(filter.year))
                                : QStringLiteral("NULL");
    // The search looks at the plan's rows only, once, not in every arm.
    const QString search = searchCondition(filter.search, s.values);
    s.sql = QStringLiteral("SELECT r.entity_id AS entity_id, r.domain AS domain, r.rules AS rules, "
                           "r.plan_entry_id AS plan_entry_id, %1 AS inspections "
                           "FROM (%2) r LEFT JOIN plan_entry p ON p.id = r.plan_entry_id%3")
                .arg(counted, parts.join(QStringLiteral(" UNION ALL ")),
                     search.isEmpty() ? QString()
                                      : QStringLiteral(" JOIN entity se ON se.id = r.entity_id WHERE ") + search);
    return s;
}

QString lastDay(int year)
{
    return QStringLiteral("(SELECT max(i.inspected_on) %1)").arg(countedInspections(year));
}

Statement outstandingEntities(int year, const QString &domain)
{
    PlanFilter filter;
    filter.year = year;
    filter.domain = domain;
    Statement s = rows(filter, Columns::Counted);
    s.sql = QStringLiteral("SELECT entity_id FROM (%1) WHERE inspections = 0").arg(s.sql);
    return s;
}

} // namespace casedesk::PlanSql
