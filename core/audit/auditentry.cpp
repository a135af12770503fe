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
    };
    for (const auto &n : names)
        if (action == QLatin1String(n.code))
            return Text::tr(n.name);
    return action;
}

} // namespace casedesk
