// A reviewer's "my ratings" file (export-mine) as a user might misuse it: import refuses it
// with exit 3 and writes nothing, even beside a good file; merge takes it.
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
void writeJson(const QString &path, const QJsonObject &json)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(QJsonDocument(json).toJson()) > 0);
}

// What the database holds, as the user sees it: the review list and every review exported.
QByteArray databaseView(const QString &db, const QTemporaryDir &dir)
{
    const auto list = runCli(withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}));
    REQUIRE(list.exitCode == 0);
    QByteArray view = list.out.toUtf8();
    const QJsonArray reviews = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE_FALSE(reviews.isEmpty());
    const QString path = dir.filePath(QStringLiteral("view.json"));
    for (const QJsonValue &review : reviews) {
        const QString uuid = review.toObject().value(QStringLiteral("uuid")).toString();
        REQUIRE_FALSE(uuid.isEmpty());
        REQUIRE(runCli(withDb(db, {QStringLiteral("export"), uuid, QStringLiteral("--out"), path}))
                    .exitCode
                == 0);
        view += readAll(path);
    }
    return view;
}
} // namespace

TEST_CASE("export-mine then import is refused with exit 3 and the database unchanged",
          "[cli][one-rater]")
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
    const QJsonObject mineJson = QJsonDocument::fromJson(readAll(mine)).object();
    const QJsonArray raters = mineJson.value(QStringLiteral("raters")).toArray();
    REQUIRE(raters.size() == 1);
    CHECK(mineJson.value(QStringLiteral("onlyRater"))
          == raters.at(0).toObject().value(QStringLiteral("uuid")));

    // A good file of a review this database lacks: alone it would be added.
    const QString whole = dir.filePath(QStringLiteral("whole.json"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           whole}))
                .exitCode
            == 0);
    QJsonObject fresh = QJsonDocument::fromJson(readAll(whole)).object();
    QJsonObject freshReview = fresh.value(QStringLiteral("review")).toObject();
    freshReview[QStringLiteral("uuid")] = QStringLiteral("0a0a0a0a-0000-4000-8000-00000000000f");
    fresh[QStringLiteral("review")] = freshReview;
    const QString freshPath = dir.filePath(QStringLiteral("fresh.json"));
    writeJson(freshPath, fresh);

    const QByteArray before = databaseView(db, dir);
    SECTION("alone")
    {
        const auto import = runCli(withDb(db, {QStringLiteral("import"), mine}));
        INFO(import.err.toStdString());
        CHECK(import.exitCode == 3);
        CHECK(import.out.isEmpty());
        CHECK(import.err.contains(QStringLiteral("nothing was imported")));
        CHECK(import.err.contains(QStringLiteral("holds only Mikko Mittari's own ratings")));
        CHECK(import.err.contains(QStringLiteral("`laatu-cli merge %1`").arg(mine)));
        CHECK(databaseView(db, dir) == before);
    }
    SECTION("beside a good file, which is not imported either")
    {
        const auto import = runCli(withDb(db, {QStringLiteral("import"), freshPath, mine}));
        INFO(import.err.toStdString());
        CHECK(import.exitCode == 3);
        CHECK(import.out.isEmpty());
        CHECK(import.err.contains(QStringLiteral("1 problem")));
        CHECK(databaseView(db, dir) == before);
        const auto alone = runCli(withDb(db, {QStringLiteral("import"), freshPath}));
        CHECK(alone.exitCode == 0);
        CHECK(alone.out.startsWith(QStringLiteral("added ")));
    }
    SECTION("the file without its marker would be imported: the marker is what protects")
    {
        QJsonObject unmarked = mineJson;
        unmarked.remove(QStringLiteral("onlyRater"));
        const QString path = dir.filePath(QStringLiteral("unmarked.json"));
        writeJson(path, unmarked);
        const auto import = runCli(withDb(db, {QStringLiteral("import"), path}));
        CHECK(import.exitCode == 0);
        CHECK(import.out.startsWith(QStringLiteral("replaced ")));
    }
}

TEST_CASE("merge takes a one-rater file into the lead's review", "[cli][one-rater]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(runCli(withDb(db, {QStringLiteral("demo")})).exitCode == 0);
    const QString mine = dir.filePath(QStringLiteral("mine.json"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export-mine"), QStringLiteral("3"),
                           QStringLiteral("--rater"), QStringLiteral("Mikko Mittari"),
                           QStringLiteral("--out"), mine}))
                .exitCode
            == 0);
    const QString whole = dir.filePath(QStringLiteral("whole.json"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--out"),
                           whole}))
                .exitCode
            == 0);

    // The lead's laptop: the same review without Mikko.
    QJsonObject lead = QJsonDocument::fromJson(readAll(whole)).object();
    QJsonArray leadRaters = lead.value(QStringLiteral("raters")).toArray();
    const qsizetype before = leadRaters.size();
    for (qsizetype i = leadRaters.size() - 1; i >= 0; --i) {
        if (leadRaters.at(i).toObject().value(QStringLiteral("name")).toString()
            == QLatin1String("Mikko Mittari"))
            leadRaters.removeAt(i);
    }
    REQUIRE(leadRaters.size() == before - 1);
    lead[QStringLiteral("raters")] = leadRaters;
    const QString leadPath = dir.filePath(QStringLiteral("lead.json"));
    writeJson(leadPath, lead);
    const QString leadDb = dir.filePath(QStringLiteral("lead.db"));
    const auto imported = runCli(withDb(leadDb, {QStringLiteral("import"), leadPath}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const auto merge = runCli(withDb(leadDb, {QStringLiteral("merge"), mine}));
    INFO(merge.err.toStdString());
    CHECK(merge.exitCode == 0);
    CHECK(merge.out.startsWith(QStringLiteral("merged ")));
    const QString after = dir.filePath(QStringLiteral("after.json"));
    const QString uuid
        = lead.value(QStringLiteral("review")).toObject().value(QStringLiteral("uuid")).toString();
    REQUIRE(runCli(withDb(leadDb, {QStringLiteral("export"), uuid, QStringLiteral("--out"), after}))
                .exitCode
            == 0);
    const QJsonObject merged = QJsonDocument::fromJson(readAll(after)).object();
    const QJsonObject original = QJsonDocument::fromJson(readAll(whole)).object();
    // Everyone is back (Mikko after the lead's reviewers), and the lead's consensus, findings
    // and actions are kept.
    const QJsonArray mergedRaters = merged.value(QStringLiteral("raters")).toArray();
    const QJsonArray originalRaters = original.value(QStringLiteral("raters")).toArray();
    REQUIRE(mergedRaters.size() == before);
    for (const QJsonValue &rater : originalRaters)
        CHECK(mergedRaters.contains(rater));
    for (const char *key : {"consensus", "findings", "actions", "evidence"})
        CHECK(merged.value(QLatin1String(key)) == original.value(QLatin1String(key)));
    CHECK_FALSE(merged.contains(QStringLiteral("onlyRater")));
}
