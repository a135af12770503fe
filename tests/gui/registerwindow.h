#pragma once
// A main window over a register for the register page and start page
// tests: a county's worth of entities stored in one transaction, in a
// pattern whose counts the tests know (countyEntity), and the helpers to
// read the list as it is shown.

#include "auth/session.h"
#include "mainwindow.h"
#include "register/entity.h"
#include "register/equipment.h"
#include "register/licence.h"
#include "testsupport.h"

#include <QDate>
#include <memory>

namespace casedesk::test {

// Entity i (1-based) of the county: every 10th makes food (名称 永清食品NNNN有限公司,
// the others 永清机械NNNN有限公司); every 4th is a special-equipment user, the
// others producers; townships by i % 5: 0 别古庄镇, 1 韩村镇, else 永清镇; every
// 20th is a crowded place, every 50th (i % 50 == 1) has confirmed complaints,
// every 100th (i % 100 == 7) had an accident 100 days before `today`.
Entity countyEntity(int i, const QDate &today);
// Stores entities 1 … count in one audited transaction; returns their ids by i (index 0 unused).
QList<qint64> storeCounty(Database &db, const Session &session, int count, const QDate &today);

Licence storeLicence(Database &db, const Session &session, qint64 entityId, const QString &number,
                     const QDate &issuedOn, const QDate &expiresOn);
Equipment storeEquipment(Database &db, const Session &session, qint64 entityId, const QString &registration,
                         const QDate &nextInspectionOn, EquipmentCategory category = EquipmentCategory::Elevator);

struct RegisterWindow {
    TempDatabase temp;
    Session admin = setUpBureau(temp.db());
    QList<qint64> ids;
    std::unique_ptr<MainWindow> window;

    // Stores `count` county entities, then opens a shown, active window.
    explicit RegisterWindow(int count = 0);
    // Forgets the layout the window saved, for the tests that follow.
    ~RegisterWindow();
    void open();
};

} // namespace casedesk::test
