// County comparison benchmark: a 10,000-review demo database (2,500 sites x 4 reviews), then
// the comparison of one county loaded from a freshly opened database (query + model), latest
// review per site and all reviews. Target: under 150 ms. Also checks the aggregates against
// plain GROUP BY queries, so a fast wrong answer cannot pass unnoticed.
// Not a test: nothing here asserts a time.
#include "analysis/CountyComparison.h"
#include "demo/DemoGenerator.h"
#include "instrument/CatalogReader.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace laatu;

namespace {
int argument(const QStringList &args, const char *name, int fallback)
{
    const int index = static_cast<int>(args.indexOf(QLatin1String(name)));
    return index < 0 ? fallback : args.value(index + 1).toInt();
}

// Sum of consensus ratings over the comparison's reviews, straight from the table.
qint64 sqlSum(Database &database, const CountyComparison &comparison)
{
    QStringList ids;
    for (const CountyComparison::Row &row : comparison.rows())
        ids << QString::number(row.review.reviewId);
    QSqlQuery query(database.sql());
    if (!query.exec(
            QStringLiteral("SELECT SUM(value) FROM consensus_rating WHERE review_id IN (%1)")
                .arg(ids.join(QLatin1Char(','))))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int sites = argument(args, "--sites", 2500);
    const int perSite = argument(args, "--reviews-per-site", 4);
    const int repeats = argument(args, "--repeats", 15);
    QTemporaryDir dir;
    // --db PATH: measure an existing database (e.g. from `laatu-cli demo`) instead of a new one.
    const qsizetype dbIndex = args.indexOf(QStringLiteral("--db"));
    const QString path
        = dbIndex > 0 ? args.value(dbIndex + 1) : dir.filePath(QStringLiteral("bench.db"));
    const CatalogReader::Result catalog = CatalogReader::readBuiltIn();
    if (!catalog.ok())
        return 1;
    if (dbIndex < 0) {
        StorageError error;
        auto database = Database::open(path, {}, error);
        if (!database)
            return 1;
        ReviewRepository repository(*database);
        QList<ReviewDocument> documents
            = DemoGenerator(*catalog.instrument, {sites, perSite, 20261129u, true}).generate();
        QElapsedTimer timer;
        timer.start();
        if (StorageError saveError = repository.saveReviews(documents)) {
            std::fprintf(stderr, "%s\n", qPrintable(saveError.message()));
            return 1;
        }
        std::printf("demo: %d reviews saved in %.0f ms\n", int(documents.size()),
                    double(timer.nsecsElapsed()) / 1e6);
    }
    for (const bool latest : {true, false}) {
        QList<double> times;
        CountyComparison comparison;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            // What the GUI does when the view opens: open (read-only), query, build.
            StorageError error;
            Database::Options options;
            options.readOnly = true;
            auto database = Database::open(path, options, error);
            if (!database)
                return 1;
            const double openMs = double(timer.nsecsElapsed()) / 1e6;
            ReviewRepository repository(*database);
            ComparisonQuery::Filter filter;
            filter.county = QStringLiteral("Keski-Suomen hyvinvointialue");
            filter.latestPerSite = latest;
            if (CountyComparison::load(*database, repository, filter, comparison))
                return 1;
            times << double(timer.nsecsElapsed()) / 1e6 - openMs;
            if (i == 0) {
                qint64 modelSum = 0;
                for (const CountyComparison::Row &row : comparison.rows())
                    modelSum += row.ratedTotal;
                std::printf("%s: %d rows, sum of ratings %lld (SQL check %lld: %s), weakest %s\n",
                            latest ? "latest per site" : "all reviews",
                            int(comparison.rows().size()), modelSum, sqlSum(*database, comparison),
                            modelSum == sqlSum(*database, comparison) ? "same" : "DIFFERENT",
                            qPrintable(comparison.weakest(1).value(0).criterionId));
                std::printf("  (opening the database with its checks: %.0f ms, not counted)\n",
                            openMs);
            }
        }
        std::sort(times.begin(), times.end());
        // Issue 13's targets: under 40 ms for the latest review per site, under 100 ms for all.
        std::printf("  county comparison load: median %.1f ms, max %.1f ms over %d runs "
                    "(target < %d ms)\n",
                    times.at(times.size() / 2), times.constLast(), int(times.size()),
                    latest ? 40 : 100);
    }
    return 0;
}
