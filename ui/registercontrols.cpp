#include "registercontrols.h"

#include "auth/session.h"
#include "entitybrowser.h"
#include "entitydetailpane.h"
#include "historydialog.h"
#include "mainwindowactions.h"
#include "registerfiledialogs.h"
#include "startpage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

// INTEGRATION POINT: RegisterActions (ui/registeractions.h) is written
// alongside this file; until it is in the tree the register page only
// reads and exports.
#if __has_include("registeractions.h")
#include "registeractions.h"
#define CASEDESK_HAVE_REGISTER_ACTIONS 1
#else
#define CASEDESK_HAVE_REGISTER_ACTIONS 0
#endif

namespace casedesk {

RegisterControls::RegisterControls(QMainWindow *window, MainWindowActions &actions, EntityBrowser *browser,
                                   StartPage *startPage)
    : QObject(window), m_window(window), m_actions(actions), m_browser(browser), m_startPage(startPage)
{
    connect(actions.exportEntitiesCsv, &QAction::triggered, this, [this] { chooseCsvExport(RegisterTable::Entities); });
    connect(actions.exportLicencesCsv, &QAction::triggered, this, [this] { chooseCsvExport(RegisterTable::Licences); });
    connect(actions.exportEquipmentCsv, &QAction::triggered, this,
            [this] { chooseCsvExport(RegisterTable::Equipment); });
    connect(actions.exportRegisterXlsx, &QAction::triggered, this, &RegisterControls::chooseXlsxExport);
    connectBrowser();
}

RegisterControls::~RegisterControls()
{
    detachActions();
}

void RegisterControls::attach(Database &db, const Session &session)
{
    detachActions();
    m_db = &db;
    m_session = &session;
#if CASEDESK_HAVE_REGISTER_ACTIONS
    m_register = new RegisterActions(db, session, m_window);
    m_register->setParent(this);
    QMenu *edit = m_actions.editMenu;
    QAction *first = edit->actions().value(0);
    edit->insertAction(first, m_register->undoAction());
    edit->insertAction(first, m_register->redoAction());
    m_separators << edit->insertSeparator(first);
    QMenu *reg = m_actions.registerMenu;
    QAction *firstRegister = reg->actions().value(0);
    reg->insertAction(firstRegister, m_register->newEntityAction());
    reg->insertAction(firstRegister, m_register->importAction());
    m_separators << reg->insertSeparator(firstRegister);
    connect(m_register, &RegisterActions::registerChanged, this, &RegisterControls::refreshPages);
    connect(m_register, &RegisterActions::entityCreated, this, &RegisterControls::showEntityCreated);
#endif
    showPermitted(session);
}

void RegisterControls::detachActions()
{
#if CASEDESK_HAVE_REGISTER_ACTIONS
    if (m_register) {
        for (QAction *action : {m_register->undoAction(), m_register->redoAction()})
            m_actions.editMenu->removeAction(action);
        for (QAction *action : {m_register->newEntityAction(), m_register->importAction()})
            m_actions.registerMenu->removeAction(action);
        delete m_register;
    }
#endif
    for (QAction *separator : std::as_const(m_separators))
        delete separator;
    m_separators.clear();
    m_register = nullptr;
}

RegisterActions *RegisterControls::registerActions() const
{
    return m_register;
}

void RegisterControls::showPermitted(const Session &session)
{
    m_browser->showPermitted(session);
#if CASEDESK_HAVE_REGISTER_ACTIONS
    // Also clears the undo stack when somebody else signed in.
    if (m_register)
        m_register->updatePermissions();
#endif
}

void RegisterControls::connectBrowser()
{
    EntityDetailPane *pane = m_browser->detailPane();
    connect(pane, &EntityDetailPane::historyRequested, this, [this](const QString &uuid, const QString &title) {
        if (!m_db || !m_session)
            return;
        HistoryDialog dialog(*m_db, *m_session, uuid, title, m_window);
        dialog.exec();
    });
#if CASEDESK_HAVE_REGISTER_ACTIONS
    // The pane and the list only ask; RegisterActions opens the forms,
    // checks and writes. Nothing to do before the window attached a database.
    const auto forward = [this](void (RegisterActions::*act)(qint64)) {
        return [this, act](qint64 id) {
            if (m_register && id != 0)
                (m_register->*act)(id);
        };
    };
    connect(m_browser, &EntityBrowser::editEntityRequested, this, forward(&RegisterActions::editEntity));
    connect(pane, &EntityDetailPane::editEntityRequested, this, forward(&RegisterActions::editEntity));
    connect(pane, &EntityDetailPane::removeEntityRequested, this, forward(&RegisterActions::removeEntity));
    connect(pane, &EntityDetailPane::addLicenceRequested, this, forward(&RegisterActions::addLicence));
    connect(pane, &EntityDetailPane::editLicenceRequested, this, forward(&RegisterActions::editLicence));
    connect(pane, &EntityDetailPane::changeLicenceStatusRequested, this,
            forward(&RegisterActions::changeLicenceStatus));
    connect(pane, &EntityDetailPane::removeLicenceRequested, this, forward(&RegisterActions::removeLicence));
    connect(pane, &EntityDetailPane::addEquipmentRequested, this, forward(&RegisterActions::addEquipment));
    connect(pane, &EntityDetailPane::editEquipmentRequested, this, forward(&RegisterActions::editEquipment));
    connect(pane, &EntityDetailPane::removeEquipmentRequested, this, forward(&RegisterActions::removeEquipment));
#endif
}

void RegisterControls::refreshPages(qint64 entityId)
{
    m_browser->refresh();
    m_startPage->registerChanged();
    emit registerChanged(entityId);
}

void RegisterControls::showEntityCreated(qint64 entityId)
{
    m_browser->refresh();
    m_browser->selectEntity(entityId);
}

Status RegisterControls::exportCsv(RegisterTable table, const QString &path) const
{
    if (!m_db)
        return refusal(tr("No database is open."));
    return RegisterCsv::exportCsv(*m_db, table, path);
}

Status RegisterControls::exportXlsx(const QString &path) const
{
    if (!m_db)
        return refusal(tr("No database is open."));
    return RegisterCsv::exportXlsx(*m_db, path);
}

namespace {
// The message names the file even when the core's reason does not.
QString namingFile(const QString &message, const QString &path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (message.contains(QFileInfo(path).fileName()))
        return message;
    return RegisterControls::tr("Could not save %1: %2").arg(name, message);
}
} // namespace

void RegisterControls::chooseCsvExport(RegisterTable table)
{
    const QString path = RegisterFileDialogs::exportCsvPath(m_window, table);
    if (path.isEmpty())
        return;
    if (const Status written = exportCsv(table, path); !written) {
        QMessageBox::critical(m_window, tr("Export CSV"), namingFile(written.error().message, path));
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void RegisterControls::chooseXlsxExport()
{
    const QString path = RegisterFileDialogs::exportXlsxPath(m_window);
    if (path.isEmpty())
        return;
    if (const Status written = exportXlsx(path); !written) {
        QMessageBox::critical(m_window, tr("Export Excel Workbook"), namingFile(written.error().message, path));
        return;
    }
    m_window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

} // namespace casedesk
