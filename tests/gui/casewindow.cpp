#include "casewindow.h"

#include "cases/casebrowser.h"
#include "cases/caserepository.h"
#include "guitestsupport.h"

#include <QSettings>
#include <QTest>

namespace casedesk::test {

namespace {
void forgetLayout()
{
    QSettings settings;
    for (const char *key : {"mainWindow/page", "mainWindow/geometry", "mainWindow/state", "mainWindow/splitter",
                            "mainWindow/treeHeader", "startPage/windowDays", "startPage/splitter",
                            "registerPage/header", "registerPage/splitter", "casePage/header", "casePage/splitter"})
        settings.remove(QLatin1String(key));
}
} // namespace

EnforcementCase bulkLead(const EnforcementCase &sample, int i, const QDate &today)
{
    EnforcementCase lead = sample;
    if (i % 10 == 0)
        lead.title = QStringLiteral("涉嫌无证生产食品案（第%1号线索）").arg(i);
    else
        lead.title = QStringLiteral("涉嫌生产销售不合格电线电缆案（第%1号线索）").arg(i);
    lead.source = i % 3 == 0 ? CaseSource::Inspection : i % 3 == 1 ? CaseSource::Complaint : CaseSource::Hotline12365;
    lead.receivedOn = i % 50 == 0 ? today.addYears(-1) : today.addDays(-(i % 20));
    return lead;
}

CaseWindow::~CaseWindow()
{
    window.reset();
    forgetLayout();
}

QList<qint64> CaseWindow::storeLeads(int count)
{
    const EnforcementCase sample = sampleLead(temp.db(), staff, today, 900);
    QList<qint64> ids;
    CaseRepository cases(temp.db());
    for (int i = 1; i <= count; ++i) {
        auto stored = cases.registerLead(staff.clerk, bulkLead(sample, i, today), today);
        INFO(i);
        REQUIRE(stored);
        ids << stored->id;
    }
    return ids;
}

void CaseWindow::open(const Session &who)
{
    forgetLayout();
    window = std::make_unique<MainWindow>(openDatabase(temp.path()), who);
    window->show();
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(MainWindow::Page::Cases);
}

} // namespace casedesk::test
