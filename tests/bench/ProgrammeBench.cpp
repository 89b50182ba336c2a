// Programme server benchmark: prints figures for the targets of the programme issue, against a
// throwaway local PostgreSQL 15 cluster (the tests' TestCluster: TLS over TCP to localhost,
// fsync off, so the figures are the client's and the protocol's, not the disk's).
//   - publish 1,000 final reviews (target: under 10 s); publish again, nothing changed (< 1 s)
//   - pull 10,000 reviews into an empty programme copy (target: under 20 s); an incremental
//     pull with nothing new (< 0.2 s)
//   - county comparison over the pulled 10,000-review copy and over the laptop that made them
// Not a test: nothing here asserts a time.
#include "../programme/TestCluster.h"

#include "analysis/CountyComparison.h"
#include "demo/DemoGenerator.h"
#include "instrument/CatalogReader.h"
#include "programme/ProgrammePublisher.h"
#include "programme/ProgrammePuller.h"
#include "programme/ServerConnection.h"
#include "programme/ServerSchema.h"
#include "programme/ServerUsers.h"
#include "storage/Database.h"
#include "storage/ReviewRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace laatu;

namespace {
[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "laatu_programme_bench: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<ServerConnection> connectAs(test::TestCluster &cluster, const QString &login,
                                            const QString &password)
{
    QString problem;
    const auto address = ServerAddress::parse(cluster.url(login), {}, problem);
    if (!address)
        die(problem);
    ProgrammeError error;
    auto connection = ServerConnection::open(*address, password, error);
    if (!connection)
        die(error.message());
    return connection;
}

struct Laptop
{
    QTemporaryDir dir;
    std::unique_ptr<Database> database;
    std::unique_ptr<ReviewRepository> repository;
    Laptop()
    {
        StorageError error;
        database = Database::open(dir.filePath(QStringLiteral("laatu.db")), {}, error);
        if (!database)
            die(error.message());
        repository = std::make_unique<ReviewRepository>(*database);
    }
};

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

double publish(test::TestCluster &cluster, Laptop &laptop, const char *label)
{
    auto connection = connectAs(cluster, QStringLiteral("bench.reviewer"),
                                QStringLiteral("bench-reviewer-password"));
    QList<OutboxRepository::Candidate> candidates;
    OutboxRepository(*laptop.database).finalOwnReviews(candidates);
    QElapsedTimer timer;
    timer.start();
    const auto result
        = ProgrammePublisher(*laptop.database, *laptop.repository, *connection).publish(candidates);
    const double elapsed = seconds(timer);
    if (result.error)
        die(result.error.message());
    std::printf("%-44s %6lld reviews %8.2f s  (published %d, already %d)\n", label,
                static_cast<long long>(candidates.size()), elapsed,
                result.count(ProgrammePublisher::Outcome::Published),
                result.count(ProgrammePublisher::Outcome::AlreadyPublished));
    return elapsed;
}

void pull(test::TestCluster &cluster, Laptop &laptop, const char *label)
{
    auto connection = connectAs(cluster, QStringLiteral("bench.manager"),
                                QStringLiteral("bench-manager-password"));
    QElapsedTimer timer;
    timer.start();
    const auto result = ProgrammePuller(*laptop.database, *laptop.repository, *connection).pull();
    const double elapsed = seconds(timer);
    if (result.error)
        die(result.error.message());
    std::printf("%-44s %6d reviews %8.2f s\n", label, result.received, elapsed);
}

void compare(Laptop &laptop, const QStringList &counties, const char *label)
{
    QElapsedTimer timer;
    timer.start();
    qsizetype rows = 0;
    for (const QString &county : counties) {
        ComparisonQuery::Filter filter;
        filter.county = county;
        CountyComparison comparison;
        if (StorageError error
            = CountyComparison::load(*laptop.database, *laptop.repository, filter, comparison))
            die(error.message());
        rows += comparison.rows().size();
    }
    std::printf("%-44s %6lld rows    %8.3f s per county\n", label, static_cast<long long>(rows),
                seconds(timer) / counties.size());
}

void addReviews(Laptop &laptop, const Instrument &instrument, int count, quint32 seed)
{
    DemoGenerator::Options options;
    options.reviewsPerSite = 4;
    options.sites = count / options.reviewsPerSite;
    options.seed = seed;
    QList<ReviewDocument> documents = DemoGenerator(instrument, options).generate();
    for (ReviewDocument &document : documents)
        document.review.status = ReviewStatus::Final;
    if (StorageError error = laptop.repository->saveReviews(documents))
        die(error.message());
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QCoreApplication::arguments();
    const int programmeSize = args.contains(QStringLiteral("--pull-reviews"))
        ? args.value(args.indexOf(QStringLiteral("--pull-reviews")) + 1).toInt()
        : 10000;
    const CatalogReader::Result catalog = CatalogReader::readBuiltIn();
    if (!catalog.ok())
        die(QStringLiteral("the built-in catalog does not load"));

    test::TestCluster cluster;
    if (!cluster.problem().isEmpty())
        die(cluster.problem());
    std::printf("%-44s %23.2f s\n", "cluster: initdb, certificates, start", cluster.startSeconds());
    const QStringList counties {QStringLiteral("Kanta-Hämeen hyvinvointialue"),
                                QStringLiteral("Päijät-Hämeen hyvinvointialue"),
                                QStringLiteral("Keski-Suomen hyvinvointialue"),
                                QStringLiteral("Pohjois-Pohjanmaan hyvinvointialue")};
    {
        auto admin
            = connectAs(cluster, QLatin1String(test::TestCluster::kAdmin), cluster.adminPassword());
        QStringList log;
        ProgrammeError error = ServerSchema::init(*admin, log);
        if (!error)
            error = ServerUsers::addUser(*admin, QStringLiteral("bench.reviewer"),
                                         ServerUsers::Role::Reviewer,
                                         QStringLiteral("bench-reviewer-password"), counties);
        if (!error)
            error = ServerUsers::addUser(*admin, QStringLiteral("bench.manager"),
                                         ServerUsers::Role::ProgrammeManager,
                                         QStringLiteral("bench-manager-password"), {});
        if (error)
            die(error.message());
    }

    Laptop reviewer;
    addReviews(reviewer, *catalog.instrument, 1000, 1);
    publish(cluster, reviewer, "publish 1,000 final reviews (target < 10 s)");
    publish(cluster, reviewer, "publish again, nothing changed (< 1 s)");

    Laptop many;
    addReviews(many, *catalog.instrument, programmeSize - 1000, 2);
    publish(cluster, many, "publish the rest of the programme");

    Laptop manager;
    pull(cluster, manager, "pull into an empty copy (target < 20 s)");
    pull(cluster, manager, "incremental pull, nothing new (< 0.2 s)");
    compare(manager, counties, "county comparison over the pulled copy");
    compare(many, counties, "county comparison over a reviewer's laptop");
    return 0;
}
