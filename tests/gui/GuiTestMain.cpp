// Catch2 main for widget tests: the offscreen platform is chosen before QApplication exists,
// so the tests run headless (also when ctest lists them at build time), and settings go to
// QStandardPaths' test locations.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LaatuTests"));
    QApplication::setApplicationName(QStringLiteral("laatu-gui-tests"));
    QSettings().clear();
    return Catch::Session().run(argc, argv);
}
