#include "PublishCommand.h"

#include "CommandParser.h"
#include "DatabaseAccess.h"
#include "ServerAccess.h"

#include "programme/ProgrammePublisher.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString PublishCommand::summary()
{
    return tr("Publish final reviews to the programme server (same snapshot again: no change).");
}

int PublishCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("publish"),
        tr("Sends each final review as an immutable snapshot, one server transaction per "
           "review. A review is marked published only after the server's COMMIT; one left "
           "pending by a lost connection is finished by the next publish. The same revision "
           "with other content is a conflict: listed, never overwritten. Drafts stay on this "
           "laptop."));
    parser.addPositionalArgument(QStringLiteral("reviews"),
                                 tr("Reviews by their number in 'list' or their UUID."),
                                 QStringLiteral("[ID...]"));
    const QCommandLineOption allOption(QStringLiteral("all-final"),
                                       tr("Every final review of this laptop's own."));
    parser.addOptions({DatabaseAccess::option(), ServerAccess::urlOption(),
                       ServerAccess::insecureLocalOption(), allOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty() == !parser.isSet(allOption))
        return parser.usageError(io, tr("give review numbers or UUIDs, or --all-final"));
    // The server is named before the database is opened: a publish without one writes and
    // connects nothing.
    if (ServerAccess::configuredUrl(parser).isEmpty())
        return parser.usageError(io,
                                 tr("no programme server is configured: give --url "
                                    "postgresql://USER@HOST/DATABASE (nothing was "
                                    "connected)"));
    int exitCode = ExitOk;
    Database::Options options;
    options.create = false;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, options, exitCode);
    if (!database)
        return exitCode;
    ReviewRepository repository(*database);
    OutboxRepository outbox(*database);
    QList<OutboxRepository::Candidate> candidates;
    if (parser.isSet(allOption)) {
        if (StorageError error = outbox.finalOwnReviews(candidates))
            return DatabaseAccess::fail(io, parser.command(), error);
    }
    for (const QString &id : ids) {
        qint64 reviewId = 0;
        OutboxRepository::Candidate candidate;
        if (StorageError error = DatabaseAccess::findReview(repository, id, reviewId))
            return DatabaseAccess::fail(io, parser.command(), error);
        if (StorageError error = outbox.candidate(reviewId, candidate)) {
            io.err << tr("laatu-cli publish: %1").arg(error.message()) << Qt::endl;
            return ExitUsage;
        }
        candidates << candidate;
    }
    std::unique_ptr<ServerConnection> connection = ServerAccess::connect(parser, io, exitCode);
    if (!connection)
        return exitCode;
    ProgrammePublisher publisher(*database, repository, *connection);
    const ProgrammePublisher::Result result = publisher.publish(candidates);
    for (const ProgrammePublisher::ReviewResult &review : result.reviews) {
        using Outcome = ProgrammePublisher::Outcome;
        const QString outcome = review.outcome == Outcome::Published ? tr("published")
            : review.outcome == Outcome::AlreadyPublished            ? tr("already-published")
            : review.outcome == Outcome::Conflict                    ? tr("conflict")
                                                                     : tr("refused");
        io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                      .arg(outcome, review.reviewUuid)
                      .arg(review.revision)
                      .arg(review.message);
    }
    io.out << tr("Published %1, already published %2, conflicts %3, refused %4, pending %5")
                  .arg(result.count(ProgrammePublisher::Outcome::Published))
                  .arg(result.count(ProgrammePublisher::Outcome::AlreadyPublished))
                  .arg(result.count(ProgrammePublisher::Outcome::Conflict))
                  .arg(result.count(ProgrammePublisher::Outcome::Refused))
                  .arg(result.pending)
           << QStringLiteral("\n");
    io.out.flush();
    if (result.error)
        return ServerAccess::fail(io, parser.command(), result.error);
    if (result.count(ProgrammePublisher::Outcome::Conflict) > 0
        || result.count(ProgrammePublisher::Outcome::Refused) > 0)
        return ExitBadInput;
    return ExitOk;
}

} // namespace laatu::cli
