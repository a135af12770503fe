#include "inspectionclidesk.h"

#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"

namespace casedesk::test {

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toString();
}

QJsonArray array(const QJsonObject &o, const char *key)
{
    return o.value(QString::fromLatin1(key)).toArray();
}

CliRun InspectionDesk::as(const Session &who, const QStringList &a)
{
    const char *password = who.login() == QLatin1String("admin") ? kAdminPassword : kOwnPassword;
    return cliAs(t.path(), who.login(), QString::fromLatin1(password), a);
}

QJsonObject InspectionDesk::json(const Session &who, const QStringList &a)
{
    const CliRun r = as(who, QStringList{QStringLiteral("--json")} + a);
    INFO(a.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
    REQUIRE(r.status == 0);
    return cliJson(r);
}

void InspectionDesk::refused(const Session &who, const QStringList &a, const QString &field)
{
    const QByteArray before = fingerprint(t.db());
    const CliRun r = as(who, a);
    INFO(a.join(QLatin1Char(' ')).toStdString() << " → " << r.status << ": " << r.err.toStdString());
    CHECK(r.status == 2);
    CHECK(r.err.contains(field));
    CHECK(r.err.count(QLatin1Char('\n')) == 1);
    CHECK(fingerprint(t.db()) == before);
}

Entity InspectionDesk::entity(const QString &name, const std::function<void(Entity &)> &edit)
{
    Entity e = sampleEntity(name, next++);
    if (edit)
        edit(e);
    auto stored = EntityRegister(t.db()).add(staff.clerk, e);
    REQUIRE(stored);
    return *stored;
}

void InspectionDesk::licence(qint64 entityId, LicenceKind kind)
{
    Licence l;
    l.entityId = entityId;
    l.kind = kind;
    l.number = QStringLiteral("XK-%1").arg(next++);
    l.issuedOn = QDate(2020, 1, 1);
    l.expiresOn = QDate(2030, 1, 1);
    REQUIRE(LicenceRegister(t.db()).add(staff.clerk, l));
}

void InspectionDesk::equipment(qint64 entityId)
{
    Equipment e;
    e.entityId = entityId;
    e.category = EquipmentCategory::Elevator;
    e.registrationNumber = QStringLiteral("梯11冀R%1").arg(next++);
    e.nextInspectionOn = today.addMonths(6);
    REQUIRE(EquipmentRegister(t.db()).add(staff.clerk, e));
}

void InspectionDesk::importYongqing()
{
    const CliRun r = as(staff.admin, {QStringLiteral("duties"), QStringLiteral("import"), yongqingSeed()});
    INFO(r.err.toStdString());
    REQUIRE(r.status == 0);
}

} // namespace casedesk::test
