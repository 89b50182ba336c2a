// merge, export-mine, history, compare and outcome as a user runs them.
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
// The review as `export` writes it: the database's content, byte for byte.
QByteArray exported(const QString &db, const QString &id, const QString &path)
{
    REQUIRE(
        runCli(withDb(db, {QStringLiteral("export"), id, QStringLiteral("--out"), path})).exitCode
        == 0);
    return readAll(path);
}
} // namespace

TEST_CASE("export-mine then merge: unchanged, conflicts kept with exit 5, taken on request",
          "[cli][analysis]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    const auto exportMine = runCli(
        withDb(db,
               {QStringLiteral("export-mine"), QStringLiteral("3"), QStringLiteral("--rater"),
                QStringLiteral("mikko mittari"), QStringLiteral("--out"), mine}));
    INFO(exportMine.err.toStdString());
    REQUIRE(exportMine.exitCode == 0);
    const QJsonObject file = QJsonDocument::fromJson(readAll(mine)).object();
    REQUIRE(file.value(QStringLiteral("raters")).toArray().size() == 1);
    CHECK(file.value(QStringLiteral("consensus")).toArray().isEmpty());

    const QByteArray before = exported(db, QStringLiteral("3"), dir.filePath(QStringLiteral("a")));
    const auto same = runCli(withDb(db, {QStringLiteral("merge"), mine}));
    CHECK(same.exitCode == 0);
    CHECK(same.out.startsWith(QStringLiteral("unchanged ")));
    CHECK(exported(db, QStringLiteral("3"), dir.filePath(QStringLiteral("b"))) == before);

    // The reviewer changed one rating on their laptop.
    QJsonObject changed = file;
    QJsonArray raters = changed.value(QStringLiteral("raters")).toArray();
    QJsonObject rater = raters.at(0).toObject();
    QJsonArray ratings = rater.value(QStringLiteral("ratings")).toArray();
    QJsonObject first = ratings.at(0).toObject();
    const int old = first.value(QStringLiteral("value")).toInt();
    first.insert(QStringLiteral("value"), old == 1 ? 2 : 1);
    ratings.replace(0, first);
    rater.insert(QStringLiteral("ratings"), ratings);
    raters.replace(0, rater);
    changed.insert(QStringLiteral("raters"), raters);
    const QString conflicting = dir.filePath(QStringLiteral("changed.json"));
    {
        QFile out(conflicting);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(changed).toJson());
    }
    const auto kept = runCli(withDb(db, {QStringLiteral("merge"), conflicting}));
    CHECK(kept.exitCode == 5);
    CHECK(kept.out.contains(QStringLiteral("1 conflict")));
    CHECK(kept.out.contains(QStringLiteral("kept: ")));
    CHECK(kept.err.contains(QStringLiteral("--take-incoming")));
    CHECK(exported(db, QStringLiteral("3"), dir.filePath(QStringLiteral("c"))) == before);

    // A broken file beside it: exit 3, nothing written, even with --take-incoming.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile out(broken);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("not json");
    }
    const auto bad = runCli(withDb(
        db, {QStringLiteral("merge"), conflicting, broken, QStringLiteral("--take-incoming")}));
    CHECK(bad.exitCode == 3);
    CHECK(bad.err.contains(QStringLiteral("nothing was merged")));
    CHECK(exported(db, QStringLiteral("3"), dir.filePath(QStringLiteral("d"))) == before);

    const auto taken = runCli(
        withDb(db, {QStringLiteral("merge"), conflicting, QStringLiteral("--take-incoming")}));
    CHECK(taken.exitCode == 0);
    CHECK(taken.out.contains(QStringLiteral("took the file's value")));
    CHECK(exported(db, QStringLiteral("3"), dir.filePath(QStringLiteral("e"))) != before);
    const auto again = runCli(withDb(db, {QStringLiteral("merge"), conflicting}));
    CHECK(again.exitCode == 0);
    CHECK(again.out.startsWith(QStringLiteral("unchanged ")));

    CHECK(runCli(withDb(db, {QStringLiteral("merge")})).exitCode == 2);
    CHECK(runCli(
              withDb(db,
                     {QStringLiteral("export-mine"), QStringLiteral("3"), QStringLiteral("--rater"),
                      QStringLiteral("Nobody"), QStringLiteral("--out"), mine}))
              .exitCode
          == 2);
}

