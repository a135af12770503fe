#include "syncsupport.h"

#include "auth/signin.h"
#include "bureausettings.h"
#include "sync/recordcontent.h"
#include "sync/syncexporter.h"
#include "sync/syncimporter.h"
#include "sync/synckey.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace casedesk::test {

namespace {

// The three template databases and their sessions, made once.
struct Templates {
    QTemporaryDir dir;
    std::vector<std::pair<QString, Session>> sessions;

    Templates()
    {
        auto a = Database::open(dir.filePath(QStringLiteral("A.sqlite")));
        REQUIRE(a);
        Session admin = setUpBureau(**a, QStringLiteral("A"));
        REQUIRE(SyncKey::storeAtSetUp(**a, *SyncKey::fromText(QString::fromLatin1(kTestSyncKey))));
        sessions.push_back({QStringLiteral("A"), admin});
        const QString full = dir.filePath(QStringLiteral("full.cdx"));
        REQUIRE(SyncExporter::run(**a, admin, {full, {}, true}));
        for (const QString &site : {QStringLiteral("B"), QStringLiteral("C")}) {
            auto db = Database::open(dir.filePath(site + QStringLiteral(".sqlite")));
            REQUIRE(db);
            REQUIRE(BureauSettings::prepareToJoin(**db, site));
            REQUIRE(SyncKey::storeAtSetUp(**db, *SyncKey::fromText(QString::fromLatin1(kTestSyncKey))));
            REQUIRE(SyncImporter::run(**db, nullptr, full));
            auto session = SignIn(**db).attempt(QStringLiteral("admin"), QString::fromLatin1(kAdminPassword));
            REQUIRE(session);
            sessions.push_back({site, *session});
        }
    }
};

Templates &templates()
{
    static Templates t;
    return t;
}

} // namespace

Workstations::Workstations()
{
    Templates &t = templates();
    for (const auto &[site, session] : t.sessions) {
        const QString path = m_dir.filePath(site + QStringLiteral(".sqlite"));
        REQUIRE(QFile::copy(t.dir.filePath(site + QStringLiteral(".sqlite")), path));
        auto db = Database::open(path);
        REQUIRE(db);
        // A test's workstations need not survive a power cut: no waiting
        // for the disk on every commit.
        REQUIRE((*db)->exec(QStringLiteral("PRAGMA synchronous = OFF")));
        m_stations.push_back({site, std::move(*db), session});
    }
}

Workstation &Workstations::site(const QString &code)
{
    for (Workstation &w : m_stations)
        if (w.site == code)
            return w;
    FAIL("no workstation " << code.toStdString());
    return m_stations.front();
}

QString Workstations::exportFor(Workstation &from, Workstation &to, const QString &name)
{
    const QString path =
        file(name.isEmpty() ? QStringLiteral("%1-%2-%3.cdx").arg(from.site, to.site).arg(++m_files) : name);
    auto r = SyncExporter::run(*from.db, from.session, {path, to.site, false});
    REQUIRE(r);
    return path;
}

QString Workstations::exportAll(Workstation &from, const QString &name)
{
    const QString path = file(name.isEmpty() ? QStringLiteral("%1-all-%2.cdx").arg(from.site).arg(++m_files) : name);
    auto r = SyncExporter::run(*from.db, from.session, {path, {}, true});
    REQUIRE(r);
    return path;
}

ImportReport Workstations::importInto(Workstation &to, const QString &path)
{
    auto r = SyncImporter::run(*to.db, &to.session, path);
    REQUIRE(r);
    return *r;
}

void Workstations::exchangeAll(int rounds)
{
    for (int round = 0; round < rounds; ++round)
        for (Workstation &from : m_stations)
            for (Workstation &to : m_stations)
                if (&from != &to)
                    importInto(to, exportFor(from, to));
}

QString travellingContent(Database &db)
{
    auto catalog = SyncCatalog::read(db);
    REQUIRE(catalog);
    RecordReader reader(db, *catalog);
    QString out;
    for (const SyncTable &t : catalog->tables()) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT uuid FROM %1 ORDER BY uuid").arg(t.name)));
        while (q.next()) {
            auto r = reader.read(t.name, q.value(0).toString());
            REQUIRE(r);
            REQUIRE(r->has_value());
            out += t.name + QLatin1Char(' ') + q.value(0).toString() + QLatin1Char(' ') +
                   QString::fromUtf8(QJsonDocument((*r)->fields).toJson(QJsonDocument::Compact)) +
                   QString::fromUtf8(QJsonDocument((*r)->meta).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace casedesk::test
