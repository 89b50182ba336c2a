// laatu-cli hand-out: the lead gives the co-reviewer a file with the review's frame and nobody's
// ratings, notes or findings; the co-reviewer's laptop imports it, and the loop closes with
// export-mine and merge.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

namespace {
QJsonObject json(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

int ratingsIn(const QJsonObject &review)
{
    int count = review.value(QStringLiteral("consensus")).toArray().size();
    for (const QJsonValue &rater : review.value(QStringLiteral("raters")).toArray())
        count += rater.toObject().value(QStringLiteral("ratings")).toArray().size();
    return count;
}
} // namespace

TEST_CASE("hand-out writes the frame only; import on another laptop, export-mine and merge close "
          "the loop",
          "[cli][hand-out]")
{
    QTemporaryDir dir;
    const QString lead = dir.filePath(QStringLiteral("lead.db"));
    const QString co = dir.filePath(QStringLiteral("co.db"));
    REQUIRE(runCli(withDb(lead, {QStringLiteral("demo")})).exitCode == 0);
    // Review 3 of the demo is a draft both reviewers have rated, with notes.
    const QString whole = dir.filePath(QStringLiteral("whole.json"));
    REQUIRE(runCli(withDb(lead,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           whole}))
                .exitCode
            == 0);
    REQUIRE(ratingsIn(json(whole)) > 0);

    for (const bool evidence : {false, true}) {
        INFO("with evidence: " << evidence);
        const QString file = dir.filePath(QStringLiteral("handout.json"));
        QStringList arguments {QStringLiteral("hand-out"), QStringLiteral("3"),
                               QStringLiteral("--rater"),  QStringLiteral(" MIKKO MITTARI "),
                               QStringLiteral("--out"),    file};
        if (evidence)
            arguments << QStringLiteral("--with-evidence");
        const auto handOut = runCli(withDb(lead, arguments));
        INFO(handOut.err.toStdString());
        REQUIRE(handOut.exitCode == 0);
        const QJsonObject frame = json(file);
        CHECK(ratingsIn(frame) == 0);
        const QJsonObject evidenceJson = frame.value(QStringLiteral("evidence")).toObject();
        CHECK(evidenceJson.value(QStringLiteral("notes")).toArray().isEmpty());
        CHECK(evidenceJson.value(QStringLiteral("numbers")).toArray().isEmpty() == !evidence);
        CHECK(frame.value(QStringLiteral("findings")).toArray().isEmpty());
        CHECK(frame.value(QStringLiteral("actions")).toArray().isEmpty());
        const QJsonArray raters = frame.value(QStringLiteral("raters")).toArray();
        REQUIRE(raters.size() == 2);
        CHECK(frame.value(QStringLiteral("handedOutTo"))
              == raters.at(1).toObject().value(QStringLiteral("uuid")));
        CHECK((QFile(file).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    }

    // The co-reviewer's laptop takes it, rates nothing yet, and sends their (empty) part back.
    const QString file = dir.filePath(QStringLiteral("handout.json"));
    const auto imported = runCli(withDb(co, {QStringLiteral("import"), file}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const QString uuid = json(file)
                             .value(QStringLiteral("review"))
                             .toObject()
                             .value(QStringLiteral("uuid"))
                             .toString();
    const QString back = dir.filePath(QStringLiteral("back.json"));
    REQUIRE(
        runCli(withDb(co, {QStringLiteral("export"), uuid, QStringLiteral("--out"), back})).exitCode
        == 0);
    CHECK(ratingsIn(json(back)) == 0);
    CHECK_FALSE(json(back).contains(QStringLiteral("handedOutTo")));
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    REQUIRE(runCli(withDb(co,
                          {QStringLiteral("export-mine"), uuid, QStringLiteral("--rater"),
                           QStringLiteral("Mikko Mittari"), QStringLiteral("--out"), mine}))
                .exitCode
            == 0);
    const auto merged = runCli(withDb(lead, {QStringLiteral("merge"), mine}));
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);

    // On the lead's laptop, where the ratings are, the hand-out is refused and changes nothing.
    const auto refused = runCli(withDb(lead, {QStringLiteral("import"), file}));
    CHECK(refused.exitCode == 3);
    const QString after = dir.filePath(QStringLiteral("after.json"));
    REQUIRE(runCli(withDb(lead,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           after}))
                .exitCode
            == 0);
    CHECK(readAll(after) == readAll(whole));
}

TEST_CASE("hand-out refuses what it cannot do, with exit 2 or 3 and no file", "[cli][hand-out]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);
    const QString file = dir.filePath(QStringLiteral("handout.json"));
    const auto run = [&](const QStringList &arguments) {
        const auto result
            = runCli(withDb(db, QStringList {QStringLiteral("hand-out")} + arguments));
        INFO(result.err.toStdString());
        CHECK(result.exitCode != 0);
        CHECK_FALSE(result.err.isEmpty());
        CHECK_FALSE(QFile::exists(file));
        return result;
    };
    run({QStringLiteral("3"), QStringLiteral("--out"), file}); // no --rater
    run({QStringLiteral("3"), QStringLiteral("--rater"),
         QStringLiteral("Mikko Mittari")}); // no --out
    CHECK(run({QStringLiteral("3"), QStringLiteral("--rater"), QStringLiteral("Nobody"),
               QStringLiteral("--out"), file})
              .err.contains(QStringLiteral("Nobody")));
    // Review 1 of the demo is final: there is nothing left to rate.
    CHECK(run({QStringLiteral("1"), QStringLiteral("--rater"), QStringLiteral("Mikko Mittari"),
               QStringLiteral("--out"), file})
              .err.contains(QStringLiteral("final")));
    run({QStringLiteral("999"), QStringLiteral("--rater"), QStringLiteral("Mikko Mittari"),
         QStringLiteral("--out"), file});
}
