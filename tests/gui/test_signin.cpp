// The start of work on a database, driven as people would: the first set-up
// of a new database, the sign-in (wrong password, deactivated account,
// throttled guessing), and the password change an administrator's reset
// demands before anything else.
#include "auth/bureausetup.h"
#include "auth/signin.h"
#include "auth/staffdirectory.h"
#include "bureausettings.h"
#include "changepassworddialog.h"
#include "guitestsupport.h"
#include "sessionstarter.h"
#include "setupdialog.h"
#include "signindialog.h"
#include "testsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

namespace {
const QString kAdmin = QString::fromLatin1(kAdminPassword);
const QString kOwn = QString::fromLatin1(kOwnPassword);

void forgetLastLogin()
{
    QSettings().remove(QStringLiteral("signIn/lastLogin"));
}

// Signs in through the dialog as a user would: types and presses Enter.
void signInWith(SignInDialog &dialog, const QString &login, const QString &password)
{
    retype(dialog.loginField(), login);
    retype(dialog.passwordField(), password);
    pressEnter(dialog.passwordField());
}
} // namespace

TEST_CASE("the set-up dialog creates the bureau and its first administrator", "[gui][signin][setup]")
{
    TempDatabase temp;
    REQUIRE(BureauSetup::needed(temp.db()));
    SetupDialog dialog(temp.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.idleLockField()->value() == BureauSettings::kDefaultIdleLockMinutes);
    CHECK_FALSE(dialog.okButton()->isEnabled());

    typeText(dialog.bureauNameField(), QStringLiteral("永清县质量技术监督局"));
    typeText(dialog.abbreviationField(), QStringLiteral("永质监"));
    typeText(dialog.siteField(), QStringLiteral("A"));
    dialog.idleLockField()->setValue(15);
    typeText(dialog.loginField(), QStringLiteral("zhaoliu"));
    typeText(dialog.nameField(), QStringLiteral("赵六"));
    CHECK_FALSE(dialog.okButton()->isEnabled());

    // Passwords that differ keep OK disabled, and the dialog says why.
    typeText(dialog.passwordField(), QStringLiteral("short1"));
    typeText(dialog.confirmationField(), QStringLiteral("short2"));
    CHECK_FALSE(dialog.okButton()->isEnabled());
    CHECK(dialog.message().contains(QStringLiteral("differ")));

    // Matching but too weak: the core refuses, the dialog stays open with
    // the core's reason and nothing is stored.
    retype(dialog.confirmationField(), QStringLiteral("short1"));
    CHECK(dialog.okButton()->isEnabled());
    CHECK(dialog.message().isEmpty());
    pressEnter(dialog.confirmationField());
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message() == QStringLiteral("Password: use at least 8 characters."));
    CHECK(BureauSetup::needed(temp.db()));
    CHECK(dialog.bureauNameField()->text() == QStringLiteral("永清县质量技术监督局"));

    retype(dialog.passwordField(), QStringLiteral("Zhao-pass-6"));
    retype(dialog.confirmationField(), QStringLiteral("Zhao-pass-6"));
    pressEnter(dialog.confirmationField());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());

    REQUIRE(dialog.session().has_value());
    CHECK(dialog.session()->login() == QStringLiteral("zhaoliu"));
    CHECK(dialog.session()->name() == QStringLiteral("赵六"));
    CHECK(dialog.session()->roles() == RoleSet{Role::Administrator});
    CHECK(dialog.session()->site() == QStringLiteral("A"));
    CHECK_FALSE(dialog.session()->mustChangePassword());

    const BureauSettings stored = BureauSettings::load(temp.db());
    CHECK(stored.bureauName == QStringLiteral("永清县质量技术监督局"));
    CHECK(stored.abbreviation == QStringLiteral("永质监"));
    CHECK(stored.site == QStringLiteral("A"));
    CHECK(stored.idleLockMinutes == 15);
    CHECK_FALSE(BureauSetup::needed(temp.db()));

    // The password chosen in the dialog is the one that signs in.
    CHECK(SignIn(temp.db()).attempt(QStringLiteral("zhaoliu"), QStringLiteral("Zhao-pass-6")).ok());
    CHECK_FALSE(SignIn(temp.db()).attempt(QStringLiteral("zhaoliu"), QStringLiteral("short1")).ok());
}

