#pragma once
// Workstations of one bureau for the exchange's tests: A set up as usual,
// B and C joined with a full export of A, all three with the same sync key
// and their administrators signed in. Made once per test run and copied
// for each test (signing in costs an Argon2id hash each time).

#include "auth/session.h"
#include "database.h"
#include "sync/syncreport.h"

#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace casedesk::test {

inline constexpr const char *kTestSyncKey = "county-bureau-sync-key-2026";

struct Workstation {
    QString site;
    std::unique_ptr<Database> db;
    Session session;
};

class Workstations {
  public:
    // Fresh copies of A, B and C in a temporary folder of their own.
    Workstations();
    Workstation &operator[](int i) { return m_stations[size_t(i)]; }
    Workstation &site(const QString &code);
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    // from exports the changes for `to` (or everything) into a file; REQUIREs success.
    QString exportFor(Workstation &from, Workstation &to, const QString &name = {});
    QString exportAll(Workstation &from, const QString &name = {});
    ImportReport importInto(Workstation &to, const QString &file);
    // Everybody sends to everybody, `rounds` times.
    void exchangeAll(int rounds = 2);

  private:
    QTemporaryDir m_dir;
    std::vector<Workstation> m_stations;
    int m_files = 0;
};

// Every travelling record of the database as it travels (content and
// metadata, tombstones included), in a fixed order: equal on two
// workstations that hold the same data.
QString travellingContent(Database &db);

} // namespace casedesk::test
