#pragma once
// Licence: a licence or certificate an entity holds (DOMAIN.md §2) with its
// status. A status other than valid is final: a withdrawn, revoked,
// cancelled or deregistered licence is never valid again (a new one is
// issued instead), so LicenceStatusRules allows only valid → other.

#include "register/fieldproblem.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace casedesk {

enum class LicenceKind {
    ProductionLicence,          // 工业产品生产许可证
    MetrologyInstrumentLicence, // 制造计量器具许可证
    CmaQualification,           // 检验检测机构资质认定 (CMA)
    EquipmentProductionLicence, // 特种设备生产许可证
    EquipmentUseRegistration,   // 特种设备使用登记证
    Other,                      // 其他许可或证书
};

enum class LicenceStatus {
    Valid,              // 有效
    Withdrawn,          // 撤回
    Revoked,            // 撤销
    CancelledByPenalty, // 吊销
    Deregistered,       // 注销
};

const QList<LicenceKind> &allLicenceKinds();
QString licenceKindCode(LicenceKind kind); // "production-licence"
QString licenceKindName(LicenceKind kind); // translated
// Accepts the code or the name in either language.
Result<LicenceKind> parseLicenceKind(const QString &text);

const QList<LicenceStatus> &allLicenceStatuses();
QString licenceStatusCode(LicenceStatus status); // "valid", "withdrawn", …
QString licenceStatusName(LicenceStatus status);
Result<LicenceStatus> parseLicenceStatus(const QString &text);

namespace LicenceStatusRules {
// The statuses a licence may move to from `from`.
QList<LicenceStatus> next(LicenceStatus from);
bool allowed(LicenceStatus from, LicenceStatus to);
// Refusal naming both statuses and what is allowed instead.
Status require(LicenceStatus from, LicenceStatus to);
} // namespace LicenceStatusRules

struct Licence {
    qint64 id = 0;
    QString uuid;
    qint64 entityId = 0;
    LicenceKind kind = LicenceKind::ProductionLicence;
    QString number;
    QString scope;
    QDate issuedOn;
    QDate expiresOn; // invalid = no expiry (use registration)
    LicenceStatus status = LicenceStatus::Valid;
    QDate statusOn; // when the current status took effect (invalid while valid)
    QString statusReason;
    QString modifiedAt;
    QString modifiedBy;

    FieldProblems problems(const QDate &today) const;
    // Valid by status but past its expiry date.
    bool expired(const QDate &today) const;
    QJsonObject toAuditJson() const;
    QString label() const;
};

// One step of a licence's status history.
struct LicenceStatusChange {
    LicenceStatus from = LicenceStatus::Valid;
    LicenceStatus to = LicenceStatus::Valid;
    QDate effectiveOn;
    QString reason;
    QString recordedAt;
    QString recordedBy;
};

} // namespace casedesk
