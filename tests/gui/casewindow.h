#pragma once
// A main window over a bureau with the people a case needs (CaseStaff), for
// the case page and the case part of the start page: leads stored in bulk
// in a pattern whose counts the tests know, cases driven to a stage
// through the real repository, and the window opened as any of the staff.

#include "casesupport.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QDate>
#include <QList>
#include <memory>

namespace casedesk::test {

// Lead i (1-based) of the bulk: every 10th is about food (涉嫌无证生产食品案,
// the others 涉嫌生产销售不合格电线电缆案); sources by i % 3: 0 inspection,
// 1 complaint, 2 the 12365 hotline; every 50th received a year before `today`.
EnforcementCase bulkLead(const EnforcementCase &sample, int i, const QDate &today);

struct CaseWindow {
    TempDatabase temp;
    CaseStaff staff = setUpCaseStaff(temp.db());
    const QDate today = QDate::currentDate();
    std::unique_ptr<MainWindow> window;

    // Forgets the layout the windows saved, for the tests that follow.
    ~CaseWindow();
    // Registers `count` bulk leads (their party entity number 900); returns their ids.
    QList<qint64> storeLeads(int count);
    // Opens a shown, active window signed in as `who`, on the case page.
    void open(const Session &who);
};

} // namespace casedesk::test
