#pragma once
// InspectionRequirement: which entities the frequency rules (DOMAIN.md §3)
// require to be inspected in a year: every licensed enterprise, every key
// special-equipment user (a crowded place with equipment in use), a unit
// with an accident last year, metrology institutions. Whether an inspection
// took place is asked of an InspectionLog: inspections arrive with issue 6,
// until then NoInspectionLog answers that none has been recorded.

#include <QString>
#include <QStringList>

namespace casedesk {

class Database;

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
};

// Until inspections are recorded (issue 6), no entity has been inspected.
class NoInspectionLog final : public InspectionLog {
  public:
    bool inspectedIn(qint64, int) const override { return false; }
};

namespace InspectionRequirement {
// Reasons as SQL: each a condition over the entity table aliased `e` for
// `year`, with the reason it stands for.
struct Rule {
    QString sqlCondition;
    QString reason;
};
QList<Rule> rules(int year);
} // namespace InspectionRequirement

} // namespace casedesk
