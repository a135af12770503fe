#pragma once
// A main window over a bureau with the people an inspection needs
// (InspectionStaff: insp1 and insp2 of 质量监督股 with enforcement
// certificates, se1 and se2 of 特种设备安全监察股 with special-equipment
// ones), the Yongqing responsibility list imported (its supervision systems
// make the checklists), units in the register, inspections stored in bulk
// through the real repository, and the window opened as any of the staff
// on the inspection page.

#include "inspectionsupport.h"
#include "mainwindow.h"
#include "register/entity.h"
#include "testsupport.h"

#include <QDate>
#include <QList>
#include <memory>

namespace casedesk::test {

struct InspectionWindow {
    TempDatabase temp;
    InspectionStaff staff = setUpInspectionStaff(temp.db());
    const QDate today = QDate::currentDate();
    std::unique_ptr<MainWindow> window;

    // Forgets the layout and the filters the windows saved, for the tests that follow.
    ~InspectionWindow();
    // The published Yongqing list, through the real importer.
    void importList();
    // A unit in the register (sampleEntity n) of the given kinds.
    Entity storeUnit(const QString &name, int n, EntityKinds kinds = {EntityKind::Producer});
    // `count` inspections of the unit through the repository (sampleInspection
    // of `domain`), inspected on `firstDay` and the days after it in turn
    // (wrapping within the month), finished unless `drafts`; returns their ids.
    QList<qint64> storeInspections(qint64 entityId, int count, const QDate &firstDay, bool drafts = false,
                                   const QString &domain = QStringLiteral("product_quality"));
    // Gives a colleague a section (as the administrator).
    void setSection(const Session &who, const QString &section);
    // Opens a shown, active window signed in as `who`, on the inspection page;
    // with `forget`, without the layout and filters saved before.
    void open(const Session &who, bool forget = true);
};

// Forgets the inspection page's saved layout and filters.
void forgetInspectionLayout();

} // namespace casedesk::test
