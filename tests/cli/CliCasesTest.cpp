// The public cases through the command line, exactly as a user or script would run them.
#include "../support/QtStringMaker.h"
#include "../support/SharedCases.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using laatu::test::runCli;

TEST_CASE("laatu-cli score answers every shared scoring case", "[cli][cases]")
{
    const QList<QStringList> rows
        = laatu::test::readCaseTable(laatu::test::sharedCase("scoring.tsv"));
    REQUIRE(rows.size() >= 20);
    for (const QStringList &row : rows) {
        INFO(row.join(QLatin1Char(' ')).toStdString());
        const auto result
            = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), row.at(0)});
        REQUIRE(result.exitCode == 0);
        CHECK(result.err.isEmpty());
        const QString expected
            = QStringLiteral("total=%1 mean=%2 level=%3 staffing=%4 organisation=%5 services=%6")
                  .arg(row.at(1), row.at(2), row.at(3), row.at(4), row.at(5), row.at(6));
        CHECK(result.out.startsWith(expected));
    }
}

TEST_CASE("laatu-cli suggest answers every shared suggestion case", "[cli][cases]")
{
    const QList<QStringList> rows
        = laatu::test::readCaseTable(laatu::test::sharedCase("suggestions.tsv"));
    REQUIRE(rows.size() >= 20);
    for (const QStringList &row : rows) {
        INFO(row.join(QLatin1Char(' ')).toStdString());
        const auto result = runCli({QStringLiteral("suggest"), row.at(0), row.at(1)});
        CHECK(result.exitCode == 0);
        CHECK(result.out == row.at(2) + QLatin1Char('\n'));
    }
}

TEST_CASE("laatu-cli suggest computes a number from two counts", "[cli]")
{
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("caseload"), QStringLiteral("45/2.25")})
              .out
          == QStringLiteral("5\n"));
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("job-type-diversity"),
                  QStringLiteral("169/200")})
              .out
          == QStringLiteral("4\n"));
    CHECK(runCli({QStringLiteral("suggest"), QStringLiteral("employer-contacts"),
                  QStringLiteral("6,5")})
              .out
          == QStringLiteral("5\n"));
}

TEST_CASE("laatu-cli score --json and an incomplete review", "[cli]")
{
    const QString ratings = QStringLiteral("4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,-");
    const auto text = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), ratings});
    CHECK(text.exitCode == 0);
    CHECK(text.out
          == QStringLiteral("total=- mean=- level=incomplete staffing=12 organisation=32 "
                            "services=- unrated=assertive-outreach\n"));

    const auto json = runCli(
        {QStringLiteral("score"), QStringLiteral("--json"), QStringLiteral("--ratings"), ratings});
    REQUIRE(json.exitCode == 0);
    const QJsonObject card = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(card.value(QStringLiteral("level")).toString() == QStringLiteral("incomplete"));
    CHECK(card.value(QStringLiteral("total")).isNull());
    CHECK(card.value(QStringLiteral("ratedTotal")).toInt() == 96);
    CHECK(card.value(QStringLiteral("rated")).toInt() == 24);
    CHECK(card.value(QStringLiteral("unrated")).toArray().at(0).toString()
          == QStringLiteral("assertive-outreach"));
    CHECK(card.value(QStringLiteral("catalog")).toObject().value(QStringLiteral("id")).toString()
          == QStringLiteral("fi-thl-ips25"));
    const QJsonArray sections = card.value(QStringLiteral("sections")).toArray();
    REQUIRE(sections.size() == 3);
    CHECK(sections.at(0).toObject().value(QStringLiteral("subtotal")).toInt() == 12);
    CHECK(sections.at(2).toObject().value(QStringLiteral("subtotal")).isNull());

    const auto full
        = runCli({QStringLiteral("score"), QStringLiteral("--json"), QStringLiteral("--ratings"),
                  QStringLiteral("5,5,5,5,5,5,5,5,5,5,5,5,5,5,4,4,4,4,4,4,4,4,4,4,4")});
    const QJsonObject fullCard = QJsonDocument::fromJson(full.out.toUtf8()).object();
    CHECK(fullCard.value(QStringLiteral("total")).toInt() == 114);
    CHECK(fullCard.value(QStringLiteral("mean")).toString() == QStringLiteral("4.56"));
    CHECK(fullCard.value(QStringLiteral("level")).toString() == QStringLiteral("good"));
}

TEST_CASE("laatu-cli score compares reviewers given with --rater", "[cli]")
{
    const QString a = QStringLiteral("5,5,5,4,4,4,5,5,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3");
    const QString b = QStringLiteral("5,5,5,5,3,5,3,2,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3");
    const auto result = runCli({QStringLiteral("score"), QStringLiteral("--ratings"), a,
                                QStringLiteral("--rater"), a, QStringLiteral("--rater"), b});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral(
        "agreement exact=20/25 within-one=23/25 differ-by-2=coaching-unit,supervisor-role\n")));
    const auto json
        = runCli({QStringLiteral("score"), QStringLiteral("--json"), QStringLiteral("--ratings"), a,
                  QStringLiteral("--rater"), a, QStringLiteral("--rater"), b});
    const QJsonObject agreement = QJsonDocument::fromJson(json.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("agreement"))
                                      .toObject();
    CHECK(agreement.value(QStringLiteral("exact")).toInt() == 20);
    CHECK(agreement.value(QStringLiteral("withinOne")).toInt() == 23);
}
