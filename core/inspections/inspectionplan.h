#pragma once
// InspectionPlan: what the year's inspections must cover (DOMAIN.md §3),
// per supervision domain: every licensed enterprise (in the domain of its
// licence), every key special-equipment user (a crowded place with
// equipment in use), a unit with an accident or recall last year (special
// equipment for equipment users and producers, product quality otherwise),
// metrology institutions; plus the special campaigns and key-period checks
// the bureau plans (PlanEntry) with their target units. Each row says why
// the unit is due and whether a finished inspection already covers it, so
// the plan shows at a glance who is still due. Computed in SQL (joined
// against the inspections), paged, fast with 100,000 entities.
//
// RecordedInspections is the InspectionLog of the register's due lists
// (DueQueries): an entity counts as inspected in a year when a finished
// current inspection of it (of any domain) falls in that year. The plan
// itself counts per domain.

#include "auth/session.h"
#include "database.h"
#include "inspections/inspectionkinds.h"
#include "register/inspectionrequirement.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// A special campaign (专项) or key-period check (重点时段) of the year.
struct PlanEntry {
    qint64 id = 0;
    QString uuid;
    int year = 0;
    InspectionKind kind = InspectionKind::Campaign; // Campaign or KeyPeriod
    QString title;   // 2026年电梯安全专项检查 / 春节期间特种设备安全检查
    QString domain;  // SupervisionDomain code
    QDate from, to;  // within the year
    QString section; // responsible
    QString notes;
    QList<qint64> entityIds; // the target units
    QString modifiedAt;
    QString modifiedBy;
    bool operator==(const PlanEntry &) const = default;
};

struct PlanFilter {
    int year = 0;
    QString domain; // empty = all
    bool outstandingOnly = false;
    QString search;          // words in name, code, township
    qint64 planEntryId = -1; // -1 all rows; 0 only the frequency rules; >0 one entry's targets
};

struct PlanRow {
    qint64 entityId = 0;
    QString name;
    QString code;
    QString township;
    QString domain;
    QStringList reasons;    // translated: why the unit is due
    qint64 planEntryId = 0; // the campaign/key period (0: the frequency rules)
    QString planEntryTitle;
    int inspections = 0; // finished current inspections that count for the row
    QDate lastInspectedOn;
    bool outstanding() const { return inspections == 0; }
};

struct PlanProgress {
    QString domain;         // "" for the whole bureau
    qint64 planEntryId = 0; // >0: one campaign's progress
    QString title;
    int due = 0;
    int done = 0;
};

namespace InspectionPlan {
struct DomainRule {
    QString domain;
    QString sqlCondition; // over the entity table aliased `e`
    QString reason;       // translated
};
QList<DomainRule> rules(int year);

Result<int> count(const Database &db, const PlanFilter &filter);
// By outstanding first, then domain, name.
Result<QList<PlanRow>> page(const Database &db, const PlanFilter &filter, int offset, int limit);
// Per domain (the frequency rules), then one line per plan entry, then the total.
Result<QList<PlanProgress>> progress(const Database &db, int year);
} // namespace InspectionPlan

// The campaigns and key periods; writes need PlanInspections and are audited.
class PlanRepository {
  public:
    explicit PlanRepository(Database &db) : m_db(db) {}
    QList<PlanEntry> entries(int year) const;
    Result<PlanEntry> find(qint64 id) const;
    // Refused without a title, kind Campaign/KeyPeriod, dates in the year
    // with from <= to, a known domain; targets must be live entities.
    Result<PlanEntry> add(const Session &session, PlanEntry entry);
    Result<PlanEntry> update(const Session &session, PlanEntry entry); // stale check on modifiedAt
    Status remove(const Session &session, qint64 id);                  // tombstone

  private:
    Database &m_db;
};

class RecordedInspections final : public InspectionLog {
  public:
    explicit RecordedInspections(const Database &db) : m_db(db) {}
    bool inspectedIn(qint64 entityId, int year) const override;
    QString sqlCondition(int year) const override;

  private:
    const Database &m_db;
};

} // namespace casedesk
