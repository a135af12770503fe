#pragma once
// Equipment: one unit of special equipment (特种设备) and its periodic
// inspection due date. Status moves in use ⇄ stopped, and either → scrapped,
// which is final (EquipmentStatusRules).

#include "register/fieldproblem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk {

// The eight kinds of special equipment (DOMAIN.md §2).
enum class EquipmentCategory {
    Boiler,           // 锅炉
    PressureVessel,   // 压力容器（含气瓶）
    PressurePiping,   // 压力管道
    Elevator,         // 电梯
    LiftingMachinery, // 起重机械
    PassengerRopeway, // 客运索道
    AmusementRide,    // 大型游乐设施
    InPlantVehicle,   // 场（厂）内专用机动车辆
};

enum class EquipmentStatus {
    InUse,    // 在用
    Stopped,  // 停用
    Scrapped, // 报废
};

const QList<EquipmentCategory> &allEquipmentCategories();
QString equipmentCategoryCode(EquipmentCategory category); // "boiler", …
QString equipmentCategoryName(EquipmentCategory category);
// Codes, names in either language, and the usual short forms (气瓶 → pressure vessel).
Result<EquipmentCategory> parseEquipmentCategory(const QString &text);

const QList<EquipmentStatus> &allEquipmentStatuses();
QString equipmentStatusCode(EquipmentStatus status); // "in-use", "stopped", "scrapped"
QString equipmentStatusName(EquipmentStatus status);
Result<EquipmentStatus> parseEquipmentStatus(const QString &text);

namespace EquipmentStatusRules {
bool allowed(EquipmentStatus from, EquipmentStatus to);
Status require(EquipmentStatus from, EquipmentStatus to);
} // namespace EquipmentStatusRules

struct Equipment {
    qint64 id = 0;
    QString uuid;
    qint64 entityId = 0; // the owner (使用单位)
    EquipmentCategory category = EquipmentCategory::Boiler;
    QString registrationNumber; // 使用登记证编号 / 注册代码, unique in the bureau
    QString description;        // name, model
    QString location;
    QDate nextInspectionOn; // periodic inspection due; required while in use
    EquipmentStatus status = EquipmentStatus::InUse;
    QString modifiedAt;
    QString modifiedBy;

    FieldProblems problems() const;
    // In use and due on or before `date`.
    bool inspectionDueBy(const QDate &date) const;
    QJsonObject toAuditJson() const;
    QString label() const;
};

} // namespace casedesk
