// Catch2 main for the desktop application against a real PostgreSQL 15: widgets on the
// offscreen platform, as in laatu_gui_tests, and one throwaway cluster for the whole run
// (tests/programme's TestCluster), stopped when the run ends.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "../../programme/TestCluster.h"

#include "gui/common/DialogRunner.h"
#include "gui/common/MessageBox.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace laatu::test {
std::unique_ptr<TestCluster> &clusterHolder()
{
    static std::unique_ptr<TestCluster> holder;
    return holder;
}
} // namespace laatu::test

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // The password is the application's to find or ask for, never the environment's.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication::setOrganizationName(QStringLiteral("LaatuTests"));
    QApplication::setApplicationName(QStringLiteral("laatu-gui-programme-tests"));
    laatu::gui::MessageBox::setNonInteractive(true);
    laatu::gui::DialogRunner::setNonInteractive(true);
    const int result = Catch::Session().run(argc, argv);
    laatu::test::clusterHolder().reset();
    return result;
}
