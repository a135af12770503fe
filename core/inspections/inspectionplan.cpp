#include "inspections/inspectionplan.h"

#include "dutylist/supervisiondomain.h"
#include "inspections/plansql.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InspectionPlan)
};

QString quotedDay(int year, int month, int day)
{
    return QStringLiteral("'%1-%2-%3'")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'))
        .arg(day, 2, 10, QLatin1Char('0'));
}

// The domain a licence puts its holder's yearly inspection in. A use
// registration belongs to the equipment, not to the enterprise: the key
// special-equipment user rule covers its users.
struct LicenceDomain {
    LicenceKind kind;
    const char *domain;
};
const LicenceDomain kLicenceDomains[] = {
    {LicenceKind::ProductionLicence, SupervisionDomain::ProductionLicence},
    {LicenceKind::MetrologyInstrumentLicence, SupervisionDomain::Metrology},
    {LicenceKind::CmaQualification, SupervisionDomain::TestingBodies},
    {LicenceKind::EquipmentProductionLicence, SupervisionDomain::SpecialEquipment},
    {LicenceKind::Other, SupervisionDomain::ProductQuality},
};

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(Text::tr("Cannot read the inspection plan: %1").arg(q.lastError().text()));
    return q;
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

// The year of a plan as four digits: the rules write it into dates.
Status requireYear(int year)
{
    if (year < 1000 || year > 9999)
        return refusal(Text::tr("Year: %1 is not a year of a plan.").arg(year));
    return success();
}

// Why a row is due: the reasons of its rules' bits, or its plan entry.
QStringList reasonsOf(const QList<InspectionPlan::DomainRule> &rules, int bits, const QString &kindCode,
                      const QString &title)
{
    QStringList out;
    for (int i = 0; i < rules.size(); ++i)
        if ((bits & (1 << i)) && !out.contains(rules.at(i).reason))
            out << rules.at(i).reason;
    if (!title.isEmpty()) {
        const auto kind = inspectionKinds().parse(kindCode);
        out << Text::tr("%1: %2").arg(kind ? inspectionKinds().name(*kind) : kindCode, title);
    }
    return out;
}
} // namespace

