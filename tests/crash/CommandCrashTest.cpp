// kill -9 during backup, import, merge and demo (issue 12, tests): the real laatu-cli is
// killed with SIGKILL at seeded moments across each command's run; after every kill SQLite's
// integrity_check and foreign_key_check pass, the database holds exactly the old or the new
// content (never half an import or half a merge), everything in the folders is private
// (0600, folders 0700), and the leftovers of a killed backup are gone after the next one.
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "CrashRun.h"
#include "KillWindow.h"

#include "analysis/RaterExport.h"
#include "demo/DemoGenerator.h"
#include "exchange/ReviewFileIo.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>

using namespace laatu;

namespace {
constexpr int kKillsPerCommand = 55; // 4 commands: at least 220 kills that landed
constexpr int kMaxRunsPerCommand = 400;
constexpr quint32 kSeed = 1207u;

// reviews * 1000 + reviewers, after integrity_check and foreign_key_check passed; -1 when a
// check failed (problem says which).
int contentOf(const QString &path, QString &problem)
{
    static int counter = 0;
    const QString name = QStringLiteral("command-crash-check-%1").arg(++counter);
    int content = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                 || query.value(0).toString() != QLatin1String("ok"))
            problem = QStringLiteral("integrity_check: %1").arg(query.value(0).toString());
        else if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
            problem = QStringLiteral("foreign_key_check fails");
        else if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM review) * 1000"
                                            " + (SELECT count(*) FROM rater)"))
                 || !query.next())
            problem = query.lastError().text();
        else
            content = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return content;
}

// Everything below `folder` that others may read, write or enter.
QStringList notPrivate(const QString &folder)
{
    QStringList found;
    const auto mask = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                            | QDir::Hidden | QDir::System)) {
        if (info.permissions() & mask)
            found << info.filePath();
        if (info.isDir() && !info.isSymLink())
            found << notPrivate(info.filePath());
    }
    return found;
}

void createDemo(const QString &path, int sites, int reviewsPerSite, quint32 seed)
{
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    QList<ReviewDocument> documents
        = DemoGenerator(test::builtIn(), {sites, reviewsPerSite, seed, true}).generate();
    ReviewRepository repository(*database);
    REQUIRE_FALSE((error = repository.saveReviews(documents)));
}

QString uuidFor(int n, int kind)
{
    return QStringLiteral("%1-%2-4000-8000-%3")
        .arg(kind, 8, 16, QLatin1Char('0'))
        .arg(n % 0x10000, 4, 16, QLatin1Char('0'))
        .arg(n, 12, 16, QLatin1Char('0'));
}

// One command run to be killed: its arguments and what the database may hold afterwards.
struct Round
{
    QStringList arguments;
    QString database;
    QList<int> allowed; // contents the database may hold after the kill; -2: no file at all
};

struct Tally
{
    int runs = 0;
    int kills = 0;
    int changed = 0; // killed (or done) with the new content in place
};

qint64 timeOf(const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral(LAATU_CLI_PATH), arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return timer.nsecsElapsed() / 1000;
}

// Runs rounds made by `next` until `kKillsPerCommand` kills landed; `next` gets the content
// the database held before the round.
Tally killLoop(const QString &folder, QRandomGenerator &random, qint64 runMicroseconds,
               const std::function<Round(int round)> &next,
               const std::function<void(const Round &, int found)> &after)
{
    Tally tally;
    // The kill window starts a quarter past the one run measured beforehand and then follows
    // the runs (KillWindow): most kills land, and some runs outlive theirs, from before main()
    // to past the last write, whether later runs are slower or faster than the measured one.
    crash::KillWindow window(runMicroseconds + runMicroseconds / 4, runMicroseconds / 50,
                             runMicroseconds * 20);
    for (; tally.runs < kMaxRunsPerCommand && tally.kills < kKillsPerCommand; ++tally.runs) {
        const Round round = next(tally.runs);
        crash::KilledWriter cli(QStringLiteral(LAATU_CLI_PATH), round.arguments);
        REQUIRE(cli.started());
        const crash::WriterRun run = cli.kill(window.draw(random));
        window.landed(run.killed);
        tally.kills += run.killed ? 1 : 0;
        INFO("round " << tally.runs << ": " << round.arguments.join(QLatin1Char(' ')).toStdString()
                      << "; stderr: " << run.errors.toStdString());
        if (!run.killed) // it finished first: then it must have succeeded
            CHECK(run.errors.isEmpty());
        const QStringList open = notPrivate(folder);
        INFO("readable by others: " << open.join(QStringLiteral(", ")).toStdString());
        REQUIRE(open.isEmpty());
        int found = -2;
        if (QFileInfo::exists(round.database)) {
            QString problem;
            found = contentOf(round.database, problem);
            INFO(problem.toStdString());
            REQUIRE(found >= 0);
        }
        INFO("found " << found);
        REQUIRE(round.allowed.contains(found));
        tally.changed += found != round.allowed.constFirst();
        after(round, found);
    }
    return tally;
}
} // namespace

