#pragma once
// EntityRisk: the facts that raise an entity's inspection priority
// (DOMAIN.md §2). The rule is written once, as SQL over the entity table,
// so the list can filter and show it for 100,000 rows; assess() runs the
// same SQL for one entity, so the detail view never disagrees with the list.

#include "database.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// Bits; never renumber.
enum class RiskFlag : int {
    NewlyLicensed = 1,       // first licence issued less than a year ago
    RecentIncident = 2,      // accident or forced recall within 2 years
    ConfirmedComplaints = 4, // complaints confirmed
    CrowdedPlace = 8,        // special-equipment user that is a crowded place
};

class RiskFlags {
  public:
    RiskFlags() = default;
    static RiskFlags fromBits(int bits)
    {
        RiskFlags r;
        r.m_bits = bits;
        return r;
    }
    int bits() const { return m_bits; }
    bool has(RiskFlag flag) const { return m_bits & int(flag); }
    void set(RiskFlag flag, bool on = true) { m_bits = on ? (m_bits | int(flag)) : (m_bits & ~int(flag)); }
    bool isEmpty() const { return m_bits == 0; }
    QList<RiskFlag> list() const;
    QStringList codes() const;
    QString names() const; // translated, joined with 、
    bool operator==(const RiskFlags &) const = default;

  private:
    int m_bits = 0;
};

namespace EntityRisk {
const QList<RiskFlag> &all();
QString code(RiskFlag flag); // "newly-licensed", "recent-incident", "complaints", "crowded-place"
QString name(RiskFlag flag);
Result<RiskFlag> parse(const QString &text);

// An SQL expression over the entity table aliased `e` that is 1 when the
// flag applies on `today`. Only dates derived from `today` are written into
// it, never user text.
QString sqlCondition(RiskFlag flag, const QDate &today);
// The expression giving all flags of `e` as bits.
QString sqlBits(const QDate &today);
// The flags of one stored entity on `today`.
Result<RiskFlags> assess(const Database &db, qint64 entityId, const QDate &today);
} // namespace EntityRisk

} // namespace casedesk
