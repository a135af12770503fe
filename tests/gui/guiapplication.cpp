// The GUI suites need a QApplication; testmain.cpp asks for it through this
// hook. Test mode keeps QSettings (window layout, last database) away from
// the user's real configuration.
#include <QApplication>
#include <QStandardPaths>

namespace casedesk::test {

QCoreApplication *makeGuiApplication(int &argc, char **argv)
{
    // Test discovery runs the binary at build time, without the test
    // environment; with no display there, use the offscreen platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    return new QApplication(argc, argv);
}

} // namespace casedesk::test
