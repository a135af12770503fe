// Staff accounts and signing in: Argon2id hashes, wrong passwords and
// deactivated accounts refused, repeated failures slowed down, the rules
// of a staff record, and the password never stored or audited in clear.
#include "auth/passwordhasher.h"
#include "auth/signin.h"
#include "auth/staffdirectory.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
StaffMember person(const QString &login, const QString &name, RoleSet roles)
{
    StaffMember m;
    m.login = login;
    m.name = name;
    m.roles = roles;
    return m;
}

QString storedHash(Database &db, const QString &login)
{
    auto q = db.exec(QStringLiteral("SELECT password_hash FROM staff WHERE login = ?"), {login});
    REQUIRE(q);
    REQUIRE(q->next());
    return q->value(0).toString();
}
} // namespace

TEST_CASE("passwords are hashed with Argon2id, salted, and verified", "[staff][password]")
{
    auto first = PasswordHasher::hash(QStringLiteral("Secret-pass-1"));
    auto second = PasswordHasher::hash(QStringLiteral("Secret-pass-1"));
    REQUIRE(first);
    REQUIRE(second);
    CHECK(first->startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK(*first != *second); // a fresh salt each time
    CHECK_FALSE(first->contains(QStringLiteral("Secret-pass-1")));
    CHECK(PasswordHasher::verify(*first, QStringLiteral("Secret-pass-1")));
    CHECK(PasswordHasher::verify(*second, QStringLiteral("Secret-pass-1")));
    CHECK_FALSE(PasswordHasher::verify(*first, QStringLiteral("secret-pass-1")));
    CHECK_FALSE(PasswordHasher::verify(*first, QString()));
    CHECK_FALSE(PasswordHasher::verify(QStringLiteral("Secret-pass-1"), QStringLiteral("Secret-pass-1")));
    CHECK_FALSE(PasswordHasher::verify(QString(), QString()));
    CHECK_FALSE(PasswordHasher::needsRehash(*first));
    // Chinese passwords work the same.
    auto chinese = PasswordHasher::hash(QStringLiteral("质监局密码2026"));
    REQUIRE(chinese);
    CHECK(PasswordHasher::verify(*chinese, QStringLiteral("质监局密码2026")));

    CHECK(PasswordHasher::checkStrength(QStringLiteral("short1"), QStringLiteral("x")).error().message ==
          QStringLiteral("Password: use at least 8 characters."));
    CHECK(PasswordHasher::checkStrength(QStringLiteral("onlyletters"), QStringLiteral("x")).error().message ==
          QStringLiteral("Password: use letters and digits both."));
    CHECK(PasswordHasher::checkStrength(QStringLiteral("zhang2026"), QStringLiteral("Zhang2026")).error().message ==
          QStringLiteral("Password: it must not be the login name."));
    CHECK(PasswordHasher::checkStrength(QStringLiteral("Zhang-2026"), QStringLiteral("zhang")));
}

TEST_CASE("sign-in: right password in, wrong password and unknown login out with the same words", "[staff][signin]")
{
    TempDatabase t;
    CHECK(SignIn(t.db())
              .attempt(QStringLiteral("admin"), QStringLiteral("x"))
              .error()
              .message.contains(QStringLiteral("not set up yet")));
    const Session admin = setUpBureau(t.db(), QStringLiteral("YQ1"));
    CHECK(admin.login() == QStringLiteral("admin"));
    CHECK(admin.site() == QStringLiteral("YQ1"));
    CHECK(admin.roles() == RoleSet{Role::Administrator});

    auto ok = SignIn(t.db()).attempt(QStringLiteral("ADMIN"), QString::fromLatin1(kAdminPassword));
    REQUIRE(ok);
    CHECK(ok->login() == QStringLiteral("admin"));
    CHECK(ok->name() == QStringLiteral("管理员甲"));
    CHECK(ok->staffId() == admin.staffId());
    CHECK_FALSE(ok->mustChangePassword());

    auto wrong = SignIn(t.db()).attempt(QStringLiteral("admin"), QStringLiteral("Admin-pass-2"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().refusal);
    auto unknown = SignIn(t.db()).attempt(QStringLiteral("nobody"), QStringLiteral("Admin-pass-2"));
    REQUIRE_FALSE(unknown);
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(wrong.error().message == QStringLiteral("Wrong login or password."));
    CHECK(SignIn(t.db()).attempt(QString(), QStringLiteral("x")).error().message.contains(QStringLiteral("login")));

    // The password is nowhere in the database, in clear.
    QSqlQuery dump(t.db().sql());
    for (const QString &table : {QStringLiteral("staff"), QStringLiteral("audit_entry"), QStringLiteral("setting")}) {
        REQUIRE(dump.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
        while (dump.next())
            for (int i = 0; i < dump.record().count(); ++i)
                CHECK_FALSE(dump.value(i).toString().contains(QString::fromLatin1(kAdminPassword)));
    }
    // ... and its hash never enters the audit trail.
    const QString hash = storedHash(t.db(), QStringLiteral("admin"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    REQUIRE(dump.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE before_json LIKE '%argon2id%' OR "
                                     "after_json LIKE '%argon2id%'")));
    REQUIRE(dump.next());
    CHECK(dump.value(0).toInt() == 0);
}

TEST_CASE("sign-in: repeated wrong passwords make the next attempts wait, longer each time", "[staff][signin]")
{
    CHECK(SignIn::waitAfterFailures(0) == 0);
    CHECK(SignIn::waitAfterFailures(SignIn::kFreeAttempts) == 0);
    CHECK(SignIn::waitAfterFailures(SignIn::kFreeAttempts + 1) == 5);
    CHECK(SignIn::waitAfterFailures(SignIn::kFreeAttempts + 2) == 10);
    CHECK(SignIn::waitAfterFailures(SignIn::kFreeAttempts + 3) == 20);
    CHECK(SignIn::waitAfterFailures(100) == SignIn::kLongestWaitSeconds);

    TempDatabase t;
    setUpBureau(t.db());
    SignIn signIn(t.db());
    const QDateTime start = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < SignIn::kFreeAttempts; ++i) {
        CHECK(signIn.secondsToWait(QStringLiteral("admin"), start) == 0);
        CHECK(signIn.attempt(QStringLiteral("admin"), QStringLiteral("Guess-%1").arg(i), start).error().message ==
              QStringLiteral("Wrong login or password."));
    }
    // The fourth wrong password: from now on each attempt waits.
    auto fourth = signIn.attempt(QStringLiteral("admin"), QStringLiteral("Guess-4"), start);
    CHECK(fourth.error().message.contains(QStringLiteral("wait 5 second(s)")));
    CHECK(signIn.secondsToWait(QStringLiteral("admin"), start.addSecs(2)) == 3);
    // While waiting, even the right password is not checked.
    auto early = signIn.attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword), start.addSecs(2));
    REQUIRE_FALSE(early);
    CHECK(early.error().message.contains(QStringLiteral("Too many wrong passwords for \"admin\": wait 3 second(s)")));
    // Another wrong password after the wait doubles it.
    CHECK_FALSE(signIn.attempt(QStringLiteral("admin"), QStringLiteral("Guess-5"), start.addSecs(6)));
    CHECK(signIn.secondsToWait(QStringLiteral("admin"), start.addSecs(6)) == 10);
    // Other logins are not slowed down.
    CHECK(signIn.secondsToWait(QStringLiteral("someone"), start) == 0);
    // After the wait the right password signs in, and the count starts afresh.
    REQUIRE(signIn.attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword), start.addSecs(17)));
    CHECK(signIn.secondsToWait(QStringLiteral("admin"), start.addSecs(17)) == 0);
    CHECK_FALSE(signIn.attempt(QStringLiteral("admin"), QStringLiteral("Guess-6"), start.addSecs(18)));
    CHECK(signIn.secondsToWait(QStringLiteral("admin"), start.addSecs(18)) == 0);
}

