// casedesk: the desktop application. Start-up only: the application object,
// the translations, the command line, the database and who works on it
// (set-up or sign-in), the main window.

#include "database.h"
#include "databaseopener.h"
#include "mainwindow.h"
#include "sessionstarter.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("CaseDesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casedesk.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("casedesk"));

    // Before the command line, so --help speaks the user's language too.
    casedesk::UiLanguage::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "CaseDesk: case management for quality and technical supervision bureaus."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("main", "Open the database file <path>."),
                                      QCoreApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("database"),
                                 QCoreApplication::translate("main", "The database file to open (same as --db)."),
                                 QStringLiteral("[database]"));
    parser.process(app);

    // A path on the command line is a one-off; the file chosen in the GUI
    // last time is the everyday default.
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = casedesk::DatabaseOpener::rememberedPath();
    if (path.isEmpty())
        path = casedesk::Database::defaultPath();

    std::optional<casedesk::OpenedSession> opened = casedesk::SessionStarter::startUp(path);
    if (!opened)
        return 1;

    casedesk::MainWindow window(std::move(opened->db), std::move(opened->session));
    window.show();
    return app.exec();
}
