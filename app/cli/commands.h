#pragma once
// The handlers of casedesk-cli's commands, one function each; clicommands.cpp
// maps command words to them. Each returns the exit status.

#include "commandline.h"

namespace casedesk::cli {

int commandInit(const CommandLine &cl, Printer &out);
int commandSettingsShow(const CommandLine &cl, Printer &out);
int commandSettingsSet(const CommandLine &cl, Printer &out);

int commandDutiesImport(const CommandLine &cl, Printer &out);
int commandDutiesList(const CommandLine &cl, Printer &out);
int commandDutiesExport(const CommandLine &cl, Printer &out);
int commandDutiesRemove(const CommandLine &cl, Printer &out);

int commandUsersList(const CommandLine &cl, Printer &out);
int commandUsersAdd(const CommandLine &cl, Printer &out);
int commandUsersEdit(const CommandLine &cl, Printer &out);
int commandUsersDeactivate(const CommandLine &cl, Printer &out);
int commandUsersActivate(const CommandLine &cl, Printer &out);
int commandUsersPasswd(const CommandLine &cl, Printer &out);

int commandEntitiesList(const CommandLine &cl, Printer &out);
int commandEntitiesShow(const CommandLine &cl, Printer &out);
int commandEntitiesAdd(const CommandLine &cl, Printer &out);
int commandEntitiesRemove(const CommandLine &cl, Printer &out);
int commandEquipmentList(const CommandLine &cl, Printer &out);
int commandLicencesList(const CommandLine &cl, Printer &out);
int commandLicencesStatus(const CommandLine &cl, Printer &out);
int commandEntitiesImport(const CommandLine &cl, Printer &out);
int commandEntitiesExport(const CommandLine &cl, Printer &out);
int commandLicencesImport(const CommandLine &cl, Printer &out);
int commandLicencesExport(const CommandLine &cl, Printer &out);
int commandEquipmentImport(const CommandLine &cl, Printer &out);
int commandEquipmentExport(const CommandLine &cl, Printer &out);

int commandCasesAdd(const CommandLine &cl, Printer &out);
int commandCasesEdit(const CommandLine &cl, Printer &out);
int commandCasesPenalty(const CommandLine &cl, Printer &out);
int commandCasesList(const CommandLine &cl, Printer &out);
int commandCasesShow(const CommandLine &cl, Printer &out);
int commandCasesItems(const CommandLine &cl, Printer &out);
int commandCasesAdvance(const CommandLine &cl, Printer &out);
int commandCasesExtend(const CommandLine &cl, Printer &out);
int commandCasesSuspend(const CommandLine &cl, Printer &out);
int commandCasesResume(const CommandLine &cl, Printer &out);
int commandCasesSeize(const CommandLine &cl, Printer &out);
int commandCasesSeizureExtend(const CommandLine &cl, Printer &out);
int commandCasesSeizureRelease(const CommandLine &cl, Printer &out);
int commandCasesPrint(const CommandLine &cl, Printer &out);
int commandCasesAttach(const CommandLine &cl, Printer &out);
int commandCasesAttachment(const CommandLine &cl, Printer &out);
int commandCasesNumbering(const CommandLine &cl, Printer &out);

int commandInspectionsPlan(const CommandLine &cl, Printer &out);
int commandCampaignAdd(const CommandLine &cl, Printer &out);
int commandCampaignList(const CommandLine &cl, Printer &out);
int commandCampaignRemove(const CommandLine &cl, Printer &out);
int commandInspectionsDraw(const CommandLine &cl, Printer &out);
int commandDrawShow(const CommandLine &cl, Printer &out);
int commandDrawVerify(const CommandLine &cl, Printer &out);
int commandDrawPrint(const CommandLine &cl, Printer &out);
int commandRecusalAdd(const CommandLine &cl, Printer &out);
int commandRecusalList(const CommandLine &cl, Printer &out);
int commandRecusalRemove(const CommandLine &cl, Printer &out);
int commandInspectionsAdd(const CommandLine &cl, Printer &out);
int commandInspectionsEdit(const CommandLine &cl, Printer &out);
int commandInspectionsFinish(const CommandLine &cl, Printer &out);
int commandInspectionsCorrect(const CommandLine &cl, Printer &out);
int commandInspectionsDiscard(const CommandLine &cl, Printer &out);
int commandInspectionsShow(const CommandLine &cl, Printer &out);
int commandInspectionsChecklist(const CommandLine &cl, Printer &out);
int commandInspectionsList(const CommandLine &cl, Printer &out);
int commandInspectionsFollowUps(const CommandLine &cl, Printer &out);
int commandInspectionsPrint(const CommandLine &cl, Printer &out);

int commandSamplingAdd(const CommandLine &cl, Printer &out);
int commandSamplingEdit(const CommandLine &cl, Printer &out);
int commandSamplingResult(const CommandLine &cl, Printer &out);
int commandSamplingDeliver(const CommandLine &cl, Printer &out);
int commandSamplingObject(const CommandLine &cl, Printer &out);
int commandSamplingRectified(const CommandLine &cl, Printer &out);
int commandSamplingRecheckRequest(const CommandLine &cl, Printer &out);
int commandSamplingOpenCase(const CommandLine &cl, Printer &out);
int commandSamplingDiscard(const CommandLine &cl, Printer &out);
int commandSamplingShow(const CommandLine &cl, Printer &out);
int commandSamplingList(const CommandLine &cl, Printer &out);
int commandSamplingDeadlines(const CommandLine &cl, Printer &out);
int commandSamplingPrint(const CommandLine &cl, Printer &out);

int commandAuditList(const CommandLine &cl, Printer &out);
int commandAuditVerify(const CommandLine &cl, Printer &out);

int commandSummary(const CommandLine &cl, Printer &out);
// synccommands.cpp
int commandSyncExport(const CommandLine &cl, Printer &out);
int commandSyncImport(const CommandLine &cl, Printer &out);
int commandSyncStatus(const CommandLine &cl, Printer &out);
int commandSyncConflicts(const CommandLine &cl, Printer &out);
int commandSyncResolve(const CommandLine &cl, Printer &out);
int commandSyncDuplicates(const CommandLine &cl, Printer &out);
int commandSyncMerge(const CommandLine &cl, Printer &out);
int commandSyncDismiss(const CommandLine &cl, Printer &out);
int commandSyncKey(const CommandLine &cl, Printer &out);

int commandBackup(const CommandLine &cl, Printer &out);
int commandRestore(const CommandLine &cl, Printer &out);
int commandCheck(const CommandLine &cl, Printer &out);

} // namespace casedesk::cli
