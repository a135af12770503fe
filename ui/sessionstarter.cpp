#include "sessionstarter.h"

#include "auth/bureausetup.h"
#include "changepassworddialog.h"
#include "databaseopener.h"
#include "setupdialog.h"
#include "signindialog.h"

#include <QDir>
#include <QMessageBox>

namespace casedesk {

std::optional<OpenedSession> SessionStarter::startUp(const QString &path)
{
    std::unique_ptr<Database> db = DatabaseOpener::openAtStartup(path);
    if (!db)
        return std::nullopt;
    std::optional<Session> session = signIn(nullptr, *db);
    if (!session)
        return std::nullopt;
    return OpenedSession{std::move(db), std::move(*session)};
}

std::optional<OpenedSession> SessionStarter::open(QWidget *parent, const QString &path, const QString &currentPath)
{
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(parent, tr("Open Database"),
                              tr("The database could not be opened; CaseDesk keeps working on %1.\n\n%2")
                                  .arg(QDir::toNativeSeparators(currentPath), opened.error().message));
        return std::nullopt;
    }
    std::unique_ptr<Database> db = std::move(opened).value();
    std::optional<Session> session = signIn(parent, *db);
    if (!session)
        return std::nullopt;
    return OpenedSession{std::move(db), std::move(*session)};
}

std::optional<Session> SessionStarter::signIn(QWidget *parent, Database &db, Purpose purpose)
{
    std::optional<Session> session;
    if (BureauSetup::needed(db)) {
        SetupDialog setup(db, parent);
        if (setup.exec() != QDialog::Accepted)
            return std::nullopt;
        session = setup.session();
        // The administrator who set the bureau up signs in here next.
        if (session)
            SignInDialog::rememberLogin(session->login());
    }
    // An existing database, or one that has just joined its bureau: the
    // accounts came with the bureau's data.
    if (!session) {
        SignInDialog dialog(db, parent);
        if (purpose == Purpose::SwitchUser)
            dialog.clearLogin();
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        session = dialog.session();
    }
    if (session && session->mustChangePassword()) {
        ChangePasswordDialog change(db, *session, ChangePasswordDialog::Reason::ResetByAdministrator, parent);
        if (change.exec() != QDialog::Accepted)
            return std::nullopt;
    }
    return session;
}

} // namespace casedesk
