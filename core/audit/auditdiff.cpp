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
        // Inspection records (InspectionRows::auditJson).
        {"recordNumber", QT_TRANSLATE_NOOP("AuditTrail", "Record number")},
        {"version", QT_TRANSLATE_NOOP("AuditTrail", "Version")},
        {"equipmentId", QT_TRANSLATE_NOOP("AuditTrail", "Equipment")},
        {"inspectedOn", QT_TRANSLATE_NOOP("AuditTrail", "Inspected on")},
        {"place", QT_TRANSLATE_NOOP("AuditTrail", "Place")},
        {"inspectionKind", QT_TRANSLATE_NOOP("AuditTrail", "Kind of inspection")},
        {"campaign", QT_TRANSLATE_NOOP("AuditTrail", "Campaign or key period")},
        {"planEntryId", QT_TRANSLATE_NOOP("AuditTrail", "Plan entry")},
        {"drawId", QT_TRANSLATE_NOOP("AuditTrail", "Random draw")},
        {"followUpOf", QT_TRANSLATE_NOOP("AuditTrail", "Follow-up of")},
        {"systemId", QT_TRANSLATE_NOOP("AuditTrail", "Supervision system")},
        {"inspectors", QT_TRANSLATE_NOOP("AuditTrail", "Inspectors")},
        {"checklist", QT_TRANSLATE_NOOP("AuditTrail", "Checklist")},
        {"outcomes", QT_TRANSLATE_NOOP("AuditTrail", "Outcomes")},
        {"correctBy", QT_TRANSLATE_NOOP("AuditTrail", "Correct by")},
        {"directiveNumber", QT_TRANSLATE_NOOP("AuditTrail", "Directive number")},
        {"directiveDemands", QT_TRANSLATE_NOOP("AuditTrail", "Directive's demands")},
        {"directiveOralFirst", QT_TRANSLATE_NOOP("AuditTrail", "Directive given orally first")},
        {"directiveOralOn", QT_TRANSLATE_NOOP("AuditTrail", "Oral directive given on")},
        {"sealSeizeNote", QT_TRANSLATE_NOOP("AuditTrail", "Sealed or seized")},
        {"reportedTo", QT_TRANSLATE_NOOP("AuditTrail", "Reported to")},
        {"caseId", QT_TRANSLATE_NOOP("AuditTrail", "Lead opened")},
        {"unitSignatory", QT_TRANSLATE_NOOP("AuditTrail", "Signed for the unit by")},
        {"unitRefusedToSign", QT_TRANSLATE_NOOP("AuditTrail", "Unit refused to sign")},
        {"refusalNote", QT_TRANSLATE_NOOP("AuditTrail", "Note on the refusal to sign")},
        {"correctionReason", QT_TRANSLATE_NOOP("AuditTrail", "Reason for the correction")},
        // Sampling batches (SamplingRows::auditJson).
        {"batchNumber", QT_TRANSLATE_NOOP("AuditTrail", "Batch number")},
        {"samplingKind", QT_TRANSLATE_NOOP("AuditTrail", "Kind of sampling")},
        {"parentNumber", QT_TRANSLATE_NOOP("AuditTrail", "Batch followed")},
        {"planName", QT_TRANSLATE_NOOP("AuditTrail", "Sampling plan")},
        {"unitName", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise")},
        {"unitCode", QT_TRANSLATE_NOOP("AuditTrail", "Enterprise's code")},
        {"product", QT_TRANSLATE_NOOP("AuditTrail", "Product")},
        {"specification", QT_TRANSLATE_NOOP("AuditTrail", "Specification")},
        {"productionBatch", QT_TRANSLATE_NOOP("AuditTrail", "Production date or batch")},
        {"trademark", QT_TRANSLATE_NOOP("AuditTrail", "Trademark")},
        {"sampleQuantity", QT_TRANSLATE_NOOP("AuditTrail", "Sample quantity")},
        {"sampledFrom", QT_TRANSLATE_NOOP("AuditTrail", "Sampled from")},
        {"sampledOn", QT_TRANSLATE_NOOP("AuditTrail", "Sampled on")},
        {"samplers", QT_TRANSLATE_NOOP("AuditTrail", "Samplers")},
        {"lab", QT_TRANSLATE_NOOP("AuditTrail", "Testing lab")},
        {"standard", QT_TRANSLATE_NOOP("AuditTrail", "Standard applied")},
        {"samplingResult", QT_TRANSLATE_NOOP("AuditTrail", "Result")},
        {"reportNumber", QT_TRANSLATE_NOOP("AuditTrail", "Report number")},
        {"reportOn", QT_TRANSLATE_NOOP("AuditTrail", "Report dated")},
        {"deliveredOn", QT_TRANSLATE_NOOP("AuditTrail", "Report delivered on")},
        {"failedItems", QT_TRANSLATE_NOOP("AuditTrail", "Failed items")},
        {"objectionOn", QT_TRANSLATE_NOOP("AuditTrail", "Objection made on")},
        {"rectifiedOn", QT_TRANSLATE_NOOP("AuditTrail", "Rectified on")},
        {"recheckRequestedOn", QT_TRANSLATE_NOOP("AuditTrail", "Re-check requested on")},
        {"caseNumber", QT_TRANSLATE_NOOP("AuditTrail", "Case opened")},
        // The inspection plan, random draws and recusals.
        {"planYear", QT_TRANSLATE_NOOP("AuditTrail", "Plan year")},
        {"planKind", QT_TRANSLATE_NOOP("AuditTrail", "Kind of check")},
        {"planTitle", QT_TRANSLATE_NOOP("AuditTrail", "Campaign or key period")},
        {"domain", QT_TRANSLATE_NOOP("AuditTrail", "Supervision domain")},
        {"fromOn", QT_TRANSLATE_NOOP("AuditTrail", "From")},
        {"toOn", QT_TRANSLATE_NOOP("AuditTrail", "To")},
        {"targets", QT_TRANSLATE_NOOP("AuditTrail", "Target units")},
        {"drawNumber", QT_TRANSLATE_NOOP("AuditTrail", "Draw number")},
        {"drawnOn", QT_TRANSLATE_NOOP("AuditTrail", "Drawn on")},
        {"poolFilter", QT_TRANSLATE_NOOP("AuditTrail", "Pool")},
        {"purpose", QT_TRANSLATE_NOOP("AuditTrail", "Purpose")},
        {"seed", QT_TRANSLATE_NOOP("AuditTrail", "Seed")},
        {"drawCount", QT_TRANSLATE_NOOP("AuditTrail", "Units drawn")},
        {"perUnit", QT_TRANSLATE_NOOP("AuditTrail", "Inspectors per unit")},
        {"entityPoolSize", QT_TRANSLATE_NOOP("AuditTrail", "Units in the pool")},
        {"inspectorPoolSize", QT_TRANSLATE_NOOP("AuditTrail", "Inspectors in the pool")},
        {"entityPoolHash", QT_TRANSLATE_NOOP("AuditTrail", "Hash of the unit pool")},
        {"inspectorPoolHash", QT_TRANSLATE_NOOP("AuditTrail", "Hash of the inspector pool")},
        {"resultHash", QT_TRANSLATE_NOOP("AuditTrail", "Hash of the draw")},
        {"picks", QT_TRANSLATE_NOOP("AuditTrail", "Units and inspectors drawn")},
        {"reason", QT_TRANSLATE_NOOP("AuditTrail", "Reason")},
        {"declaredOn", QT_TRANSLATE_NOOP("AuditTrail", "Declared on")},
        // Backup and restore.
        {"backupFile", QT_TRANSLATE_NOOP("AuditTrail", "Backup file")},
        {"backupBytes", QT_TRANSLATE_NOOP("AuditTrail", "Size in bytes")},
        {"backupPages", QT_TRANSLATE_NOOP("AuditTrail", "Database pages")},
        {"restoredFrom", QT_TRANSLATE_NOOP("AuditTrail", "Restored from")},
        {"backupSchemaVersion", QT_TRANSLATE_NOOP("AuditTrail", "Schema version of the backup")},
        {"replacedContentBackup", QT_TRANSLATE_NOOP("AuditTrail", "Automatic backup of the replaced data")},
        // Exchanges between workstations.
        {"file", QT_TRANSLATE_NOOP("AuditTrail", "File")},
        {"from", QT_TRANSLATE_NOOP("AuditTrail", "From workstation")},
        {"to", QT_TRANSLATE_NOOP("AuditTrail", "For workstation")},
        {"full", QT_TRANSLATE_NOOP("AuditTrail", "Everything")},
        {"records", QT_TRANSLATE_NOOP("AuditTrail", "Records")},
        {"received", QT_TRANSLATE_NOOP("AuditTrail", "Records received")},
        {"added", QT_TRANSLATE_NOOP("AuditTrail", "Added")},
        {"updated", QT_TRANSLATE_NOOP("AuditTrail", "Updated")},
        {"unchanged", QT_TRANSLATE_NOOP("AuditTrail", "Unchanged")},
        {"merged", QT_TRANSLATE_NOOP("AuditTrail", "Merged")},
        {"conflicts", QT_TRANSLATE_NOOP("AuditTrail", "Conflicts")},
        {"duplicates", QT_TRANSLATE_NOOP("AuditTrail", "Duplicates")},
        {"auditEntries", QT_TRANSLATE_NOOP("AuditTrail", "Audit entries")},
        {"attachments", QT_TRANSLATE_NOOP("AuditTrail", "Attachments")},
        {"bytes", QT_TRANSLATE_NOOP("AuditTrail", "Size in bytes")},
        {"joined", QT_TRANSLATE_NOOP("AuditTrail", "Joined the bureau")},
        {"fingerprint", QT_TRANSLATE_NOOP("AuditTrail", "Key fingerprint")},
        {"mergedInto", QT_TRANSLATE_NOOP("AuditTrail", "Merged into")},
        {"differentFrom", QT_TRANSLATE_NOOP("AuditTrail", "Different from")},
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
