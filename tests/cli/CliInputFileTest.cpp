// reliability.md rule 9 and issue 12: Laatu reads only regular files. A FIFO is refused at
// once (reading one used to wait forever for a writer), a directory says it is one, a device
// says it is not a regular file; the same for a catalog, a review file, a backup to restore and
// the database itself. Nothing is created or changed on the way.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/stat.h>

using laatu::test::CliResult;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
struct Case
{
    QStringList arguments;
    QString expected;
};
} // namespace

TEST_CASE("a FIFO, a directory or a device given as a file is refused at once, by name",
          "[cli][errors][input]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString folder = dir.filePath(QStringLiteral("folder.json"));
    REQUIRE(QDir().mkdir(folder));
    const QString db = dir.filePath(QStringLiteral("laatu.db"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("1")}))
                .exitCode
            == 0);
    const QByteArray before = laatu::test::readAll(db);
    const QString fresh = dir.filePath(QStringLiteral("fresh.db"));

    const QString notRegular = QStringLiteral("is not a regular file");
    const QString directory = QStringLiteral("is a directory");
    const QList<Case> cases {
        {{QStringLiteral("catalog"), QStringLiteral("--check"), QStringLiteral("--file"), fifo},
         notRegular},
        {{QStringLiteral("catalog"), QStringLiteral("--check"), QStringLiteral("--file"), folder},
         directory},
        {{QStringLiteral("catalog"), QStringLiteral("--check"), QStringLiteral("--file"),
          QStringLiteral("/dev/zero")},
         notRegular},
        {withDb(fresh, {QStringLiteral("import"), fifo}), notRegular},
        {withDb(fresh, {QStringLiteral("import"), folder}), directory},
        {withDb(fresh, {QStringLiteral("import"), QStringLiteral("/dev/zero")}), notRegular},
        {withDb(db, {QStringLiteral("merge"), fifo}), notRegular},
        {withDb(db, {QStringLiteral("restore"), fifo}), notRegular},
        {withDb(db, {QStringLiteral("restore"), folder}), directory},
        {withDb(db, {QStringLiteral("restore"), QStringLiteral("/dev/null")}), notRegular},
        {withDb(fifo, {QStringLiteral("list")}), notRegular},
        {withDb(folder, {QStringLiteral("import"), QStringLiteral("/dev/null")}), directory},
    };
    for (const Case &test : cases) {
        QElapsedTimer timer;
        timer.start();
        const CliResult result = runCli(test.arguments);
        INFO(test.arguments.join(QLatin1Char(' ')).toStdString()
             << ": " << result.err.toStdString());
        CHECK(timer.elapsed() < 10000); // at once, not after waiting for a writer
        CHECK(result.exitCode >= 3);
        CHECK(result.err.contains(test.expected));
        CHECK_FALSE(result.err.contains(QStringLiteral("no such file")));
    }
    CHECK(laatu::test::readAll(db) == before);
    CHECK_FALSE(QFileInfo::exists(fresh));
    CHECK(QDir(folder).isEmpty());
}
