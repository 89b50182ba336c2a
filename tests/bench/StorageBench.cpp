// Storage benchmark: prints figures for the targets of the storage issue.
//   - demo generation of 10,000 reviews (target: under 30 s)
//   - one rating edit committed (median and p99; target: median under 5 ms, p99 under 2 ms),
//     beside a bare SQLite commit of one row in another file with the same journal and sync
//     settings, the two interleaved so the machine's load falls on both alike: what the disk's
//     fsync costs is in both, what Laatu adds is the difference
//   - listing 10,000 reviews: in-process, `laatu-cli list --json`, and the sqlite3 client
//     reading every row of the same file (target: laatu-cli at most 2x sqlite3)
//   - opening one review (loadReview)
// Not a test: nothing here asserts a time.
#include "BareCommit.h"

#include "demo/DemoGenerator.h"
#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

double runMs(const QString &program, const QStringList &arguments, int repeats)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QProcess process;
        process.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        process.waitForFinished(-1);
        times << double(timer.nsecsElapsed()) / 1e6;
        if (process.exitCode() != 0)
            std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                         process.readAllStandardError().constData());
    }
    return percentile(times, 0.5);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int reviews = args.contains(QStringLiteral("--reviews"))
        ? args.value(args.indexOf(QStringLiteral("--reviews")) + 1).toInt()
        : 10000;
    const QString cli = args.contains(QStringLiteral("--cli"))
        ? args.value(args.indexOf(QStringLiteral("--cli")) + 1)
        : QString();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    const laatu::CatalogReader::Result catalog = laatu::CatalogReader::readBuiltIn();
    laatu::StorageError error;

    QElapsedTimer timer;
    timer.start();
    qint64 firstReview = 0;
    {
        auto database = laatu::Database::open(path, {}, error);
        laatu::ReviewRepository repository(*database);
        QList<laatu::ReviewDocument> documents
            = laatu::DemoGenerator(*catalog.instrument, {reviews / 4, 4, 1u, true}).generate();
        const double generated = double(timer.nsecsElapsed()) / 1e6;
        if ((error = repository.saveReviews(documents))) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message()));
            return 1;
        }
        std::printf("demo: %lld reviews generated in %.0f ms, saved in %.0f ms total\n",
                    static_cast<long long>(documents.size()), generated,
                    double(timer.nsecsElapsed()) / 1e6);
        firstReview = documents.constFirst().review.id;

        QList<double> edits;
        QList<double> bare;
        laatu::bench::BareCommit reference(dir.filePath(QStringLiteral("bare.db")));
        const QStringList ids = [&] {
            QStringList list;
            for (const laatu::Criterion &criterion : catalog.instrument->criteria())
                list << criterion.id;
            return list;
        }();
        const auto draft = *std::find_if(documents.cbegin(), documents.cend(),
                                         [](const laatu::ReviewDocument &d) {
                                             return d.review.status == laatu::ReviewStatus::Draft;
                                         });
        for (int i = 0; i < 1000; ++i) {
            QElapsedTimer edit;
            edit.start();
            // Each edit changes the stored rating (25 criteria, the value moving on every round):
            // an edit to the value already stored writes and syncs nothing.
            error = repository.setConsensusRating(draft.review.id, ids.at(i % ids.size()),
                                                  1 + (i / int(ids.size())) % 5);
            edits << double(edit.nsecsElapsed()) / 1e6;
            bare << reference.commitMs(i);
            if (error) {
                std::fprintf(stderr, "%s\n", qPrintable(error.message()));
                return 1;
            }
        }
        std::printf(
            "rating edit committed (1000 edits, synchronous=FULL): median %.2f ms, p99 %.2f ms\n",
            percentile(edits, 0.5), percentile(edits, 0.99));
        std::printf("bare SQLite one-row commit (same settings, interleaved): median %.2f ms, p99 "
                    "%.2f ms\n",
                    percentile(bare, 0.5), percentile(bare, 0.99));

        QList<double> lists;
        for (int i = 0; i < 5; ++i) {
            QList<laatu::ReviewSummary> summaries;
            QElapsedTimer list;
            list.start();
            repository.listReviews(summaries);
            lists << double(list.nsecsElapsed()) / 1e6;
        }
        std::printf("listReviews of %d reviews in process: median %.1f ms\n", reviews,
                    percentile(lists, 0.5));

        QList<double> opens;
        for (int i = 0; i < 200; ++i) {
            laatu::ReviewDocument document;
            QElapsedTimer open;
            open.start();
            repository.loadReview(firstReview + i * 37 % reviews, document);
            opens << double(open.nsecsElapsed()) / 1e6;
        }
        std::printf("open one review (loadReview, 200 reviews): median %.2f ms, p99 %.2f ms\n",
                    percentile(opens, 0.5), percentile(opens, 0.99));
    }
    std::printf("database file: %.1f MB\n", double(QFileInfo(path).size()) / 1e6);

    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    double sqliteMs = 0;
    if (!sqlite3.isEmpty()) {
        sqliteMs = runMs(
            sqlite3,
            {path,
             QStringLiteral(
                 "SELECT * FROM review; SELECT * FROM site; SELECT * FROM consensus_rating;")},
            5);
        std::printf("sqlite3 client reading every row of review, site and consensus_rating: median "
                    "%.1f ms\n",
                    sqliteMs);
    }
    if (!cli.isEmpty()) {
        const double cliMs = runMs(
            cli, {QStringLiteral("--db"), path, QStringLiteral("list"), QStringLiteral("--json")},
            5);
        std::printf("laatu-cli list --json: median %.1f ms", cliMs);
        if (sqliteMs > 0)
            std::printf(" (%.2fx the sqlite3 client; target at most 2x)", cliMs / sqliteMs);
        std::printf("\n");
    }
    return 0;
}
