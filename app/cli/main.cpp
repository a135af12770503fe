// casedesk-cli: the headless CaseDesk. Runs with no display; links the core only.
#include "clicommands.h"
#include "commandline.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

namespace {
// The print commands lay documents out with Qt's text engine and fonts,
// which need a QGuiApplication; on the offscreen platform it needs no display.
// Every other command runs on a plain QCoreApplication.
bool needsGuiApplication(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    const casedesk::cli::CommandLine cl = casedesk::cli::CommandLine::parse(args);
    // The papers of cases, inspections, draws and sampling; the summary's PDF.
    const QString print = QStringLiteral("print");
    const QString group = cl.words.value(0);
    if (group == QLatin1String("summary"))
        return true;
    return (cl.words.value(1) == print && (group == QLatin1String("cases") || group == QLatin1String("inspections") ||
                                           group == QLatin1String("sampling"))) ||
           (group == QLatin1String("inspections") && cl.words.value(1) == QLatin1String("draw") &&
            cl.words.value(2) == print);
}
// The offscreen platform asks for XDG_RUNTIME_DIR, which scripts and
// services rarely set; Qt then uses a private directory of its own and says
// so on stderr, where the contract allows only the one-line reason.
QtMessageHandler defaultHandler = nullptr;
void quietRuntimeDirectoryNotice(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietRuntimeDirectoryNotice);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CaseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEDESK_VERSION));
    // Scripts usually run in the C locale and get English; a clerk's
    // Chinese terminal gets Chinese.
    casedesk::Translations::install(*app, QLocale::system());
    return casedesk::cli::run(QCoreApplication::arguments().mid(1));
}
