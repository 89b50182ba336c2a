// Issue 12, honest output: "--" ends the options; an option without its value or with an
// empty one, and an empty argument, are wrong usage (exit 2) named as such, also when --db
// comes before the command; a review file that would replace a final review is refused as bad
// input (exit 3), not as a database problem.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using laatu::test::CliResult;
using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
struct Demo
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("laatu.db"));

    Demo()
    {
        REQUIRE(
            runCli(withDb(db,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1")}))
                .exitCode
            == 0);
    }
};

// The arguments with --db after the command word, as a user may type them too.
QStringList dbAfter(const QString &db, QStringList arguments)
{
    arguments.insert(1, QStringLiteral("--db"));
    arguments.insert(2, db);
    return arguments;
}
} // namespace

TEST_CASE("a double dash ends the options, with --db before or after the command",
          "[cli][arguments]")
{
    Demo demo;
    const QString review = demo.dir.filePath(QStringLiteral("-review.json"));
    REQUIRE(runCli(withDb(demo.db,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           review}))
                .exitCode
            == 0);
    // A relative name that starts with '-', as a user types it in the folder of the file.
    const QString previous = QDir::currentPath();
    REQUIRE(QDir::setCurrent(demo.dir.path()));
    for (const QStringList &arguments :
         {withDb(demo.db,
                 {QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("-review.json")}),
          dbAfter(
              demo.db,
              {QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("-review.json")})}) {
        const CliResult result = runCli(arguments);
        INFO(arguments.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
        CHECK(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("unchanged")));
    }
    REQUIRE(QDir::setCurrent(previous));
}

TEST_CASE("an option without a value or with an empty one, and an empty argument, are wrong "
          "usage",
          "[cli][arguments]")
{
    Demo demo;
    const QByteArray before = readAll(demo.db);
    const QList<std::pair<QStringList, QString>> cases {
        {{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out")},
         QStringLiteral("'--out'")},
        {{QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), QString()},
         QStringLiteral("--out needs a value")},
        {{QStringLiteral("backup"), QStringLiteral("--dir"), QString()},
         QStringLiteral("--dir needs a value")},
        {{QStringLiteral("history"), QString()}, QStringLiteral("empty argument")},
        {{QStringLiteral("show"), QString()}, QStringLiteral("empty argument")},
        {{QStringLiteral("import"), QString()}, QStringLiteral("empty argument")},
    };
    for (const auto &[arguments, expected] : cases) {
        for (const QStringList &full : {withDb(demo.db, arguments), dbAfter(demo.db, arguments)}) {
            const CliResult result = runCli(full);
            INFO(full.join(QLatin1Char(' ')).toStdString() << ": " << result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.contains(expected));
            CHECK_FALSE(result.err.contains(QStringLiteral("expected one review")));
            CHECK_FALSE(result.err.contains(QStringLiteral("QDir"))); // no Qt warning
        }
    }
    CHECK(runCli({QStringLiteral("--db"), QString(), QStringLiteral("list")}).exitCode == 2);
    CHECK(readAll(demo.db) == before);
    CHECK_FALSE(QFileInfo::exists(demo.dir.filePath(QStringLiteral("laatu-backups"))));
}

TEST_CASE("a file that would replace a final review is refused as bad input", "[cli][arguments]")
{
    Demo demo;
    const QString file = demo.dir.filePath(QStringLiteral("final.json"));
    REQUIRE(runCli(withDb(demo.db,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           file}))
                .exitCode
            == 0);
    QJsonObject root = QJsonDocument::fromJson(readAll(file)).object();
    REQUIRE(root.value(QStringLiteral("review")).toObject().value(QStringLiteral("status"))
            == QStringLiteral("final"));
    QJsonObject review = root.value(QStringLiteral("review")).toObject();
    review.insert(QStringLiteral("visitEnd"), review.value(QStringLiteral("visitStart")));
    root.insert(QStringLiteral("review"), review);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(root).toJson());
    }
    const QByteArray before = readAll(demo.db);
    const CliResult result = runCli(withDb(demo.db, {QStringLiteral("import"), file}));
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 3);
    CHECK(result.err.contains(QStringLiteral("is final")));
    CHECK(readAll(demo.db) == before);
}
