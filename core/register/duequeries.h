#pragma once
// DueQueries: what falls due (DOMAIN.md §2–3) for the start page and the
// CLI: licences that expire soon (or have expired while still recorded as
// valid), special equipment whose periodic inspection is due or overdue,
// and entities the rules require to be inspected this year that have not
// been. Days left are negative when overdue.

#include "database.h"
#include "register/equipment.h"
#include "register/inspectionrequirement.h"
#include "register/licence.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace casedesk {

struct LicenceDue {
    Licence licence;
    QString entityName;
    QString entityCode;
    int daysLeft = 0; // to expiry; negative = expired
};

struct EquipmentDue {
    Equipment equipment;
    QString entityName;
    QString entityCode;
    int daysLeft = 0; // to the inspection due date; negative = overdue
};

struct DueSummary {
    int licencesExpiring = 0; // within the window, not yet expired
    int licencesExpired = 0;  // past expiry, still valid by status
    int equipmentDue = 0;     // due within the window, not yet overdue
    int equipmentOverdue = 0;
    int entitiesUninspected = 0;
};

namespace DueQueries {
// Valid licences whose expiry is on or before today + withinDays (expired
// ones included), soonest first. limit < 0: all.
Result<QList<LicenceDue>> licencesExpiring(const Database &db, const QDate &today, int withinDays, int limit = -1);
// Equipment in use whose inspection is due on or before `dueBy`, soonest first.
Result<QList<EquipmentDue>> equipmentDue(const Database &db, const QDate &today, const QDate &dueBy, int limit = -1);
// Entities the rules require to be inspected in `year` and `log` shows no inspection for.
Result<QList<InspectionDue>> entitiesUninspected(const Database &db, int year, const InspectionLog &log,
                                                 int limit = -1);
Result<DueSummary> summary(const Database &db, const QDate &today, int withinDays, const InspectionLog &log);
} // namespace DueQueries

} // namespace casedesk
