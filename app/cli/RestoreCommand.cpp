#include "RestoreCommand.h"

#include "DatabaseAccess.h"

#include "storage/BackupService.h"

#include <QDir>

namespace laatu::cli {

QString RestoreCommand::summary()
{
    return tr("Replace the database by a backup; the current file is kept aside.");
}

int RestoreCommand::run(const QStringList &arguments, CliIo &io)
{
    CommandParser parser(
        QStringLiteral("restore"),
        tr("Checks the backup, builds the restored database beside the current one and checks "
           "it, keeps the current database (with its -wal and -shm files) under a new name, "
           "and renames the restored file into its place: the database path always holds a "
           "whole database, the old or the restored one. Laatu must not have the database "
           "open."));
    parser.addPositionalArgument(QStringLiteral("backup"), tr("The backup file."));
    parser.addOptions({DatabaseAccess::option()});
    if (const auto exit = parser.parse(arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return parser.usageError(io, tr("expected one backup file"));
    const QString target = parser.parser().isSet(QStringLiteral("db"))
        ? parser.parser().value(QStringLiteral("db"))
        : Database::defaultPath();
    QString movedAside;
    if (StorageError error
        = BackupService::restore(parser.positionalArguments().constFirst(), target, movedAside))
        return DatabaseAccess::fail(io, parser.command(), error);
    io.out << tr("Restored %1 from %2.")
                  .arg(QDir::toNativeSeparators(target),
                       QDir::toNativeSeparators(parser.positionalArguments().constFirst()))
           << Qt::endl;
    if (!movedAside.isEmpty())
        io.out
            << tr("The previous database was kept as %1.").arg(QDir::toNativeSeparators(movedAside))
            << Qt::endl;
    return ExitOk;
}

} // namespace laatu::cli
