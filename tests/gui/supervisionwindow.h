#pragma once
// A main window over a bureau with inspection staff (InspectionStaff) and a
// small hand-built register whose plan the tests know, for the plan page,
// the random draw, the sampling page and the start page's follow-ups:
// - 1 永清塑料制品一厂: a valid production licence: due (production_licence);
// - 2 永清塑料制品二厂: likewise, and inspected this year: done;
// - 3 永清第一中学: an equipment user, a crowded place, an elevator in use:
//   due (special_equipment);
// - 4 永清五金商店: a producer without licence: not due;
// - 5 … 5+extra: producers with a production licence (for the draw's pool).

#include "inspectionsupport.h"
#include "mainwindow.h"
#include "register/entity.h"
#include "testsupport.h"

#include <QDate>
#include <QList>
#include <memory>

namespace casedesk::test {

struct SupervisionWindow {
    TempDatabase temp;
    InspectionStaff staff = setUpInspectionStaff(temp.db());
    const QDate today = QDate::currentDate();
    QList<Entity> units; // index 0 is unit 1
    std::unique_ptr<MainWindow> window;

    // Stores units 1 … 4 and `extra` more licensed producers.
    explicit SupervisionWindow(int extra = 0);
    // Forgets the layout the windows saved, for the tests that follow.
    ~SupervisionWindow();
    const Entity &unit(int n) const { return units.at(n - 1); }
    // Opens a shown, active window signed in as `who`, on `page`.
    void open(const Session &who, MainWindow::Page page);
};

// pdftotext's text of a PDF, compatibility forms folded.
QString pdfText(const QString &pdf);

} // namespace casedesk::test
