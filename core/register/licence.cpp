#include "register/licence.h"

#include "register/enumtable.h"

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Licence)
};

using K = LicenceKind;
constexpr EnumTable<K, 6>
    kKinds("Licence",
           {{
               {K::ProductionLicence, "production-licence",
                QT_TRANSLATE_NOOP("Licence", "Industrial product production licence")},
               {K::MetrologyInstrumentLicence, "metrology-licence",
                QT_TRANSLATE_NOOP("Licence", "Metrology instrument manufacturing licence")},
               {K::CmaQualification, "cma", QT_TRANSLATE_NOOP("Licence", "Inspection and testing qualification (CMA)")},
               {K::EquipmentProductionLicence, "equipment-production-licence",
                QT_TRANSLATE_NOOP("Licence", "Special-equipment production licence")},
               {K::EquipmentUseRegistration, "equipment-use-registration",
                QT_TRANSLATE_NOOP("Licence", "Special-equipment use registration")},
               {K::Other, "other", QT_TRANSLATE_NOOP("Licence", "Other licence or certificate")},
           }});

using S = LicenceStatus;
constexpr EnumTable<S, 5>
    kStatuses("Licence", {{
                             {S::Valid, "valid", QT_TRANSLATE_NOOP("Licence", "Valid")},
                             {S::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Licence", "Withdrawn")},
                             {S::Revoked, "revoked", QT_TRANSLATE_NOOP("Licence", "Revoked")},
                             {S::CancelledByPenalty, "cancelled", QT_TRANSLATE_NOOP("Licence", "Cancelled by penalty")},
                             {S::Deregistered, "deregistered", QT_TRANSLATE_NOOP("Licence", "Deregistered")},
                         }});

constexpr int kMaxNumber = 80;
constexpr int kMaxScope = 2000;
} // namespace

const QList<LicenceKind> &allLicenceKinds()
{
    static const QList<LicenceKind> all = kKinds.values();
    return all;
}

QString licenceKindCode(LicenceKind kind)
{
    return kKinds.code(kind);
}

QString licenceKindName(LicenceKind kind)
{
    return kKinds.name(kind);
}

Result<LicenceKind> parseLicenceKind(const QString &text)
{
    if (auto k = kKinds.parse(text))
        return *k;
    return refusal(Text::tr("'%1' is not a kind of licence; the kinds are %2.").arg(text, kKinds.names()));
}

const QList<LicenceStatus> &allLicenceStatuses()
{
    static const QList<LicenceStatus> all = kStatuses.values();
    return all;
}

QString licenceStatusCode(LicenceStatus status)
{
    return kStatuses.code(status);
}

QString licenceStatusName(LicenceStatus status)
{
    return kStatuses.name(status);
}

Result<LicenceStatus> parseLicenceStatus(const QString &text)
{
    if (auto s = kStatuses.parse(text))
        return *s;
    return refusal(Text::tr("'%1' is not a licence status; the statuses are %2.").arg(text, kStatuses.names()));
}

namespace LicenceStatusRules {

QList<LicenceStatus> next(LicenceStatus from)
{
    // DOMAIN.md §2: a valid licence can be withdrawn, revoked, cancelled by
    // a penalty or deregistered; none of those comes back.
    if (from == S::Valid)
        return {S::Withdrawn, S::Revoked, S::CancelledByPenalty, S::Deregistered};
    return {};
}

bool allowed(LicenceStatus from, LicenceStatus to)
{
    return next(from).contains(to);
}

Status require(LicenceStatus from, LicenceStatus to)
{
    if (allowed(from, to))
        return success();
    if (from == to)
        return refusal(Text::tr("The licence is already %1.").arg(licenceStatusName(to)));
    if (from != S::Valid)
        return refusal(Text::tr("A licence that is %1 cannot become %2: only a valid licence changes status; "
                                "issue a new licence instead.")
                           .arg(licenceStatusName(from), licenceStatusName(to)));
    return refusal(
        Text::tr("A licence cannot change from %1 to %2.").arg(licenceStatusName(from), licenceStatusName(to)));
}

} // namespace LicenceStatusRules

FieldProblems Licence::problems(const QDate &today) const
{
    FieldProblems out;
    auto add = [&](const char *field, const QString &message) { out.append({QString::fromLatin1(field), message}); };
    if (entityId <= 0)
        add("entity", Text::tr("The licence holder is missing."));
    if (number.trimmed().isEmpty())
        add("number", Text::tr("The licence number is missing."));
    else if (number.size() > kMaxNumber)
        add("number", Text::tr("The licence number has %1 characters; at most %2 are allowed.")
                          .arg(number.size())
                          .arg(kMaxNumber));
    if (scope.size() > kMaxScope)
        add("scope", Text::tr("The scope has %1 characters; at most %2 are allowed.").arg(scope.size()).arg(kMaxScope));
    if (!issuedOn.isValid())
        add("issuedOn", Text::tr("The issue date is missing."));
    else if (today.isValid() && issuedOn > today)
        add("issuedOn", Text::tr("The issue date %1 lies in the future.").arg(issuedOn.toString(Qt::ISODate)));
    if (expiresOn.isValid() && issuedOn.isValid() && expiresOn <= issuedOn)
        add("expiresOn", Text::tr("The licence expires (%1) before it was issued (%2).")
                             .arg(expiresOn.toString(Qt::ISODate), issuedOn.toString(Qt::ISODate)));
    if (!expiresOn.isValid() && kind != K::EquipmentUseRegistration && kind != K::Other)
        add("expiresOn", Text::tr("The expiry date is missing; only a use registration has none."));
    if (status != S::Valid && statusReason.trimmed().isEmpty())
        add("statusReason", Text::tr("A licence that is %1 needs the reason.").arg(licenceStatusName(status)));
    return out;
}

bool Licence::expired(const QDate &today) const
{
    return status == S::Valid && expiresOn.isValid() && expiresOn < today;
}

QJsonObject Licence::toAuditJson() const
{
    return QJsonObject{
        {QStringLiteral("entityId"), entityId},
        {QStringLiteral("licenceKind"), licenceKindCode(kind)},
        {QStringLiteral("number"), number},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("issuedOn"), issuedOn.toString(Qt::ISODate)},
        {QStringLiteral("expiresOn"), expiresOn.toString(Qt::ISODate)},
        {QStringLiteral("status"), licenceStatusCode(status)},
        {QStringLiteral("statusOn"), statusOn.toString(Qt::ISODate)},
        {QStringLiteral("statusReason"), statusReason},
    };
}

QString Licence::label() const
{
    return QStringLiteral("%1 %2").arg(licenceKindName(kind), number);
}

} // namespace casedesk
