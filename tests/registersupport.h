#pragma once
// Register test data: valid registration codes made by the check-character
// rules, and entities ready to store.

#include "auth/session.h"
#include "database.h"
#include "register/entity.h"

#include <QString>

namespace casedesk::test {

// A valid unified social credit code, distinct for each n ≥ 0: 91 (an
// enterprise registered by the market regulator), division 131023 (永清县),
// an organisation code made from n with its own check character, and the
// code's check character.
QString testCreditCode(int n);
// A valid organisation code (GB 11714), distinct for each n.
QString testOrganisationCode(int n);
// A valid entity: name, testCreditCode(n), an address in 永清镇, a legal
// representative, kind Producer.
Entity sampleEntity(const QString &name, int n);
// sampleEntity stored through EntityRegister::add (REQUIREs success).
Entity storeEntity(Database &db, const Session &session, const QString &name, int n);

} // namespace casedesk::test
