#include "auth/bureausetup.h"

#include "audit/auditedtransaction.h"
#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "cases/casenumber.h"

#include <QCoreApplication>

namespace casedesk {

namespace {
// The translation context of this file's messages (lupdate reads it too).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(BureauSetup)
};
} // namespace

bool BureauSetup::needed(const Database &db)
{
    return !StaffDirectory::anyAccount(db);
}

Result<Session> BureauSetup::run(Database &db, const BureauSettings &settings, const FirstAdministrator &admin)
{
    if (!needed(db)) {
        const BureauSettings current = BureauSettings::load(db);
        return refusal(Text::tr("%1 is already set up for %2 (%3, workstation %4); it was not changed.")
                           .arg(db.path(), current.bureauName, current.abbreviation, current.site));
    }
    BureauSettings wanted = settings;
    wanted.bureauName = wanted.bureauName.trimmed();
    wanted.abbreviation = wanted.abbreviation.trimmed();
    wanted.site = wanted.site.trimmed();
    if (auto valid = wanted.validate(); !valid)
        return valid.error();
    StaffMember member;
    member.login = admin.login.trimmed();
    member.name = admin.name.trimmed().isEmpty() ? member.login : admin.name.trimmed();
    member.roles = {Role::Administrator};
    if (auto valid = member.validate(); !valid)
        return valid.error();
    if (auto strong = PasswordHasher::checkStrength(admin.password, member.login); !strong)
        return strong.error();
    auto hash = PasswordHasher::hash(admin.password);
    if (!hash)
        return hash.error();

    // The administrator sets the bureau up on their own authority: the
    // session exists before its account row does.
    Session session;
    session.m_login = member.login;
    session.m_name = member.name;
    session.m_roles = member.roles;
    session.m_site = wanted.site;
    AuditedTransaction tx(db, session);
    if (auto s = tx.begin(Action::EditBureauSettings); !s)
        return s.error();
    if (auto s = BureauSettings::store(tx, BureauSettings::load(db), wanted, QStringLiteral("bureau.setup")); !s)
        return s.error();
    auto added = StaffDirectory::insert(tx, member, *hash);
    if (!added)
        return added.error();
    // The workstation's first block of case numbers, part of the set-up.
    const NumberBlock block = CaseNumbering::defaultBlock(wanted.site);
    if (auto id = tx.writer().insert(
            "case_number_block",
            {{"block_site", block.site}, {"year", block.year}, {"first", block.first}, {"last", block.last}});
        !id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    session.m_staffId = added->id;
    session.m_staffUuid = added->uuid;
    return session;
}

} // namespace casedesk
