#include "supervisionwindow.h"

#include "guitestsupport.h"
#include "register/entityregister.h"
#include "registersupport.h"
#include "registerwindow.h"

#include <QProcess>
#include <QSettings>
#include <QTest>

namespace casedesk::test {

namespace {
void forgetLayout()
{
    QSettings settings;
    for (const char *key : {"mainWindow/page", "mainWindow/geometry", "mainWindow/state", "mainWindow/splitter",
                            "startPage/windowDays", "startPage/splitter", "planPage/splitter", "planPage/topSplitter",
                            "planPage/header", "samplingPage/splitter", "samplingPage/header"})
        settings.remove(QLatin1String(key));
}

Entity storeKind(Database &db, const Session &session, const QString &name, int n, EntityKinds kinds, bool crowded)
{
    Entity e = sampleEntity(name, n);
    e.kinds = kinds;
    e.crowdedPlace = crowded;
    auto stored = EntityRegister(db).add(session, e);
    REQUIRE(stored);
    return *stored;
}
} // namespace

SupervisionWindow::SupervisionWindow(int extra)
{
    Database &db = temp.db();
    const Session &admin = staff.admin;
    const QDate issued = today.addYears(-2), expires = today.addYears(3);
    units << storeEntity(db, admin, QStringLiteral("永清塑料制品一厂"), 301);
    storeLicence(db, admin, units.last().id, QStringLiteral("XK16-001"), issued, expires);
    units << storeEntity(db, admin, QStringLiteral("永清塑料制品二厂"), 302);
    storeLicence(db, admin, units.last().id, QStringLiteral("XK16-002"), issued, expires);
    units << storeKind(db, admin, QStringLiteral("永清第一中学"), 303, EntityKinds{EntityKind::EquipmentUser}, true);
    storeEquipment(db, admin, units.last().id, QStringLiteral("梯11-0001"), today.addMonths(6));
    units << storeEntity(db, admin, QStringLiteral("永清五金商店"), 304);
    for (int i = 0; i < extra; ++i) {
        units << storeEntity(db, admin, QStringLiteral("永清包装材料%1厂").arg(i + 1), 310 + i);
        storeLicence(db, admin, units.last().id, QStringLiteral("XK16-1%1").arg(i, 2, 10, QLatin1Char('0')), issued,
                     expires);
    }
    // Unit 2 was inspected this year (a finished record of its domain).
    finishedInspection(db, staff, units.at(1).id, today, QString::fromLatin1(SupervisionDomain::ProductionLicence));
}

SupervisionWindow::~SupervisionWindow()
{
    window.reset();
    forgetLayout();
}

void SupervisionWindow::open(const Session &who, MainWindow::Page page)
{
    forgetLayout();
    window = std::make_unique<MainWindow>(openDatabase(temp.path()), who);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(page);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace casedesk::test
