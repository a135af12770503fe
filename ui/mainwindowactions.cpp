#include "mainwindowactions.h"

#include "auth/permissions.h"
#include "auth/session.h"
#include "summary/summarypage.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

namespace casedesk {

MainWindowActions::MainWindowActions(QMainWindow *window)
{
    auto make = [window](const QString &text, const QKeySequence &shortcut = {}, const QString &statusTip = {}) {
        auto *action = new QAction(text, window);
        action->setShortcut(shortcut);
        action->setStatusTip(statusTip);
        return action;
    };

    importList = make(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I),
                      tr("Import a published responsibility list (.txt) or a CSV template"));
    exportCsv = make(tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                     tr("Save the selected edition as a CSV file for Excel or WPS"));
    editionHistory = make(tr("Edition &History…"), {}, tr("Who imported or removed the selected edition, and when"));
    removeEdition = make(tr("&Remove Edition…"), {}, tr("Withdraw the selected edition; it is kept as removed"));
    openDatabase = make(tr("&Open Database…"), QKeySequence::Open, tr("Work on another CaseDesk database file"));
    quit = make(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    find = make(tr("&Find…"), QKeySequence::Find, tr("Search the responsibility items"));
    reload = make(tr("&Reload"), QKeySequence::Refresh, tr("Read the list again from the database"));
    collapseAll = make(tr("&Collapse All"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    showStartPage = make(tr("&Start Page"), QKeySequence(Qt::CTRL | Qt::Key_1),
                         tr("What falls due: expiring licences, inspections due, entities to inspect"));
    showRegister = make(tr("&Register"), QKeySequence(Qt::CTRL | Qt::Key_2),
                        tr("The regulated entities with their licences and special equipment"));
    showResponsibilityList =
        make(tr("Responsibility &List"), QKeySequence(Qt::CTRL | Qt::Key_3), tr("The bureau's responsibility list"));
    showCases = make(tr("&Cases"), QKeySequence(Qt::CTRL | Qt::Key_4),
                     tr("Leads and enforcement cases, their clocks, timelines and documents"));
    showInspections = make(tr("&Inspections"), QKeySequence(Qt::CTRL | Qt::Key_5),
                           tr("Inspection records: mine, my section's, all; their checklists and printed reports"));
    showPlan = make(tr("&Plan"), QKeySequence(Qt::CTRL | Qt::Key_6),
                    tr("The year's inspection plan: who is still due, campaigns, random draws"));
    showSampling = make(tr("Sa&mpling"), QKeySequence(Qt::CTRL | Qt::Key_7),
                        tr("Supervision sampling batches, their results and deadlines"));
    showSummary = make(tr("&Quarterly Summary"), QKeySequence(Qt::CTRL | Qt::Key_8),
                       tr("The quarter's figures by table and chart, the records behind each, exported for the "
                          "county"));
    for (QAction *page : {showStartPage, showRegister, showResponsibilityList, showCases, showInspections, showPlan,
                          showSampling, showSummary})
        page->setCheckable(true);

    exportEntitiesCsv = make(tr("&Entities…"), {}, tr("Save every entity as a CSV file for Excel or WPS"));
    exportLicencesCsv = make(tr("&Licences…"), {}, tr("Save every licence as a CSV file for Excel or WPS"));
    exportEquipmentCsv = make(tr("Special &Equipment…"), {}, tr("Save all special equipment as a CSV file"));
    exportRegisterXlsx = make(tr("Export E&xcel Workbook…"), {},
                              tr("Save entities, licences and special equipment as one Excel workbook"));

    changePassword = make(tr("&Change Password…"), {}, tr("Choose a new password for your account"));
    lockNow = make(tr("&Lock Now"), QKeySequence(Qt::CTRL | Qt::Key_L),
                   tr("Hide CaseDesk until you enter your password again"));
    switchUser = make(tr("&Switch User…"), {}, tr("Sign out and let somebody else sign in"));

    staffAccounts = make(tr("&Staff Accounts…"), {}, tr("The bureau's staff, their roles and certificates"));
    bureauSettings = make(tr("&Bureau Settings…"), {}, tr("The bureau's name, case-number abbreviation and idle lock"));
    auditTrail = make(tr("&Audit Trail…"), {}, tr("Every change, who made it and when; check it is untouched"));

    language = make(tr("&Language…"));
    language->setMenuRole(QAction::PreferencesRole);

    about = make(tr("&About CaseDesk"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);

    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(importList);
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(editionHistory);
    file->addAction(removeEdition);
    file->addSeparator();
    file->addAction(openDatabase);
    file->addSeparator();
    file->addAction(quit);

    editMenu = bar->addMenu(tr("&Edit"));
    editMenu->addAction(find);

    QMenu *view = bar->addMenu(tr("&View"));
    view->addAction(showStartPage);
    view->addAction(showRegister);
    view->addAction(showResponsibilityList);
    view->addAction(showCases);
    view->addAction(showInspections);
    view->addAction(showPlan);
    view->addAction(showSampling);
    view->addAction(showSummary);
    view->addSeparator();
    view->addAction(reload);
    view->addAction(collapseAll);

    registerMenu = bar->addMenu(tr("&Register"));
    QMenu *exportCsvMenu = registerMenu->addMenu(tr("Export &CSV"));
    exportCsvMenu->addAction(exportEntitiesCsv);
    exportCsvMenu->addAction(exportLicencesCsv);
    exportCsvMenu->addAction(exportEquipmentCsv);
    registerMenu->addAction(exportRegisterXlsx);

    casesMenu = bar->addMenu(tr("&Cases"));
    inspectionsMenu = bar->addMenu(tr("I&nspections"));
    planMenu = bar->addMenu(tr("&Plan"));
    samplingMenu = bar->addMenu(tr("Samp&ling"));
    summaryMenu = bar->addMenu(tr("S&ummary"));

    accountMenu = bar->addMenu(tr("&Account"));
    accountMenu->addAction(changePassword);
    accountMenu->addAction(lockNow);
    accountMenu->addSeparator();
    accountMenu->addAction(switchUser);

    administrationMenu = bar->addMenu(tr("Ad&ministration"));
    administrationMenu->addAction(staffAccounts);
    administrationMenu->addAction(bureauSettings);
    administrationMenu->addSeparator();
    administrationMenu->addAction(auditTrail);

    toolsMenu = bar->addMenu(tr("&Tools"));

    bar->addMenu(tr("&Settings"))->addAction(language);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
    help->addAction(aboutQt);
}

void MainWindowActions::showPermitted(const Session &session)
{
    const auto permit = [&session](QAction *action, Action what) {
        action->setVisible(Permissions::allowed(session, what));
    };
    permit(importList, Action::ImportResponsibilityList);
    permit(removeEdition, Action::RemoveResponsibilityList);
    permit(editionHistory, Action::ViewRecordHistory);
    permit(changePassword, Action::ChangeOwnPassword);
    permit(staffAccounts, Action::ViewStaff);
    permit(bureauSettings, Action::EditBureauSettings);
    permit(auditTrail, Action::ViewAuditTrail);
    for (QAction *action : {exportEntitiesCsv, exportLicencesCsv, exportEquipmentCsv, exportRegisterXlsx})
        permit(action, Action::ViewRegister);
    permit(showCases, Action::ViewCases);
    casesMenu->menuAction()->setVisible(showCases->isVisible());
    permit(showInspections, Action::ViewInspections);
    inspectionsMenu->menuAction()->setVisible(showInspections->isVisible());
    showSummary->setVisible(SummaryPage::allowed(session));
    summaryMenu->menuAction()->setVisible(showSummary->isVisible());
    administrationMenu->menuAction()->setVisible(staffAccounts->isVisible() || bureauSettings->isVisible() ||
                                                 auditTrail->isVisible());
}

} // namespace casedesk
