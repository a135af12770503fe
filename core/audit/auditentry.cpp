#include "audit/auditentry.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)
};
} // namespace

QString auditActionName(const QString &action)
{
    static const struct {
        const char *code;
        const char *name;
    } names[] = {
        {"bureau.setup", QT_TRANSLATE_NOOP("AuditTrail", "Set up the bureau")},
        {"settings.edit", QT_TRANSLATE_NOOP("AuditTrail", "Changed the bureau settings")},
        {"users.add", QT_TRANSLATE_NOOP("AuditTrail", "Added a staff account")},
        {"users.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited a staff record")},
        {"users.deactivate", QT_TRANSLATE_NOOP("AuditTrail", "Deactivated an account")},
        {"users.activate", QT_TRANSLATE_NOOP("AuditTrail", "Reactivated an account")},
        {"users.reset-password", QT_TRANSLATE_NOOP("AuditTrail", "Reset a password")},
        {"users.change-password", QT_TRANSLATE_NOOP("AuditTrail", "Changed their own password")},
        {"duties.import", QT_TRANSLATE_NOOP("AuditTrail", "Imported a responsibility list")},
        {"duties.remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed a responsibility list")},
        {"entities.add", QT_TRANSLATE_NOOP("AuditTrail", "Added an entity")},
        {"entities.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited an entity")},
        {"entities.remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed an entity")},
        {"entities.restore", QT_TRANSLATE_NOOP("AuditTrail", "Restored an entity")},
        {"licences.add", QT_TRANSLATE_NOOP("AuditTrail", "Added a licence")},
        {"licences.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited a licence")},
        {"licences.status", QT_TRANSLATE_NOOP("AuditTrail", "Changed a licence's status")},
        {"licences.remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed a licence")},
        {"licences.restore", QT_TRANSLATE_NOOP("AuditTrail", "Restored a licence")},
        {"licences.remove-with-entity", QT_TRANSLATE_NOOP("AuditTrail", "Removed a licence with its holder")},
        {"licences.restore-with-entity", QT_TRANSLATE_NOOP("AuditTrail", "Restored a licence with its holder")},
        {"equipment.add", QT_TRANSLATE_NOOP("AuditTrail", "Added special equipment")},
        {"equipment.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited special equipment")},
        {"equipment.remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed special equipment")},
        {"equipment.restore", QT_TRANSLATE_NOOP("AuditTrail", "Restored special equipment")},
        {"equipment.remove-with-entity", QT_TRANSLATE_NOOP("AuditTrail", "Removed special equipment with its user")},
        {"equipment.restore-with-entity", QT_TRANSLATE_NOOP("AuditTrail", "Restored special equipment with its user")},
        {"case.lead", QT_TRANSLATE_NOOP("AuditTrail", "Registered a lead")},
        {"case.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited a case")},
        {"case.advance", QT_TRANSLATE_NOOP("AuditTrail", "Moved a case to its next stage")},
        {"case.extend", QT_TRANSLATE_NOOP("AuditTrail", "Extended a case's deadline")},
        {"case.suspend", QT_TRANSLATE_NOOP("AuditTrail", "Stopped a case's clock")},
        {"case.resume", QT_TRANSLATE_NOOP("AuditTrail", "Restarted a case's clock")},
        {"case.seize", QT_TRANSLATE_NOOP("AuditTrail", "Recorded a sealing or seizure")},
        {"case.seizure-extend", QT_TRANSLATE_NOOP("AuditTrail", "Extended a sealing or seizure")},
        {"case.seizure-release", QT_TRANSLATE_NOOP("AuditTrail", "Released sealed or seized goods")},
        {"case.attach", QT_TRANSLATE_NOOP("AuditTrail", "Attached a file to a case")},
        {"case.attachment-remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed an attachment of a case")},
        {"case-numbers.assign", QT_TRANSLATE_NOOP("AuditTrail", "Assigned a block of case numbers")},
        {"inspection.create", QT_TRANSLATE_NOOP("AuditTrail", "Recorded an inspection")},
        {"inspection.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited an inspection record")},
        {"inspection.finish", QT_TRANSLATE_NOOP("AuditTrail", "Finished an inspection record")},
        {"inspection.correct", QT_TRANSLATE_NOOP("AuditTrail", "Corrected an inspection record (new version)")},
        {"inspection.discard", QT_TRANSLATE_NOOP("AuditTrail", "Discarded a draft inspection record")},
        {"sampling.create", QT_TRANSLATE_NOOP("AuditTrail", "Recorded a sampling batch")},
        {"sampling.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited a sampling batch")},
        {"sampling.open-case", QT_TRANSLATE_NOOP("AuditTrail", "Opened a case from a failed sampling batch")},
        {"sampling.discard", QT_TRANSLATE_NOOP("AuditTrail", "Discarded a sampling batch")},
        {"plan.add", QT_TRANSLATE_NOOP("AuditTrail", "Planned a campaign or key-period check")},
        {"plan.edit", QT_TRANSLATE_NOOP("AuditTrail", "Edited a campaign or key-period check")},
        {"plan.remove", QT_TRANSLATE_NOOP("AuditTrail", "Removed a campaign or key-period check")},
        {"draw.make", QT_TRANSLATE_NOOP("AuditTrail", "Made a random draw")},
        {"recusal.declare", QT_TRANSLATE_NOOP("AuditTrail", "Declared a conflict of interest")},
        {"recusal.withdraw", QT_TRANSLATE_NOOP("AuditTrail", "Withdrew a conflict of interest")},
        {"database.backup", QT_TRANSLATE_NOOP("AuditTrail", "Backed up the database")},
        {"database.restore", QT_TRANSLATE_NOOP("AuditTrail", "Restored the database from a backup")},
        {"sync.export", QT_TRANSLATE_NOOP("AuditTrail", "Exported an exchange file")},
        {"sync.import", QT_TRANSLATE_NOOP("AuditTrail", "Imported an exchange file")},
        {"sync.resolve", QT_TRANSLATE_NOOP("AuditTrail", "Resolved an exchange conflict")},
        {"sync.merge", QT_TRANSLATE_NOOP("AuditTrail", "Merged a duplicate record")},
        {"sync.dismiss-duplicate", QT_TRANSLATE_NOOP("AuditTrail", "Kept two records that looked like duplicates")},
        {"sync.key", QT_TRANSLATE_NOOP("AuditTrail", "Changed the sync key")},
    };
    for (const auto &n : names)
        if (action == QLatin1String(n.code))
            return Text::tr(n.name);
    return action;
}

} // namespace casedesk
