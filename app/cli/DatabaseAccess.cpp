#include "DatabaseAccess.h"

#include "storage/ReviewRepository.h"

#include <QDir>

namespace laatu::cli {

QCommandLineOption DatabaseAccess::option()
{
    return QCommandLineOption(
        QStringLiteral("db"),
        QCoreApplication::translate("laatu-cli", "The database file (default: %1).")
            .arg(QDir::toNativeSeparators(Database::defaultPath())),
        QStringLiteral("path"));
}

std::unique_ptr<Database> DatabaseAccess::open(const CommandParser &parser, CliIo &io,
                                               const Database::Options &options, int &exitCode)
{
    const QString path = parser.parser().isSet(QStringLiteral("db"))
        ? parser.parser().value(QStringLiteral("db"))
        : Database::defaultPath();
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    if (!database)
        exitCode = fail(io, parser.command(), error);
    else if (database->isReadOnly() && !options.readOnly)
        io.err << QCoreApplication::translate("laatu-cli",
                                              "laatu-cli %1: the database is read-only: %2.")
                      .arg(parser.command(), database->readOnlyReason())
               << Qt::endl;
    return database;
}

std::unique_ptr<Database> DatabaseAccess::openForReading(const CommandParser &parser, CliIo &io,
                                                         int &exitCode)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    return open(parser, io, options, exitCode);
}

StorageError DatabaseAccess::loadReview(ReviewRepository &repository, const QString &idOrUuid,
                                        ReviewDocument &document)
{
    qint64 id = 0;
    if (StorageError error = findReview(repository, idOrUuid, id))
        return error;
    return repository.loadReview(id, document);
}

StorageError DatabaseAccess::findReview(ReviewRepository &repository, const QString &idOrUuid,
                                        qint64 &id)
{
    bool numeric = false;
    id = idOrUuid.toLongLong(&numeric);
    if (numeric && id > 0)
        return {};
    return repository.findReview(idOrUuid.toLower(), id);
}

int DatabaseAccess::fail(CliIo &io, const QString &command, const StorageError &error)
{
    io.err << QCoreApplication::translate("laatu-cli", "laatu-cli %1: %2")
                  .arg(command, error.message())
           << Qt::endl;
    return ExitDatabase;
}

} // namespace laatu::cli
