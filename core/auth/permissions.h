#pragma once
// Permissions: the one table that decides, for every action a person can
// take in CaseDesk, which roles may take it. The core asks it before every
// write (and every read of personal data or the audit trail), whoever calls:
// the GUI, the CLI or a test. The GUI asks the same table to hide or disable
// what the signed-in person may not do. Later issues add actions here.

#include "auth/role.h"
#include "result.h"

#include <QString>
#include <vector>

namespace casedesk {

class Session;

enum class Action {
    ViewStaff,                // list colleagues and their certificates
    ManageStaff,              // add, edit, deactivate, reactivate accounts, reset passwords
    ChangeOwnPassword,        // every signed-in person
    EditBureauSettings,       // bureau name, abbreviation, idle lock
    ImportResponsibilityList, // store a new edition of the list
    RemoveResponsibilityList, // withdraw an edition (kept as tombstones)
    ViewRecordHistory,        // the audit entries of one record
    ViewAuditTrail,           // the whole trail
    VerifyAuditTrail,         // prove the trail untouched
    ViewRegister,             // entities, licences, special equipment and what falls due
    EditRegister,             // add and edit entities, licences and equipment
    RemoveRegisterRecord,     // remove (and restore) an entity, licence or unit of equipment
    ImportRegister,           // load the register from a spreadsheet
    ChangeLicenceStatus,      // withdraw, revoke, cancel or deregister a licence
    ViewCases,                // leads and cases, their timeline, documents and attachments
    EditCase,                 // register leads, edit details, record investigation, service, execution, archiving
    ReviewCase,               // review a case and notify the party; stop and restart the clock
    ApproveCase,              // file or not, extend, decide, close, withdraw or transfer a case
    ViewInspections,          // inspections, the plan, draws and sampling, and their printed papers
    EditInspection,           // record, finish and correct inspections and sampling batches; one's own recusals
    PlanInspections,          // the year's campaigns, random draws, anyone's recusals
    ViewSummary,              // the quarterly statistics and duties performed, their exports and drill-downs
    ExchangeData,             // export and import the files workstations exchange
    ResolveConflicts,         // resolve exchange conflicts and merge duplicates
    ManageSyncKey,            // change the bureau's sync key on this workstation
    BackupDatabase,           // copy the database to a backup file
    RestoreDatabase,          // replace the database with a backup
    CheckDatabase,            // integrity, foreign keys and the audit trail
};

struct Permission {
    Action action;
    const char *code; // stable, used on the command line and in messages' logs
    RoleSet roles;    // who may
};

namespace Permissions {

// Every action with the roles allowed to take it, in a fixed order.
const std::vector<Permission> &table();
const Permission &of(Action action);

// "users.manage" etc.
QString code(Action action);
// What the action is, for a sentence: "manage staff accounts".
QString describe(Action action);

bool allowed(RoleSet roles, Action action);
// Whether the session may act now: its roles allow the action, and a
// password reset by an administrator has been replaced first.
bool allowed(const Session &session, Action action);
// The same as a Status whose refusal names the person, the action and the
// roles that may take it.
Status require(const Session &session, Action action);

} // namespace Permissions

} // namespace casedesk
