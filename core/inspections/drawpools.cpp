#include "inspections/drawpools.h"

#include "inspections/inspectionrules.h"
#include "inspections/plansql.h"
#include "register/entityrisk.h"
#include "register/registerrows.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <algorithm>

namespace casedesk::DrawPools {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DrawRepository)
};

using RegisterRows::dateFromStored;

Result<QSqlQuery> run(const Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q = db.prepare(statement);
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return failure(Text::tr("Cannot read the draw's pools: %1").arg(q.lastError().text()));
    return q;
}

const char *const kStaffColumns = "id, login, name, section, active, enforcement_cert, enforcement_cert_from, "
                                  "enforcement_cert_until, equipment_cert, equipment_cert_from, equipment_cert_until";

StaffMember staffFromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.login = q.value(1).toString();
    m.name = q.value(2).toString();
    m.section = q.value(3).toString();
    m.active = q.value(4).toBool();
    m.enforcement = {q.value(5).toString(), dateFromStored(q.value(6)), dateFromStored(q.value(7))};
    m.specialEquipment = {q.value(8).toString(), dateFromStored(q.value(9)), dateFromStored(q.value(10))};
    return m;
}
} // namespace

Result<EntityPool> entities(const Database &db, const DrawPoolFilter &filter, const QString &domain, const QDate &day)
{
    QStringList conditions{QStringLiteral("e.deleted_at IS NULL")};
    QVariantList values;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    for (const QString &word : filter.search.toLower().split(spaces, Qt::SkipEmptyParts)) {
        conditions << QStringLiteral("instr(e.search_text, ?) > 0");
        values << word;
    }
    if (filter.kinds) {
        conditions << QStringLiteral("(e.kinds & ?) <> 0");
        values << filter.kinds;
    }
    if (filter.risks) {
        QStringList any;
        for (RiskFlag f : EntityRisk::all())
            if (filter.risks & int(f))
                any << EntityRisk::sqlCondition(f, day);
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (!filter.township.isEmpty()) {
        conditions << QStringLiteral("e.township = ?");
        values << filter.township;
    }
    if (filter.dueOnly) {
        const PlanSql::Statement due = PlanSql::outstandingEntities(day.year(), domain);
        conditions << QStringLiteral("e.id IN (%1)").arg(due.sql);
        values << due.values;
    }
    auto q =
        run(db, QStringLiteral("SELECT e.id, e.code FROM entity e WHERE ") + conditions.join(QStringLiteral(" AND ")),
            values);
    if (!q)
        return q.error();
    EntityPool pool;
    while (q->next()) {
        const QString code = q->value(1).toString();
        pool.codes << code;
        pool.idOf.insert(code, q->value(0).toLongLong());
    }
    std::sort(pool.codes.begin(), pool.codes.end());
    return pool;
}

Result<InspectorPool> inspectors(const Database &db, const QString &domain, const QDate &day)
{
    auto q = run(db,
                 QStringLiteral("SELECT %1 FROM staff WHERE active = 1 AND deleted_at IS NULL")
                     .arg(QLatin1String(kStaffColumns)),
                 {});
    if (!q)
        return q.error();
    InspectorPool pool;
    while (q->next()) {
        const StaffMember m = staffFromRow(*q);
        if (InspectionRules::mayInspect(m, domain, day))
            pool.logins << m.login;
    }
    std::sort(pool.logins.begin(), pool.logins.end());
    return pool;
}

Result<QList<QPair<QString, QString>>> recusals(const Database &db, const QStringList &logins, const QStringList &codes)
{
    auto q = run(db,
                 QStringLiteral("SELECT s.login, e.code FROM recusal r JOIN staff s ON s.id = r.staff_id "
                                "JOIN entity e ON e.id = r.entity_id WHERE r.deleted_at IS NULL "
                                "AND e.deleted_at IS NULL"),
                 {});
    if (!q)
        return q.error();
    const QSet<QString> inspectorSet(logins.begin(), logins.end());
    const QSet<QString> unitSet(codes.begin(), codes.end());
    QList<QPair<QString, QString>> out;
    while (q->next()) {
        const QString login = q->value(0).toString(), code = q->value(1).toString();
        if (inspectorSet.contains(login) && unitSet.contains(code))
            out << QPair<QString, QString>{login, code};
    }
    std::sort(out.begin(), out.end());
    return out;
}

QHash<QString, StaffMember> staffByLogin(const Database &db, const QStringList &logins)
{
    QHash<QString, StaffMember> out;
    if (logins.isEmpty())
        return out;
    QStringList marks;
    QVariantList values;
    for (const QString &login : logins) {
        marks << QStringLiteral("?");
        values << login;
    }
    auto q = run(db,
                 QStringLiteral("SELECT %1 FROM staff WHERE login IN (%2)")
                     .arg(QLatin1String(kStaffColumns), marks.join(QLatin1Char(','))),
                 values);
    while (q && q->next()) {
        const StaffMember m = staffFromRow(*q);
        out.insert(m.login, m);
    }
    return out;
}

} // namespace casedesk::DrawPools
