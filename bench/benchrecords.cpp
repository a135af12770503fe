#include "benchrecords.h"

#include "auth/bureausetup.h"
#include "benchsupport.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"
#include "register/namesimilarity.h"
#include "register/registerrows.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <algorithm>
#include <iterator>

namespace casedesk::bench {

namespace {

Fields staffFields(int i, const Colleague &c)
{
    const QString cert = QStringLiteral("13100%1").arg(i, 4, 10, QLatin1Char('0'));
    const QString equipment =
        c.equipmentCertificate ? QStringLiteral("TS%1").arg(i, 4, 10, QLatin1Char('0')) : QString();
    const QString from = c.equipmentCertificate ? QStringLiteral("2015-01-01") : QString();
    const QString until = c.equipmentCertificate ? QStringLiteral("2035-12-31") : QString();
    Fields fields{{"login", c.login},
                  {"name", c.name},
                  {"section", kStaffSections.at(i % kStaffSections.size())},
                  {"roles", QStringLiteral("inspector")},
                  {"enforcement_cert", cert},
                  {"enforcement_cert_from", QStringLiteral("2015-01-01")},
                  {"enforcement_cert_until", QStringLiteral("2035-12-31")},
                  {"equipment_cert", equipment},
                  {"equipment_cert_from", from},
                  {"equipment_cert_until", until},
                  {"password_hash", QStringLiteral("-")}};
    addRecordColumns(fields, stampOn(QDate(2015, 1, 1), 0), stampOn(QDate(2015, 1, 1), 0), QStringLiteral("bench"));
    return fields;
}

Fields entityFields(int e, const InspectedUnit &u)
{
    const QString township = kTownships.at(e % kTownships.size());
    // Every third entity also uses special equipment (the special-equipment
    // inspections go to those).
    const int kinds = int(EntityKind::Producer) | (e % 3 == 0 ? int(EntityKind::EquipmentUser) : 0);
    // The search text as EntityRegister writes it.
    const QString search =
        QStringList{u.name, u.code, u.address, township, u.legalRepresentative, u.contactPerson, u.phone}
            .join(QLatin1Char('\n'))
            .toLower();
    Fields fields{{"id", u.entityId},
                  {"name", u.name},
                  {"name_key", NameSimilarity::key(u.name)},
                  {"code", u.code},
                  {"code_kind", QStringLiteral("uscc")},
                  {"address", u.address},
                  {"township", township},
                  {"legal_representative", u.legalRepresentative},
                  {"contact_person", u.contactPerson},
                  {"phone", u.phone},
                  {"kinds", kinds},
                  {"crowded_place", e % 90 == 0 ? 1 : 0},
                  {"search_text", search}};
    addRecordColumns(fields, stampOn(QDate(2015, 1, 1), 0), stampOn(QDate(2015, 1, 1), 0), QStringLiteral("bench"));
    return fields;
}
const LicenceKind kLicenceMix[] = {LicenceKind::ProductionLicence, LicenceKind::ProductionLicence,
                                   LicenceKind::ProductionLicence, LicenceKind::ProductionLicence,
                                   LicenceKind::ProductionLicence, LicenceKind::ProductionLicence,
                                   LicenceKind::ProductionLicence, LicenceKind::MetrologyInstrumentLicence,
                                   LicenceKind::CmaQualification,  LicenceKind::EquipmentProductionLicence};

Fields licenceFields(int e, const QDate &today)
{
    const LicenceKind kind = kLicenceMix[e / 2 % std::size(kLicenceMix)];
    const QDate issued = today.addDays(-(e * 37 % 1825));
    Fields fields{{"entity_id", e + 1},
                  {"kind", licenceKindCode(kind)},
                  {"number", QStringLiteral("XK-%1").arg(e, 8, 10, QLatin1Char('0'))},
                  {"issued_on", RegisterRows::storedDate(issued)},
                  {"expires_on", RegisterRows::storedDate(issued.addYears(5).addDays(-1))},
                  {"status", licenceStatusCode(LicenceStatus::Valid)}};
    addRecordColumns(fields, stampOn(issued, 9), stampOn(issued, 9), QStringLiteral("bench"));
    return fields;
}

// Elevators and pressure vessels are most of a county's equipment;
// ropeways are rare.
const EquipmentCategory kEquipmentMix[] = {
    EquipmentCategory::Elevator,        EquipmentCategory::Elevator,         EquipmentCategory::Elevator,
    EquipmentCategory::PressureVessel,  EquipmentCategory::PressureVessel,   EquipmentCategory::Boiler,
    EquipmentCategory::PressurePiping,  EquipmentCategory::LiftingMachinery, EquipmentCategory::LiftingMachinery,
    EquipmentCategory::InPlantVehicle,  EquipmentCategory::InPlantVehicle,   EquipmentCategory::AmusementRide,
    EquipmentCategory::PassengerRopeway};

// Days from today to a unit's next periodic inspection: within two years
// for most, up to a year past it for one in twenty.
int nextInspectionIn(quint32 h)
{
    return h % 20 == 0 ? -1 - int(h / 20 % 365) : int(h / 20 % 730);
}

Fields equipmentFields(int n, int entities, const QDate &today)
{
    const quint32 h = mix(n, Life);
    const EquipmentCategory category = kEquipmentMix[h / 20000 % std::size(kEquipmentMix)];
    const int roll = int(h / 16 % 100);
    const EquipmentStatus status = roll < 90   ? EquipmentStatus::InUse
                                   : roll < 97 ? EquipmentStatus::Stopped
                                               : EquipmentStatus::Scrapped;
    const int users = std::max(1, (entities + 2) / 3);
    Fields fields{{"id", n + 1},
                  {"entity_id", n % users * 3 + 1},
                  {"category", equipmentCategoryCode(category)},
                  {"registration_number", QStringLiteral("3110131023%1").arg(n, 10, 10, QLatin1Char('0'))},
                  {"description", equipmentCategoryName(category) + QStringLiteral(" %1号").arg(n / users + 1)},
                  {"location", QStringLiteral("%1号厂房").arg(1 + h / 1600 % 9)},
                  {"next_inspection_on", RegisterRows::storedDate(today.addDays(nextInspectionIn(h)))},
                  {"status", equipmentStatusCode(status)}};
    addRecordColumns(fields, stampOn(QDate(2016, 1, 1), 0), stampOn(QDate(2016, 1, 1), 0), QStringLiteral("bench"));
    return fields;
}
} // namespace

NewBureau newBureau(const QString &path)
{
    if (QFileInfo::exists(path))
        die(failure(path + QStringLiteral(" exists; the benchmark writes a new database.")));
    std::unique_ptr<Database> db = orDie(Database::open(path));
    BureauSettings settings;
    settings.bureauName = kBureauName;
    settings.abbreviation = kAbbreviation;
    settings.site = kSite;
    Session admin = orDie(BureauSetup::run(*db, settings, {kAdminLogin, QStringLiteral("基准"), kAdminPassword}));
    return {std::move(db), std::move(admin)};
}

quint32 mix(int slot, Trait trait)
{
    quint64 x = (quint64(quint32(slot)) << 32 | trait) + 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return quint32((x ^ (x >> 31)) >> 16);
}

QString stampOn(const QDate &day, int hour)
{
    return QDateTime(day, QTime(hour, 0), Qt::UTC).toString(Qt::ISODateWithMs);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate Span::dayOfSlot(int slot, int count) const
{
    return today.addDays(-int(qint64(count - 1 - slot) * days / std::max(1, count)));
}

qint64 RowInserter::insert(const Fields &fields)
{
    if (m_columns.isEmpty())
        prepare(fields);
    if (fields.size() != std::size_t(m_columns.size()))
        die(failure(m_table + QStringLiteral(": a row with other columns than the first")));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (m_columns.at(qsizetype(i)) != QLatin1String(fields[i].first))
            die(failure(m_table + QStringLiteral(": a row with other columns than the first")));
        m_query.bindValue(int(i), Database::bindable(fields[i].second));
    }
    if (!m_query.exec())
        die(failure(m_table + QStringLiteral(": ") + m_query.lastError().text()));
    return m_query.lastInsertId().toLongLong();
}

void RowInserter::prepare(const Fields &fields)
{
    QStringList marks;
    for (const auto &f : fields) {
        m_columns << QString::fromLatin1(f.first);
        marks << QStringLiteral("?");
    }
    m_query = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(m_table, m_columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
}

void addRecordColumns(Fields &fields, const QString &createdAt, const QString &modifiedAt, const QString &by)
{
    fields.insert(fields.end(), {{"uuid", newRecordUuid()},
                                 {"created_at", createdAt},
                                 {"created_by", by},
                                 {"modified_at", modifiedAt},
                                 {"modified_by", by},
                                 {"site", kSite}});
}

QList<Colleague> addStaff(const Database &db, int count)
{
    RowInserter insert(db, "staff");
    QList<Colleague> staff;
    for (int i = 0; i < count; ++i) {
        Colleague c;
        c.login = QStringLiteral("insp%1").arg(i);
        c.name = kSurnames.at(i % kSurnames.size()) + kGiven.at(i / kSurnames.size() % kGiven.size());
        c.equipmentCertificate = i % kStaffSections.size() < 2;
        c.id = insert.insert(staffFields(i, c));
        staff << c;
    }
    return staff;
}

InspectedUnit unitOf(int e)
{
    return InspectedUnit{e + 1,
                         QStringLiteral("永清县第%1%2有限公司").arg(e).arg(kTrades.at(e % kTrades.size())),
                         creditCode(e),
                         QStringLiteral("永清县%1工业街%2号").arg(kTownships.at(e % kTownships.size())).arg(e),
                         QStringLiteral("王%1").arg(e),
                         QStringLiteral("李%1").arg(e),
                         QStringLiteral("0316-66%1").arg(e % 100000, 5, 10, QLatin1Char('0'))};
}

QList<InspectedUnit> addEntities(const Database &db, int count)
{
    RowInserter insert(db, "entity");
    QList<InspectedUnit> units;
    units.reserve(count);
    for (int e = 0; e < count; ++e) {
        units << unitOf(e);
        insert.insert(entityFields(e, units.last()));
    }
    return units;
}

void addLicences(const Database &db, int entities, const QDate &today)
{
    RowInserter insert(db, "licence");
    for (int e = 0; e < entities; e += 2)
        insert.insert(licenceFields(e, today));
}

void addEquipment(const Database &db, int count, int entities, const QDate &today)
{
    RowInserter insert(db, "equipment");
    for (int n = 0; n < count; ++n)
        insert.insert(equipmentFields(n, entities, today));
}

QList<InspectionInspector> twoOf(const QList<const Colleague *> &pool, quint32 h)
{
    const int size = int(pool.size());
    const int first = int(h % quint32(size));
    const int second = (first + 1 + int(h / quint32(size) % quint32(size - 1))) % size;
    QList<InspectionInspector> out;
    for (const Colleague *c : {pool.at(first), pool.at(second)})
        out << InspectionInspector{c->id, c->login, c->name, {}, {}};
    return out;
}

} // namespace casedesk::bench
