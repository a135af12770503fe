#pragma once
// DrawPools: the two pools of a random draw as the database holds them on
// the day (DrawRepository's reading side): the live entities a
// DrawPoolFilter keeps, the active staff who may inspect in the domain
// (InspectionRules::mayInspect), and the declared recusals between them.
// Each pool sorted, as RandomDraw takes it.

#include "auth/staffmember.h"
#include "database.h"
#include "inspections/drawrepository.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

namespace casedesk::DrawPools {

struct EntityPool {
    QStringList codes;           // sorted
    QHash<QString, qint64> idOf; // code -> entity id
};

struct InspectorPool {
    QStringList logins; // sorted
};

// due=1 keeps the units the plan of day.year() shows outstanding in `domain`.
Result<EntityPool> entities(const Database &db, const DrawPoolFilter &filter, const QString &domain, const QDate &day);
Result<InspectorPool> inspectors(const Database &db, const QString &domain, const QDate &day);
// The live recusals between a login of `logins` and a code of `codes`,
// sorted, as (login, code).
Result<QList<QPair<QString, QString>>> recusals(const Database &db, const QStringList &logins,
                                                const QStringList &codes);

// Staff records by login (inactive ones too: a record names who drew).
QHash<QString, StaffMember> staffByLogin(const Database &db, const QStringList &logins);

} // namespace casedesk::DrawPools