TEST_CASE("kill -9 during backup, import, merge and demo: whole databases, old or new, private",
          "[crash][reliability][commands]")
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live"));
    REQUIRE(QDir().mkpath(live));
    REQUIRE(QFile::setPermissions(
        live, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QString path = QDir(live).filePath(QStringLiteral("laatu.db"));
    createDemo(path, 2, 2, 11u);
    QString problem;
    int current = contentOf(path, problem);
    REQUIRE(current > 0);
    QRandomGenerator random(kSeed);
    const auto db = [&](QStringList arguments) {
        return QStringList {QStringLiteral("--db"), path} + arguments;
    };

    // backup: the live database never changes; a killed backup leaves at most a partial file
    // that the next backup removes.
    const qint64 backupTime = timeOf(db({QStringLiteral("backup")}));
    const Tally backups = killLoop(
        live, random, backupTime,
        [&](int) {
            return Round {db({QStringLiteral("backup")}), path, {current}};
        },
        [](const Round &, int) {});
    REQUIRE(timeOf(db({QStringLiteral("backup")})) > 0);
    const QString folder = QDir(live).filePath(QStringLiteral("laatu-backups"));
    CHECK(QDir(folder)
              .entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden)
              .isEmpty());
    for (const QString &name : QDir(folder).entryList({QStringLiteral("laatu-*.db")}, QDir::Files))
        CHECK(contentOf(QDir(folder).filePath(name), problem) == current);

    // import: each round a new review (one more review, two more reviewers) or nothing.
    const QString files = dir.filePath(QStringLiteral("files"));
    REQUIRE(QDir().mkpath(files));
    const auto reviewFile = [&](int round) {
        ReviewDocument document
            = DemoGenerator(test::builtIn(), {1, 1, 900u + quint32(round), true})
                  .generate()
                  .first();
        document.review.uuid = uuidFor(round, 1);
        document.site.uuid = uuidFor(round, 2);
        const QString file = QDir(files).filePath(QStringLiteral("review-%1.json").arg(round));
        REQUIRE(ReviewFileIo::write(file, document).isEmpty());
        return std::pair {file, int(1000 + document.raters.size())};
    };
    int importTime = 0;
    {
        const auto [file, added] = reviewFile(100000);
        importTime = int(timeOf(db({QStringLiteral("import"), file})));
        current += added;
    }
    const Tally imports = killLoop(
        live, random, importTime,
        [&](int round) {
            const auto [file, added] = reviewFile(round);
            return Round {db({QStringLiteral("import"), file}), path, {current, current + added}};
        },
        [&](const Round &, int found) { current = found; });

    // merge: each round one new reviewer's own ratings into a draft, or nothing.
    ReviewDocument target;
    {
        StorageError error;
        Database::Options readOnly;
        readOnly.readOnly = true;
        std::unique_ptr<Database> database = Database::open(path, readOnly, error);
        REQUIRE(database);
        ReviewRepository repository(*database);
        QList<ReviewSummary> reviews;
        REQUIRE_FALSE(repository.listReviews(reviews));
        for (const ReviewSummary &summary : reviews)
            if (summary.status == ReviewStatus::Draft && target.review.uuid.isEmpty())
                REQUIRE_FALSE(repository.loadReview(summary.id, target));
    }
    REQUIRE_FALSE(target.review.uuid.isEmpty());
    const auto mergeFile = [&](int round) {
        ReviewDocument withNewRater = target;
        Rater rater {uuidFor(round, 3), QStringLiteral("Arvioija %1").arg(round)};
        withNewRater.raters = {rater};
        withNewRater.ratings.clear();
        for (int c = 0; c < 5; ++c)
            withNewRater.ratings << RatingEntry {rater.uuid, test::builtIn().criteria().at(c).id,
                                                 1 + (round + c) % 5, QString()};
        const ReviewDocument mine = RaterExport::myRatings(withNewRater, rater);
        const QString file = QDir(files).filePath(QStringLiteral("mine-%1.json").arg(round));
        REQUIRE(ReviewFileIo::write(file, mine).isEmpty());
        return file;
    };
    // A review holds at most 10 reviewers: a fresh target review every few rounds.
    const qint64 mergeTime = timeOf(db({QStringLiteral("merge"), mergeFile(100000)}));
    current += 1;
    int mergedInto = 1;
    const Tally merges = killLoop(
        live, random, mergeTime,
        [&](int round) {
            if (target.raters.size() + mergedInto >= 9) {
                // Another draft of its own for the next rounds: imported whole first.
                const auto [file, added] = reviewFile(200000 + round);
                REQUIRE(timeOf(db({QStringLiteral("import"), file})) > 0);
                current += added;
                QStringList errors;
                target = *ReviewFileIo::read(file, errors);
                mergedInto = 0;
            }
            return Round {
                db({QStringLiteral("merge"), mergeFile(round)}), path, {current, current + 1}};
        },
        [&](const Round &, int found) {
            mergedInto += found - current;
            current = found;
        });

    // demo: a new database each round; killed, the path holds nothing or a whole database
    // (empty, or with all the demo's reviews).
    const QString demoFolder = dir.filePath(QStringLiteral("demo"));
    REQUIRE(QDir().mkpath(demoFolder));
    REQUIRE(QFile::setPermissions(
        demoFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const auto demoArguments = [&](int round) {
        return QStringList {QStringLiteral("--db"),
                            QDir(demoFolder).filePath(QStringLiteral("demo-%1.db").arg(round)),
                            QStringLiteral("demo"),
                            QStringLiteral("--sites"),
                            QStringLiteral("2"),
                            QStringLiteral("--reviews-per-site"),
                            QStringLiteral("2")};
    };
    const qint64 demoTime = timeOf(demoArguments(100000));
    const int fullDemo
        = contentOf(QDir(demoFolder).filePath(QStringLiteral("demo-100000.db")), problem);
    REQUIRE(fullDemo > 4000);
    const Tally demos = killLoop(
        demoFolder, random, demoTime,
        [&](int round) {
            return Round {demoArguments(round),
                          QDir(demoFolder).filePath(QStringLiteral("demo-%1.db").arg(round)),
                          {-2, 0, fullDemo}};
        },
        [](const Round &, int) {});

    const int kills = backups.kills + imports.kills + merges.kills + demos.kills;
    CHECK(backups.kills >= kKillsPerCommand);
    CHECK(imports.kills >= kKillsPerCommand);
    CHECK(merges.kills >= kKillsPerCommand);
    CHECK(demos.kills >= kKillsPerCommand);
    CHECK(kills >= 200);
    // The kills spread over the whole run: some before the commit, some after it.
    CHECK(imports.changed > 0);
    CHECK(imports.changed < imports.runs);
    CHECK(merges.changed > 0);
    CHECK(merges.changed < merges.runs);
    WARN("command crash test: " << kills << " kills (backup " << backups.kills << "/"
                                << backups.runs << ", import " << imports.kills << "/"
                                << imports.runs << " with " << imports.changed
                                << " imported, merge " << merges.kills << "/" << merges.runs
                                << " with " << merges.changed << " merged, demo " << demos.kills
                                << "/" << demos.runs << " with " << demos.changed << " made); "
                                << clock.elapsed() << " ms");
}