TEST_CASE("sign-in: a deactivated person is refused; their records keep their name", "[staff][signin]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    const Session zhang =
        addColleague(t.db(), admin, QStringLiteral("zhangsan"), {Role::Clerk}, QStringLiteral("张三"));
    StaffDirectory directory(t.db());
    REQUIRE(directory.setActive(admin, QStringLiteral("zhangsan"), false));
    auto refused = SignIn(t.db()).attempt(QStringLiteral("zhangsan"), QString::fromLatin1(kOwnPassword));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message ==
          QStringLiteral("The account of 张三 (zhangsan) has been deactivated; ask an administrator."));
    // A wrong password for a deactivated account says nothing about it.
    CHECK(SignIn(t.db()).attempt(QStringLiteral("zhangsan"), QStringLiteral("Wrong-pass-1")).error().message ==
          QStringLiteral("Wrong login or password."));
    // Kept, with name and history; listed as inactive; the login is never reused.
    auto all = directory.list(admin, true);
    REQUIRE(all);
    REQUIRE(all->size() == 2);
    CHECK(directory.list(admin, false)->size() == 1);
    CHECK(directory.find(admin, QStringLiteral("zhangsan"))->name == QStringLiteral("张三"));
    CHECK_FALSE(directory.find(admin, QStringLiteral("zhangsan"))->active);
    auto reused = directory.add(admin, person(QStringLiteral("zhangsan"), QStringLiteral("另一个张三"), {Role::Clerk}),
                                QStringLiteral("Other-pass-1"));
    REQUIRE_FALSE(reused);
    CHECK(reused.error().message.contains(QStringLiteral("already belongs to 张三 (deactivated)")));
    // Reactivated, they sign in again.
    CHECK(directory.setActive(admin, QStringLiteral("zhangsan"), false)
              .error()
              .message.contains(QStringLiteral("already deactivated")));
    REQUIRE(directory.setActive(admin, QStringLiteral("zhangsan"), true));
    CHECK(SignIn(t.db()).attempt(QStringLiteral("zhangsan"), QString::fromLatin1(kOwnPassword)));
    (void)zhang;
}

