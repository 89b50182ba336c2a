// Wrong input gets exit code 2 (usage) or 3 (bad file) and one message naming the problem.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using laatu::test::runCli;

namespace {
const QString kFull = QStringLiteral("5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5,5");
}

TEST_CASE("score: a wrong count or value exits 2 and names the problem", "[cli][errors]")
{
    const auto tooFew
        = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), QStringLiteral("5,5,5")});
    CHECK(tooFew.exitCode == 2);
    CHECK(tooFew.out.isEmpty());
    CHECK(tooFew.err.contains(QStringLiteral("expected 25 ratings")));
    CHECK(tooFew.err.contains(QStringLiteral("got 3")));

    QString six = kFull;
    six.replace(12, 1, QStringLiteral("6")); // the 7th value
    const auto outOfScale = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), six});
    CHECK(outOfScale.exitCode == 2);
    CHECK(outOfScale.err.contains(QStringLiteral("rating 7 (coaching-unit) is \"6\"")));

    QString half = kFull;
    half.replace(0, 1, QStringLiteral("4.5"));
    CHECK(runCli({QStringLiteral("score"), QStringLiteral("--ratings"), half}).exitCode == 2);
    CHECK(runCli({QStringLiteral("score")}).err.contains(QStringLiteral("--ratings is required")));
    CHECK(runCli({QStringLiteral("score"), QStringLiteral("--ratings")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("score"), QStringLiteral("--bogus")}).exitCode == 2);
    const auto oneRater = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), kFull,
                                  QStringLiteral("--rater"), kFull});
    CHECK(oneRater.exitCode == 2);
    CHECK(oneRater.err.contains(QStringLiteral("at least twice")));
}

TEST_CASE("suggest: unknown ids, descriptive criteria and bad values exit 2", "[cli][errors]")
{
    const auto unknown
        = runCli({QStringLiteral("suggest"), QStringLiteral("caseloads"), QStringLiteral("3")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown criterion \"caseloads\"")));
    const auto descriptive
        = runCli({QStringLiteral("suggest"), QStringLiteral("generalists"), QStringLiteral("3")});
    CHECK(descriptive.exitCode == 2);
    CHECK(descriptive.err.contains(QStringLiteral("descriptive")));
    const auto notNumber
        = runCli({QStringLiteral("suggest"), QStringLiteral("caseload"), QStringLiteral("lots")});
    CHECK(notNumber.exitCode == 2);
    CHECK(notNumber.err.contains(QStringLiteral("not a number")));
    const auto share = runCli(
        {QStringLiteral("suggest"), QStringLiteral("competitive-jobs"), QStringLiteral("120")});
    CHECK(share.exitCode == 2);
    CHECK(share.err.contains(QStringLiteral("outside the range")));
    const auto count
        = runCli({QStringLiteral("suggest"), QStringLiteral("disclosure"), QStringLiteral("5")});
    CHECK(count.exitCode == 2);
    CHECK(count.err.contains(QStringLiteral("from 0 to 4")));
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("caseload"), QStringLiteral("10/0")})
              .exitCode
          == 2);
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("caseload")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("disclosure"), QStringLiteral("2.5")})
              .exitCode
          == 2);
}

TEST_CASE("commands, help and version", "[cli]")
{
    const auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("Usage: laatu-cli")));
    for (const char *command : {"score", "suggest", "catalog"})
        CHECK(help.out.contains(QLatin1String(command)));
    const auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("laatu-cli ")));
    const auto commandHelp = runCli({QStringLiteral("score"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("Usage: laatu-cli score")));
    CHECK(commandHelp.out.contains(QStringLiteral("--ratings")));
    const auto none = runCli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("no command given")));
    const auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
}

TEST_CASE("a broken --catalog file exits 3 and lists its problems", "[cli][errors]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"laatu-catalog\", \"formatVersion\": 1}");
    file.close();
    const auto score = runCli({QStringLiteral("score"), QStringLiteral("--catalog"), path,
                               QStringLiteral("--ratings"), kFull});
    CHECK(score.exitCode == 3);
    CHECK(score.err.contains(QStringLiteral("is not valid")));
    CHECK(score.err.contains(QStringLiteral("\"id\" is missing")));
    const auto suggest = runCli({QStringLiteral("suggest"), QStringLiteral("--catalog"),
                                 dir.filePath(QStringLiteral("missing.json")),
                                 QStringLiteral("caseload"), QStringLiteral("3")});
    CHECK(suggest.exitCode == 3);
    CHECK(suggest.err.contains(QStringLiteral("does not exist")));
}
