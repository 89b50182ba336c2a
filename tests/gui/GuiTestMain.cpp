// Catch2 main for widget tests: the offscreen platform is chosen before QApplication exists,
// so the tests run headless (also when ctest lists them at build time). Settings go to a
// folder of this process alone: ctest runs test cases in parallel processes, which must not
// read each other's language or window settings.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication::setOrganizationName(QStringLiteral("LaatuTests"));
    QApplication::setApplicationName(QStringLiteral("laatu-gui-tests"));
    // A dialog a test forgot to answer is answered with its default instead of hanging.
    laatu::gui::MessageBox::setNonInteractive(true);
    laatu::gui::DialogRunner::setNonInteractive(true);
    return Catch::Session().run(argc, argv);
}