TEST_CASE("staff: the last administrator stays, and nobody deactivates themselves", "[staff]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    StaffDirectory directory(t.db());
    CHECK(directory.setActive(admin, QStringLiteral("admin"), false)
              .error()
              .message.contains(QStringLiteral("cannot deactivate their own account")));
    StaffMember self = directory.find(admin, QStringLiteral("admin")).value();
    self.roles = {Role::BureauHead};
    auto demoted = directory.update(admin, self);
    REQUIRE_FALSE(demoted);
    CHECK(demoted.error().message.contains(QStringLiteral("last active administrator")));

    const Session second =
        addColleague(t.db(), admin, QStringLiteral("wang"), {Role::Administrator}, QStringLiteral("王五"));
    REQUIRE(directory.update(admin, self)); // now another administrator exists
    CHECK(directory.find(admin, QStringLiteral("admin"))->roles == RoleSet{Role::BureauHead});
    // The remaining administrator cannot be deactivated by the former one
    // (who may no longer manage staff) nor by themselves.
    const Session former = SignIn(t.db()).attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword)).value();
    CHECK(directory.setActive(former, QStringLiteral("wang"), false)
              .error()
              .message.contains(QStringLiteral("may not manage staff accounts")));
    CHECK_FALSE(directory.setActive(second, QStringLiteral("wang"), false));
}

TEST_CASE("staff: records are validated field by field", "[staff]")
{
    StaffMember m = person(QStringLiteral("zhao"), QStringLiteral("赵六"), {Role::Clerk});
    CHECK(m.validate());
    m.login = QStringLiteral("赵六");
    CHECK(m.validate().error().message.startsWith(QStringLiteral("Login:")));
    m.login = QStringLiteral("zhao");
    m.name = QStringLiteral("  ");
    CHECK(m.validate().error().message.startsWith(QStringLiteral("Name:")));
    m.name = QStringLiteral("赵六");
    m.roles = {};
    CHECK(m.validate().error().message.startsWith(QStringLiteral("Roles:")));
    m.roles = {Role::Inspector};
    CHECK(m.validate().error().message ==
          QStringLiteral("Enforcement certificate: 赵六 has the role Inspector and needs an enforcement certificate."));
    m.enforcement = {QStringLiteral("13010020001"), QDate(2026, 1, 1), QDate()};
    CHECK(m.validate().error().message.contains(QStringLiteral("valid")));
    m.enforcement.validUntil = QDate(2025, 1, 1);
    CHECK(m.validate().error().message.contains(QStringLiteral("after its end")));
    m.enforcement.validUntil = QDate(2029, 12, 31);
    CHECK(m.validate());
    CHECK(m.enforcement.validOn(QDate(2027, 6, 1)));
    CHECK_FALSE(m.enforcement.validOn(QDate(2030, 1, 1)));
    CHECK_FALSE(m.enforcement.validOn(QDate(2025, 12, 31)));
    m.specialEquipment = {QString(), QDate(), QDate(2028, 1, 1)};
    CHECK(m.validate().error().message.startsWith(QStringLiteral("Special-equipment certificate:")));

    CHECK(RoleSet::parse(QStringLiteral("clerk, 局长、administrator"))->codes() ==
          QStringLiteral("clerk,bureau-head,administrator"));
    CHECK(RoleSet::parse(QStringLiteral("chief")).error().message.contains(QStringLiteral("\"chief\" is not a role")));
}

