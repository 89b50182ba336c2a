// Catch2 main for the programme server tests: one PostgreSQL cluster for the whole run
// (started at first use, stopped when the run ends), so the tests cost seconds beyond it.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "TestCluster.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>
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
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    const int result = Catch::Session().run(argc, argv);
    if (laatu::test::clusterHolder())
        std::printf("PostgreSQL test cluster: initdb, certificates and start took %.2f s\n",
                    laatu::test::clusterHolder()->startSeconds());
    laatu::test::clusterHolder().reset();
    return result;
}
