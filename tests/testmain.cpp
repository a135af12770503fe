// Catch2 main with a QGuiApplication (offscreen) for the core suites; GUI
// suites create their own QApplication through testsupport.
#define CATCH_CONFIG_RUNNER
#include "testsupport.h"

#include <catch2/catch.hpp>

int main(int argc, char *argv[])
{
    casedesk::test::ApplicationScope app(argc, argv);
    return Catch::Session().run(argc, argv);
}
