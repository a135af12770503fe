#pragma once
// Who acts on the command line: the database to open, the password of
// --user (from --password-file FILE or CASEDESK_PASSWORD, never from an
// argument, where other users of the machine could read it), and signing
// that person in through the core's SignIn, which also slows down repeated
// wrong passwords.

#include "auth/session.h"
#include "commandline.h"
#include "database.h"
#include "result.h"

#include <memory>

namespace casedesk::cli {

Result<std::unique_ptr<Database>> openDatabase(const CommandLine &cl);

// The password for --user or init --admin.
Result<QString> signInPassword(const CommandLine &cl);
// A new password (users add, users passwd): --new-password-file FILE or
// CASEDESK_NEW_PASSWORD.
Result<QString> newPassword(const CommandLine &cl);

// Signs --user in for the command; commands that change data or read
// personal data call this first.
Result<Session> signIn(const CommandLine &cl, Database &db, const QString &command);

} // namespace casedesk::cli
