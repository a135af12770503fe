#include "registersupport.h"

#include "register/entityregister.h"
#include "register/registrationcode.h"
#include "testsupport.h"

namespace casedesk::test {

QString testOrganisationCode(int n)
{
    const QString body = QStringLiteral("%1").arg(10000000 + n, 8, 10, QLatin1Char('0'));
    return body + RegistrationCodes::organisationCodeCheckCharacter(body);
}

QString testCreditCode(int n)
{
    const QString first17 = QStringLiteral("91131023") + testOrganisationCode(n);
    return first17 + RegistrationCodes::creditCodeCheckCharacter(first17);
}

Entity sampleEntity(const QString &name, int n)
{
    Entity e;
    e.name = name;
    e.code = testCreditCode(n);
    e.address = QStringLiteral("永清县永清镇益昌路%1号").arg(n + 1);
    e.township = QStringLiteral("永清镇");
    e.legalRepresentative = QStringLiteral("张%1").arg(QChar(u'一' + (n % 9)));
    e.phone = QStringLiteral("0316-66%1").arg(10000 + n % 90000);
    e.kinds = EntityKinds{EntityKind::Producer};
    return e;
}

Entity storeEntity(Database &db, const Session &session, const QString &name, int n)
{
    auto stored = EntityRegister(db).add(session, sampleEntity(name, n));
    REQUIRE(stored);
    return *stored;
}

} // namespace casedesk::test
