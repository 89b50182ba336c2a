#include "CheckCommand.h"

#include "DatabaseAccess.h"

namespace laatu::cli {

QString CheckCommand::summary()
{
    return tr("Check the database: quick, integrity, foreign key and CHECK constraint checks.");
}

int CheckCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("check"),
        tr("Runs SQLite's quick_check, integrity_check and foreign_key_check on the "
           "database (read-only), verifies every CHECK constraint of its tables, lists every "
           "problem found and gives a verdict."));
    parser.addOptions({DatabaseAccess::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    QStringList report;
    const StorageError error = database->check(report);
    for (const QString &line : report)
        io.out << line << Qt::endl;
    if (error)
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << tr("%1: ok, no problems found.").arg(database->path()) << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
