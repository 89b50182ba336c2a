// The database commands end to end, as a user runs them: exit codes, messages, files.
#include "../support/QtStringMaker.h"
#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>

using laatu::test::readAll;
using laatu::test::runCli;
using laatu::test::withDb;

TEST_CASE("demo, list and show", "[cli][database]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.db"));
    const auto demo = runCli(withDb(db, {QStringLiteral("demo")}));
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("Created 6 sites and 18 reviews")));
    CHECK_FALSE(QFileInfo(db).permissions().testFlag(QFileDevice::ReadOther));

    const auto again = runCli(withDb(db, {QStringLiteral("demo")}));
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already holds 18 reviews")));

    const auto list = runCli(withDb(db, {QStringLiteral("list")}));
    REQUIRE(list.exitCode == 0);
    const QStringList lines = list.out.trimmed().split(QLatin1Char('\n'));
    CHECK(lines.size() == 18);
    for (const QString &line : lines)
        CHECK(line.split(QLatin1Char('\t')).size() == 8);

    const auto json = runCli(withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}));
    const QJsonArray reviews = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(reviews.size() == 18);
    int compared = 0;
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject();
        const auto show = runCli(withDb(
            db,
            {QStringLiteral("show"), QString::number(review.value(QStringLiteral("id")).toInt()),
             QStringLiteral("--json")}));
        REQUIRE(show.exitCode == 0);
        const QJsonObject score = QJsonDocument::fromJson(show.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("score"))
                                      .toObject();
        // The list's total and level come from SQL sums; show's from the score card.
        CHECK(review.value(QStringLiteral("total")) == score.value(QStringLiteral("total")));
        CHECK(review.value(QStringLiteral("level")) == score.value(QStringLiteral("level")));
        ++compared;
    }
    CHECK(compared == 18);

    const auto byUuid
        = runCli(withDb(db,
                        {QStringLiteral("show"),
                         reviews.at(0).toObject().value(QStringLiteral("uuid")).toString()}));
    CHECK(byUuid.exitCode == 0);
    CHECK(byUuid.out.contains(QStringLiteral("Score: total")));
    CHECK(runCli(withDb(db, {QStringLiteral("show"), QStringLiteral("999")})).exitCode == 4);
    CHECK(runCli(withDb(db, {QStringLiteral("show")})).exitCode == 2);
}

TEST_CASE("export and import carry a review between databases unchanged", "[cli][database]")
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.db"));
    const QString second = dir.filePath(QStringLiteral("second.db"));
    REQUIRE(runCli(withDb(first,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("2")}))
                .exitCode
            == 0);
    const QString file = dir.filePath(QStringLiteral("review.json"));
    const auto exported = runCli(withDb(
        first, {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), file}));
    REQUIRE(exported.exitCode == 0);
    CHECK_FALSE(QFileInfo(file).permissions().testFlag(QFileDevice::ReadOther));

    const auto added = runCli(withDb(second, {QStringLiteral("import"), file}));
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.startsWith(QStringLiteral("added ")));
    const QByteArray before = readAll(second);
    const auto unchanged = runCli(withDb(second, {QStringLiteral("import"), file}));
    CHECK(unchanged.exitCode == 0);
    CHECK(unchanged.out.startsWith(QStringLiteral("unchanged ")));
    CHECK(readAll(second) == before);

    const QString back = dir.filePath(QStringLiteral("back.json"));
    REQUIRE(runCli(withDb(second,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           back}))
                .exitCode
            == 0);
    CHECK(readAll(back) == readAll(file));
}

TEST_CASE("broken input files are refused with exit code 3 and nothing imported", "[cli][database]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    const QString good = dir.filePath(QStringLiteral("good.json"));
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("1"),
                           QStringLiteral("--reviews-per-site"), QStringLiteral("1")}))
                .exitCode
            == 0);
    REQUIRE(runCli(withDb(db,
                          {QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                           good}))
                .exitCode
            == 0);
    const QString other = dir.filePath(QStringLiteral("other.db"));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(readAll(good).replace("\"value\": 3", "\"value\": 7"));
    file.close();
    const auto refused = runCli(withDb(other, {QStringLiteral("import"), good, broken}));
    CHECK(refused.exitCode == 3);
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(refused.err.contains(QStringLiteral("broken.json")));
    CHECK(runCli(withDb(other, {QStringLiteral("list")})).out.isEmpty());
    const auto missing = runCli(
        withDb(other, {QStringLiteral("import"), dir.filePath(QStringLiteral("nope.json"))}));
    CHECK(missing.exitCode == 3);
    CHECK(missing.err.contains(QStringLiteral("nope.json: there is no such file")));
    CHECK(runCli(withDb(other, {QStringLiteral("import")})).exitCode == 2);
}

TEST_CASE("check, backup and restore, and database problems exit 4", "[cli][database]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.db"));
    REQUIRE(
        runCli(withDb(db, {QStringLiteral("demo"), QStringLiteral("--sites"), QStringLiteral("2")}))
            .exitCode
        == 0);
    const auto check = runCli(withDb(db, {QStringLiteral("check")}));
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("integrity_check: ok")));
    CHECK(check.out.contains(QStringLiteral("no problems found")));

    const auto backup = runCli(withDb(db, {QStringLiteral("backup")}));
    REQUIRE(backup.exitCode == 0);
    const QString backupFile = backup.out.section(QStringLiteral(": "), 1).trimmed();
    CHECK(QFileInfo::exists(backupFile));
    const auto restore = runCli(withDb(db, {QStringLiteral("restore"), backupFile}));
    CHECK(restore.exitCode == 0);
    CHECK(restore.out.contains(QStringLiteral("was kept as")));
    CHECK(runCli(withDb(db, {QStringLiteral("list")})).out.trimmed().split(QLatin1Char('\n')).size()
          == 6);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess client;
        client.start(sqlite3, {db, QStringLiteral("PRAGMA integrity_check;")});
        REQUIRE(client.waitForFinished(30000));
        CHECK(QString::fromUtf8(client.readAllStandardOutput()).trimmed() == QStringLiteral("ok"));
    }

    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("these are not reviews\n");
    notes.close();
    const auto foreign = runCli(withDb(text, {QStringLiteral("list")}));
    CHECK(foreign.exitCode == 4);
    CHECK(foreign.err.contains(QStringLiteral("not a Laatu database")));
    CHECK(readAll(text) == QByteArray("these are not reviews\n"));
    const auto missing
        = runCli(withDb(dir.filePath(QStringLiteral("none.db")), {QStringLiteral("list")}));
    CHECK(missing.exitCode == 4);
    CHECK(missing.err.contains(QStringLiteral("There is no database")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("none.db"))));
}
