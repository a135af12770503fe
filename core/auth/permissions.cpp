#include "auth/permissions.h"

#include "auth/session.h"

#include <QCoreApplication>
#include <QStringList>

namespace casedesk::Permissions {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
};

using R = Role;
} // namespace

const std::vector<Permission> &table()
{
    // DOMAIN.md §5: administrators keep users, the list and the settings;
    // the heads of sections and of the bureau review the trail; everybody
    // sees colleagues (to name handlers) and a record's history.
    static const std::vector<Permission> rules = {
        {Action::ViewStaff, "users.view", {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::ManageStaff, "users.manage", {R::Administrator}},
        {Action::ChangeOwnPassword,
         "users.own-password",
         {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::EditBureauSettings, "settings.edit", {R::Administrator}},
        {Action::ImportResponsibilityList, "duties.import", {R::Administrator}},
        {Action::RemoveResponsibilityList, "duties.remove", {R::Administrator}},
        {Action::ViewRecordHistory,
         "audit.record",
         {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::ViewAuditTrail, "audit.list", {R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::VerifyAuditTrail, "audit.verify", {R::BureauHead, R::Administrator}},
        // The register is kept by the clerks and the sections; a licence's
        // status is a decision, taken by a section chief or the bureau head.
        {Action::ViewRegister,
         "register.view",
         {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::EditRegister, "register.edit", {R::Clerk, R::Inspector, R::SectionChief, R::Administrator}},
        {Action::RemoveRegisterRecord, "register.remove", {R::Clerk, R::SectionChief, R::Administrator}},
        {Action::ImportRegister, "register.import", {R::Clerk, R::SectionChief, R::Administrator}},
        {Action::ChangeLicenceStatus, "licences.status", {R::SectionChief, R::BureauHead}},
        // Cases (DOMAIN.md §4, §5): the staff handling a case record its
        // work, section chiefs review it, the bureau head approves what has
        // legal effect; administrators only read.
        {Action::ViewCases, "cases.view", {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::EditCase, "cases.edit", {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead}},
        {Action::ReviewCase, "cases.review", {R::SectionChief, R::BureauHead}},
        {Action::ApproveCase, "cases.approve", {R::BureauHead}},
        // Inspections and sampling (DOMAIN.md §3, §5): the staff who inspect
        // and the clerks record them; section chiefs and the head plan the
        // year and make the random draws; administrators only read.
        {Action::ViewInspections, "inspections.view",
         {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::EditInspection, "inspections.edit", {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead}},
        {Action::PlanInspections, "inspections.plan", {R::SectionChief, R::BureauHead}},
        // The quarterly summary (DOMAIN.md §6): everyone hands it in or reads it.
        {Action::ViewSummary, "summary.view",
         {R::Clerk, R::Inspector, R::SectionChief, R::BureauHead, R::Administrator}},
        // Exchanging files and the database's care belong to the
        // administrator (DOMAIN.md §5); the people who review the work decide
        // between two versions of it.
        {Action::ExchangeData, "sync.exchange", {R::Administrator}},
        {Action::ResolveConflicts, "sync.resolve", {R::SectionChief, R::BureauHead, R::Administrator}},
        {Action::ManageSyncKey, "sync.key", {R::Administrator}},
        {Action::BackupDatabase, "database.backup", {R::BureauHead, R::Administrator}},
        {Action::RestoreDatabase, "database.restore", {R::Administrator}},
        {Action::CheckDatabase, "database.check", {R::BureauHead, R::Administrator}},
    };
    return rules;
}

const Permission &of(Action action)
{
    for (const Permission &p : table())
        if (p.action == action)
            return p;
    // Every enumerator has a row; a test walks them all.
    Q_UNREACHABLE();
}

QString code(Action action)
{
    return QString::fromLatin1(of(action).code);
}

QString describe(Action action)
{
    switch (action) {
    case Action::ViewStaff:
        return Text::tr("view the staff list");
    case Action::ManageStaff:
        return Text::tr("manage staff accounts");
    case Action::ChangeOwnPassword:
        return Text::tr("change their own password");
    case Action::EditBureauSettings:
        return Text::tr("change the bureau settings");
    case Action::ImportResponsibilityList:
        return Text::tr("import a responsibility list");
    case Action::RemoveResponsibilityList:
        return Text::tr("remove an edition of the responsibility list");
    case Action::ViewRecordHistory:
        return Text::tr("view a record's history");
    case Action::ViewAuditTrail:
        return Text::tr("view the audit trail");
    case Action::VerifyAuditTrail:
        return Text::tr("verify the audit trail");
    case Action::ViewRegister:
        return Text::tr("view the register of entities");
    case Action::EditRegister:
        return Text::tr("edit the register of entities");
    case Action::RemoveRegisterRecord:
        return Text::tr("remove records from the register");
    case Action::ImportRegister:
        return Text::tr("import the register from a file");
    case Action::ChangeLicenceStatus:
        return Text::tr("change a licence's status");
    case Action::ViewCases:
        return Text::tr("view enforcement cases");
    case Action::EditCase:
        return Text::tr("edit enforcement cases");
    case Action::ReviewCase:
        return Text::tr("review enforcement cases");
    case Action::ApproveCase:
        return Text::tr("approve steps of enforcement cases");
    case Action::ViewInspections:
        return Text::tr("view inspections and sampling");
    case Action::EditInspection:
        return Text::tr("record inspections and sampling");
    case Action::PlanInspections:
        return Text::tr("plan inspections and make random draws");
    case Action::ViewSummary:
        return Text::tr("view and export the quarterly summary");
    case Action::ExchangeData:
        return Text::tr("export and import exchange files");
    case Action::ResolveConflicts:
        return Text::tr("resolve exchange conflicts and merge duplicates");
    case Action::ManageSyncKey:
        return Text::tr("change the bureau's sync key");
    case Action::BackupDatabase:
        return Text::tr("back up the database");
    case Action::RestoreDatabase:
        return Text::tr("restore the database from a backup");
    case Action::CheckDatabase:
        return Text::tr("check the database");
    }
    return {};
}

bool allowed(RoleSet roles, Action action)
{
    return roles.intersects(of(action).roles);
}

bool allowed(const Session &session, Action action)
{
    if (session.mustChangePassword() && action != Action::ChangeOwnPassword)
        return false;
    return allowed(session.roles(), action);
}

Status require(const Session &session, Action action)
{
    if (session.mustChangePassword() && action != Action::ChangeOwnPassword)
        return refusal(Text::tr("%1 must choose a new password first: the current one was set by an administrator.")
                           .arg(session.displayName()));
    if (!allowed(session.roles(), action))
        return refusal(Text::tr("%1 may not %2: this needs one of the roles %3.")
                           .arg(session.displayName(), describe(action), of(action).roles.names()));
    return success();
}

} // namespace casedesk::Permissions
