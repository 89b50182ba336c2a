// Catch2 main for the report tests: laying out text needs fonts and so a QGuiApplication; the
// offscreen platform is chosen before it exists, so the tests run headless (also when ctest
// lists them at build time).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
