// Catch2 main for tests of laatu_core: a QCoreApplication exists (QtSql and translators need
// one) and QStandardPaths points into test locations, never at the developer's own data.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
