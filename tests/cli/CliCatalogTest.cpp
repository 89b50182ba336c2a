#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include "instrument/CatalogReader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using laatu::test::runCli;

namespace {
const QString kExample = QStringLiteral(LAATU_TEST_DATA_DIR "/catalogs/three-item-example.json");
}

TEST_CASE("catalog prints the built-in catalog in fi, sv and en", "[cli][catalog]")
{
    const auto builtIn = laatu::CatalogReader::readBuiltIn();
    REQUIRE(builtIn.ok());
    for (const QString &language :
         {QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en")}) {
        INFO(language.toStdString());
        const auto result = runCli({QStringLiteral("catalog"), QStringLiteral("--lang"), language});
        REQUIRE(result.exitCode == 0);
        for (const laatu::Criterion &criterion : builtIn.instrument->criteria()) {
            CHECK(result.out.contains(criterion.title.text(language)));
            CHECK(result.out.contains(criterion.anchors.at(4).text(language)));
        }
        CHECK(result.out.contains(builtIn.instrument->name().text(language)));
    }
}

TEST_CASE("catalog --check validates a file", "[cli][catalog]")
{
    const auto good = runCli({QStringLiteral("catalog"), QStringLiteral("--check")});
    CHECK(good.exitCode == 0);
    CHECK(good.out.contains(QStringLiteral("valid catalog fi-thl-ips25")));
    CHECK(good.out.contains(QStringLiteral("25 criteria in 3 sections")));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("bad.json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("{ this is not json");
    file.close();
    const auto bad = runCli({QStringLiteral("catalog"), QStringLiteral("--check"),
                             QStringLiteral("--file"), file.fileName()});
    CHECK(bad.exitCode == 3);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("not valid JSON")));

    CHECK(
        runCli({QStringLiteral("catalog"), QStringLiteral("--lang"), QStringLiteral("de")}).exitCode
        == 2);
    CHECK(runCli({QStringLiteral("catalog"), QStringLiteral("extra")}).exitCode == 2);
}

TEST_CASE("another instrument works as data alone", "[cli][catalog]")
{
    const auto check = runCli(
        {QStringLiteral("catalog"), QStringLiteral("--check"), QStringLiteral("--file"), kExample});
    REQUIRE(check.exitCode == 0);
    const auto print = runCli({QStringLiteral("catalog"), QStringLiteral("--file"), kExample,
                               QStringLiteral("--lang"), QStringLiteral("en")});
    CHECK(print.out.contains(QStringLiteral("Three-item example instrument")));
    CHECK(runCli({QStringLiteral("catalog"), QStringLiteral("--file"), kExample,
                  QStringLiteral("--lang"), QStringLiteral("fi")})
              .exitCode
          == 2);
    const auto high = runCli({QStringLiteral("score"), QStringLiteral("--catalog"), kExample,
                              QStringLiteral("--ratings"), QStringLiteral("5,4,3")});
    CHECK(high.out == QStringLiteral("total=12 mean=4.00 level=high only=12\n"));
    const auto low = runCli({QStringLiteral("score"), QStringLiteral("--catalog"), kExample,
                             QStringLiteral("--ratings"), QStringLiteral("1,4,3")});
    CHECK(low.out.startsWith(QStringLiteral("total=8 mean=2.67 level=low")));
    auto suggest = [](const char *id, const char *value) {
        return runCli({QStringLiteral("suggest"), QStringLiteral("--catalog"), kExample,
                       QLatin1String(id), QLatin1String(value)})
            .out;
    };
    CHECK(suggest("share", "20.5") == QStringLiteral("2\n"));
    CHECK(suggest("share", "20.4999") == QStringLiteral("1\n"));
    CHECK(suggest("share", "41/205") == QStringLiteral("1\n")); // exactly 20 %
    CHECK(suggest("habits", "3") == QStringLiteral("5\n"));
    CHECK(suggest("habits", "2") == QStringLiteral("3\n"));
}