TEST_CASE("the sign-in dialog refuses a wrong password and a deactivated account, and accepts the right one",
          "[gui][signin]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    addColleague(temp.db(), admin, QStringLiteral("zhangsan"), {Role::Clerk}, QStringLiteral("张三"));
    forgetLastLogin();

    {
        SignInDialog dialog(temp.db());
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        // It says where the user is signing in.
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("bureauName"))->text() ==
              QStringLiteral("永清县质量技术监督局"));
        CHECK(
            dialog.findChild<QLabel *>(QStringLiteral("databaseName"))->text().contains(QStringLiteral("test.sqlite")));
        CHECK(dialog.focusWidget() == dialog.loginField());
        CHECK(dialog.passwordField()->echoMode() == QLineEdit::Password);
        CHECK_FALSE(dialog.signInButton()->isEnabled());

        signInWith(dialog, QStringLiteral("admin"), QStringLiteral("Wrong-pass-9"));
        CHECK(dialog.isVisible());
        CHECK(dialog.message() == QStringLiteral("Wrong login or password."));
        CHECK(dialog.passwordField()->text().isEmpty());
        CHECK(dialog.loginField()->text() == QStringLiteral("admin"));
        CHECK(dialog.focusWidget() == dialog.passwordField());
        CHECK_FALSE(dialog.session().has_value());

        // The colleague's account is deactivated: the right password does not
        // let them in, and the dialog says why.
        REQUIRE(StaffDirectory(temp.db()).setActive(admin, QStringLiteral("zhangsan"), false).ok());
        signInWith(dialog, QStringLiteral("zhangsan"), kOwn);
        CHECK(dialog.isVisible());
        CHECK(dialog.message().contains(QStringLiteral("deactivated")));
        CHECK(dialog.message().contains(QStringLiteral("张三")));
        CHECK_FALSE(dialog.session().has_value());

        signInWith(dialog, QStringLiteral("admin"), kAdmin);
        CHECK(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.session().has_value());
        CHECK(dialog.session()->login() == QStringLiteral("admin"));
        CHECK(dialog.session()->roles().has(Role::Administrator));
    }

    // The next sign-in on this computer offers the same login and puts the
    // cursor in the password.
    CHECK(SignInDialog::rememberedLogin() == QStringLiteral("admin"));
    SignInDialog again(temp.db());
    CHECK(again.loginField()->text() == QStringLiteral("admin"));
    CHECK(again.focusWidget() == again.passwordField());
    forgetLastLogin();
}

TEST_CASE("repeated wrong passwords disable Sign In and count down until the wait is over", "[gui][signin]")
{
    TempDatabase temp;
    setUpBureau(temp.db());
    forgetLastLogin();
    SignInDialog dialog(temp.db());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));

    for (int i = 0; i < SignIn::kFreeAttempts; ++i) {
        signInWith(dialog, QStringLiteral("admin"), QStringLiteral("Wrong-pass-%1").arg(i));
        CHECK(dialog.message() == QStringLiteral("Wrong login or password."));
    }
    retype(dialog.passwordField(), QStringLiteral("Still-wrong-1"));
    CHECK(dialog.signInButton()->isEnabled());
    pressEnter(dialog.passwordField());
    CHECK(dialog.message().contains(QStringLiteral("wait")));
    const int wait = SignIn(temp.db()).secondsToWait(QStringLiteral("admin"));
    REQUIRE(wait > 0);

    // Even with the right password typed the button stays disabled, and
    // shows the seconds left; Enter does nothing.
    typeText(dialog.passwordField(), kAdmin);
    CHECK_FALSE(dialog.signInButton()->isEnabled());
    const QRegularExpression seconds(QStringLiteral("\\((\\d+) s\\)"));
    const auto match = seconds.match(dialog.signInButton()->text());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() > 0);
    CHECK(match.captured(1).toInt() <= wait);
    pressEnter(dialog.passwordField());
    CHECK(dialog.isVisible());
    CHECK_FALSE(dialog.session().has_value());

    // Another login need not wait.
    retype(dialog.loginField(), QStringLiteral("someoneelse"));
    CHECK(dialog.signInButton()->isEnabled());
    CHECK(dialog.signInButton()->text().remove(QLatin1Char('&')) == QStringLiteral("Sign In"));
    retype(dialog.loginField(), QStringLiteral("admin"));
    CHECK_FALSE(dialog.signInButton()->isEnabled());

    // When the wait is over (here: the count is cleared) the button comes
    // back within a second, and the right password signs in.
    SignInThrottle(temp.db().path()).clear(QStringLiteral("admin"));
    REQUIRE(waitUntil([&] { return dialog.signInButton()->isEnabled(); }, 2500));
    CHECK(dialog.signInButton()->text().remove(QLatin1Char('&')) == QStringLiteral("Sign In"));
    pressEnter(dialog.passwordField());
    CHECK(dialog.result() == QDialog::Accepted);
    forgetLastLogin();
}

