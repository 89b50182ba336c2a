// reliability.md rule 6 and issue 12: "A restore is atomic: the restored file is built and
// verified beside the target, then renamed into place, so the path always holds a complete
// database, old or new." The real laatu-cli restores backups into one database and is killed
// with SIGKILL at seeded moments across its whole run; after every kill the path must name a
// database that passes integrity_check and holds exactly the old or the restored content, and
// every file in the folder must be private (mode 0600).
#include "../support/BuiltInCatalog.h"
#include "../support/QtStringMaker.h"
#include "CrashRun.h"
#include "KillWindow.h"

#include "demo/DemoGenerator.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/PrivateFiles.h"
#include "storage/ReviewRepository.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace laatu;

namespace {
constexpr int kKills = 100; // kills that landed while the restore ran
constexpr int kMaxRuns = 400;
constexpr quint32 kSeed = 4711u;

void createDemo(const QString &path, int sites, int reviewsPerSite)
{
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, {}, error);
    INFO(error.message().toStdString());
    REQUIRE(database);
    QList<ReviewDocument> documents
        = DemoGenerator(test::builtIn(), {sites, reviewsPerSite, 11u, true}).generate();
    ReviewRepository repository(*database);
    REQUIRE_FALSE((error = repository.saveReviews(documents)));
}

// The content, as reviews * 1000 + audit log rows, after integrity_check and
// foreign_key_check passed; -1 otherwise.
int contentOf(const QString &path, QString &problem)
{
    static int counter = 0;
    const QString name = QStringLiteral("restore-crash-check-%1").arg(++counter);
    int reviews = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (!db.open())
            problem = db.lastError().text();
        else if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()
                 || query.value(0).toString() != QLatin1String("ok"))
            problem = QStringLiteral("integrity_check: %1 %2")
                          .arg(query.value(0).toString(), query.lastError().text());
        else if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
            problem = QStringLiteral("foreign_key_check fails");
        else if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM review) * 1000"
                                            " + (SELECT count(*) FROM audit_log)"))
                 || !query.next())
            problem = query.lastError().text();
        else
            reviews = query.value(0).toInt();
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reviews;
}

// Files in the folder that others than the user may read or write.
QStringList notPrivate(const QString &folder)
{
    QStringList found;
    for (const QFileInfo &info : QDir(folder).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                            | QDir::Hidden | QDir::System)) {
        const auto mask = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        if (info.permissions() & mask)
            found << info.fileName();
    }
    return found;
}

QStringList entries(const QString &folder, const QString &pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden);
}

// Leaves the database as a writer killed after a commit does: in WAL mode with the last
// transaction (one more audit log row) only in its -wal file, which the restore must keep with
// the replaced file. False when SQLite's client is not installed.
bool leaveLiveWal(const QString &path)
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        return false;
    crash::KilledWriter client(sqlite3, {path});
    REQUIRE(client.started());
    client.write("PRAGMA journal_mode=WAL;\nPRAGMA wal_autocheckpoint=0;\n"
                 "INSERT INTO audit_log (review_id, at, action)"
                 " SELECT min(id), 'now', 'marker' FROM review;\nSELECT 'done';\n");
    client.waitFor([](const QStringList &lines) { return lines.contains(QStringLiteral("done")); });
    client.kill(0);
    REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    return true;
}

struct Timing
{
    qint64 total = 0; // start to exit, µs
    qint64 tail = 0; // from the restored file's first appearance to exit, µs
};

Timing runOnce(const QStringList &arguments, const QString &folder)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(QStringLiteral(LAATU_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    qint64 appeared = -1;
    bool finished = false;
    while (!(finished = process.waitForFinished(0)) && process.state() != QProcess::NotRunning
           && !timer.hasExpired(30000)) {
        if (appeared < 0 && !entries(folder, QStringLiteral("laatu.db.restoring-*")).isEmpty())
            appeared = timer.nsecsElapsed() / 1000;
        QThread::usleep(100);
    }
    REQUIRE((finished || process.state() == QProcess::NotRunning));
    INFO(process.readAllStandardError().toStdString());
    INFO(
        "files: "
        << QDir(folder).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString());
    REQUIRE(process.exitCode() == 0);
    Timing timing;
    timing.total = timer.nsecsElapsed() / 1000;
    timing.tail = appeared < 0 ? timing.total : timing.total - appeared;
    return timing;
}
} // namespace

