#include "BackupCommand.h"

#include "DatabaseAccess.h"

#include "storage/BackupService.h"

#include <QDir>

namespace laatu::cli {

QString BackupCommand::summary()
{
    return tr("Make a verified backup of the database and rotate old ones.");
}

int BackupCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("backup"),
        tr("Copies the database through SQLite (VACUUM INTO), checks the copy, and keeps the "
           "newest backup of each of the last 7 days, 5 weeks and 12 months."));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), tr("Backup folder (default: laatu-backups beside the database)."),
        QStringLiteral("folder"));
    parser.addOptions({DatabaseAccess::option(), dirOption});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    int exitCode = ExitOk;
    std::unique_ptr<Database> database = DatabaseAccess::openForReading(parser, io, exitCode);
    if (!database)
        return exitCode;
    const QString folder = parser.isSet(dirOption) ? parser.value(dirOption)
                                                   : BackupService::defaultFolder(database->path());
    QString path;
    QStringList removed;
    StorageError error = BackupService::backup(*database, folder, path);
    if (!error)
        error = BackupService::rotate(database->path(), folder, removed);
    if (error)
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(path)) << Qt::endl;
    for (const QString &old : removed)
        io.out << tr("Old backup rotated out: %1").arg(QDir::toNativeSeparators(old)) << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
