#pragma once
// What the inspection suites share: the case staff plus two special-equipment
// inspectors, a record complete enough to be finished, and a finished one
// stored through the real repository.

#include "casesupport.h"
#include "dutylist/supervisiondomain.h"
#include "inspections/inspection.h"

#include <QDate>

namespace casedesk::test {

struct InspectionStaff : CaseStaff {
    Session
        seA; // "se1" (孙磊), 特种设备安全监察股, enforcement and special-equipment certificates 2024-01-01..2028-12-31
    Session seB; // "se2" (周敏), likewise
};

// setUpCaseStaff(db, site) plus se1 and se2.
InspectionStaff setUpInspectionStaff(Database &db, const QString &site = QStringLiteral("A"));

// A record that can be finished as it stands: the entity, `day`, a routine
// inspection of `domain` by insp1 and insp2 (se1 and se2 for
// special_equipment), section 质量监督股 (特种设备安全监察股), a three-point
// checklist written by hand with every point conforming, NothingFound, and
// the unit's signatory.
Inspection sampleInspection(Database &db, const InspectionStaff &staff, qint64 entityId, const QDate &day,
                            const QString &domain = QString::fromLatin1(SupervisionDomain::ProductQuality));

// sampleInspection created and finished through InspectionRepository by
// the first inspector (REQUIREs both).
Inspection finishedInspection(Database &db, const InspectionStaff &staff, qint64 entityId, const QDate &day,
                              const QString &domain = QString::fromLatin1(SupervisionDomain::ProductQuality));

} // namespace casedesk::test
