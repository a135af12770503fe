#include "inspectionwindow.h"

#include "auth/staffdirectory.h"
#include "dutylist/dutylistimporter.h"
#include "guitestsupport.h"
#include "inspections/inspectionrepository.h"
#include "register/entityregister.h"
#include "registersupport.h"

#include <QSettings>
#include <QTest>

namespace casedesk::test {

void forgetInspectionLayout()
{
    QSettings settings;
    for (const char *key :
         {"mainWindow/page", "mainWindow/geometry", "mainWindow/state", "mainWindow/splitter", "mainWindow/treeHeader",
          "startPage/windowDays", "startPage/splitter", "registerPage/header", "registerPage/splitter",
          "casePage/header", "casePage/splitter", "inspectionPage/header", "inspectionPage/splitter",
          "inspectionPage/filters", "inspectionDocuments/lastDirectory"})
        settings.remove(QLatin1String(key));
}

InspectionWindow::~InspectionWindow()
{
    window.reset();
    forgetInspectionLayout();
}

void InspectionWindow::importList()
{
    auto imported = ResponsibilityListImporter(temp.db()).importFile(staff.admin, {yongqingSeed(), {}});
    REQUIRE(imported);
}

Entity InspectionWindow::storeUnit(const QString &name, int n, EntityKinds kinds)
{
    Entity entity = sampleEntity(name, n);
    entity.kinds = kinds;
    auto stored = EntityRegister(temp.db()).add(staff.clerk, entity);
    REQUIRE(stored);
    return *stored;
}

QList<qint64> InspectionWindow::storeInspections(qint64 entityId, int count, const QDate &firstDay, bool drafts,
                                                 const QString &domain)
{
    const bool special = domain == QLatin1String(SupervisionDomain::SpecialEquipment);
    const Session &who = special ? staff.seA : staff.inspectorA;
    InspectionRepository repository(temp.db());
    const QDate monthStart(firstDay.year(), firstDay.month(), 1);
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        // Within the month of firstDay, never after today.
        QDate day = monthStart.addDays((firstDay.day() - 1 + i) % firstDay.daysInMonth());
        if (day > today)
            day = today;
        auto created = repository.create(who, sampleInspection(temp.db(), staff, entityId, day, domain), day);
        INFO(i);
        REQUIRE(created);
        qint64 id = created->id;
        if (!drafts) {
            auto finished = repository.finish(who, id, today);
            REQUIRE(finished);
            id = finished->id;
        }
        ids << id;
    }
    return ids;
}

void InspectionWindow::setSection(const Session &who, const QString &section)
{
    auto member = StaffDirectory(temp.db()).find(staff.admin, who.login());
    REQUIRE(member);
    member->section = section;
    REQUIRE(StaffDirectory(temp.db()).update(staff.admin, *member));
}

void InspectionWindow::open(const Session &who, bool forget)
{
    if (forget)
        forgetInspectionLayout();
    window = std::make_unique<MainWindow>(openDatabase(temp.path()), who);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(MainWindow::Page::Inspections);
}

} // namespace casedesk::test
