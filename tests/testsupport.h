#pragma once
// What every test needs: an application object, its own temporary database,
// and the path of the published seeds in ../shared/seeds.

#include "auth/role.h"
#include "auth/session.h"
#include "database.h"
#include "dutylist/responsibilitylist.h"

#include <QString>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

class QCoreApplication;

namespace casedesk::test {

// Creates a QApplication when the test binary links Qt Widgets (GUI suites),
// a QGuiApplication otherwise (on the offscreen platform unless
// QT_QPA_PLATFORM says otherwise), so the core suites can print documents.
class ApplicationScope {
  public:
    ApplicationScope(int &argc, char **argv);
    ~ApplicationScope();

  private:
    std::unique_ptr<QCoreApplication> m_app;
};

// A fresh database in a fresh temporary folder, removed afterwards.
class TempDatabase {
  public:
    TempDatabase();
    Database &db() { return *m_db; }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    // Reopens the file (closing the current connection first).
    void reopen();

  private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// The first set-up of a test database: 永清县质量技术监督局, abbreviation
// 永质监, workstation `site`, first administrator "admin" (管理员甲) with
// password kAdminPassword. Returns the administrator's session.
inline constexpr const char *kAdminPassword = "Admin-pass-1";
Session setUpBureau(Database &db, const QString &site = QStringLiteral("A"));
// The administrator's session: sets the database up (as setUpBureau) the
// first time, signs "admin" in afterwards.
Session adminSession(Database &db);
// Adds an account with the given roles (as the administrator), signs it in
// and replaces its first password with kOwnPassword, as a new colleague
// would; returns the new person's session.
inline constexpr const char *kOwnPassword = "Own-pass-1";
Session addColleague(Database &db, const Session &admin, const QString &login, RoleSet roles, const QString &name = {});

// ../shared/seeds/NAME
QString seedPath(const QString &name);
QString boshanSeed();   // 淄博市博山区 (TAB rows with <p> cells)
QString yongqingSeed(); // 永清县 (one cell per line)
QByteArray readAll(const QString &path);
// A small hand-built list exercising every part and every field, with text
// that needs CSV quoting (commas, quotes, line breaks).
ResponsibilityList sampleList();
// A digest of every row of every table, to assert that a refused request
// changed nothing.
QByteArray fingerprint(Database &db);
// Number of live rows of a table.
int countRows(Database &db, const QString &table);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace casedesk::test

// Failed REQUIRE(result) lines show the error's message.
namespace Catch {
template <class T> struct StringMaker<casedesk::Result<T>> {
    static std::string convert(const casedesk::Result<T> &r)
    {
        return r.ok() ? std::string("ok") : "error: " + r.error().message.toStdString();
    }
};
template <> struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
