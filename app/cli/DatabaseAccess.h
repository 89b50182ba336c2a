#pragma once

#include "CliIo.h"
#include "CommandParser.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QCommandLineOption>

#include <memory>

namespace laatu {
class ReviewRepository;
struct ReviewDocument;
} // namespace laatu

namespace laatu::cli {

// The --db PATH option shared by the database commands, and opening the database with every
// failure turned into one message and exit code 4.
class DatabaseAccess
{
public:
    static QCommandLineOption option();
    static std::unique_ptr<Database> open(const CommandParser &parser, CliIo &io,
                                          const Database::Options &options, int &exitCode);
    // An existing database, read-only: commands that only read work beside a running Laatu.
    static std::unique_ptr<Database> openForReading(const CommandParser &parser, CliIo &io,
                                                    int &exitCode);
    // Loads the review given by its number in `list` or its UUID.
    static StorageError loadReview(ReviewRepository &repository, const QString &idOrUuid,
                                   ReviewDocument &document);
    // Finds a review by its number in `list` or by its UUID.
    static StorageError findReview(ReviewRepository &repository, const QString &idOrUuid,
                                   qint64 &id);
    // Prints the error for a failed database operation; returns the exit code to use.
    static int fail(CliIo &io, const QString &command, const StorageError &error);
    // A command that fails creates nothing: called when a command has ended with an error, it
    // removes the database open() created for it (with its -wal, -shm and lock files and the
    // folders made for it), provided nobody else has it open and it holds no site, review or
    // outcome, so that nothing anyone entered can go with it.
    static void discardCreated();
};

} // namespace laatu::cli
