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

int commandAuditList(const CommandLine &cl, Printer &out);
int commandAuditVerify(const CommandLine &cl, Printer &out);

} // namespace casedesk::cli
