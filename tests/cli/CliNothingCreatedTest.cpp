// reliability.md rule 9 and issue 12: a command that fails creates no file. A refused import,
// a demo that cannot run and a merge into a database that is not there leave no database, no
// lock, no -wal or -shm and no folder behind.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using laatu::test::runCli;
using laatu::test::withDb;

namespace {
QStringList everything(const QString &root)
{
    return QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}
} // namespace

TEST_CASE("a refused command leaves nothing where its database did not exist", "[cli][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"laatu-review\", \"formatVersion\": 1}");
    }
    const QString root = dir.filePath(QStringLiteral("new"));
    const QString db = root + QStringLiteral("/deeper/laatu.db");
    const QList<std::pair<QStringList, int>> refused {
        {{QStringLiteral("import"), broken}, 3},
        {{QStringLiteral("import"), dir.filePath(QStringLiteral("missing.json"))}, 3},
        {{QStringLiteral("merge"), broken}, 4},
        {{QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("0")}, 2},
    };
    for (const auto &[arguments, exitCode] : refused) {
        const laatu::test::CliResult result = runCli(withDb(db, arguments));
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == exitCode);
        CHECK_FALSE(QFileInfo::exists(root));
        CHECK(everything(dir.path()) == QStringList {QStringLiteral("broken.json")});
    }

    // Beside other files too; a command that only reads creates nothing either.
    const QString existing = dir.filePath(QStringLiteral("laatu.db"));
    REQUIRE(runCli(withDb(existing, {QStringLiteral("import"), broken})).exitCode == 3);
    CHECK_FALSE(QFileInfo::exists(existing));
    REQUIRE(runCli(withDb(existing, {QStringLiteral("check")})).exitCode == 4);
    CHECK(everything(dir.path()) == QStringList {QStringLiteral("broken.json")});
    // A database that existed stays when a command on it fails.
    REQUIRE(runCli(withDb(existing,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1")}))
                .exitCode
            == 0);
    REQUIRE(runCli(withDb(existing, {QStringLiteral("import"), broken})).exitCode == 3);
    CHECK(QFileInfo::exists(existing));
    // And a failed demo on a database with reviews keeps it.
    CHECK(runCli(withDb(existing, {QStringLiteral("demo")})).exitCode == 2);
    CHECK(QFileInfo::exists(existing));
}
