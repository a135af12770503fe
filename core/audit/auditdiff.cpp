#include "audit/auditdiff.h"

#include "auth/role.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};

QJsonObject parse(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString display(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? Text::tr("yes") : Text::tr("no");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    default:
        return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
    }
}
} // namespace

QString AuditDiff::fieldLabel(const QString &field)
{
    static const struct {
        const char *key;
        const char *label;
    } labels[] = {
        {"login", QT_TRANSLATE_NOOP("AuditTrail", "Login")},
        {"name", QT_TRANSLATE_NOOP("AuditTrail", "Name")},
        {"section", QT_TRANSLATE_NOOP("AuditTrail", "Section")},
        {"phone", QT_TRANSLATE_NOOP("AuditTrail", "Phone")},
        {"roles", QT_TRANSLATE_NOOP("AuditTrail", "Roles")},
        {"active", QT_TRANSLATE_NOOP("AuditTrail", "Active")},
        {"mustChangePassword", QT_TRANSLATE_NOOP("AuditTrail", "Must change password")},
        {"passwordChangedAt", QT_TRANSLATE_NOOP("AuditTrail", "Password changed at")},
        {"enforcementCertificate", QT_TRANSLATE_NOOP("AuditTrail", "Enforcement certificate")},
        {"enforcementValidFrom", QT_TRANSLATE_NOOP("AuditTrail", "Enforcement certificate valid from")},
        {"enforcementValidUntil", QT_TRANSLATE_NOOP("AuditTrail", "Enforcement certificate valid until")},
        {"specialEquipmentCertificate", QT_TRANSLATE_NOOP("AuditTrail", "Special-equipment certificate")},
        {"specialEquipmentValidFrom", QT_TRANSLATE_NOOP("AuditTrail", "Special-equipment certificate valid from")},
        {"specialEquipmentValidUntil", QT_TRANSLATE_NOOP("AuditTrail", "Special-equipment certificate valid until")},
        {"code", QT_TRANSLATE_NOOP("AuditTrail", "Registration code")},
        {"address", QT_TRANSLATE_NOOP("AuditTrail", "Address")},
        {"township", QT_TRANSLATE_NOOP("AuditTrail", "Township")},
        {"legalRepresentative", QT_TRANSLATE_NOOP("AuditTrail", "Legal representative")},
        {"contactPerson", QT_TRANSLATE_NOOP("AuditTrail", "Contact person")},
        {"kinds", QT_TRANSLATE_NOOP("AuditTrail", "Kinds")},
        {"lastIncidentOn", QT_TRANSLATE_NOOP("AuditTrail", "Last accident or recall")},
        {"complaintsConfirmed", QT_TRANSLATE_NOOP("AuditTrail", "Complaints confirmed")},
        {"crowdedPlace", QT_TRANSLATE_NOOP("AuditTrail", "Crowded place")},
        {"notes", QT_TRANSLATE_NOOP("AuditTrail", "Notes")},
        {"entityId", QT_TRANSLATE_NOOP("AuditTrail", "Entity")},
        {"licenceKind", QT_TRANSLATE_NOOP("AuditTrail", "Kind of licence")},
        {"number", QT_TRANSLATE_NOOP("AuditTrail", "Number")},
        {"scope", QT_TRANSLATE_NOOP("AuditTrail", "Scope")},
        {"issuedOn", QT_TRANSLATE_NOOP("AuditTrail", "Issued on")},
        {"expiresOn", QT_TRANSLATE_NOOP("AuditTrail", "Expires on")},
        {"status", QT_TRANSLATE_NOOP("AuditTrail", "Status")},
        {"statusOn", QT_TRANSLATE_NOOP("AuditTrail", "Status since")},
        {"statusReason", QT_TRANSLATE_NOOP("AuditTrail", "Reason for the status")},
        {"category", QT_TRANSLATE_NOOP("AuditTrail", "Category")},
        {"registrationNumber", QT_TRANSLATE_NOOP("AuditTrail", "Registration number")},
        {"description", QT_TRANSLATE_NOOP("AuditTrail", "Description")},
        {"location", QT_TRANSLATE_NOOP("AuditTrail", "Location")},
        {"nextInspectionOn", QT_TRANSLATE_NOOP("AuditTrail", "Next inspection due")},
        {"bureauName", QT_TRANSLATE_NOOP("AuditTrail", "Bureau name")},
        {"abbreviation", QT_TRANSLATE_NOOP("AuditTrail", "Case-number abbreviation")},
        {"site", QT_TRANSLATE_NOOP("AuditTrail", "Workstation code")},
        {"idleLockMinutes", QT_TRANSLATE_NOOP("AuditTrail", "Idle lock (minutes)")},
        {"label", QT_TRANSLATE_NOOP("AuditTrail", "Edition label")},
        {"department", QT_TRANSLATE_NOOP("AuditTrail", "Department")},
        {"region", QT_TRANSLATE_NOOP("AuditTrail", "Region")},
        {"published", QT_TRANSLATE_NOOP("AuditTrail", "Published")},
        {"sourceName", QT_TRANSLATE_NOOP("AuditTrail", "Source file")},
        {"contentHash", QT_TRANSLATE_NOOP("AuditTrail", "Content hash")},
        {"duties", QT_TRANSLATE_NOOP("AuditTrail", "Main duties")},
        {"items", QT_TRANSLATE_NOOP("AuditTrail", "Items")},
        {"references", QT_TRANSLATE_NOOP("AuditTrail", "Legal references")},
        {"boundaries", QT_TRANSLATE_NOOP("AuditTrail", "Boundary matters")},
        {"supervisionSystems", QT_TRANSLATE_NOOP("AuditTrail", "Supervision systems")},
        {"publicServices", QT_TRANSLATE_NOOP("AuditTrail", "Public services")},
        // Case attachments and blocks of case numbers.
        {"fileName", QT_TRANSLATE_NOOP("AuditTrail", "File name")},
        {"mimeType", QT_TRANSLATE_NOOP("AuditTrail", "Type of file")},
        {"size", QT_TRANSLATE_NOOP("AuditTrail", "Size (bytes)")},
        {"sha256", QT_TRANSLATE_NOOP("AuditTrail", "SHA-256")},
        {"note", QT_TRANSLATE_NOOP("AuditTrail", "Note")},
        {"year", QT_TRANSLATE_NOOP("AuditTrail", "Year (0: every year)")},
        {"first", QT_TRANSLATE_NOOP("AuditTrail", "First number")},
        {"last", QT_TRANSLATE_NOOP("AuditTrail", "Last number")},
        // Enforcement cases (EnforcementCase::toAuditJson).
        {"leadNumber", QT_TRANSLATE_NOOP("AuditTrail", "Lead number")},
        {"stage", QT_TRANSLATE_NOOP("AuditTrail", "Stage")},
        {"source", QT_TRANSLATE_NOOP("AuditTrail", "Source")},
        {"sourceDetail", QT_TRANSLATE_NOOP("AuditTrail", "Source details")},
        {"receivedOn", QT_TRANSLATE_NOOP("AuditTrail", "Received on")},
        {"title", QT_TRANSLATE_NOOP("AuditTrail", "Case title")},
        {"partyKind", QT_TRANSLATE_NOOP("AuditTrail", "Kind of party")},
        {"partyEntityId", QT_TRANSLATE_NOOP("AuditTrail", "Party (entity)")},
        {"partyName", QT_TRANSLATE_NOOP("AuditTrail", "Party")},
        {"partyCode", QT_TRANSLATE_NOOP("AuditTrail", "Party's code or ID number")},
        {"partyAddress", QT_TRANSLATE_NOOP("AuditTrail", "Party's address")},
        {"partyRepresentative", QT_TRANSLATE_NOOP("AuditTrail", "Party's legal representative")},
        {"partyPhone", QT_TRANSLATE_NOOP("AuditTrail", "Party's phone")},
        {"facts", QT_TRANSLATE_NOOP("AuditTrail", "Facts")},
        {"handlers", QT_TRANSLATE_NOOP("AuditTrail", "Handlers")},
        {"provisions", QT_TRANSLATE_NOOP("AuditTrail", "Provisions")},
        {"penalties", QT_TRANSLATE_NOOP("AuditTrail", "Penalties")},
        {"findings", QT_TRANSLATE_NOOP("AuditTrail", "Findings")},
        {"filedOn", QT_TRANSLATE_NOOP("AuditTrail", "Filed on")},
        {"notifiedOn", QT_TRANSLATE_NOOP("AuditTrail", "Party notified on")},
        {"hearingNoticeGiven", QT_TRANSLATE_NOOP("AuditTrail", "Told of the right to a hearing")},
        {"partyWaived", QT_TRANSLATE_NOOP("AuditTrail", "Party waived statement or hearing")},
        {"decidedOn", QT_TRANSLATE_NOOP("AuditTrail", "Decided on")},
        {"servedOn", QT_TRANSLATE_NOOP("AuditTrail", "Served on")},
        {"serviceMethod", QT_TRANSLATE_NOOP("AuditTrail", "Method of service")},
        {"executedOn", QT_TRANSLATE_NOOP("AuditTrail", "Executed on")},
        {"paid", QT_TRANSLATE_NOOP("AuditTrail", "Paid (yuan)")},
        {"receiptNumber", QT_TRANSLATE_NOOP("AuditTrail", "Receipt number")},
        {"closedOn", QT_TRANSLATE_NOOP("AuditTrail", "Closed on")},
        {"archivedOn", QT_TRANSLATE_NOOP("AuditTrail", "Archived on")},
        {"archiveNumber", QT_TRANSLATE_NOOP("AuditTrail", "Archive number")},
        {"transferredTo", QT_TRANSLATE_NOOP("AuditTrail", "Transferred to")},
        {"endedOn", QT_TRANSLATE_NOOP("AuditTrail", "Ended on")},
        {"clockStops", QT_TRANSLATE_NOOP("AuditTrail", "Clock stops")},
        {"seizures", QT_TRANSLATE_NOOP("AuditTrail", "Sealing and seizure")},
        {"extension", QT_TRANSLATE_NOOP("AuditTrail", "Extension")},
    };
    for (const auto &l : labels)
        if (field == QLatin1String(l.key))
            return Text::tr(l.label);
    return field;
}

QList<FieldChange> AuditDiff::changes(const AuditEntry &entry)
{
    const QJsonObject before = parse(entry.before);
    const QJsonObject after = parse(entry.after);
    QStringList keys = before.keys() + after.keys();
    keys.sort();
    keys.removeDuplicates();
    QList<FieldChange> result;
    for (const QString &key : keys) {
        QString b = display(before.value(key)), a = display(after.value(key));
        if (key == QLatin1String("roles")) {
            // Stored as codes; people read role names.
            b = RoleSet::parse(b).ok() ? RoleSet::parse(b)->names() : b;
            a = RoleSet::parse(a).ok() ? RoleSet::parse(a)->names() : a;
        }
        // A new record's empty fields are not changes.
        if (b == a)
            continue;
        result << FieldChange{key, fieldLabel(key), b, a};
    }
    return result;
}

} // namespace casedesk
