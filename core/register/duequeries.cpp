#include "register/duequeries.h"

#include "inspections/inspectionplan.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QSqlError>

namespace casedesk::DueQueries {

namespace {
QString limitClause(int limit)
{
    return limit < 0 ? QString() : QStringLiteral(" LIMIT %1").arg(limit);
}
} // namespace

Result<QList<LicenceDue>> licencesExpiring(const Database &db, const QDate &today, int withinDays, int limit)
{
    const QString cols = LicenceRegister::columns(QStringLiteral("l"));
    const int width = int(cols.count(QLatin1Char(',')) + 1);
    auto q = db.exec(QStringLiteral("SELECT %1, e.name, e.code FROM licence l JOIN entity e ON e.id = l.entity_id "
                                    "WHERE l.deleted_at IS NULL AND e.deleted_at IS NULL AND l.status = 'valid' "
                                    "AND l.expires_on <> '' AND l.expires_on <= ? ORDER BY l.expires_on, l.id%2")
                         .arg(cols, limitClause(limit)),
                     {RegisterRows::storedDate(today.addDays(withinDays))});
    if (!q)
        return q.error();
    QList<LicenceDue> out;
    while (q->next()) {
        LicenceDue d;
        d.licence = LicenceRegister::fromRow(*q);
        d.entityName = q->value(width).toString();
        d.entityCode = q->value(width + 1).toString();
        d.daysLeft = int(today.daysTo(d.licence.expiresOn));
        out << d;
    }
    return out;
}

Result<QList<EquipmentDue>> equipmentDue(const Database &db, const QDate &today, const QDate &dueBy, int limit)
{
    const QString cols = EquipmentRegister::columns(QStringLiteral("q"));
    const int width = int(cols.count(QLatin1Char(',')) + 1);
    auto q = db.exec(QStringLiteral("SELECT %1, e.name, e.code FROM equipment q JOIN entity e ON e.id = q.entity_id "
                                    "WHERE q.deleted_at IS NULL AND e.deleted_at IS NULL AND q.status = 'in-use' "
                                    "AND q.next_inspection_on <> '' AND q.next_inspection_on <= ? "
                                    "ORDER BY q.next_inspection_on, q.id%2")
                         .arg(cols, limitClause(limit)),
                     {RegisterRows::storedDate(dueBy)});
    if (!q)
        return q.error();
    QList<EquipmentDue> out;
    while (q->next()) {
        EquipmentDue d;
        d.equipment = EquipmentRegister::fromRow(*q);
        d.entityName = q->value(width).toString();
        d.entityCode = q->value(width + 1).toString();
        d.daysLeft = int(today.daysTo(d.equipment.nextInspectionOn));
        out << d;
    }
    return out;
}

namespace {
// The entities `rules` make due in `year` and `log` does not show inspected,
// as a WHERE clause over the entity aliased `e`.
QString uninspectedWhere(const QList<InspectionPlan::DomainRule> &rules, int year, const InspectionLog &log)
{
    QStringList any;
    for (const auto &r : rules)
        any << r.sqlCondition;
    const QString inspected = log.sqlCondition(year);
    return QStringLiteral("e.deleted_at IS NULL AND (%1)%2")
        .arg(any.join(QStringLiteral(" OR ")),
             inspected.isEmpty() ? QString() : QStringLiteral(" AND NOT ") + inspected);
}
} // namespace

Result<QList<InspectionDue>> entitiesUninspected(const Database &db, int year, const InspectionLog &log, int limit)
{
    const QList<InspectionPlan::DomainRule> rules = InspectionPlan::rules(year);
    QStringList columns;
    for (const auto &r : rules)
        columns << r.sqlCondition;
    const bool inSql = !log.sqlCondition(year).isEmpty();
    auto q = db.exec(QStringLiteral("SELECT e.id, e.name, e.code, %1 FROM entity e WHERE %2 ORDER BY e.name, e.id%3")
                         .arg(columns.join(QStringLiteral(", ")), uninspectedWhere(rules, year, log),
                              inSql ? limitClause(limit) : QString()));
    if (!q)
        return q.error();
    QList<InspectionDue> out;
    while (q->next() && (limit < 0 || out.size() < limit)) {
        const qint64 id = q->value(0).toLongLong();
        if (!inSql && log.inspectedIn(id, year))
            continue;
        InspectionDue d{id, q->value(1).toString(), q->value(2).toString(), {}};
        for (int i = 0; i < rules.size(); ++i)
            if (q->value(3 + i).toBool() && !d.reasons.contains(rules.at(i).reason))
                d.reasons << rules.at(i).reason;
        out << d;
    }
    return out;
}

Result<DueSummary> summary(const Database &db, const QDate &today, int withinDays, const InspectionLog &log)
{
    DueSummary s;
    const QString todayText = RegisterRows::storedDate(today);
    const QString until = RegisterRows::storedDate(today.addDays(withinDays));
    auto licences = db.exec(
        QStringLiteral("SELECT coalesce(sum(l.expires_on >= ?), 0), coalesce(sum(l.expires_on < ?), 0) "
                       "FROM licence l JOIN entity e ON e.id = l.entity_id WHERE l.deleted_at IS NULL "
                       "AND e.deleted_at IS NULL AND l.status = 'valid' AND l.expires_on <> '' AND l.expires_on <= ?"),
        {todayText, todayText, until});
    if (!licences)
        return licences.error();
    licences->next();
    s.licencesExpiring = licences->value(0).toInt();
    s.licencesExpired = licences->value(1).toInt();
    auto equipment = db.exec(
        QStringLiteral("SELECT coalesce(sum(q.next_inspection_on >= ?), 0), coalesce(sum(q.next_inspection_on < ?), 0) "
                       "FROM equipment q JOIN entity e ON e.id = q.entity_id WHERE q.deleted_at IS NULL "
                       "AND e.deleted_at IS NULL AND q.status = 'in-use' AND q.next_inspection_on <> '' "
                       "AND q.next_inspection_on <= ?"),
        {todayText, todayText, until});
    if (!equipment)
        return equipment.error();
    equipment->next();
    s.equipmentDue = equipment->value(0).toInt();
    s.equipmentOverdue = equipment->value(1).toInt();
    if (!log.sqlCondition(today.year()).isEmpty()) {
        auto counted = db.exec(QStringLiteral("SELECT count(*) FROM entity e WHERE %1")
                                   .arg(uninspectedWhere(InspectionPlan::rules(today.year()), today.year(), log)));
        if (!counted)
            return counted.error();
        counted->next();
        s.entitiesUninspected = counted->value(0).toInt();
        return s;
    }
    auto uninspected = entitiesUninspected(db, today.year(), log);
    if (!uninspected)
        return uninspected.error();
    s.entitiesUninspected = int(uninspected->size());
    return s;
}

} // namespace casedesk::DueQueries