namespace InspectionPlan {

QList<DomainRule> rules(int year)
{
    QList<DomainRule> out;
    const QString yearStart = quotedDay(year, 1, 1), yearEnd = quotedDay(year, 12, 31);
    // DOMAIN.md §3: every licensed enterprise at least once a year, in the
    // domain of its licence. A licence counts when valid by status and in
    // force at some time of the year. Written as `e.id IN (…)` so SQLite
    // reads each kind's licences once (index licence_plan) instead of
    // probing the licences of every entity.
    for (const LicenceDomain &ld : kLicenceDomains)
        out << DomainRule{
            QString::fromLatin1(ld.domain),
            QStringLiteral("e.id IN (SELECT l.entity_id FROM licence l WHERE l.kind = '%1' AND l.status = 'valid' "
                           "AND l.deleted_at IS NULL AND (l.expires_on = '' OR l.expires_on >= %2) "
                           "AND (l.issued_on = '' OR l.issued_on <= %3))")
                .arg(licenceKindCode(ld.kind), yearStart, yearEnd),
            Text::tr("licensed enterprise (%1): at least once a year").arg(licenceKindName(ld.kind))};
    // Every key special-equipment user: a crowded place with equipment in use.
    // (EXISTS rather than IN: it is asked only of the few crowded places.)
    out << DomainRule{
        QString::fromLatin1(SupervisionDomain::SpecialEquipment),
        QStringLiteral("(e.crowded_place = 1 AND (e.kinds & %1) <> 0 AND EXISTS (SELECT 1 FROM equipment q "
                       "WHERE q.entity_id = e.id AND q.deleted_at IS NULL AND q.status = '%2'))")
            .arg(QString::number(int(EntityKind::EquipmentUser)), equipmentStatusCode(EquipmentStatus::InUse)),
        Text::tr("key special-equipment user: at least once a year")};
    // An accident or recall last year: at least once this year, in special
    // equipment for the equipment's users and producers.
    const int equipmentKinds = int(EntityKind::EquipmentUser) | int(EntityKind::EquipmentProducer);
    const QString lastYear = QStringLiteral("(e.last_incident_on BETWEEN %1 AND %2)")
                                 .arg(quotedDay(year - 1, 1, 1), quotedDay(year - 1, 12, 31));
    const QString accident = Text::tr("accident or recall last year: at least once this year");
    out << DomainRule{QString::fromLatin1(SupervisionDomain::SpecialEquipment),
                      QStringLiteral("(%1 AND (e.kinds & %2) <> 0)").arg(lastYear, QString::number(equipmentKinds)),
                      accident};
    out << DomainRule{QString::fromLatin1(SupervisionDomain::ProductQuality),
                      QStringLiteral("(%1 AND (e.kinds & %2) = 0)").arg(lastYear, QString::number(equipmentKinds)),
                      accident};
    // Metrology institutions about once a year.
    out << DomainRule{QString::fromLatin1(SupervisionDomain::Metrology),
                      QStringLiteral("((e.kinds & %1) <> 0)").arg(int(EntityKind::MetrologyInstitution)),
                      Text::tr("metrology institution: about once a year")};
    return out;
}

Result<int> count(const Database &db, const PlanFilter &filter)
{
    if (auto s = requireYear(filter.year); !s)
        return s.error();
    const PlanSql::Statement s =
        PlanSql::rows(filter, filter.outstandingOnly ? PlanSql::Columns::Counted : PlanSql::Columns::Bare);
    auto q = run(db,
                 QStringLiteral("SELECT count(*) FROM (%1)%2")
                     .arg(s.sql, filter.outstandingOnly ? QStringLiteral(" WHERE inspections = 0") : QString()),
                 s.values);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toInt();
}

Result<QList<PlanRow>> page(const Database &db, const PlanFilter &filter, int offset, int limit)
{
    if (auto s = requireYear(filter.year); !s)
        return s.error();
    PlanSql::Statement s = PlanSql::rows(filter, PlanSql::Columns::Counted);
    s.values << limit << offset;
    // The page is chosen first; only its rows then look up their latest day.
    const QString order = QStringLiteral("r.inspections > 0, r.domain, r.name, r.entity_id, r.plan_entry_id");
    auto q = run(db,
                 QStringLiteral("SELECT r.entity_id, r.name, r.code, r.township, r.domain, r.rules, r.plan_entry_id, "
                                "coalesce(p.title, ''), coalesce(p.kind, ''), r.inspections, %1 FROM ("
                                "SELECT q.entity_id, e.name, e.code, e.township, q.domain, q.rules, q.plan_entry_id, "
                                "q.inspections FROM (%2) q JOIN entity e ON e.id = q.entity_id %3"
                                "ORDER BY q.inspections > 0, q.domain, e.name, e.id, q.plan_entry_id LIMIT ? OFFSET ?"
                                ") r LEFT JOIN plan_entry p ON p.id = r.plan_entry_id ORDER BY %4")
                     .arg(PlanSql::lastDay(filter.year), s.sql,
                          filter.outstandingOnly ? QStringLiteral("WHERE q.inspections = 0 ") : QString(), order),
                 s.values);
    if (!q)
        return q.error();
    const QList<DomainRule> ruleList = rules(filter.year);
    QList<PlanRow> out;
    while (q->next()) {
        PlanRow row;
        row.entityId = q->value(0).toLongLong();
        row.name = q->value(1).toString();
        row.code = q->value(2).toString();
        row.township = q->value(3).toString();
        row.domain = q->value(4).toString();
        row.planEntryId = q->value(6).toLongLong();
        row.planEntryTitle = q->value(7).toString();
        row.reasons = reasonsOf(ruleList, q->value(5).toInt(), q->value(8).toString(), row.planEntryTitle);
        row.inspections = q->value(9).toInt();
        row.lastInspectedOn = dateOf(q->value(10));
        out << row;
    }
    return out;
}

Result<QList<PlanProgress>> progress(const Database &db, int year)
{
    if (auto s = requireYear(year); !s)
        return s.error();
    PlanFilter filter;
    filter.year = year;
    const PlanSql::Statement s = PlanSql::rows(filter, PlanSql::Columns::Counted);
    auto q = run(db,
                 QStringLiteral("SELECT plan_entry_id, domain, count(*), sum(inspections > 0) FROM (%1) "
                                "GROUP BY plan_entry_id, domain")
                     .arg(s.sql),
                 s.values);
    if (!q)
        return q.error();
    QHash<QString, QPair<int, int>> byDomain;
    QHash<qint64, QPair<int, int>> byEntry;
    while (q->next()) {
        const QPair<int, int> dueDone{q->value(2).toInt(), q->value(3).toInt()};
        if (const qint64 entry = q->value(0).toLongLong())
            byEntry[entry] = dueDone;
        else
            byDomain[q->value(1).toString()] = dueDone;
    }
    QList<PlanProgress> out;
    PlanProgress total{QString(), 0, Text::tr("Whole bureau"), 0, 0};
    for (const QString &domain : SupervisionDomain::codes()) {
        if (!byDomain.contains(domain))
            continue;
        const auto [due, done] = byDomain.value(domain);
        out << PlanProgress{domain, 0, SupervisionDomain::displayName(domain), due, done};
        total.due += due;
        total.done += done;
    }
    // Entries without targets still show, with nothing due.
    auto entries = run(db,
                       QStringLiteral("SELECT id, domain, title FROM plan_entry WHERE year = ? AND deleted_at IS NULL "
                                      "ORDER BY from_on, id"),
                       {year});
    if (!entries)
        return entries.error();
    while (entries->next()) {
        const qint64 id = entries->value(0).toLongLong();
        const auto [due, done] = byEntry.value(id);
        out << PlanProgress{entries->value(1).toString(), id, entries->value(2).toString(), due, done};
        total.due += due;
        total.done += done;
    }
    out << total;
    return out;
}

} // namespace InspectionPlan

QString RecordedInspections::sqlCondition(int year) const
{
    // Through the unit's inspections (index inspection_entity), not the lists' index on status.
    return QStringLiteral("EXISTS (SELECT 1 FROM inspection i WHERE i.entity_id = e.id AND +i.status = 'finished' "
                          "AND i.superseded_by IS NULL AND i.deleted_at IS NULL "
                          "AND i.inspected_on BETWEEN %1 AND %2)")
        .arg(quotedDay(year, 1, 1), quotedDay(year, 12, 31));
}

bool RecordedInspections::inspectedIn(qint64 entityId, int year) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM entity e WHERE e.id = ?").arg(sqlCondition(year)), {entityId});
    return q && q->next() && q->value(0).toBool();
}

} // namespace casedesk
