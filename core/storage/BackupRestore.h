#pragma once

#include "StorageError.h"

#include <QCoreApplication>
#include <QString>

namespace laatu {

// Puts a verified backup in the place of a database, atomically: the restored file is built
// and checked beside the target under a name of its own (mode 0600 from its first byte), and
// only then renamed over the target. At every instant the database path names a complete
// database, the old one or the restored one; a restore killed on the way leaves the old
// database in place and a temporary file the next restore removes.
//
// The replaced file is kept: it gets a second name first (a hard link, so the path never
// stops naming it), and its -wal/-shm files are moved to that name. A healthy old database is
// opened once before, which folds its write-ahead log into the file, so the file alone is the
// whole old database when the new one takes its name.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    static StorageError restore(const QString &backupPath, const QString &databasePath,
                                QString &movedAsidePath);
    // Removes what a killed restore left beside the database (its temporary file, a second
    // link to the live file); call with the database's writer lock held.
    static void removeLeftovers(const QString &databasePath);

private:
    static void foldJournals(const QString &databasePath);
    static StorageError build(const QString &backupPath, const QString &temporary);
    static StorageError moveAside(const QString &databasePath, QString &asidePath, bool &linked);
    static void undoMoveAside(const QString &databasePath, const QString &asidePath, bool linked);
};

} // namespace laatu
