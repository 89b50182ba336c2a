#include "DatabaseAccess.h"

#include "storage/PrivateFiles.h"
#include "storage/ReviewRepository.h"
#include "storage/WriterLock.h"
#include "text/TextRules.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <optional>

namespace laatu::cli {

namespace {
struct CreatedDatabase
{
    QString path; // as Database::open resolved it
    QString firstNewFolder; // the outermost folder made for it, or empty
};
std::optional<CreatedDatabase> s_created;
// The database a read-only command opened: damage found while reading it is named by its path.
QString s_reading;

// The outermost folder on the way to `path` that does not exist yet, or empty.
QString firstMissingFolder(const QString &path)
{
    QString missing;
    for (QFileInfo folder(QFileInfo(path).absolutePath()); !folder.exists() && !folder.isRoot();
         folder = QFileInfo(folder.absolutePath()))
        missing = folder.absoluteFilePath();
    return missing;
}

bool holdsNothingEntered(Database &database)
{
    QSqlQuery query(database.sql());
    return query.exec(QStringLiteral("SELECT (SELECT count(*) FROM site)"
                                     " + (SELECT count(*) FROM review)"
                                     " + (SELECT count(*) FROM site_outcome)"))
        && query.next() && query.value(0).toLongLong() == 0;
}
} // namespace

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
    const bool existed = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    const QString firstNewFolder = firstMissingFolder(path);
    StorageError error;
    std::unique_ptr<Database> database = Database::open(path, options, error);
    if (!database)
        exitCode = fail(io, parser.command(), StorageError::onFullDisk(error, path));
    else if (!existed)
        s_created = CreatedDatabase {database->path(), firstNewFolder};
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
    // No whole-file check on every call: a damaged page that is read fails (see fail()), and
    // laatu-cli check is the whole-file check.
    options.pageChecksOnly = true;
    std::unique_ptr<Database> database = open(parser, io, options, exitCode);
    if (database)
        s_reading = database->path();
    return database;
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
    const StorageError explained
        = s_reading.isEmpty() ? error : StorageError::onFullDisk(error, s_reading);
    QString message = explained.message();
    const bool damaged
        = error.code() == StorageError::Corrupt || error.code() == StorageError::NotADatabase;
    // A read-only command found damage in a page it read (the open checked only the header):
    // one message that names the file and says what to do. `check` has its own full report.
    if (damaged && !s_reading.isEmpty() && command != QLatin1String("check")) {
        const QString native = QDir::toNativeSeparators(s_reading);
        message = error.detail().isEmpty()
            ? QStringLiteral("%1: %2").arg(native, message)
            : QCoreApplication::translate(
                  "laatu-cli",
                  "%1 is damaged (%2); nothing was changed. Run laatu-cli check --db \"%1\" for "
                  "a full report and restore the newest backup (laatu-cli restore).")
                  .arg(native, error.detail());
    }
    io.err << QCoreApplication::translate("laatu-cli", "laatu-cli %1: %2")
                  .arg(command, TextRules::message(message))
           << Qt::endl;
    // A final review refusing a change is the input's problem (a file that would replace it):
    // the database did what it should.
    if (error.code() == StorageError::ReviewLocked)
        return ExitBadInput;
    return ExitDatabase;
}

void DatabaseAccess::discardCreated()
{
    if (!s_created)
        return;
    const CreatedDatabase created = *s_created;
    s_created.reset();
    WriterLock lock(created.path);
    if (!lock.tryLock())
        return; // someone opened it meanwhile: it is theirs now
    {
        Database::Options options;
        options.create = false;
        options.readOnly = true;
        StorageError error;
        std::unique_ptr<Database> database = Database::open(created.path, options, error);
        if (!database || !holdsNothingEntered(*database))
            return;
    }
    // The files of an empty database this process made a moment ago; nothing else.
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(created.path + suffix);
    lock.unlock();
    PrivateFiles::removeEmptyFolders(QFileInfo(created.path).absolutePath(),
                                     created.firstNewFolder);
}

} // namespace laatu::cli
