#include "registerwindow.h"

#include "audit/auditedtransaction.h"
#include "guitestsupport.h"
#include "register/entityregister.h"
#include "register/equipmentregister.h"
#include "register/licenceregister.h"
#include "registersupport.h"

#include <QSettings>
#include <QTest>

namespace casedesk::test {

Entity countyEntity(int i, const QDate &today)
{
    Entity e;
    e.name = (i % 10 == 0 ? QStringLiteral("永清食品%1有限公司") : QStringLiteral("永清机械%1有限公司"))
                 .arg(i, 4, 10, QLatin1Char('0'));
    e.code = testCreditCode(i);
    e.address = QStringLiteral("永清县工业园区%1号").arg(i);
    e.township = i % 5 == 0   ? QStringLiteral("别古庄镇")
                 : i % 5 == 1 ? QStringLiteral("韩村镇")
                              : QStringLiteral("永清镇");
    e.legalRepresentative = QStringLiteral("李%1").arg(QChar(u'一' + (i % 9)));
    e.contactPerson = QStringLiteral("王%1").arg(QChar(u'一' + (i % 7)));
    e.phone = QStringLiteral("0316-66%1").arg(10000 + i);
    e.kinds = EntityKinds{i % 4 == 0 ? EntityKind::EquipmentUser : EntityKind::Producer};
    e.crowdedPlace = i % 20 == 0;
    e.complaintsConfirmed = i % 50 == 1;
    if (i % 100 == 7)
        e.lastIncidentOn = today.addDays(-100);
    return e;
}

QList<qint64> storeCounty(Database &db, const Session &session, int count, const QDate &today)
{
    QList<qint64> ids{0};
    AuditedTransaction tx(db, session);
    REQUIRE(tx.begin(Action::ImportRegister));
    for (int i = 1; i <= count; ++i) {
        auto stored = EntityRegister::insert(tx, countyEntity(i, today));
        INFO(i);
        REQUIRE(stored);
        ids << stored->id;
    }
    REQUIRE(tx.commit());
    return ids;
}

Licence storeLicence(Database &db, const Session &session, qint64 entityId, const QString &number,
                     const QDate &issuedOn, const QDate &expiresOn)
{
    Licence l;
    l.entityId = entityId;
    l.kind = LicenceKind::ProductionLicence;
    l.number = number;
    l.scope = QStringLiteral("食品用塑料包装容器工具");
    l.issuedOn = issuedOn;
    l.expiresOn = expiresOn;
    auto stored = LicenceRegister(db).add(session, l);
    REQUIRE(stored);
    return *stored;
}

Equipment storeEquipment(Database &db, const Session &session, qint64 entityId, const QString &registration,
                         const QDate &nextInspectionOn, EquipmentCategory category)
{
    Equipment e;
    e.entityId = entityId;
    e.category = category;
    e.registrationNumber = registration;
    e.description = QStringLiteral("曳引驱动乘客电梯");
    e.location = QStringLiteral("1号楼");
    e.nextInspectionOn = nextInspectionOn;
    auto stored = EquipmentRegister(db).add(session, e);
    REQUIRE(stored);
    return *stored;
}

RegisterWindow::RegisterWindow(int count)
{
    if (count > 0)
        ids = storeCounty(temp.db(), admin, count, QDate::currentDate());
}

namespace {
void forgetLayout()
{
    QSettings settings;
    for (const char *key : {"mainWindow/page", "startPage/windowDays", "registerPage/header", "registerPage/splitter"})
        settings.remove(QLatin1String(key));
}
} // namespace

RegisterWindow::~RegisterWindow()
{
    window.reset();
    forgetLayout();
}

void RegisterWindow::open()
{
    // Every window starts as a first start would: on the start page, with
    // the default window and columns.
    forgetLayout();
    window = std::make_unique<MainWindow>(openDatabase(temp.path()), admin);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
}

} // namespace casedesk::test