TEST_CASE("history, outcome and compare", "[cli][analysis]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);
    const QString site = QStringLiteral("Askel IPS-valmennus");

    const auto outcome = runCli(withDb(
        db,
        {QStringLiteral("outcome"), site, QStringLiteral("--from"), QStringLiteral("2025-01-01"),
         QStringLiteral("--to"), QStringLiteral("2025-06-30"), QStringLiteral("--coached"),
         QStringLiteral("40"), QStringLiteral("--employed"), QStringLiteral("14")}));
    INFO(outcome.err.toStdString());
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.out.contains(QStringLiteral("35.0 %")));
    CHECK(runCli(withDb(db,
                        {QStringLiteral("outcome"), site, QStringLiteral("--from"),
                         QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                         QStringLiteral("2025-06-30"), QStringLiteral("--coached"),
                         QStringLiteral("4"), QStringLiteral("--employed"), QStringLiteral("14")}))
              .exitCode
          == 2);

    const auto history = runCli(withDb(db, {QStringLiteral("history"), site}));
    CHECK(history.exitCode == 0);
    CHECK(history.out.contains(QStringLiteral("Next review due: ")));
    CHECK(history.out.contains(QStringLiteral("40 coached, 14 in competitive work (35.0 %)")));
    const auto json
        = runCli(withDb(db, {QStringLiteral("history"), site, QStringLiteral("--json")}));
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray reviews = object.value(QStringLiteral("reviews")).toArray();
    REQUIRE(reviews.size() == 3);
    CHECK(reviews.at(0).toObject().value(QStringLiteral("date")).toString()
          < reviews.at(2).toObject().value(QStringLiteral("date")).toString());
    CHECK(object.value(QStringLiteral("outcomes")).toArray().size() == 1);
    CHECK(object.value(QStringLiteral("nextDue")).isString());
    CHECK(runCli(withDb(db, {QStringLiteral("history"), QStringLiteral("Nowhere")})).exitCode == 4);

    const QString csv = dir.filePath(QStringLiteral("compare.csv"));
    const auto compare = runCli(
        withDb(db,
               {QStringLiteral("compare"), QStringLiteral("--county"),
                QStringLiteral("Päijät-Hämeen hyvinvointialue"), QStringLiteral("--csv"), csv}));
    CHECK(compare.exitCode == 0);
    CHECK(compare.out.contains(QStringLiteral("Weakest: ")));
    const QByteArray bytes = readAll(csv);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count("\r\n") == 1 + 2 + 1); // header, the county's 2 sites, county mean
    const auto all = runCli(
        withDb(db,
               {QStringLiteral("compare"), QStringLiteral("--county"),
                QStringLiteral("Päijät-Hämeen hyvinvointialue"), QStringLiteral("--all")}));
    CHECK(all.out.count(QLatin1Char('\n')) == 6 + 2);

    // Askel's newest review (4 Sept 2025) is a draft: the comparison takes its last final
    // one (4 March 2025) unless drafts are asked for.
    const auto lineOf = [](const QString &out, const QString &siteName) {
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            if (line.startsWith(siteName + QLatin1Char('\t')))
                return line;
        }
        return QString();
    };
    const QString askel = lineOf(compare.out, site);
    CHECK(askel.contains(QStringLiteral("\t2025-03-04\t")));
    CHECK_FALSE(askel.endsWith(QStringLiteral("\tincomplete")));
    const auto drafts = runCli(withDb(db,
                                      {QStringLiteral("compare"), QStringLiteral("--county"),
                                       QStringLiteral("Päijät-Hämeen hyvinvointialue"),
                                       QStringLiteral("--include-drafts")}));
    CHECK(drafts.exitCode == 0);
    CHECK(lineOf(drafts.out, site).contains(QStringLiteral("\t2025-09-04\t")));
    CHECK(runCli(withDb(db,
                        {QStringLiteral("compare"), QStringLiteral("--county"),
                         QStringLiteral("Lappi")}))
              .exitCode
          == 2);
    CHECK(runCli(withDb(db, {QStringLiteral("compare")})).exitCode == 2);
}
