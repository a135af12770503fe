#include "register/inspectionrequirement.h"

#include "register/entity.h"

#include <QCoreApplication>

namespace casedesk::InspectionRequirement {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(InspectionRequirement)
};
} // namespace

QList<Rule> rules(int year)
{
    const QString lastYearFrom = QStringLiteral("'%1-01-01'").arg(year - 1, 4, 10, QLatin1Char('0'));
    const QString lastYearTo = QStringLiteral("'%1-12-31'").arg(year - 1, 4, 10, QLatin1Char('0'));
    // DOMAIN.md §3. A use registration is the equipment's, not a licence of
    // the enterprise; the equipment rule covers its users.
    return {
        {QStringLiteral("EXISTS (SELECT 1 FROM licence l WHERE l.entity_id = e.id AND l.deleted_at IS NULL "
                        "AND l.status = 'valid' AND l.kind <> 'equipment-use-registration')"),
         Text::tr("licensed enterprise: at least once a year")},
        {QStringLiteral("(e.crowded_place = 1 AND (e.kinds & %1) <> 0 AND EXISTS (SELECT 1 FROM equipment q "
                        "WHERE q.entity_id = e.id AND q.deleted_at IS NULL AND q.status = 'in-use'))")
             .arg(int(EntityKind::EquipmentUser)),
         Text::tr("key special-equipment user: at least once a year")},
        {QStringLiteral("(e.last_incident_on BETWEEN %1 AND %2)").arg(lastYearFrom, lastYearTo),
         Text::tr("accident or recall last year: at least once this year")},
        {QStringLiteral("((e.kinds & %1) <> 0)").arg(int(EntityKind::MetrologyInstitution)),
         Text::tr("metrology institution: about once a year")},
    };
}

} // namespace casedesk::InspectionRequirement
