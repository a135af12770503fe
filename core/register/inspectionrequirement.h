#pragma once
// What the register's due lists (DueQueries) need to know about
// inspections: an entity the frequency rules (InspectionPlan::rules, the one
// place they are written) require to be inspected, and the InspectionLog
// that says whether it was. RecordedInspections (inspectionplan.h) is the
// log of the recorded inspections.

#include <QString>
#include <QStringList>

namespace casedesk {

struct InspectionDue {
    qint64 entityId = 0;
    QString name;
    QString code;
    QStringList reasons; // translated: why the rules require an inspection
};

class InspectionLog {
  public:
    virtual ~InspectionLog() = default;
    virtual bool inspectedIn(qint64 entityId, int year) const = 0;
    // The same question as an SQL condition over the entity table aliased
    // `e`, so a list of 100,000 entities filters in SQL; empty when the log
    // can only answer inspectedIn() one entity at a time.
    virtual QString sqlCondition(int year) const
    {
        Q_UNUSED(year);
        return {};
    }
};

} // namespace casedesk
