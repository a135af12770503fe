#include "auth/staffmember.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StaffMember)
};

Status validateCertificate(const Certificate &c, const QString &field)
{
    static const QRegularExpression number(QStringLiteral("^[A-Za-z0-9\\-()（）]{1,30}$"));
    if (!c.present()) {
        if (c.validFrom.isValid() || c.validUntil.isValid())
            return refusal(Text::tr("%1: give the certificate number for these dates.").arg(field));
        return success();
    }
    if (!number.match(c.number).hasMatch())
        return refusal(
            Text::tr("%1: \"%2\" is not a certificate number (1 to 30 letters, digits or '-').").arg(field, c.number));
    if (!c.validUntil.isValid())
        return refusal(Text::tr("%1: give the date until which certificate %2 is valid.").arg(field, c.number));
    if (c.validFrom.isValid() && c.validFrom > c.validUntil)
        return refusal(Text::tr("%1: the certificate is valid from %2, after its end %3.")
                           .arg(field, c.validFrom.toString(Qt::ISODate), c.validUntil.toString(Qt::ISODate)));
    return success();
}

// Flat fields, so a record's history compares them one by one.
void addCertificate(QJsonObject &o, const char *prefix, const Certificate &c)
{
    const QString p = QString::fromLatin1(prefix);
    o.insert(p + QStringLiteral("Certificate"), c.number);
    o.insert(p + QStringLiteral("ValidFrom"), c.validFrom.toString(Qt::ISODate));
    o.insert(p + QStringLiteral("ValidUntil"), c.validUntil.toString(Qt::ISODate));
}
} // namespace

Status StaffMember::validate() const
{
    // ASCII logins: typed at every sign-in and on command lines, often with
    // a Chinese input method switched off.
    static const QRegularExpression loginRule(QStringLiteral("^[A-Za-z][A-Za-z0-9._-]{1,31}$"));
    if (!loginRule.match(login).hasMatch())
        return refusal(
            Text::tr("Login: \"%1\" is not usable; use 2 to 32 letters, digits, '.', '_' or '-', starting with a "
                     "letter.")
                .arg(login));
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty() || trimmedName.size() > 50)
        return refusal(Text::tr("Name: give the person's full name (1 to 50 characters)."));
    if (section.size() > 50)
        return refusal(Text::tr("Section: use at most 50 characters."));
    if (phone.size() > 30)
        return refusal(Text::tr("Phone: use at most 30 characters."));
    if (roles.empty())
        return refusal(Text::tr("Roles: give %1 at least one role.").arg(trimmedName));
    if (auto s = validateCertificate(enforcement, Text::tr("Enforcement certificate")); !s)
        return s;
    if (auto s = validateCertificate(specialEquipment, Text::tr("Special-equipment certificate")); !s)
        return s;
    // DOMAIN.md §5: an inspector is a person who holds an enforcement
    // certificate; without one they cannot take part in an inspection.
    if (roles.has(Role::Inspector) && !enforcement.present())
        return refusal(Text::tr("Enforcement certificate: %1 has the role %2 and needs an enforcement certificate.")
                           .arg(trimmedName, roleName(Role::Inspector)));
    return success();
}

QJsonObject StaffMember::toAuditJson() const
{
    QJsonObject o{{QStringLiteral("login"), login},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("section"), section},
                  {QStringLiteral("phone"), phone},
                  {QStringLiteral("roles"), roles.codes()},
                  {QStringLiteral("active"), active},
                  {QStringLiteral("mustChangePassword"), mustChangePassword}};
    addCertificate(o, "enforcement", enforcement);
    addCertificate(o, "specialEquipment", specialEquipment);
    return o;
}

} // namespace casedesk
