#include "register/entityrisk.h"

#include "register/entity.h"
#include "register/enumtable.h"

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EntityRisk)
};

using F = RiskFlag;
constexpr EnumTable<F, 4> kFlags(
    "EntityRisk",
    {{
        {F::NewlyLicensed, "newly-licensed", QT_TRANSLATE_NOOP("EntityRisk", "Licensed less than a year ago")},
        {F::RecentIncident, "recent-incident", QT_TRANSLATE_NOOP("EntityRisk", "Accident or recall within 2 years")},
        {F::ConfirmedComplaints, "complaints", QT_TRANSLATE_NOOP("EntityRisk", "Complaints confirmed")},
        {F::CrowdedPlace, "crowded-place", QT_TRANSLATE_NOOP("EntityRisk", "Crowded-place special-equipment user")},
    }});

QString isoDate(const QDate &d)
{
    return QLatin1Char('\'') + d.toString(Qt::ISODate) + QLatin1Char('\'');
}
} // namespace

QList<RiskFlag> RiskFlags::list() const
{
    QList<RiskFlag> out;
    for (RiskFlag f : EntityRisk::all())
        if (has(f))
            out << f;
    return out;
}

QStringList RiskFlags::codes() const
{
    QStringList out;
    for (RiskFlag f : list())
        out << EntityRisk::code(f);
    return out;
}

QString RiskFlags::names() const
{
    QStringList out;
    for (RiskFlag f : list())
        out << EntityRisk::name(f);
    return out.join(QStringLiteral("、"));
}

namespace EntityRisk {

const QList<RiskFlag> &all()
{
    static const QList<RiskFlag> flags = kFlags.values();
    return flags;
}

QString code(RiskFlag flag)
{
    return kFlags.code(flag);
}

QString name(RiskFlag flag)
{
    return kFlags.name(flag);
}

Result<RiskFlag> parse(const QString &text)
{
    if (auto f = kFlags.parse(text))
        return *f;
    return refusal(Text::tr("'%1' is not a risk flag; the flags are %2.").arg(text, kFlags.names()));
}

QString sqlCondition(RiskFlag flag, const QDate &today)
{
    switch (flag) {
    case F::NewlyLicensed:
        // The first licence counts: a renewal is not a new licensee.
        return QStringLiteral("coalesce((SELECT min(l.issued_on) FROM licence l WHERE l.entity_id = e.id "
                              "AND l.deleted_at IS NULL AND l.issued_on <> '') > %1, 0)")
            .arg(isoDate(today.addYears(-1)));
    case F::RecentIncident:
        return QStringLiteral("(e.last_incident_on <> '' AND e.last_incident_on >= %1)")
            .arg(isoDate(today.addYears(-2)));
    case F::ConfirmedComplaints:
        return QStringLiteral("(e.complaints_confirmed = 1)");
    case F::CrowdedPlace:
        return QStringLiteral("(e.crowded_place = 1 AND (e.kinds & %1) <> 0)").arg(int(EntityKind::EquipmentUser));
    }
    return QStringLiteral("0");
}

QString sqlBits(const QDate &today)
{
    QStringList parts;
    for (RiskFlag f : all())
        parts << QStringLiteral("(CASE WHEN %1 THEN %2 ELSE 0 END)").arg(sqlCondition(f, today)).arg(int(f));
    return QLatin1Char('(') + parts.join(QStringLiteral(" | ")) + QLatin1Char(')');
}

Result<RiskFlags> assess(const Database &db, qint64 entityId, const QDate &today)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM entity e WHERE e.id = ?").arg(sqlBits(today)), {entityId});
    if (!q)
        return q.error();
    if (!q->next())
        return refusal(Text::tr("There is no entity %1.").arg(entityId));
    return RiskFlags::fromBits(q->value(0).toInt());
}

} // namespace EntityRisk

} // namespace casedesk
