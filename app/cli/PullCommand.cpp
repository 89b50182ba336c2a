#include "PullCommand.h"

#include "CommandParser.h"
#include "DatabaseAccess.h"
#include "ServerAccess.h"

#include "programme/ProgrammePuller.h"
#include "storage/ReviewRepository.h"

namespace laatu::cli {

QString PullCommand::summary()
{
    return tr("Pull the programme's published reviews into this laptop's read-only copy.");
}

int PullCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("pull"),
        tr("Fetches what was published since the last pull (what this login may read) into "
           "the read-only programme copy; compare, history and export-csv count those "
           "reviews like this laptop's own (--own-only leaves them out). This laptop's own "
           "reviews are never replaced."));
    parser.addOptions(
        {DatabaseAccess::option(), ServerAccess::urlOption(), ServerAccess::insecureLocalOption()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return parser.usageError(
            io, tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    if (ServerAccess::configuredUrl(parser).isEmpty())
        return parser.usageError(io,
                                 tr("no programme server is configured: give --url "
                                    "postgresql://USER@HOST/DATABASE (nothing was "
                                    "connected)"));
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::open(parser, io, {}, exitCode);
    if (!database)
        return exitCode;
    std::unique_ptr<ServerConnection> connection = ServerAccess::connect(parser, io, exitCode);
    if (!connection) {
        DatabaseAccess::discardCreated();
        return exitCode;
    }
    ReviewRepository repository(*database);
    const ProgrammePuller::Result result
        = ProgrammePuller(*database, repository, *connection).pull();
    io.out << tr("Received %1: added %2, newer revision %3, unchanged %4, own (left alone) %5; "
                 "up to snapshot %6")
                  .arg(result.received)
                  .arg(result.counts.added)
                  .arg(result.counts.replaced)
                  .arg(result.counts.unchanged)
                  .arg(result.counts.own)
                  .arg(result.lastSequence)
           << QStringLiteral("\n");
    io.out.flush();
    if (result.error)
        return ServerAccess::fail(io, parser.command(), result.error);
    return ExitOk;
}

} // namespace laatu::cli