TEST_CASE("staff: edits are stored and audited before and after; own and reset passwords", "[staff]")
{
    TempDatabase t;
    const Session admin = setUpBureau(t.db());
    StaffDirectory directory(t.db());
    StaffMember m = person(QStringLiteral("li"), QStringLiteral("李四"), {Role::Inspector});
    m.section = QStringLiteral("特种设备安全监察股");
    m.enforcement = {QStringLiteral("ZF-2024-001"), QDate(2024, 3, 1), QDate(2029, 2, 28)};
    m.specialEquipment = {QStringLiteral("TS-778"), QDate(), QDate(2027, 6, 30)};
    auto added = directory.add(admin, m, QStringLiteral("First-pass-1"));
    REQUIRE(added);
    CHECK(added->mustChangePassword);
    const StaffMember stored = directory.find(admin, QStringLiteral("li")).value();
    CHECK(stored.section == m.section);
    CHECK(stored.enforcement == m.enforcement);
    CHECK(stored.specialEquipment == m.specialEquipment);
    CHECK(stored.roles == RoleSet{Role::Inspector});

    StaffMember edited = stored;
    edited.section = QStringLiteral("稽查队");
    edited.roles = {Role::Inspector, Role::SectionChief};
    REQUIRE(directory.update(admin, edited));
    auto q = t.db().exec(QStringLiteral("SELECT action, actor, before_json, after_json FROM audit_entry "
                                        "WHERE record_uuid = ? ORDER BY seq"),
                         {stored.uuid});
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("users.add"));
    CHECK(q->value(2).toString() == QStringLiteral("{}"));
    REQUIRE(q->next());
    CHECK(q->value(0).toString() == QStringLiteral("users.edit"));
    CHECK(q->value(1).toString() == QStringLiteral("admin"));
    CHECK(q->value(2).toString().contains(QStringLiteral("\"section\":\"特种设备安全监察股\"")));
    CHECK(q->value(3).toString().contains(QStringLiteral("\"section\":\"稽查队\"")));
    CHECK(q->value(3).toString().contains(QStringLiteral("\"roles\":\"inspector,section-chief\"")));
    // Saving the same values again records nothing.
    const int entries = countRows(t.db(), QStringLiteral("audit_entry"));
    REQUIRE(directory.update(admin, edited));
    CHECK(countRows(t.db(), QStringLiteral("audit_entry")) == entries);

    // The first password works once and must be replaced.
    Session li = SignIn(t.db()).attempt(QStringLiteral("li"), QStringLiteral("First-pass-1")).value();
    CHECK(li.mustChangePassword());
    CHECK(directory.changeOwnPassword(li, QStringLiteral("Not-the-pass-1"), QStringLiteral("Li-own-pass-2"))
              .error()
              .message.startsWith(QStringLiteral("Current password")));
    CHECK(directory.changeOwnPassword(li, QStringLiteral("First-pass-1"), QStringLiteral("First-pass-1"))
              .error()
              .message.startsWith(QStringLiteral("New password")));
    REQUIRE(directory.changeOwnPassword(li, QStringLiteral("First-pass-1"), QStringLiteral("Li-own-pass-2")));
    CHECK_FALSE(SignIn(t.db()).attempt(QStringLiteral("li"), QStringLiteral("First-pass-1")));
    CHECK(SignIn(t.db()).attempt(QStringLiteral("li"), QStringLiteral("Li-own-pass-2")));

    // An administrator's reset: the old password stops working, the new one
    // must be replaced at the next sign-in.
    REQUIRE(directory.resetPassword(admin, QStringLiteral("li"), QStringLiteral("Reset-pass-3")));
    CHECK_FALSE(SignIn(t.db()).attempt(QStringLiteral("li"), QStringLiteral("Li-own-pass-2")));
    CHECK(SignIn(t.db()).attempt(QStringLiteral("li"), QStringLiteral("Reset-pass-3"))->mustChangePassword());
    CHECK(directory.resetPassword(li, QStringLiteral("admin"), QStringLiteral("Hijack-pass-1"))
              .error()
              .message.contains(QStringLiteral("may not manage staff accounts")));
}
