#pragma once
// Entity: an enterprise or institution the bureau supervises (监管对象,
// DOMAIN.md §2): its registration code, who represents it, what kinds of
// supervision apply to it and the facts that raise its inspection priority.
// A value type; EntityRegister stores it, EntityRisk assesses it.

#include "register/fieldproblem.h"
#include "register/registrationcode.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace casedesk {

// What the bureau supervises an entity as; one entity can be several. The
// values are stored as a bit set; never renumber them.
enum class EntityKind : int {
    Producer = 1,              // 生产企业 (licensed products)
    EquipmentUser = 2,         // 特种设备使用单位
    EquipmentProducer = 4,     // 特种设备生产单位 (manufacture, installation, repair)
    TestingLab = 8,            // 检验检测机构
    MetrologyInstitution = 16, // 计量技术机构
    Distributor = 32,          // 销售者
    Other = 64,                // 其他
};

class EntityKinds {
  public:
    EntityKinds() = default;
    EntityKinds(std::initializer_list<EntityKind> kinds);
    static EntityKinds fromBits(int bits)
    {
        EntityKinds k;
        k.m_bits = bits & allBits();
        return k;
    }
    int bits() const { return m_bits; }
    bool has(EntityKind kind) const { return m_bits & int(kind); }
    void set(EntityKind kind, bool on = true);
    bool isEmpty() const { return m_bits == 0; }
    QList<EntityKind> list() const;
    // Stable codes ("producer,equipment-user") and translated names ("生产企业、特种设备使用单位").
    QStringList codes() const;
    QString names() const;
    // Accepts codes or names (either language), separated by , ， 、 ; or spaces;
    // a refusal names the word it did not know.
    static Result<EntityKinds> parse(const QString &text);
    static int allBits();
    bool operator==(const EntityKinds &) const = default;

  private:
    int m_bits = 0;
};

const QList<EntityKind> &allEntityKinds();
QString entityKindCode(EntityKind kind);
QString entityKindName(EntityKind kind);

struct Entity {
    qint64 id = 0; // 0 until stored
    QString uuid;
    QString name;
    QString code; // normalised registration code
    CodeKind codeKind = CodeKind::CreditCode;
    QString address;
    QString township; // 乡镇/街道, for filtering by area
    QString legalRepresentative;
    QString contactPerson;
    QString phone;
    EntityKinds kinds;
    QDate lastIncidentOn; // last accident or forced recall; invalid = none known
    bool complaintsConfirmed = false;
    bool crowdedPlace = false; // school, hospital, station, mall… (重点监督检查单位)
    QString notes;
    QString modifiedAt; // as stored; updates must quote it (someone else may have changed the record)
    QString modifiedBy;

    // Every problem, each naming its field; `code` is normalised when valid.
    // `today` bounds dates that cannot lie in the future.
    FieldProblems problems(const QDate &today) const;
    // Normalises the code (upper case, no spaces or hyphen) when it is valid.
    void normalise();
    // The audited fields (never the id or the bookkeeping columns).
    QJsonObject toAuditJson() const;
    QString label() const { return name; }
};

} // namespace casedesk