TEST_CASE("after an administrator's reset the new password must be chosen before work begins", "[gui][signin]")
{
    TempDatabase temp;
    const Session admin = setUpBureau(temp.db());
    addColleague(temp.db(), admin, QStringLiteral("lisi"), {Role::Inspector}, QStringLiteral("李四"));
    REQUIRE(
        StaffDirectory(temp.db()).resetPassword(admin, QStringLiteral("lisi"), QStringLiteral("Reset-pass-2")).ok());
    forgetLastLogin();

    const ModalResponder signInAsLisi = [](QWidget *modal) {
        auto *dialog = qobject_cast<SignInDialog *>(modal);
        REQUIRE(dialog != nullptr);
        signInWith(*dialog, QStringLiteral("lisi"), QStringLiteral("Reset-pass-2"));
    };

    SECTION("cancelling the change signs nobody in")
    {
        std::optional<Session> session;
        CHECK(answerModals([&] { session = SessionStarter::signIn(nullptr, temp.db()); },
                           {signInAsLisi, [](QWidget *modal) {
                                CHECK(qobject_cast<ChangePasswordDialog *>(modal) != nullptr);
                                qobject_cast<QDialog *>(modal)->reject();
                            }}) == 2);
        CHECK_FALSE(session.has_value());
    }

    SECTION("the change is refused inline until it follows the rules, then work begins")
    {
        QString intro;
        QString refusal;
        const ModalResponder change = [&](QWidget *modal) {
            auto *dialog = qobject_cast<ChangePasswordDialog *>(modal);
            REQUIRE(dialog != nullptr);
            intro = dialog->findChild<QLabel *>(QStringLiteral("intro"))->text();
            CHECK(dialog->focusWidget() == dialog->currentField());
            // The current password wrong: refused, still open.
            typeText(dialog->currentField(), QStringLiteral("Not-it-1"));
            typeText(dialog->newField(), QStringLiteral("Lisi-own-3"));
            typeText(dialog->confirmationField(), QStringLiteral("Lisi-own-3"));
            pressEnter(dialog->confirmationField());
            refusal = dialog->message();
            CHECK(dialog->isVisible());
            retype(dialog->currentField(), QStringLiteral("Reset-pass-2"));
            pressEnter(dialog->confirmationField());
        };
        std::optional<Session> session;
        CHECK(answerModals([&] { session = SessionStarter::signIn(nullptr, temp.db()); }, {signInAsLisi, change}) == 2);
        CHECK(intro.startsWith(QStringLiteral("李四 (lisi): your password was set by an administrator.")));
        CHECK(refusal.contains(QStringLiteral("Current password")));
        REQUIRE(session.has_value());
        CHECK(session->login() == QStringLiteral("lisi"));
        CHECK_FALSE(session->mustChangePassword());
        CHECK(SignIn(temp.db()).attempt(QStringLiteral("lisi"), QStringLiteral("Lisi-own-3")).ok());
        CHECK_FALSE(SignIn(temp.db()).attempt(QStringLiteral("lisi"), QStringLiteral("Reset-pass-2")).ok());
    }
    forgetLastLogin();
}

TEST_CASE("a new database starts with its set-up, an existing one with the sign-in", "[gui][signin]")
{
    TempDatabase temp;
    forgetLastLogin();
    std::optional<Session> session;
    QString first;
    CHECK(answerModals([&] { session = SessionStarter::signIn(nullptr, temp.db()); },
                       {[&](QWidget *modal) { first = modal->objectName(); }}) == 1);
    CHECK(first == QStringLiteral("setupDialog"));
    CHECK_FALSE(session.has_value());

    setUpBureau(temp.db());
    CHECK(answerModals([&] { session = SessionStarter::signIn(nullptr, temp.db()); },
                       {[&](QWidget *modal) { first = modal->objectName(); }}) == 1);
    CHECK(first == QStringLiteral("signInDialog"));
    CHECK_FALSE(session.has_value());
}

TEST_CASE("the administrator who set the database up is offered at the next sign-in", "[gui][signin]")
{
    TempDatabase temp;
    forgetLastLogin();
    std::optional<Session> session;
    CHECK(answerModals([&] { session = SessionStarter::signIn(nullptr, temp.db()); }, {[](QWidget *modal) {
                           auto *dialog = qobject_cast<SetupDialog *>(modal);
                           REQUIRE(dialog != nullptr);
                           typeText(dialog->bureauNameField(), QStringLiteral("霸州市质量技术监督局"));
                           typeText(dialog->abbreviationField(), QStringLiteral("霸质监"));
                           typeText(dialog->siteField(), QStringLiteral("B"));
                           typeText(dialog->loginField(), QStringLiteral("sunqi"));
                           typeText(dialog->nameField(), QStringLiteral("孙七"));
                           typeText(dialog->passwordField(), QStringLiteral("Sun-pass-8"));
                           typeText(dialog->confirmationField(), QStringLiteral("Sun-pass-8"));
                           pressEnter(dialog->confirmationField());
                       }}) == 1);
    REQUIRE(session.has_value());
    CHECK(session->login() == QStringLiteral("sunqi"));
    SignInDialog next(temp.db());
    CHECK(next.loginField()->text() == QStringLiteral("sunqi"));
    CHECK(next.focusWidget() == next.passwordField());
    forgetLastLogin();
}
