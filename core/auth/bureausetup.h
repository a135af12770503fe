#pragma once
// BureauSetup: the first start of a new database: the bureau's settings and
// its first administrator, stored together (and audited) in one
// transaction. The administrator is signed in afterwards. A database that
// already has accounts is never set up again.

#include "auth/session.h"
#include "bureausettings.h"
#include "database.h"
#include "result.h"

namespace casedesk {

struct FirstAdministrator {
    QString login;
    QString name;
    QString password;
};

class BureauSetup {
  public:
    // No account exists yet: the GUI shows its set-up, the CLI wants `init`.
    static bool needed(const Database &db);
    static Result<Session> run(Database &db, const BureauSettings &settings, const FirstAdministrator &admin);
};

} // namespace casedesk
