#include "DemoCommand.h"

#include "DatabaseAccess.h"

#include "demo/DemoGenerator.h"
#include "instrument/CatalogReader.h"
#include "storage/ReviewRepository.h"

#include <QElapsedTimer>

namespace laatu::cli {

QString DemoCommand::summary()
{
    return tr("Fill a new database with fictional sites and reviews.");
}

int DemoCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("demo"),
        tr("Creates believable, clearly fictional sites in the pilot counties, each "
           "with reviews every six months by two reviewers, with evidence, findings "
           "and actions. The database must not hold reviews yet."));
    const QCommandLineOption sitesOption(QStringLiteral("sites"),
                                         tr("Number of sites (default 6)."), QStringLiteral("n"),
                                         QStringLiteral("6"));
    const QCommandLineOption reviewsOption(QStringLiteral("reviews-per-site"),
                                           tr("Reviews per site (default 3)."), QStringLiteral("m"),
                                           QStringLiteral("3"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Seed for the generator (default 20261129)."),
                                        QStringLiteral("s"), QStringLiteral("20261129"));
    parser.addOptions({DatabaseAccess::option(), sitesOption, reviewsOption, seedOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    bool sitesOk = false;
    bool reviewsOk = false;
    bool seedOk = false;
    DemoGenerator::Options options;
    options.sites = parser.value(sitesOption).toInt(&sitesOk);
    options.reviewsPerSite = parser.value(reviewsOption).toInt(&reviewsOk);
    options.seed = parser.value(seedOption).toUInt(&seedOk);
    if (!sitesOk || !reviewsOk || !seedOk || options.sites < 1 || options.sites > 100000
        || options.reviewsPerSite < 1 || options.reviewsPerSite > 100)
        return parser.usageError(
            io, tr("--sites must be 1-100000, --reviews-per-site 1-100 and --seed a whole number"));

    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, {}, exitCode);
    if (!database)
        return exitCode;
    if (database->isReadOnly())
        return DatabaseAccess::fail(io, parser.command(),
                                    database->ensureWritable(tr("adding demo data")));
    ReviewRepository repository(*database);
    QList<ReviewSummary> existing;
    if (StorageError error = repository.listReviews(existing))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (!existing.isEmpty())
        return parser.usageError(
            io,
            tr("%1 already holds %n review(s); demo data goes into a new database", nullptr,
               static_cast<int>(existing.size()))
                .arg(database->path()));
    const CatalogReader::Result catalog = CatalogReader::readBuiltIn();
    QElapsedTimer timer;
    timer.start();
    QList<ReviewDocument> documents = DemoGenerator(*catalog.instrument, options).generate();
    if (StorageError error = repository.saveReviews(documents))
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << tr("Created %1 sites and %2 reviews in %3 in %4 ms.")
                  .arg(options.sites)
                  .arg(documents.size())
                  .arg(database->path())
                  .arg(timer.elapsed())
           << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