TEST_CASE("kill -9 during restore: the path always names the old or the restored database, "
          "whole and private",
          "[crash][reliability][restore]")
{
    QElapsedTimer clock;
    clock.start();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString live = dir.filePath(QStringLiteral("live"));
    const QString store = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(live));
    REQUIRE(QDir().mkpath(store));
    const QString path = QDir(live).filePath(QStringLiteral("laatu.db"));

    // Two backups of different content, restored in turn over the database.
    QList<QString> backups;
    QList<int> counts;
    for (const auto &[sites, perSite] : QList<std::pair<int, int>> {{2, 2}, {12, 4}}) {
        const QString source = dir.filePath(QStringLiteral("source-%1.db").arg(sites));
        createDemo(source, sites, perSite);
        StorageError error;
        std::unique_ptr<Database> database = Database::open(source, {}, error);
        REQUIRE(database);
        QString backup;
        REQUIRE_FALSE((error = BackupService::backup(*database, store, backup)));
        backups << backup;
        counts << sites * perSite * 1000;
    }
    createDemo(path, 1, 1);
    QString problem;
    int current = contentOf(path, problem);
    REQUIRE(current == 1000);

    // How long one restore takes here, and how much of it after the restored file appeared, so
    // the kills spread over the whole run and over the restore itself, also on a loaded machine.
    const auto arguments = [&](int which) {
        return QStringList {QStringLiteral("--db"), path, QStringLiteral("restore"),
                            backups.at(which)};
    };
    Timing timing;
    for (int which : {1, 0, 1, 0}) {
        const Timing once = runOnce(arguments(which), live);
        timing.total = std::max(timing.total, once.total);
        timing.tail = std::max(timing.tail, once.tail);
    }
    current = contentOf(path, problem);
    REQUIRE(current == counts.at(0));

    QRandomGenerator random(kSeed);
    // Anywhere in the run; and once the restored file has appeared, anywhere in the rest.
    crash::KillWindow fromStart(timing.total * 11 / 10, timing.total / 50, timing.total * 4);
    crash::KillWindow fromBuild(timing.tail * 12 / 10, timing.tail / 50, timing.tail * 4);
    int kills = 0;
    int inBuild = 0; // killed while the restored file was being made and checked
    int swapped = 0; // killed, or finished, with the restored file in place
    int aroundSwap = 0; // killed within 0.3 ms of the replaced file getting its second name
    int runs = 0;
    int liveWals = 0;
    for (; runs < kMaxRuns && (kills < kKills || inBuild < 10 || aroundSwap < 10); ++runs) {
        const int which = current == counts.at(0) ? 1 : 0;
        if (runs % 3 == 0 && leaveLiveWal(path)) {
            ++liveWals;
            current += 1;
        }
        // A run killed between giving the old file its second name and the rename leaves that
        // name as a second link to the live file; the next restore removes it and, within the
        // same second, may give the same name to the file it replaces. Such a leftover is not
        // an aside kept from before.
        const QStringList asidesAtStart
            = entries(live, QStringLiteral("laatu.db.before-restore-*"));
        QStringList asidesBefore = asidesAtStart;
        asidesBefore.removeIf([&live, &path](const QString &name) {
            return PrivateFiles::sameFile(QDir(live).filePath(name), path);
        });
        crash::KilledWriter cli(QStringLiteral(LAATU_CLI_PATH), arguments(which));
        REQUIRE(cli.started());
        // A quarter of the kills anywhere from the start; half once the restored file has
        // appeared, anywhere in the rest of the restore; a quarter as soon as the replaced
        // database has its second name, around the rename that swaps the two.
        const int mode = runs % 4;
        crash::KillWindow *window = &fromStart;
        unsigned long delay = window->draw(random);
        if (mode == 1 || mode == 2) {
            // A run that ended before its restored file was seen says nothing about either
            // window.
            window = nullptr;
            if (cli.pollUntil([&live] {
                    return !entries(live, QStringLiteral("laatu.db.restoring-*")).isEmpty();
                })) {
                window = &fromBuild;
                delay = window->draw(random);
            }
        }
        if (mode == 3)
            window = nullptr; // kills around the swap keep their own short window
        if (mode == 3 && cli.pollUntil([&live, &asidesAtStart] {
                return entries(live, QStringLiteral("laatu.db.before-restore-*")).size()
                    > asidesAtStart.size();
            })) {
            delay = random.bounded(300u);
            ++aroundSwap;
        }
        const crash::WriterRun run = cli.kill(delay);
        if (window)
            window->landed(run.killed);
        INFO("run " << runs << ", restoring " << counts.at(which) << " reviews over " << current
                    << "; cli stderr: " << run.errors.toStdString());
        // A restore that ended before the kill must have succeeded (not refused as busy by
        // what an earlier killed one left).
        CHECK_FALSE(run.errors.contains(QStringLiteral("laatu-cli restore:")));
        kills += run.killed ? 1 : 0;
        inBuild += run.killed && !entries(live, QStringLiteral("laatu.db.restoring-*")).isEmpty();

        REQUIRE(QFileInfo(path).isFile());
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
        const QStringList open = notPrivate(live);
        INFO("readable by others: " << open.join(QStringLiteral(", ")).toStdString());
        REQUIRE(open.isEmpty());
        const int found = contentOf(path, problem);
        INFO(problem.toStdString());
        REQUIRE((found == current || found == counts.at(which)));
        if (found != current) {
            ++swapped;
            // The replaced database is kept whole under a new name.
            QStringList asides = entries(live, QStringLiteral("laatu.db.before-restore-*"));
            for (const QString &name : asidesBefore)
                asides.removeAll(name);
            asides.removeIf([](const QString &name) {
                return name.endsWith(QLatin1String("-wal")) || name.endsWith(QLatin1String("-shm"));
            });
            REQUIRE(asides.size() == 1);
            CHECK(contentOf(QDir(live).filePath(asides.constFirst()), problem) == current);
        }
        current = found;
    }
    // The leftovers of killed restores are gone after the next one.
    runOnce(arguments(current == counts.at(0) ? 1 : 0), live);
    CHECK(entries(live, QStringLiteral("laatu.db.restoring-*")).isEmpty());

    // And by SQLite's own client, when installed.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QProcess client;
        client.start(sqlite3, {path, QStringLiteral("PRAGMA integrity_check;")});
        REQUIRE(client.waitForFinished(30000));
        CHECK(QString::fromUtf8(client.readAllStandardOutput()).trimmed() == QStringLiteral("ok"));
    }
    CHECK(kills >= kKills);
    CHECK(inBuild >= 10);
    CHECK(aroundSwap >= 10);
    WARN("restore crash test: " << runs << " runs, " << kills << " kills (" << inBuild
                                << " while the restored file was being built), " << swapped
                                << " restores completed or found in place, " << aroundSwap
                                << " kills around the swap, " << liveWals
                                << " over a database with a live -wal, one run "
                                << timing.total / 1000 << " ms (" << timing.tail / 1000
                                << " ms after the restored file appeared); " << clock.elapsed()
                                << " ms");
}
