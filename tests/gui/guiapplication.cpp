// The GUI suites need a QApplication; testmain.cpp asks for it through this
// hook. Test mode keeps QSettings (window layout, last database) away from
// the user's real configuration.
#include <QApplication>
#include <QStandardPaths>

namespace casedesk::test {

QCoreApplication *makeGuiApplication(int &argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    return new QApplication(argc, argv);
}

} // namespace casedesk::test
