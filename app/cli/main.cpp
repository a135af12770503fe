// casedesk-cli: the headless CaseDesk. Runs with no display; links the core only.
#include "clicommands.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    // Scripts usually run in the C locale and get English; a clerk's
    // Chinese terminal gets Chinese.
    casedesk::Translations::install(app, QLocale::system());
    return casedesk::cli::run(app.arguments().mid(1));
}
