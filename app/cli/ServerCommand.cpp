#include "ServerCommand.h"

#include "CommandParser.h"
#include "DatabaseAccess.h"
#include "ServerAccess.h"
#include "ServerUserCommand.h"

#include "programme/ServerSchema.h"
#include "storage/OutboxRepository.h"
#include "storage/ProgrammeCopyRepository.h"

#include <QFileInfo>

namespace laatu::cli {

namespace {
int status(CommandParser &parser, ServerConnection &connection, CliIo &io)
{
    int version = 0;
    if (ProgrammeError error = ServerSchema::version(connection, version))
        return ServerAccess::fail(io, parser.command(), error);
    io.out << ServerCommand::tr("Server: %1 as %2")
                  .arg(connection.address().label(), connection.login())
           << QStringLiteral("\n")
           << ServerCommand::tr("Schema version: %1 (this Laatu needs %2)")
                  .arg(version)
                  .arg(ServerSchema::knownVersion())
           << QStringLiteral("\n");
    if (version == ServerSchema::knownVersion()) {
        QSqlQuery query = connection.newQuery();
        if (ProgrammeError error
            = connection.exec(query,
                              QStringLiteral("SELECT (SELECT count(*) FROM laatu.snapshot),"
                                             " (SELECT count(*) FROM laatu.conflict)"),
                              {}, ServerCommand::tr("counting the snapshots")))
            return ServerAccess::fail(io, parser.command(), error);
        if (query.next())
            io.out << ServerCommand::tr("Snapshots visible to this login: %1; conflicts: %2")
                          .arg(query.value(0).toLongLong())
                          .arg(query.value(1).toLongLong())
                   << QStringLiteral("\n");
    }
    // This laptop's side, when it has a database.
    const QString path = parser.isSet(DatabaseAccess::option())
        ? parser.value(DatabaseAccess::option())
        : Database::defaultPath();
    if (!QFileInfo::exists(path))
        return ExitOk;
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    OutboxRepository outbox(*database);
    QList<OutboxRepository::Candidate> finals;
    QHash<qint64, OutboxRepository::Entry> entries;
    if (StorageError error = outbox.finalOwnReviews(finals))
        return DatabaseAccess::fail(io, parser.command(), error);
    if (StorageError error = outbox.entries(entries))
        return DatabaseAccess::fail(io, parser.command(), error);
    int notSent = 0;
    for (const OutboxRepository::Candidate &candidate : finals)
        if (!entries.contains(candidate.reviewId))
            ++notSent;
    for (const OutboxRepository::Entry &entry : std::as_const(entries))
        if (entry.state != OutboxRepository::State::Published)
            io.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                          .arg(OutboxRepository::stateKey(entry.state), entry.reviewUuid,
                               entry.siteName, entry.message);
    io.out << ServerCommand::tr("Final reviews never published: %1").arg(notSent)
           << QStringLiteral("\n");
    ProgrammeCopyRepository::PullState pull;
    if (StorageError error = ProgrammeCopyRepository(*database).state(pull))
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << (pull.server.isEmpty() ? ServerCommand::tr("Never pulled.")
                                     : ServerCommand::tr("Last pull: %1 from %2, up to snapshot %3")
                                           .arg(pull.lastPullAt, pull.server)
                                           .arg(pull.lastSequence))
           << QStringLiteral("\n");
    io.out.flush();
    return ExitOk;
}
} // namespace

QString ServerCommand::summary()
{
    return tr("The programme server: init, upgrade, status, add-user, assign, unassign.");
}

int ServerCommand::run(const QStringList &arguments, CliIo &io)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("add-user") || action == QLatin1String("assign")
        || action == QLatin1String("unassign"))
        return ServerUserCommand::run(arguments, io);
    CommandParser parser(
        QStringLiteral("server"),
        tr("init: create the programme's roles and schema (run by the administrator; safe to "
           "run again). upgrade: bring the schema to the version this Laatu knows. status: "
           "the server's schema version, what this laptop has pending and its conflicts. "
           "add-user, assign, unassign: see 'laatu-cli server add-user --help'."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("init, upgrade or status."),
                                 QStringLiteral("init|upgrade|status"));
    parser.addOptions(
        {ServerAccess::urlOption(), ServerAccess::insecureLocalOption(), DatabaseAccess::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1
        || !QStringList {QStringLiteral("init"), QStringLiteral("upgrade"),
                         QStringLiteral("status")}
                .contains(positional.constFirst()))
        return parser.usageError(io,
                                 tr("expected one of init, upgrade, status, add-user, "
                                    "assign, unassign"));
    int exitCode = ExitOk;
    std::unique_ptr<ServerConnection> connection = ServerAccess::connect(parser, io, exitCode);
    if (!connection)
        return exitCode;
    if (positional.constFirst() == QLatin1String("status"))
        return status(parser, *connection, io);
    QStringList log;
    const ProgrammeError error = positional.constFirst() == QLatin1String("init")
        ? ServerSchema::init(*connection, log)
        : ServerSchema::upgrade(*connection, log);
    for (const QString &line : log)
        io.out << line << QStringLiteral("\n");
    io.out.flush();
    if (error)
        return ServerAccess::fail(io, parser.command(), error);
    return ExitOk;
}

} // namespace laatu::cli
