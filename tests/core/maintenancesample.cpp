#include "maintenancesample.h"

#include "audit/auditqueries.h"
#include "maintenance/databasebackup.h"
#include "registersupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace casedesk::test {

QStringList entityNames(Database &db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT name FROM entity WHERE deleted_at IS NULL ORDER BY name")));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

std::unique_ptr<Database> openFile(const QString &path)
{
    auto opened = Database::open(path);
    REQUIRE(opened);
    return std::move(opened).value();
}

void editByHand(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("by-hand-%1").arg(qHash(path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements) {
            INFO(s.toStdString());
            REQUIRE(q.exec(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

AuditEntry newestEntry(Database &db, const Session &session)
{
    auto page = AuditQueries(db).page(session, 0, 1);
    REQUIRE(page);
    REQUIRE(page->size() == 1);
    return page->first();
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

BackedUpBureau::BackedUpBureau()
{
    storeEntity(temp.db(), admin, QStringLiteral("永清县甲电线厂"), 1);
    storeEntity(temp.db(), admin, QStringLiteral("永清县乙锅炉厂"), 2);
    REQUIRE(DatabaseBackup::write(temp.db(), admin, backup));
    storeEntity(temp.db(), admin, QStringLiteral("永清县丙电梯公司"), 3);
}

QString BackedUpBureau::copyOfBackup(const QString &name) const
{
    const QString path = temp.dir() + QLatin1Char('/') + name;
    REQUIRE(QFile::copy(backup, path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace casedesk::test
