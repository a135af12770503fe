// The start-up database choice and the settings dialog, driven as a user
// would answer them.
#include "databaseopener.h"
#include "guitestsupport.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace casedesk;
using namespace casedesk::test;

TEST_CASE("at start-up a database from a newer CaseDesk is explained and the user may quit", "[gui][database]")
{
    TempDatabase newer;
    {
        QSqlQuery q(newer.db().sql());
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 9999")));
    }
    std::unique_ptr<Database> opened;
    const QString shown = answerModal([&] { opened = DatabaseOpener::openAtStartup(newer.path()); });
    CHECK(opened == nullptr);
    CHECK(shown.contains(QStringLiteral("The database could not be opened.")));
    CHECK(shown.contains(QStringLiteral("newer CaseDesk")));
    CHECK(shown.contains(newer.path()));
}

TEST_CASE("at start-up a good database opens without asking anything", "[gui][database]")
{
    TempDatabase temp;
    const QString path = temp.dir() + QStringLiteral("/other.sqlite");
    std::unique_ptr<Database> opened;
    const QString shown = answerModal([&] { opened = DatabaseOpener::openAtStartup(path); });
    CHECK(shown.isEmpty());
    REQUIRE(opened != nullptr);
    CHECK(opened->path() == QFileInfo(path).absoluteFilePath());

    DatabaseOpener::remember(path);
    CHECK(DatabaseOpener::rememberedPath() == QFileInfo(path).absoluteFilePath());
}

TEST_CASE("the settings dialog stores the chosen language for the next start", "[gui][settings]")
{
    UiLanguage::storeChoice(UiLanguage::Choice::FollowSystem);
    {
        SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>();
        REQUIRE(combo != nullptr);
        CHECK(combo->count() == 3);
        CHECK(dialog.selectedLanguage() == UiLanguage::Choice::FollowSystem);
        combo->setCurrentIndex(combo->findText(QStringLiteral("English")));
        dialog.accept();
    }
    CHECK(UiLanguage::storedChoice() == UiLanguage::Choice::English);
    {
        // Cancel leaves the stored choice alone.
        SettingsDialog dialog;
        auto *combo = dialog.findChild<QComboBox *>();
        CHECK(dialog.selectedLanguage() == UiLanguage::Choice::English);
        combo->setCurrentIndex(combo->findText(QStringLiteral("中文")));
        dialog.reject();
    }
    CHECK(UiLanguage::storedChoice() == UiLanguage::Choice::English);
    UiLanguage::storeChoice(UiLanguage::Choice::FollowSystem);
}
