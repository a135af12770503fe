#include "register/equipment.h"

#include "register/enumtable.h"

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Equipment)
};

using C = EquipmentCategory;
constexpr EnumTable<C, 8> kCategories(
    "Equipment",
    {{
        {C::Boiler, "boiler", QT_TRANSLATE_NOOP("Equipment", "Boiler")},
        {C::PressureVessel, "pressure-vessel", QT_TRANSLATE_NOOP("Equipment", "Pressure vessel (incl. gas cylinders)")},
        {C::PressurePiping, "pressure-piping", QT_TRANSLATE_NOOP("Equipment", "Pressure piping")},
        {C::Elevator, "elevator", QT_TRANSLATE_NOOP("Equipment", "Elevator")},
        {C::LiftingMachinery, "lifting-machinery", QT_TRANSLATE_NOOP("Equipment", "Lifting machinery")},
        {C::PassengerRopeway, "passenger-ropeway", QT_TRANSLATE_NOOP("Equipment", "Passenger ropeway")},
        {C::AmusementRide, "amusement-ride", QT_TRANSLATE_NOOP("Equipment", "Large amusement ride")},
        {C::InPlantVehicle, "in-plant-vehicle", QT_TRANSLATE_NOOP("Equipment", "In-plant motor vehicle")},
    }});

// Short forms clerks write in spreadsheets; the official names come from
// the translation.
const std::pair<const char *, C> kShortForms[] = {
    {"压力容器", C::PressureVessel},
    {"气瓶", C::PressureVessel},
    {"起重机", C::LiftingMachinery},
    {"索道", C::PassengerRopeway},
    {"游乐设施", C::AmusementRide},
    {"场车", C::InPlantVehicle},
    {"场内专用机动车辆", C::InPlantVehicle},
    {"厂内专用机动车辆", C::InPlantVehicle},
    {"叉车", C::InPlantVehicle},
};

using S = EquipmentStatus;
constexpr EnumTable<S, 3> kStatuses("Equipment",
                                    {{
                                        {S::InUse, "in-use", QT_TRANSLATE_NOOP("Equipment", "In use")},
                                        {S::Stopped, "stopped", QT_TRANSLATE_NOOP("Equipment", "Stopped")},
                                        {S::Scrapped, "scrapped", QT_TRANSLATE_NOOP("Equipment", "Scrapped")},
                                    }});

constexpr int kMaxNumber = 60;
constexpr int kMaxText = 300;
} // namespace

const QList<EquipmentCategory> &allEquipmentCategories()
{
    static const QList<EquipmentCategory> all = kCategories.values();
    return all;
}

QString equipmentCategoryCode(EquipmentCategory category)
{
    return kCategories.code(category);
}

QString equipmentCategoryName(EquipmentCategory category)
{
    return kCategories.name(category);
}

Result<EquipmentCategory> parseEquipmentCategory(const QString &text)
{
    if (auto c = kCategories.parse(text))
        return *c;
    const QString t = text.trimmed();
    for (const auto &[word, category] : kShortForms)
        if (t == QString::fromUtf8(word))
            return category;
    return refusal(
        Text::tr("'%1' is not a category of special equipment; the categories are %2.").arg(text, kCategories.names()));
}

const QList<EquipmentStatus> &allEquipmentStatuses()
{
    static const QList<EquipmentStatus> all = kStatuses.values();
    return all;
}

QString equipmentStatusCode(EquipmentStatus status)
{
    return kStatuses.code(status);
}

QString equipmentStatusName(EquipmentStatus status)
{
    return kStatuses.name(status);
}

Result<EquipmentStatus> parseEquipmentStatus(const QString &text)
{
    if (auto s = kStatuses.parse(text))
        return *s;
    return refusal(Text::tr("'%1' is not a status of equipment; the statuses are %2.").arg(text, kStatuses.names()));
}

namespace EquipmentStatusRules {

bool allowed(EquipmentStatus from, EquipmentStatus to)
{
    // A stopped unit may be used again; a scrapped one never.
    return from != to && from != S::Scrapped;
}

Status require(EquipmentStatus from, EquipmentStatus to)
{
    if (from == to || allowed(from, to))
        return success();
    return refusal(Text::tr("Scrapped equipment cannot become %1 again; register a new unit instead.")
                       .arg(equipmentStatusName(to)));
}

} // namespace EquipmentStatusRules

FieldProblems Equipment::problems() const
{
    FieldProblems out;
    auto add = [&](const char *field, const QString &message) { out.append({QString::fromLatin1(field), message}); };
    if (entityId <= 0)
        add("entity", Text::tr("The user of the equipment is missing."));
    if (registrationNumber.trimmed().isEmpty())
        add("registrationNumber", Text::tr("The registration number is missing."));
    else if (registrationNumber.size() > kMaxNumber)
        add("registrationNumber", Text::tr("The registration number has %1 characters; at most %2 are allowed.")
                                      .arg(registrationNumber.size())
                                      .arg(kMaxNumber));
    if (description.size() > kMaxText)
        add("description", Text::tr("The description has %1 characters; at most %2 are allowed.")
                               .arg(description.size())
                               .arg(kMaxText));
    if (location.size() > kMaxText)
        add("location",
            Text::tr("The location has %1 characters; at most %2 are allowed.").arg(location.size()).arg(kMaxText));
    if (status == S::InUse && !nextInspectionOn.isValid())
        add("nextInspectionOn", Text::tr("Equipment in use needs the date its periodic inspection is due."));
    return out;
}

bool Equipment::inspectionDueBy(const QDate &date) const
{
    return status == S::InUse && nextInspectionOn.isValid() && nextInspectionOn <= date;
}

QJsonObject Equipment::toAuditJson() const
{
    return QJsonObject{
        {QStringLiteral("entityId"), entityId},
        {QStringLiteral("category"), equipmentCategoryCode(category)},
        {QStringLiteral("registrationNumber"), registrationNumber},
        {QStringLiteral("description"), description},
        {QStringLiteral("location"), location},
        {QStringLiteral("nextInspectionOn"), nextInspectionOn.toString(Qt::ISODate)},
        {QStringLiteral("status"), equipmentStatusCode(status)},
    };
}

QString Equipment::label() const
{
    return QStringLiteral("%1 %2").arg(equipmentCategoryName(category), registrationNumber);
}

} // namespace casedesk
